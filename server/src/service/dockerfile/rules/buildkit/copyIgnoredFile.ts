/** BuildKit's CopyIgnoredFile: a COPY/ADD source that `.dockerignore` keeps out of the build context, so the build fails. */
import { copiesFromContext, sourcesOf } from '../../readers';
import { dockerignoreOf } from '../context/dockerignoreFiles';
import { buildCheckHref, dockerfileRule } from '../rule';

const remoteSource = /^(?:https?:\/\/|git@|ssh:\/\/|git:\/\/)/;

export const copyIgnoredFile = dockerfileRule({
  id: 'CopyIgnoredFile',
  kind: 'buildkit',
  defaultSeverity: 'warning',
  docs: buildCheckHref('CopyIgnoredFile'),
  title: { en: 'Copying an ignored file', ko: '제외된 파일 복사' },
  description: { en: 'A COPY or ADD source that .dockerignore excludes: it is not in the build context, and the build fails on it.', ko: '.dockerignore가 제외하는 COPY/ADD 원본입니다. 빌드 컨텍스트에 없으니 빌드가 실패합니다.' },
  example: 'FROM alpine\nCOPY secrets.env /app/',
  exampleFiles: { '.dockerignore': '*.env' },
  check: {
    document(run, report) {
      const copies = run.ast.instructions.filter(copiesFromContext);
      if (copies.length === 0) return;
      const ignored = dockerignoreOf(run);
      if (!ignored) return;
      for (const copy of copies) {
        for (const source of sourcesOf(copy)) {
          if (remoteSource.test(source.value) || source.value.includes('$')) continue;
          // With a `!` pattern that may re-include something under the source, only the build can tell.
          if (!ignored.ignores(source.value) || ignored.mayReincludeUnder(source.value)) continue;
          report(source.range, { en: `Attempting to ${copy.name} "${source.value}", which .dockerignore excludes: remove it from .dockerignore or from this ${copy.name}.`, ko: `.dockerignore가 제외하는 "${source.value}"을(를) ${copy.name}하려고 합니다. .dockerignore나 이 ${copy.name}에서 빼세요.` });
        }
      }
    },
  },
});
