/** ADD doing what COPY does: no URL, no archive to unpack, none of ADD's own flags. */
import { TextEdit } from '../../../../lsp';
import { argumentCount } from '../syntax/argumentCount';
import { sourcesOf } from '../../readers';
import { edits, inCaseOf, titledFix } from '../fixes';
import { bestPracticesHref, dockerfileRule } from '../rule';

const remoteSource = /^(?:https?:\/\/|git@|ssh:\/\/|git:\/\/)/;
const archiveSource = /\.(?:tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst|tzst|gz|bz2|xz)$/i;

export const preferCopy = dockerfileRule({
  id: 'prefer-copy',
  kind: 'hint',
  defaultSeverity: 'hint',
  docs: `${bestPracticesHref}#add-or-copy`,
  title: { en: 'ADD where COPY will do', ko: 'COPY로 충분한 ADD' },
  description: { en: 'ADD of local files, which is what COPY does plainly: ADD also downloads URLs and unpacks archives, which surprises readers.', ko: '로컬 파일을 ADD합니다. COPY가 단순하게 하는 일입니다. ADD는 URL 다운로드와 압축 해제도 해서 읽는 사람을 놀라게 합니다.' },
  example: 'FROM alpine\nADD app /app',
  check: {
    instruction: {
      names: ['ADD'],
      check(add, _facts, report) {
        if (argumentCount(add) < 2 || add.flags.some((f) => f.name === 'checksum' || f.name === 'keep-git-dir' || f.name === 'unpack')) return;
        const sources = sourcesOf(add);
        if (sources.length === 0 || sources.some((s) => remoteSource.test(s.value) || archiveSource.test(s.value) || s.value.includes('$'))) return;
        report(add.keywordRange, { en: 'ADD is doing what COPY does here: use COPY, whose behavior is plain (ADD also downloads URLs and unpacks archives, which surprises readers).', ko: '여기서 ADD는 COPY와 같은 일을 합니다. 동작이 단순한 COPY를 쓰세요 (ADD는 URL을 내려받고 압축도 풀어서 읽는 사람을 놀라게 합니다).' });
      },
    },
  },
  fix({ ast, diagnostic, language, instruction: add }) {
    if (!add) return [];
    return [titledFix(language, { en: 'Change ADD to COPY', ko: 'ADD를 COPY로 바꾸기' }, diagnostic, edits(ast, TextEdit.replace(add.keywordRange, inCaseOf('COPY', add.keyword))))];
  },
});
