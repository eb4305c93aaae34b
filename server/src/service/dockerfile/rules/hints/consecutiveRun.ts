/** Two RUNs in a row that could be one: each RUN is a layer. */
import { TextEdit } from '../../../../lsp';
import { mergeable } from '../../readers';
import { edits, eolOf, textIn, titledFix } from '../fixes';
import { bestPracticesHref, dockerfileRule } from '../rule';

export const consecutiveRun = dockerfileRule({
  id: 'consecutive-run',
  kind: 'hint',
  defaultSeverity: 'hint',
  docs: `${bestPracticesHref}#run`,
  title: { en: 'Consecutive RUNs', ko: '연속된 RUN' },
  description: { en: 'Two plain RUNs in a row: each adds a layer; joined with && they make one, cached together.', ko: '단순한 RUN 두 개가 연속됩니다. 각각 레이어를 만드니 &&로 합치면 하나가 되고 캐시도 함께 관리됩니다.' },
  example: 'FROM alpine\nRUN apk add curl\nRUN apk add git',
  check: {
    stage(_stage, _run, report) {
      return {
        instruction(instruction, walk) {
          if (!mergeable(instruction) || !mergeable(walk.previous)) return;
          report(instruction.keywordRange, { en: 'Consecutive RUN instructions each add a layer: join them into one RUN with && to keep the image smaller and the steps cached together.', ko: '연속된 RUN은 각각 레이어를 만듭니다. &&로 하나의 RUN으로 합치면 이미지가 작아지고 캐시도 함께 관리됩니다.' });
        },
      };
    },
  },
  fix({ ast, diagnostic, language, instruction: run }) {
    const index = run ? ast.instructions.indexOf(run) : -1;
    const previous = index > 0 ? ast.instructions[index - 1] : undefined;
    if (!run?.argsRange || !previous?.argsRange || !mergeable(run) || !mergeable(previous)) return [];
    const joined = `${textIn(ast, { start: previous.argsRange.start, end: previous.range.end })} && ${ast.escapeChar}${eolOf(ast)}    ${textIn(ast, { start: run.argsRange.start, end: run.range.end })}`;
    return [titledFix(language, { en: 'Merge with the previous RUN (&&)', ko: '앞의 RUN과 합치기 (&&)' }, diagnostic, edits(ast, TextEdit.replace({ start: previous.argsRange.start, end: run.range.end }, joined)))];
  },
});
