/** Secrets in ARG or ENV stay in the image and its history: BuildKit's names for them, and the ones it exempts. */
import { definedNames, keyValuePairs } from '../../readers';
import { buildCheckHref, dockerfileRule } from '../rule';

/** A secret's word in a name: the whole name, or a part between underscores. */
const secretName = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
/** Words that make a name not a secret: a public key, the file a secret is in, a version. */
const exemptName = /(?:_|^)(?:public|file|version)(?:_|$)/i;

export const secretsUsedInArgOrEnv = dockerfileRule({
  id: 'SecretsUsedInArgOrEnv',
  kind: 'buildkit',
  defaultSeverity: 'warning',
  docs: buildCheckHref('SecretsUsedInArgOrEnv'),
  title: { en: 'Secret in ARG or ENV', ko: 'ARG나 ENV의 비밀 정보' },
  description: { en: 'An ARG or ENV named like a secret (password, token, key…): its value stays in the image and its history.', ko: '비밀 정보처럼 보이는 이름(password, token, key…)의 ARG나 ENV입니다. 값이 이미지와 히스토리에 남습니다.' },
  example: 'FROM alpine\nENV DB_PASSWORD=hunter2',
  check: {
    instruction: {
      names: ['ARG', 'ENV'],
      check(instruction, _facts, report) {
        if (instruction.argCount === 0) return;
        if (instruction.name === 'ENV') {
          // An ENV that is not key=value is argument-count's or spaces-around-equals'.
          const { legacy, spacedEquals, missingEquals } = keyValuePairs(instruction);
          if (spacedEquals || missingEquals || (legacy && instruction.argCount < 2)) return;
        }
        for (const defined of definedNames(instruction)) {
          if (!secretName.test(defined) || exemptName.test(defined)) continue;
          const range = instruction.args.find((a) => a.value.startsWith(defined))?.range ?? instruction.keywordRange;
          report(range, {
            en: `Do not put sensitive data in ${instruction.name} ("${defined}"): it stays in the image and its history. Pass it at run time, or use RUN --mount=type=secret while building.`,
            ko: `${instruction.name}에 민감한 정보("${defined}")를 넣지 마세요. 이미지와 히스토리에 그대로 남습니다. 실행할 때 넘기거나, 빌드 중에는 RUN --mount=type=secret을 쓰세요.`,
          });
        }
      },
    },
  },
});
