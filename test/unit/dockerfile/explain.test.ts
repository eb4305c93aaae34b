/** "Dockside: Explain": the full knowledge entry for what is under the cursor. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { explain } from '../../../server/src/service/dockerfile/explain';
import { context, eols, parse } from './features.support';

for (const [eolName, eol] of eols) {
  const explainAt = (source: string, language: 'en' | 'ko' = 'en') => {
    const { ast, cursor } = parse(source, eol);
    return explain(ast, cursor, context({ language }));
  };

  describe(`Dockerfile explain (${eolName})`, () => {
    test('an instruction, a flag, a mount value and AS', () => {
      const run = explainAt('FROM a:1\nR|UN echo');
      assert.equal(run?.title, 'RUN');
      assert.match(run!.markdown, /^# /m);
      assert.match(explainAt('FROM a:1\nRUN --mount=type=ca|che ls')!.title, /--mount/);
      assert.match(explainAt('FROM a:1 A|S build')!.markdown, /multi-stage/i);
      assert.match(explainAt('# esc|ape=`\nFROM a:1')!.title, /escape/);
    });

    test('Korean text when asked', () => {
      assert.match(explainAt('FROM a:1\nEXP|OSE 80', 'ko')!.markdown, /[가-힣]/);
    });

    test('nothing for plain arguments', () => {
      assert.equal(explainAt('FROM a:1\nRUN ec|ho'), null);
    });
  });
}
