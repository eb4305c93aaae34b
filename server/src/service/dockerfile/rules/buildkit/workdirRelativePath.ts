/** A relative WORKDIR before any WORKDIR of the build: it depends on the base image's working directory. */
import { changeTo, textIn } from '../fixes';
import { buildCheckHref, dockerfileRule } from '../rule';

/** A path that does not depend on the working directory before it (or that only the build knows). */
function isAbsolute(path: string): boolean {
  return path.startsWith('/') || path.startsWith('$') || /^[A-Za-z]:[\\/]/.test(path);
}

export const workdirRelativePath = dockerfileRule({
  id: 'WorkdirRelativePath',
  kind: 'buildkit',
  defaultSeverity: 'warning',
  docs: buildCheckHref('WorkdirRelativePath'),
  title: { en: 'Relative WORKDIR', ko: '상대 경로 WORKDIR' },
  description: { en: 'A relative WORKDIR with no WORKDIR before it in the build: where it ends up depends on the base image.', ko: '빌드에서 앞선 WORKDIR 없이 쓴 상대 경로 WORKDIR입니다. 실제 위치가 베이스 이미지에 따라 달라집니다.' },
  example: 'FROM alpine\nWORKDIR app',
  check: {
    stage(stage, run, report) {
      // A stage built on an earlier stage starts in the directory that stage left it in.
      let known = run.parentStage(stage) !== undefined;
      return {
        instruction(instruction) {
          const value = instruction.name === 'WORKDIR' ? instruction.argValue(0) : undefined;
          if (value === undefined) return;
          if (!known && !isAbsolute(value)) {
            report(instruction.argRange(0)!, { en: `Relative WORKDIR "${value}" depends on the base image's working directory: use an absolute path such as /${value.replace(/^\.\/?/, '')}.`, ko: `상대 경로 WORKDIR "${value}"은(는) 베이스 이미지의 작업 디렉터리에 따라 달라집니다. /${value.replace(/^\.\/?/, '')} 같은 절대 경로를 쓰세요.` });
          }
          // Once one WORKDIR is set, the relative ones after it follow from it.
          known = true;
        },
      };
    },
  },
  fix({ ast, diagnostic, language }) {
    // A guess at the directory meant, so not the preferred fix.
    const absolute = `/${textIn(ast, diagnostic.range).replace(/^\.\/?/, '')}`;
    return [changeTo(ast, language, diagnostic, diagnostic.range, absolute, absolute, false)];
  },
});
