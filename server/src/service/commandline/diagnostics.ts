/**
 * The slips people make typing `docker` commands, the notes' own among them:
 * `docekr`, `docker bulid`, `-rm`, `--it`, and flags a command doesn't have.
 * Each is a rule of ./rules.ts and carries the replacement its quick fix
 * writes (`data.replacement`).
 */
import { Diagnostic, DiagnosticSeverity } from '../../lsp';
import type { Localized } from '../localized';
import type { ServiceContext } from '../mode';
import { ruleDiagnostic } from '../rules/report';
import { commandEntry } from './lookup';
import type { CommandLineDocument, DockerCommand, FlagUse } from './parse';
import { cliReference, CommandLineRule, commandLineRules, type ReplacementData } from './rules';

export function diagnostics(parsed: CommandLineDocument, ctx: ServiceContext): Diagnostic[] {
  const { document } = parsed;
  const found: Diagnostic[] = [];
  const report: Report = (rule, start, end, message, docs, replacement, severity) => {
    const range = { start: document.positionAt(start), end: document.positionAt(end) };
    const data = replacement === undefined ? undefined : ({ replacement } satisfies ReplacementData);
    found.push(ruleDiagnostic(rule, range, message, ctx.docsLanguage, { docs, data, severity }));
  };

  for (const command of parsed.commands) {
    const { docker } = command;
    if (command.misspelt) {
      report(commandLineRules.dockerTypo, docker.start, docker.end, {
        ko: `\`${docker.text}\`(이)라는 명령은 없습니다. \`docker\`의 오타입니다.`,
        en: `\`${docker.text}\` is not a command: it is a typo for \`docker\`.`,
      }, cliReference, 'docker');
    }
    if (command.unknown?.suggestion) {
      const { word, suggestion } = command.unknown;
      report(commandLineRules.unknownSubcommand, word.start, word.end, {
        ko: `\`${word.text}\`은(는) docker 명령이 아닙니다. \`${suggestion}\`을(를) 쓰려던 것이라면 고치세요.`,
        en: `\`${word.text}\` is not a docker command. Did you mean \`${suggestion}\`?`,
      }, cliReference, suggestion);
    }
    for (const use of command.flags) if (use.problem) reportFlag(command, use, report);
  }
  return found;
}

/** Reports a rule's diagnostic; `docs` is the command's own reference page, more use than the rule's. */
type Report = (rule: CommandLineRule, start: number, end: number, message: Localized, docs: string, replacement?: string, severity?: DiagnosticSeverity) => void;

function reportFlag(command: DockerCommand, use: FlagUse, report: Report): void {
  const href = commandEntry(command)?.reference ?? cliReference;
  const name = `docker ${command.pathText}`;
  switch (use.problem) {
    case 'single-dash-long-flag': {
      const letters = [...use.written.slice(1)].map((letter) => `\`-${letter}\``).join(', ');
      report(commandLineRules.singleDashLongFlag, use.start, use.end, {
        ko: `\`${use.written}\`은(는) 대시가 하나라서 한 글자 옵션 ${letters}(으)로 읽힙니다. \`${use.replacement}\`(으)로 쓰세요.`,
        en: `With one dash, \`${use.written}\` reads as the one-letter flags ${letters}. Write \`${use.replacement}\`.`,
      }, href, use.replacement);
      break;
    }
    case 'double-dash-short-flags': {
      const letters = [...use.written.slice(2)].map((letter) => `\`-${letter}\``).join(', ');
      report(commandLineRules.doubleDashShortFlags, use.start, use.end, {
        ko: `\`${use.written}\`(이)라는 옵션은 없습니다. 한 글자 옵션 ${letters}은(는) 대시 하나로 묶어 \`${use.replacement}\`(으)로 씁니다.`,
        en: `There is no \`${use.written}\` flag: the one-letter flags ${letters} combine with one dash as \`${use.replacement}\`.`,
      }, href, use.replacement);
      break;
    }
    case 'unknown-flag':
      if (use.replacement) {
        report(commandLineRules.unknownFlag, use.start, use.end, {
          ko: `\`${name}\`에는 \`${use.written}\` 옵션이 없습니다. \`${use.replacement}\`을(를) 쓰려던 것인가요?`,
          en: `\`${name}\` has no \`${use.written}\` flag. Did you mean \`${use.replacement}\`?`,
        }, href, use.replacement);
      } else {
        report(commandLineRules.unknownFlag, use.start, use.end, {
          ko: `\`${name}\`에는 \`${use.written}\` 옵션이 없습니다. \`${name} --help\`로 옵션을 확인하세요.`,
          en: `\`${name}\` has no \`${use.written}\` flag; \`${name} --help\` lists the ones it has.`,
        }, href, undefined, DiagnosticSeverity.Information);
      }
      break;
  }
}
