/** A failed BuildKit step's name, back to the lines of its instruction. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { locateFailedStep } from '../../../client/src/buildkit/failureLocation';
import { parseDockerfile } from '../../../server/src/dockerfile/parser';
import { buildInfo } from '../../../server/src/service/dockerfile/buildInfo';

const info = (lines: string[]) => buildInfo(parseDockerfile(lines.join('\n'), 'file:///Dockerfile', 1));

describe('locateFailedStep', () => {
  const multiStage = info([
    'ARG BASE=alpine:3.20', // 0
    'FROM $BASE AS build', // 1
    'WORKDIR /src', // 2
    'ENV A=1', // 3
    'COPY . .', // 4
    'RUN make \\', // 5
    '    all', // 6
    'FROM scratch', // 7
    'COPY --from=build /src/app /app', // 8
    'FROM build AS test', // 9
    'RUN make test', // 10
  ]);

  test('a named stage: its FROM is step 1, then RUN, COPY, ADD and WORKDIR in order (ENV is not numbered)', () => {
    assert.deepEqual(locateFailedStep('[build 4/4] RUN make     all', multiStage), { startLine: 5, endLine: 6 });
    assert.deepEqual(locateFailedStep('[build 2/4] WORKDIR /src', multiStage), { startLine: 2, endLine: 2 });
    assert.deepEqual(locateFailedStep('[build 1/4] FROM docker.io/library/alpine:3.20', multiStage), { startLine: 1, endLine: 1 });
  });

  test('BuildKit before WORKDIR was numbered: the step total tells which count made the name', () => {
    assert.deepEqual(locateFailedStep('[build 3/3] RUN make     all', multiStage), { startLine: 5, endLine: 6 });
    assert.deepEqual(locateFailedStep('[build 2/3] COPY . .', multiStage), { startLine: 4, endLine: 4 });
  });

  test('FROM scratch and FROM an earlier stage are not numbered; unnamed stages are stage-N', () => {
    assert.deepEqual(locateFailedStep('[stage-1 1/1] COPY --from=build /src/app /app', multiStage), { startLine: 8, endLine: 8 });
    assert.deepEqual(locateFailedStep('[test 1/1] RUN make test', multiStage), { startLine: 10, endLine: 10 });
  });

  test('a platform prefix and padded numbers are read past', () => {
    assert.deepEqual(locateFailedStep('[linux/arm64 build 4/4] RUN make     all', multiStage), { startLine: 5, endLine: 6 });
    const many = info(['FROM alpine', ...Array.from({ length: 11 }, (_, index) => `RUN step${index + 2}`)]);
    assert.deepEqual(locateFailedStep('[ 2/12] RUN step2', many), { startLine: 1, endLine: 1 });
    assert.deepEqual(locateFailedStep('[12/12] RUN step12', many), { startLine: 11, endLine: 11 });
  });

  test('one stage: named without a stage (newer BuildKit) or as stage-0 (older)', () => {
    const single = info(['FROM alpine', 'RUN true', 'RUN false']);
    assert.deepEqual(locateFailedStep('[3/3] RUN false', single), { startLine: 2, endLine: 2 });
    assert.deepEqual(locateFailedStep('[stage-0 3/3] RUN false', single), { startLine: 2, endLine: 2 });
  });

  test('a base image that cannot be resolved points at its FROM', () => {
    assert.deepEqual(locateFailedStep('[internal] load metadata for docker.io/library/alpine:3.20', info(['FROM alpine:3.20', 'RUN true'])), {
      startLine: 0,
      endLine: 0,
    });
    assert.deepEqual(locateFailedStep('[linux/amd64 internal] load metadata for docker.io/library/node:latest', info(['FROM alpine', 'FROM node'])), {
      startLine: 1,
      endLine: 1,
    });
  });

  test('names it cannot place: no location rather than a wrong one', () => {
    assert.equal(locateFailedStep('[internal] load build context', multiStage), undefined);
    assert.equal(locateFailedStep('[nosuchstage 1/1] RUN make test', multiStage), undefined);
    assert.equal(locateFailedStep('[build 9/9] RUN make', multiStage), undefined);
    assert.equal(locateFailedStep('[build 3/4] RUN make', multiStage), undefined, 'step 3 of build is the COPY, not a RUN');
    assert.equal(locateFailedStep('[2/2] RUN x', multiStage), undefined, 'no stage named, and the file has several');
  });
});
