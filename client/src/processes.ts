/**
 * The one place Dockside starts a program of its own (the compose CLI, credential helpers):
 * a program and an argument array, never a shell, so a name like `x; rm -rf ~` stays one
 * argument. `vscode`-free, so the engine tier runs programs through exactly this.
 *
 * Neither a time limit nor a cancellation waits for the program's consent: `spawn`'s own
 * `signal`/`timeout` send SIGTERM and then wait for the program to close, which one that
 * ignores SIGTERM (or whose child holds its output open) never does, and the caller hangs.
 */
import { spawn } from 'node:child_process';

/** How long a cancelled program gets to stop on SIGTERM (compose stops its containers cleanly) before SIGKILL. */
const cancelGraceMs = 3_000;

export interface ProgramOptions {
  readonly cwd?: string;
  /** The environment the program runs in (PATH finds it); the extension host's by default. */
  readonly env?: NodeJS.ProcessEnv;
  /** Written to standard input, which is then closed; without it, the program gets no input. */
  readonly input?: string;
  /** Each chunk of stdout and stderr, as it arrives. */
  readonly onOutput?: (text: string) => void;
  /** Aborting is a cancellation: SIGTERM, then SIGKILL if the program is still there after a grace period. */
  readonly signal?: AbortSignal;
  /** A hard limit: at it, the program gets SIGKILL, since one that does not answer in time will not answer a signal either. */
  readonly timeoutMs?: number;
  /** How much of each output a result keeps (the tail); the `onOutput` listener sees all of it. */
  readonly keptChars?: number;
}

export type ProgramEnd =
  /** It exited (or was stopped by a signal of someone else's). */
  | 'exited'
  /** It could not start; `missing` says whether it does not exist. */
  | 'notStarted'
  | 'timedOut'
  | 'cancelled';

export interface ProgramOutcome {
  readonly end: ProgramEnd;
  /** `null` unless the program exited by itself. */
  readonly exitCode: number | null;
  /** The program does not exist (ENOENT). */
  readonly missing: boolean;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout and stderr interleaved as they arrived; the start error's message when it could not start. */
  readonly output: string;
}

export function runProgram(program: string, args: readonly string[], options: ProgramOptions = {}): Promise<ProgramOutcome> {
  const kept = options.keptChars ?? 1024 * 1024;
  const collected = { stdout: '', stderr: '', output: '' };
  const outcome = (end: ProgramEnd, exitCode: number | null = null, missing = false): ProgramOutcome => ({ end, exitCode, missing, ...collected });
  if (options.signal?.aborted) return Promise.resolve(outcome('cancelled'));

  return new Promise((resolve) => {
    const child = spawn(program, [...args], {
      cwd: options.cwd,
      env: options.env,
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      // Its own process group, so a kill reaches what it started too (a PyInstaller CLI's inner process, a helper's child).
      detached: process.platform !== 'win32',
      windowsHide: true,
    });
    const timers: NodeJS.Timeout[] = [];
    /** Why we stopped it, when we did; the outcome waits for it to be gone all the same. */
    let stoppedAs: ProgramEnd | undefined;
    let settled = false;
    const settle = (result: ProgramOutcome): void => {
      if (settled) return;
      settled = true;
      for (const timer of timers) clearTimeout(timer);
      options.signal?.removeEventListener('abort', cancel);
      resolve(result);
    };
    /** Kills the program and its group, and lets go of its pipes, which an orphan of it could otherwise hold open. */
    const stop = (end: ProgramEnd): void => {
      stoppedAs = end;
      killGroup(child.pid, child);
      for (const stream of [child.stdin, child.stdout, child.stderr]) stream?.destroy();
    };
    const collect = (stream: 'stdout' | 'stderr') => (chunk: Buffer): void => {
      const text = chunk.toString('utf8');
      collected[stream] = (collected[stream] + text).slice(-kept);
      collected.output = (collected.output + text).slice(-kept);
      options.onOutput?.(text);
    };
    child.stdout?.on('data', collect('stdout'));
    child.stderr?.on('data', collect('stderr'));
    function cancel(): void {
      child.kill('SIGTERM');
      timers.push(setTimeout(() => stop('cancelled'), cancelGraceMs));
    }
    options.signal?.addEventListener('abort', cancel, { once: true });
    if (options.timeoutMs !== undefined) timers.push(setTimeout(() => stop('timedOut'), options.timeoutMs));
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (!collected.output) collected.output = error.message;
      settle(outcome('notStarted', null, error.code === 'ENOENT'));
    });
    child.on('close', (code) => settle(stoppedAs ? outcome(stoppedAs) : outcome(options.signal?.aborted ? 'cancelled' : 'exited', code)));
    if (child.stdin) {
      // A program that exits without reading its input closes the pipe; its exit status tells the story.
      child.stdin.on('error', () => undefined);
      child.stdin.end(options.input);
    }
  });
}

function killGroup(pid: number | undefined, child: { kill(signal: NodeJS.Signals): boolean }): void {
  if (pid === undefined || process.platform === 'win32') {
    child.kill('SIGKILL');
    return;
  }
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL'); // the group is gone already; the program may not be
  }
}

/** `no answer within 0.5 s`: what a timed-out program's error says, the limit as people read it. */
export function noAnswerWithin(timeoutMs: number): string {
  return `no answer within ${Math.round(timeoutMs / 100) / 10} s`;
}
