/** What a shell-form RUN runs: its simple commands, their programs, and the apt-get installs among them. */
import type { Arg, Instruction } from '../../dockerfile/ast';
import { rememberingLast } from './readers';

/**
 * A shell-form RUN's simple commands, when its text mentions `program`: the rules that look for a
 * program skip the other RUNs without making their arguments.
 */
export function runCommands(run: Instruction, program: string): readonly Arg[][] {
  return run.form === 'shell' && run.argsText.includes(program) ? shellCommands(run.args) : [];
}

/** A shell-form command line split into simple commands at `&&`, `||`, `|` and `;`. */
export function shellCommands(args: readonly Arg[]): Arg[][] {
  const commands: Arg[][] = [[]];
  for (const arg of args) {
    const raw = arg.raw;
    if (raw === '&&' || raw === '||' || raw === '|' || raw === ';') {
      commands.push([]);
    } else if (raw.endsWith(';') && raw.length > 1 && !raw.endsWith('\\;')) {
      commands[commands.length - 1].push({ raw: raw.slice(0, -1), value: arg.value.replace(/;$/, ''), range: arg.range });
      commands.push([]);
    } else commands[commands.length - 1].push(arg);
  }
  return commands.filter((command) => command.length > 0);
}

/** The program of a simple command, skipping `VAR=value` prefixes and `sudo`. */
export function program(command: readonly Arg[]): { name: string; index: number } | undefined {
  let i = 0;
  while (i < command.length && (/^[A-Za-z_][A-Za-z0-9_]*=/.test(command[i].value) || command[i].value === 'sudo')) i++;
  return i < command.length ? { name: command[i].value, index: i } : undefined;
}

export interface AptInstall {
  readonly install: Arg;
  readonly missingYes: boolean;
  readonly missingNoRecommends: boolean;
  /** No `rm -rf /var/lib/apt/lists/*` (nor an apt cache mount) in the same RUN. */
  readonly missingCleanup: boolean;
}

/** Every `apt-get install` in a shell-form RUN, with what it lacks; read once for the rules that report them. */
export const aptInstalls = rememberingLast((run: Instruction): readonly AptInstall[] => {
  if (run.name !== 'RUN') return [];
  const commands = runCommands(run, 'apt');
  const cleans = commands.some((command) => {
    const p = program(command);
    return p?.name === 'rm' && command.some((a) => a.value.startsWith('/var/lib/apt/lists'));
  });
  const aptMount = run.flags.some((f) => f.name === 'mount' && /\/var\/(lib|cache)\/apt/.test(f.value ?? ''));
  const found: AptInstall[] = [];
  for (const command of commands) {
    const p = program(command);
    if (p?.name !== 'apt-get' && p?.name !== 'apt') continue;
    const words = command.slice(p.index + 1);
    const install = words.find((w) => w.value === 'install');
    if (!install) continue;
    const options = words.filter((w) => w.value.startsWith('-')).map((w) => w.value);
    found.push({
      install,
      missingYes: !options.some((o) => o === '-y' || o === '--yes' || o === '--assume-yes' || /^-[a-z]*y[a-z]*$/.test(o) || o === '-qq'),
      missingNoRecommends: !options.includes('--no-install-recommends') && !run.argsText.includes('APT::Install-Recommends'),
      missingCleanup: !cleans && !aptMount,
    });
  }
  return found;
});
