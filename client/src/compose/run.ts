/**
 * Runs the compose CLI through the one program runner (`../processes`).
 */
import type { ComposeInvocation, ProgramResult, ProgramRunner } from './cli';
import { noAnswerWithin, runProgram, type ProgramOptions, type ProgramOutcome } from '../processes';

/** How much of the output a result keeps for an error message (the output channel has all of it). */
const keptOutputChars = 16_000;

/** What a compose run takes: the runner's options, less the input and time limit compose never gets. */
export type RunOptions = Pick<ProgramOptions, 'cwd' | 'env' | 'onOutput' | 'signal'>;

/** What a compose run tells: its exit code (`null` when stopped or not started), the output's tail, whether the program is missing. */
export type RunResult = Pick<ProgramOutcome, 'exitCode' | 'output' | 'missing'>;

export function runCompose(invocation: ComposeInvocation, options: RunOptions = {}): Promise<RunResult> {
  return runProgram(invocation.program, invocation.args, { ...options, keptChars: keptOutputChars });
}

/** A `ProgramRunner` for detection: `<program> <args>` with a hard time limit, in `env`. */
export function programRunner(env: Readonly<Record<string, string>>, timeoutMs = 15_000): ProgramRunner {
  return async (program, args): Promise<ProgramResult> => {
    const outcome = await runProgram(program, args, { env, timeoutMs, keptChars: keptOutputChars });
    const output = outcome.end === 'timedOut' ? noAnswerWithin(timeoutMs) : outcome.output;
    return { ok: outcome.exitCode === 0, missing: outcome.missing, output };
  };
}
