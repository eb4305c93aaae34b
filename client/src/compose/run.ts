/**
 * Runs the compose CLI: a program and an argument array, never a shell, so a
 * file or service named `x; rm -rf ~` stays one argument. `vscode`-free, so
 * the engine tier runs compose through exactly this.
 */
import { spawn } from 'node:child_process';
import type { ComposeInvocation, ProgramResult, ProgramRunner } from './cli';

/** How much of the output a result keeps for an error message (the output channel has all of it). */
const keptOutputChars = 16_000;

export interface RunOptions {
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string>>;
  /** Each chunk of stdout and stderr, as it arrives. */
  readonly onOutput?: (text: string) => void;
  /** Aborting stops the program (SIGTERM), e.g. a cancelled progress notification. */
  readonly signal?: AbortSignal;
}

export interface RunResult {
  /** `null` when the program was stopped by a signal, or could not start. */
  readonly exitCode: number | null;
  /** The last part of stdout and stderr. */
  readonly output: string;
  /** The program does not exist. */
  readonly missing: boolean;
}

export function runCompose(invocation: ComposeInvocation, options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(invocation.program, [...invocation.args], {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      signal: options.signal,
      windowsHide: true,
    });
    const collect = (chunk: Buffer): void => {
      const text = chunk.toString('utf8');
      output = (output + text).slice(-keptOutputChars);
      options.onOutput?.(text);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let settled = false;
    const settle = (result: RunResult): void => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    child.on('error', (error: NodeJS.ErrnoException) => {
      settle({ exitCode: null, output: output || error.message, missing: error.code === 'ENOENT' });
    });
    child.on('close', (code) => settle({ exitCode: code, output, missing: false }));
  });
}

/** A `ProgramRunner` for detection: `<program> <args>` with a time limit, in `env`. */
export function programRunner(env: Readonly<Record<string, string>>, timeoutMs = 15_000): ProgramRunner {
  return async (program, args): Promise<ProgramResult> => {
    const result = await runCompose({ program, args }, { env, signal: AbortSignal.timeout(timeoutMs) });
    return { ok: result.exitCode === 0, missing: result.missing, output: result.output };
  };
}
