/** apt-get in a RUN: update with install, no prompts, no recommended packages, and the package lists cleaned up. */
import type { CodeAction } from 'vscode-languageserver';
import { TextEdit } from '../../../../lsp';
import { rangeContains } from '../../../../dockerfile/positions';
import { aptInstalls, program, runCommands } from '../../shell';
import { edits, eolOf, titledFix } from '../fixes';
import { bestPracticesHref, dockerfileRule, type FixTarget } from '../rule';

const runHref = `${bestPracticesHref}#run`;

/** Adds the missing apt-get options and the list cleanup to the RUN in one edit. */
function aptFix({ ast, diagnostic, language, instruction: run }: FixTarget): CodeAction[] {
  const install = run && aptInstalls(run).find((i) => rangeContains(i.install.range, diagnostic.range.start));
  if (!run || !install) return [];
  const options = `${install.missingYes ? ' -y' : ''}${install.missingNoRecommends ? ' --no-install-recommends' : ''}`;
  const textEdits: TextEdit[] = [];
  if (options) textEdits.push(TextEdit.insert(install.install.range.end, options));
  if (install.missingCleanup) textEdits.push(TextEdit.insert(run.range.end, ` ${ast.escapeChar}${eolOf(ast)}    && rm -rf /var/lib/apt/lists/*`));
  if (textEdits.length === 0) return [];
  return [titledFix(language, { en: 'Add --no-install-recommends and clean up /var/lib/apt/lists', ko: '--no-install-recommends 추가하고 /var/lib/apt/lists 정리하기' }, diagnostic, edits(ast, ...textEdits))];
}

export const aptGetUpdateAlone = dockerfileRule({
  id: 'apt-get-update-alone',
  kind: 'hint',
  defaultSeverity: 'hint',
  docs: runHref,
  title: { en: 'apt-get update alone', ko: '혼자인 apt-get update' },
  description: { en: 'apt-get update in a RUN without an install: cached on its own, it leaves later installs with stale package lists.', ko: 'install 없이 apt-get update만 있는 RUN입니다. 따로 캐시되어 나중의 install이 오래된 패키지 목록을 씁니다.' },
  example: 'FROM ubuntu:24.04\nRUN apt-get update',
  check: {
    instruction: {
      names: ['RUN'],
      check(run, _facts, report) {
        const commands = runCommands(run, 'apt');
        const isApt = (index: number) => ['apt-get', 'apt'].includes(program(commands[index])?.name ?? '');
        const update = commands.findIndex((command, i) => isApt(i) && command[program(command)!.index + 1]?.value === 'update');
        if (update < 0 || commands.some((command, i) => isApt(i) && command.some((a) => a.value === 'install'))) return;
        report(commands[update][0].range, { en: 'apt-get update alone in a RUN is cached as its own layer, so a later apt-get install can use stale package lists. Run update and install in the same RUN: apt-get update && apt-get install -y ….', ko: 'apt-get update만 따로 RUN에 있으면 별도 레이어로 캐시되어, 나중의 apt-get install이 오래된 패키지 목록을 쓸 수 있습니다. update와 install을 한 RUN에서 실행하세요: apt-get update && apt-get install -y ….' });
      },
    },
  },
});

export const aptGetInstallOptions = dockerfileRule({
  id: 'apt-get-install-options',
  kind: 'hint',
  defaultSeverity: 'hint',
  docs: runHref,
  title: { en: 'apt-get install options', ko: 'apt-get install 옵션' },
  description: { en: 'apt-get install without -y (it waits for an answer and the build fails) or without --no-install-recommends (recommended packages bloat the image).', ko: '-y 없는 apt-get install(응답을 기다리다 빌드가 실패합니다)이나 --no-install-recommends 없는 install(추천 패키지로 이미지가 커집니다)입니다.' },
  example: 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install curl && rm -rf /var/lib/apt/lists/*',
  check: {
    instruction: {
      names: ['RUN'],
      check(run, _facts, report) {
        for (const install of aptInstalls(run)) {
          if (!install.missingYes && !install.missingNoRecommends) continue;
          const en = [install.missingYes ? '-y (without it apt-get waits for an answer and the build fails)' : '', install.missingNoRecommends ? '--no-install-recommends (recommended packages bloat the image)' : ''].filter(Boolean);
          const ko = [install.missingYes ? '-y (없으면 apt-get이 응답을 기다리다 빌드가 실패합니다)' : '', install.missingNoRecommends ? '--no-install-recommends (추천 패키지까지 설치되어 이미지가 커집니다)' : ''].filter(Boolean);
          report(install.install.range, { en: `apt-get install without ${en.join(' and ')}.`, ko: `apt-get install에 ${ko.join(', ')}이(가) 빠져 있습니다.` });
        }
      },
    },
  },
  fix: aptFix,
});

export const aptListsNotCleaned = dockerfileRule({
  id: 'apt-lists-not-cleaned',
  kind: 'hint',
  defaultSeverity: 'hint',
  docs: runHref,
  title: { en: 'apt lists left in the layer', ko: '레이어에 남은 apt 목록' },
  description: { en: 'apt-get install without removing /var/lib/apt/lists in the same RUN (or an apt cache mount): the lists stay in the layer.', ko: '같은 RUN에서 /var/lib/apt/lists를 지우지 않는(또는 apt 캐시 마운트가 없는) apt-get install입니다. 목록이 레이어에 남습니다.' },
  example: 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends curl',
  check: {
    instruction: {
      names: ['RUN'],
      check(run, _facts, report) {
        for (const install of aptInstalls(run)) {
          if (!install.missingCleanup) continue;
          report(install.install.range, { en: 'The package lists in /var/lib/apt/lists stay in this layer: end the RUN with && rm -rf /var/lib/apt/lists/* to keep the image small.', ko: '/var/lib/apt/lists의 패키지 목록이 이 레이어에 남습니다. 이미지를 작게 하려면 RUN 끝에 && rm -rf /var/lib/apt/lists/*를 붙이세요.' });
        }
      },
    },
  },
  fix: aptFix,
});
