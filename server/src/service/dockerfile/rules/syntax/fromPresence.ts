/** A Dockerfile builds from a FROM, and only ARG may come before the first one. */
import { instructionHref, instructionsByName } from '../../../../dockerfile/catalogue';
import { offsetAt } from '../../../../dockerfile/positions';
import { dockerfileRule } from '../rule';

export const missingFrom = dockerfileRule({
  id: 'missing-from',
  kind: 'syntax',
  defaultSeverity: 'error',
  docs: instructionHref('FROM'),
  title: { en: 'No FROM', ko: 'FROM 없음' },
  description: { en: 'A Dockerfile with instructions but no FROM: there is no base image to build on.', ko: '명령어는 있지만 FROM이 없는 Dockerfile입니다. 빌드할 베이스 이미지가 없습니다.' },
  example: 'RUN echo hi',
  check: {
    document(run, report) {
      const [first] = run.ast.instructions;
      if (!first || run.ast.stages.length > 0) return;
      report(first.keywordRange, { en: 'A Dockerfile needs a FROM instruction naming the base image (for example FROM alpine:3.20).', ko: 'Dockerfile에는 베이스 이미지를 지정하는 FROM 명령어가 필요합니다 (예: FROM alpine:3.20).' });
    },
  },
});

export const instructionBeforeFrom = dockerfileRule({
  id: 'instruction-before-from',
  kind: 'syntax',
  defaultSeverity: 'error',
  docs: instructionHref('FROM'),
  title: { en: 'Instruction before FROM', ko: 'FROM 앞의 명령어' },
  description: { en: 'Only ARG may come before the first FROM; anything else fails the build.', ko: '첫 FROM 앞에는 ARG만 올 수 있습니다. 다른 명령어가 있으면 빌드가 실패합니다.' },
  example: 'ENV A=1\nFROM alpine',
  check: {
    document(run, report) {
      if (run.ast.stages.length === 0) return;
      for (const instruction of run.ast.instructions) {
        if (instruction.stageIndex >= 0) break;
        if (instruction.name !== 'ARG' && instructionsByName.has(instruction.name)) {
          report(instruction.keywordRange, {
            en: `${instruction.name} comes before the first FROM; only ARG may precede FROM. Move it after FROM.`,
            ko: `${instruction.name}이(가) 첫 FROM보다 앞에 있습니다. FROM 앞에는 ARG만 올 수 있으니 FROM 뒤로 옮기세요.`,
          });
        }
      }
    },
  },
});

export const noInstructions = dockerfileRule({
  id: 'no-instructions',
  kind: 'syntax',
  defaultSeverity: 'error',
  docs: 'https://docs.docker.com/reference/dockerfile/#format',
  title: { en: 'No instructions', ko: '명령어 없음' },
  description: { en: 'An empty Dockerfile, or one of only comments: docker build fails with "file with no instructions".', ko: '비어 있거나 주석뿐인 Dockerfile입니다. docker build가 "file with no instructions"로 실패합니다.' },
  example: '# nothing yet',
  check: {
    document(run, report) {
      if (run.ast.instructions.length > 0) return;
      // BuildKit reports it on the last line it read: a final line break does not start another.
      const { lineStarts, text } = run.ast;
      const line = lineStarts.length > 1 && lineStarts[lineStarts.length - 1] === text.length ? lineStarts.length - 2 : lineStarts.length - 1;
      const end = offsetAt(run.ast, { line, character: text.length }) - lineStarts[line];
      report({ start: { line, character: 0 }, end: { line, character: end } }, {
        en: 'This Dockerfile has no instructions, so docker build fails ("file with no instructions"). Start with FROM, for example FROM alpine:3.20.',
        ko: '이 Dockerfile에는 명령어가 없어서 docker build가 실패합니다("file with no instructions"). FROM으로 시작하세요 (예: FROM alpine:3.20).',
      });
    },
  },
});
