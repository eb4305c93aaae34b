/** A stage's `AS name`: lower-case, not a reserved word, used once. */
import { reservedStageNames } from '../../../../dockerfile/catalogue';
import { changeTo, textIn } from '../fixes';
import { buildCheckHref, dockerfileRule } from '../rule';

export const stageNameCasing = dockerfileRule({
  id: 'StageNameCasing',
  kind: 'buildkit',
  defaultSeverity: 'warning',
  docs: buildCheckHref('StageNameCasing'),
  title: { en: 'Stage name not lower-case', ko: '소문자가 아닌 스테이지 이름' },
  description: { en: 'A stage name with capitals: Docker compares stage names in lower case, so write them that way.', ko: '대문자가 든 스테이지 이름입니다. Docker는 스테이지 이름을 소문자로 비교하니 소문자로 쓰세요.' },
  example: 'FROM alpine AS Build',
  check: {
    stage(stage, _run, report) {
      if (!stage.name || !stage.nameRange) return;
      const written = stage.from.argValue(2);
      if (written !== stage.name) report(stage.nameRange, { en: `Stage name '${written}' should be lowercase: ${stage.name}.`, ko: `스테이지 이름 '${written}'은(는) 소문자로 써야 합니다: ${stage.name}.` });
    },
  },
  fix({ ast, diagnostic, language }) {
    const name = textIn(ast, diagnostic.range);
    return [changeTo(ast, language, diagnostic, diagnostic.range, name.toLowerCase())];
  },
});

export const reservedStageName = dockerfileRule({
  id: 'ReservedStageName',
  kind: 'buildkit',
  defaultSeverity: 'warning',
  docs: buildCheckHref('ReservedStageName'),
  title: { en: 'Reserved stage name', ko: '예약된 스테이지 이름' },
  description: { en: 'A stage named scratch or context, which mean something else to Docker.', ko: 'Docker에서 다른 뜻을 가진 scratch나 context를 스테이지 이름으로 썼습니다.' },
  example: 'FROM alpine AS scratch',
  check: {
    stage(stage, _run, report) {
      if (!stage.name || !stage.nameRange || !reservedStageNames.includes(stage.name)) return;
      const written = stage.from.argValue(2);
      report(stage.nameRange, { en: `Stage name '${written}' is reserved (scratch and context mean something else to Docker); choose another name.`, ko: `스테이지 이름 '${written}'은(는) 예약어입니다 (Docker에서 scratch와 context는 다른 뜻입니다). 다른 이름을 고르세요.` });
    },
  },
});

export const duplicateStageName = dockerfileRule({
  id: 'DuplicateStageName',
  kind: 'buildkit',
  defaultSeverity: 'warning',
  docs: buildCheckHref('DuplicateStageName'),
  title: { en: 'Duplicate stage name', ko: '중복된 스테이지 이름' },
  description: { en: 'Two stages with the same name: references to it reach only the first one.', ko: '같은 이름의 스테이지가 둘 있습니다. 그 이름을 참조하면 첫 번째 스테이지만 가리킵니다.' },
  example: 'FROM alpine AS build\nFROM alpine AS build',
  check: {
    stage(stage, run, report) {
      if (!stage.name || !stage.nameRange || run.facts.stageIndexOf(stage.name) === stage.index) return;
      report(stage.nameRange, { en: `Duplicate stage name '${stage.name}': stage names should be unique, and --from=${stage.name} reaches only the first. Rename one of them.`, ko: `스테이지 이름 '${stage.name}'이(가) 중복됩니다. 스테이지 이름은 고유해야 하며 --from=${stage.name}은(는) 첫 번째 스테이지만 가리킵니다. 하나의 이름을 바꾸세요.` });
    },
  },
});
