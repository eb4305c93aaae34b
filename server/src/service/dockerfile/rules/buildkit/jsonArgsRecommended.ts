/** CMD and ENTRYPOINT in JSON form, so the process gets the container's signals (unless SHELL changed the shell). */
import { TextEdit } from '../../../../lsp';
import { toJsonForm } from '../../readers';
import { edits, titledFix } from '../fixes';
import { buildCheckHref, dockerfileRule } from '../rule';

export const jsonArgsRecommended = dockerfileRule({
  id: 'JSONArgsRecommended',
  kind: 'buildkit',
  defaultSeverity: 'warning',
  docs: buildCheckHref('JSONArgsRecommended'),
  title: { en: 'Shell form CMD or ENTRYPOINT', ko: '셸 형식 CMD/ENTRYPOINT' },
  description: { en: 'CMD or ENTRYPOINT in shell form runs under /bin/sh -c, which does not pass on signals, so the container stops slowly.', ko: '셸 형식 CMD나 ENTRYPOINT는 /bin/sh -c 아래에서 실행되어 시그널이 전달되지 않고, 컨테이너가 느리게 멈춥니다.' },
  example: 'FROM alpine\nCMD node server.js',
  check: {
    stage(stage, run, report) {
      // A SHELL in this stage, or in a stage it builds on, is a deliberate choice of shell.
      let shellChanged = [...run.lineage(stage)].some((s) => s !== stage && s.instructions.some((i) => i.name === 'SHELL'));
      return {
        instruction(instruction) {
          const name = instruction.name;
          if (name === 'SHELL') shellChanged = true;
          if ((name !== 'CMD' && name !== 'ENTRYPOINT') || instruction.form !== 'shell' || shellChanged || instruction.malformedExec || instruction.execNotStrings) return;
          report(instruction.argsRange ?? instruction.keywordRange, {
            en: `JSON arguments recommended for ${name} to prevent unintended behavior related to OS signals: write ${name} ${toJsonForm(instruction.args)}.`,
            ko: `OS 시그널 처리 문제를 막으려면 ${name}은(는) JSON 형식으로 쓰는 것이 좋습니다: ${name} ${toJsonForm(instruction.args)}.`,
          });
        },
      };
    },
  },
  fix({ ast, diagnostic, language, instruction }) {
    if (!instruction?.argsRange || instruction.form !== 'shell') return [];
    const json = toJsonForm(instruction.args);
    return [titledFix(language, { en: `Convert to JSON form: ${json}`, ko: `JSON 형식으로 바꾸기: ${json}` }, diagnostic, edits(ast, TextEdit.replace(instruction.argsRange, json)))];
  },
});
