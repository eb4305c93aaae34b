/**
 * Runs the compose CLI through the one program runner (`../processes`).
 */
import type { ComposeInvocation, ProgramResult, ProgramRunner } from './cli';
import { noAnswerWithin, runProgram } from '../processes';

/** How much of the output a result keeps for an error message (the output channel has all of it). */
const keptOutputChars = 16_000;

export interface RunOptions {
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string>>;
  /** Each chunk of stdout and stderr, as it arrives. */
  readonly onOutput?: (text: string) => void;
  /** Aborting stops the program (SIGTERM, then SIGKILL), e.g. a cancelled progress notification. */
  readonly signal?: AbortSignal;
}

export interface RunResult {
  /** `null` when the program was stopped, or could not start. */
  readonly exitCode: number | null;
  /** The last part of stdout and stderr. */
  readonly output: string;
  /** The program does not exist. */
  readonly missing: boolean;
}

export async function runCompose(invocation: ComposeInvocation, options: RunOptions = {}): Promise<RunResult> {
  const outcome = await runProgram(invocation.program, invocation.args, { ...options, keptChars: keptOutputChars });
  return { exitCode: outcome.exitCode, output: outcome.output, missing: outcome.missing };
}

/** A `ProgramRunner` for detection: `<program> <args>` with a hard time limit, in `env`. */
export function programRunner(env: Readonly<Record<string, string>>, timeoutMs = 15_000): ProgramRunner {
  return async (program, args): Promise<ProgramResult> => {
    const outcome = await runProgram(program, args, { env, timeoutMs, keptChars: keptOutputChars });
    const output = outcome.end === 'timedOut' ? noAnswerWithin(timeoutMs) : outcome.output;
    return { ok: outcome.exitCode === 0, missing: outcome.missing, output };
  };
}
