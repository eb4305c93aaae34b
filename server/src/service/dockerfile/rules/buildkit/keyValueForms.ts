/** ENV and LABEL as key=value, and LABEL instead of the deprecated MAINTAINER. */
import { DiagnosticTag, TextEdit } from '../../../../lsp';
import { keyValuePairs, quoteValue } from '../../readers';
import { changeTo, edits, inCaseOf, titledFix } from '../fixes';
import { buildCheckHref, dockerfileRule } from '../rule';

export const legacyKeyValueFormat = dockerfileRule({
  id: 'LegacyKeyValueFormat',
  kind: 'buildkit',
  defaultSeverity: 'warning',
  docs: buildCheckHref('LegacyKeyValueFormat'),
  title: { en: 'Legacy ENV/LABEL format', ko: '옛 ENV/LABEL 형식' },
  description: { en: 'ENV or LABEL written as "key value" instead of key=value: confusing, and one pair per line.', ko: 'ENV나 LABEL을 key=value가 아닌 "key value"로 썼습니다. 헷갈리고 한 줄에 한 쌍만 됩니다.' },
  example: 'FROM alpine\nENV NODE_ENV production',
  check: {
    instruction: {
      names: ['ENV', 'LABEL'],
      check(instruction, _facts, report) {
        const { legacy, spacedEquals, missingEquals, pairs } = keyValuePairs(instruction);
        if (!legacy || spacedEquals || missingEquals || instruction.args.length < 2) return;
        const name = instruction.name;
        report(instruction.argsRange ?? instruction.keywordRange, {
          en: `"${name} key value" is the legacy format: write ${name} ${pairs[0].key}=${quoteValue(pairs[0].value)}.`,
          ko: `"${name} key value"는 옛 형식입니다. ${name} ${pairs[0].key}=${quoteValue(pairs[0].value)}(으)로 쓰세요.`,
        });
      },
    },
  },
  fix({ ast, diagnostic, language, instruction }) {
    if (!instruction?.argsRange) return [];
    const [pair] = keyValuePairs(instruction).pairs;
    if (!pair) return [];
    const replacement = `${pair.key}=${quoteValue(pair.value)}`;
    return [changeTo(ast, language, diagnostic, instruction.argsRange, replacement, `${instruction.name} ${replacement}`)];
  },
});

export const maintainerDeprecated = dockerfileRule({
  id: 'MaintainerDeprecated',
  kind: 'buildkit',
  defaultSeverity: 'warning',
  docs: buildCheckHref('MaintainerDeprecated'),
  title: { en: 'MAINTAINER is deprecated', ko: 'MAINTAINER는 폐기됨' },
  description: { en: 'MAINTAINER is deprecated: the image author goes in LABEL org.opencontainers.image.authors.', ko: 'MAINTAINER는 폐기되었습니다. 이미지 작성자는 LABEL org.opencontainers.image.authors에 씁니다.' },
  example: 'FROM alpine\nMAINTAINER me@example.com',
  check: {
    instruction: {
      names: ['MAINTAINER'],
      check(instruction, _facts, report) {
        report(instruction.keywordRange, { en: 'MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors="…" instead.', ko: 'MAINTAINER는 더 이상 쓰지 않습니다(deprecated). 대신 LABEL org.opencontainers.image.authors="…"를 쓰세요.' }, { tags: [DiagnosticTag.Deprecated] });
      },
    },
  },
  fix({ ast, diagnostic, language, instruction }) {
    if (instruction?.name !== 'MAINTAINER') return [];
    const label = `${inCaseOf('LABEL', instruction.keyword)} org.opencontainers.image.authors=${JSON.stringify(instruction.argsText)}`;
    return [titledFix(language, { en: 'Replace with LABEL org.opencontainers.image.authors', ko: 'LABEL org.opencontainers.image.authors로 바꾸기' }, diagnostic, edits(ast, TextEdit.replace(instruction.range, label)))];
  },
});
