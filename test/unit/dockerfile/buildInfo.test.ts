/** What the server tells the Build Image command about a Dockerfile: ARGs, stages with their steps, secret mounts. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildInfo } from '../../../server/src/service/dockerfile/buildInfo';
import { eols, parse } from './features.support';

const source = [
  'ARG BASE=alpine:3.20', // 0
  'ARG UNSET', // 1
  'FROM ${BASE} AS deps', // 2
  'ARG NPM_TOKEN', // 3
  'WORKDIR /app', // 4
  'RUN --mount=type=secret,id=npmrc,target=/root/.npmrc \\', // 5
  '    --mount=type=secret,target=/run/secrets/token,required \\', // 6
  '    --mount=type=cache,target=/cache npm ci', // 7
  '', // 8
  'FROM scratch', // 9
  'ARG BASE', // 10
  'ARG VERSION="1.0 beta"', // 11
  'COPY --from=deps /app /app', // 12
  'RUN --mount=type=secret,id=optional,required=false true', // 13
  '',
].join('\n');

for (const [label, eol] of eols) {
  describe(`Dockerfile build information (${label})`, () => {
    const info = buildInfo(parse(source, eol).ast);

    test('ARGs: global and per stage, with their defaults as written, unquoted', () => {
      assert.deepEqual(info.args, [
        { name: 'BASE', defaultValue: 'alpine:3.20', stage: undefined, line: 0 },
        { name: 'UNSET', defaultValue: undefined, stage: undefined, line: 1 },
        { name: 'NPM_TOKEN', defaultValue: undefined, stage: 'deps', line: 3 },
        { name: 'BASE', defaultValue: undefined, stage: 'stage-1', line: 10 },
        { name: 'VERSION', defaultValue: '1.0 beta', stage: 'stage-1', line: 11 },
      ]);
    });

    test('stages: name, image as written, and every instruction with its lines, FROM first', () => {
      assert.deepEqual(info.stages, [
        {
          name: 'deps',
          image: '${BASE}',
          steps: [
            { keyword: 'FROM', startLine: 2, endLine: 2 },
            { keyword: 'ARG', startLine: 3, endLine: 3 },
            { keyword: 'WORKDIR', startLine: 4, endLine: 4 },
            { keyword: 'RUN', startLine: 5, endLine: 7 },
          ],
        },
        {
          name: undefined,
          image: 'scratch',
          steps: [
            { keyword: 'FROM', startLine: 9, endLine: 9 },
            { keyword: 'ARG', startLine: 10, endLine: 10 },
            { keyword: 'ARG', startLine: 11, endLine: 11 },
            { keyword: 'COPY', startLine: 12, endLine: 12 },
            { keyword: 'RUN', startLine: 13, endLine: 13 },
          ],
        },
      ]);
    });

    test('secret mounts: the id (defaulting to the target file name) and whether it is required', () => {
      assert.deepEqual(info.secrets, [
        { id: 'npmrc', required: false, line: 5 },
        { id: 'token', required: true, line: 6 },
        { id: 'optional', required: false, line: 13 },
      ]);
    });
  });
}

test('a Dockerfile with no FROM yet has its global ARGs and no stages', () => {
  assert.deepEqual(buildInfo(parse('ARG A=1\n').ast), { args: [{ name: 'A', defaultValue: '1', stage: undefined, line: 0 }], stages: [], secrets: [] });
});
