/** What FROM may use: the global ARGs above it, whose defaults must still make a valid image name. */
import { buildkitArgs, platformArgs, proxyArgs } from '../../../../dockerfile/catalogue';
import { isImageReference } from '../../../../dockerfile/imageReference';
import { expandWord } from '../../expansion';
import { didYouMean } from '../../spelling';
import { buildCheckHref, dockerfileRule } from '../rule';

const automaticArgs = new Set([...platformArgs.map((arg) => arg.name), ...proxyArgs, ...buildkitArgs]);

export const undefinedArgInFrom = dockerfileRule({
  id: 'UndefinedArgInFrom',
  kind: 'buildkit',
  defaultSeverity: 'warning',
  docs: buildCheckHref('UndefinedArgInFrom'),
  title: { en: 'Undeclared ARG in FROM', ko: 'FROM에 선언되지 않은 ARG' },
  description: { en: 'FROM uses a variable that no ARG before the first FROM declares, so it expands to nothing.', ko: 'FROM이 첫 FROM 앞의 어떤 ARG도 선언하지 않은 변수를 씁니다. 빈 값이 됩니다.' },
  example: 'FROM node:$NODE_VERSION',
  check: {
    stage(stage, run, report) {
      const globals = run.globalNames(stage);
      for (const variable of stage.from.variables) {
        if (variable.malformed || globals.has(variable.name) || automaticArgs.has(variable.name)) continue;
        const suggestion = didYouMean(variable.name, [...globals, ...platformArgs.map((arg) => arg.name)]);
        report(variable.range, {
          en: `FROM uses the argument '${variable.name}', which no ARG before the first FROM declares${suggestion ? ` (did you mean ${suggestion}?)` : ''}. Add ARG ${variable.name}=<default> at the top of the file.`,
          ko: `FROM이 인자 '${variable.name}'을(를) 쓰지만 첫 FROM 앞의 어떤 ARG도 선언하지 않았습니다${suggestion ? ` (${suggestion}의 오타인가요?)` : ''}. 파일 맨 위에 ARG ${variable.name}=<기본값>을 추가하세요.`,
        });
      }
    },
  },
});

export const invalidDefaultArgInFrom = dockerfileRule({
  id: 'InvalidDefaultArgInFrom',
  kind: 'buildkit',
  defaultSeverity: 'warning',
  docs: buildCheckHref('InvalidDefaultArgInFrom'),
  title: { en: 'Invalid base image with ARG defaults', ko: 'ARG 기본값으로 잘못되는 베이스 이미지' },
  description: { en: 'With the global ARGs\' default values, the FROM image is empty or not a valid image name: a build without --build-arg fails.', ko: '전역 ARG의 기본값을 넣으면 FROM 이미지가 비거나 올바른 이미지 이름이 아닙니다. --build-arg 없이 빌드하면 실패합니다.' },
  example: 'ARG TAG\nFROM busybox:${TAG}',
  check: {
    stage(stage, run, report) {
      const image = stage.imageName;
      if (!image?.includes('$')) return;
      const defaults = run.globalDefaults(stage.from.range.start.line);
      const expanded = expandWord(image, (name) => defaults.get(name));
      if (isImageReference(expanded)) return;
      report(stage.from.argRange(0)!, expanded === ''
        ? { en: 'With the ARGs\' default values the base image name is empty. Give the ARG a default.', ko: 'ARG 기본값을 넣으면 베이스 이미지 이름이 비어 있습니다. ARG에 기본값을 주세요.' }
        : { en: `With the ARGs' default values, the base image is "${expanded}", which is not a valid image name. Give the ARG a default.`, ko: `ARG 기본값을 넣으면 베이스 이미지가 "${expanded}"이(가) 되는데, 올바른 이미지 이름이 아닙니다. ARG에 기본값을 주세요.` });
    },
  },
});
