/**
 * The command-line rule registry: the slips people make typing `docker` commands, each a
 * `RuleMeta`. The severity settings (`dockside.commandline.rules`) and the rule table are
 * generated from it; every rule's diagnostic carries the replacement its quick fix writes.
 */
import type { Localized } from '../localized';
import { ruleRegistry } from '../rules/registry';
import type { RuleMeta } from '../rules/rule';

/** `command`: the word `docker` or its command is wrong; `flag`: a flag is. */
export type CommandLineRuleKind = 'command' | 'flag';

export type CommandLineRule = RuleMeta<string, CommandLineRuleKind>;

/** What a quick fix needs: the text to put in the diagnostic's range. */
export interface ReplacementData {
  readonly replacement: string;
}

export const cliReference = 'https://docs.docker.com/reference/cli/docker/';

/** A command-line rule: a warning, linked to the CLI reference unless its diagnostic knows the command's page. */
const rule = (id: string, kind: CommandLineRuleKind, title: Localized, description: Localized, example: string): CommandLineRule => ({
  id,
  kind,
  defaultSeverity: 'warning',
  docs: cliReference,
  title,
  description,
  example,
});

export const commandLineRules = {
  dockerTypo: rule(
    'docker-typo',
    'command',
    { en: 'Misspelt `docker`', ko: '`docker` 오타' },
    { en: 'A command one letter (or one swap) away from `docker`: the shell finds no such program.', ko: '`docker`와 한 글자(또는 두 글자 순서)만 다른 명령입니다. 셸은 그런 프로그램을 찾지 못합니다.' },
    'docekr ps',
  ),
  unknownSubcommand: rule(
    'unknown-subcommand',
    'command',
    { en: 'Unknown docker command', ko: '알 수 없는 docker 명령' },
    { en: 'A word where a docker command belongs that is a near-miss of one, like `docker bulid`.', ko: '`docker bulid`처럼, docker 명령 자리에 쓴 단어가 명령의 오타입니다.' },
    'docker bulid -t app .',
  ),
  singleDashLongFlag: rule(
    'single-dash-long-flag',
    'flag',
    { en: 'Long flag with one dash', ko: '대시 하나로 쓴 긴 옵션' },
    { en: 'A long flag written with one dash, like `-rm`, reads as one-letter flags (`-r`, `-m`).', ko: '`-rm`처럼 대시 하나로 쓴 긴 옵션은 한 글자 옵션들(`-r`, `-m`)로 읽힙니다.' },
    'docker run -rm alpine',
  ),
  doubleDashShortFlags: rule(
    'double-dash-short-flags',
    'flag',
    { en: 'One-letter flags with two dashes', ko: '대시 둘로 쓴 한 글자 옵션' },
    { en: 'One-letter flags combine after one dash (`-it`); with two, `--it` is a flag that does not exist.', ko: '한 글자 옵션은 대시 하나 뒤에 묶어 씁니다(`-it`). 대시 둘인 `--it`은 없는 옵션입니다.' },
    'docker run --it alpine sh',
  ),
  unknownFlag: rule(
    'unknown-flag',
    'flag',
    { en: 'Unknown flag', ko: '알 수 없는 옵션' },
    { en: 'A flag the command does not have: a near-miss of one is a warning, anything else information.', ko: '명령에 없는 옵션입니다. 있는 옵션의 오타면 경고, 그 밖에는 정보로 알립니다.' },
    'docker run --detatch alpine',
  ),
};

export const commandLineRuleRegistry = ruleRegistry<CommandLineRule>(
  'commandline',
  { en: 'docker command lines', ko: 'docker 명령줄' },
  [
    { id: 'command', title: { en: 'Commands', ko: '명령' } },
    { id: 'flag', title: { en: 'Flags', ko: '옵션' } },
  ],
  Object.values(commandLineRules),
);
