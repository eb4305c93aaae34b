/** Commands a RUN should not need: cd (WORKDIR persists) and sudo (the build already runs as root). */
import { program, runCommands } from '../../shell';
import { bestPracticesHref, dockerfileRule } from '../rule';

export const cdInRun = dockerfileRule({
  id: 'cd-in-run',
  kind: 'hint',
  defaultSeverity: 'hint',
  docs: `${bestPracticesHref}#workdir`,
  title: { en: 'cd in RUN', ko: 'RUN 안의 cd' },
  description: { en: 'cd in a RUN lasts for that RUN only: WORKDIR persists and makes the path explicit.', ko: 'RUN 안의 cd는 그 RUN에서만 유효합니다. WORKDIR는 계속 유지되고 경로도 분명해집니다.' },
  example: 'FROM alpine\nRUN cd /src && make',
  check: {
    instruction: {
      names: ['RUN'],
      check(run, _facts, report) {
        for (const command of runCommands(run, 'cd')) {
          const p = program(command);
          if (p?.name !== 'cd' || command.length <= p.index + 1) continue;
          report(command[p.index].range, { en: 'Use WORKDIR instead of cd: WORKDIR persists for the following instructions and makes the path explicit.', ko: 'cd 대신 WORKDIR를 쓰세요. WORKDIR는 뒤따르는 명령어에도 유지되고 경로가 분명해집니다.' });
        }
      },
    },
  },
});

export const sudoInRun = dockerfileRule({
  id: 'sudo-in-run',
  kind: 'hint',
  defaultSeverity: 'hint',
  docs: `${bestPracticesHref}#user`,
  title: { en: 'sudo in RUN', ko: 'RUN 안의 sudo' },
  description: { en: 'sudo in a RUN: the build already runs as root unless USER changed it, and sudo brings TTY and signal surprises.', ko: 'RUN 안의 sudo입니다. USER를 바꾸지 않았다면 빌드는 이미 root로 실행되고, sudo는 TTY와 시그널 문제를 일으킵니다.' },
  example: 'FROM alpine\nRUN sudo apk add curl',
  check: {
    instruction: {
      names: ['RUN'],
      check(run, _facts, report) {
        for (const command of runCommands(run, 'sudo')) {
          const sudo = command.findIndex((a) => a.value === 'sudo');
          if (sudo < 0 || sudo > (program(command)?.index ?? 0)) continue;
          report(command[sudo].range, { en: 'Avoid sudo in RUN: the build already runs as root unless USER changed it, and sudo brings TTY and signal surprises. Switch USER around the step instead.', ko: 'RUN에서 sudo는 피하세요. USER를 바꾸지 않았다면 빌드는 이미 root로 실행되고, sudo는 TTY와 시그널 문제를 일으킵니다. 대신 그 단계 앞뒤로 USER를 바꾸세요.' });
        }
      },
    },
  },
});
