/**
 * An interactive TTY session with a container through the Engine API, no
 * `docker` CLI: an exec'd shell (Open Shell) or an attach to the container's
 * own TTY (Run Interactive). The terminal UI bridges to this; `vscode`-free.
 */
import type { Duplex } from 'node:stream';
import type Docker from 'dockerode';
import type { EngineKind } from '../engine/identity';

export interface TtySession {
  /** Keystrokes from the user, and the terminal's answers to the program's questions (see `CursorReports`). */
  write(data: string): void;
  resize(columns: number, rows: number): Promise<void>;
  /** Ends the session from our side (closing the terminal). */
  close(): void;
  /** Resolves with the process's exit code when the session ends (`undefined` if unknown). */
  readonly exited: Promise<number | undefined>;
}

/** Shells to try, best first; busybox images only have `/bin/sh`. */
export const shellCandidates = ['/bin/bash', '/bin/sh'] as const;

/**
 * The first candidate shell the container can run. Each is probed with a
 * short non-interactive exec (`<shell> -c exit`) whose exit code tells whether
 * it exists; a missing binary makes the runtime fail the exec with 126/127.
 */
export async function findShell(docker: Docker, containerId: string, candidates: readonly string[] = shellCandidates): Promise<string | undefined> {
  const container = docker.getContainer(containerId);
  for (const shell of candidates) {
    const exec = await container.exec({ Cmd: [shell, '-c', 'exit 0'], AttachStdout: true, AttachStderr: true });
    const stream = await exec.start({ hijack: true, stdin: false });
    await new Promise<void>((resolve) => {
      stream.on('end', resolve);
      stream.on('close', resolve);
      stream.on('error', () => resolve());
      stream.resume();
    });
    const { ExitCode } = await exec.inspect();
    if (ExitCode === 0) return shell;
  }
  return undefined;
}

/** Starts `shell` in the running container with a TTY of the given size. */
export async function openExecSession(
  docker: Docker,
  containerId: string,
  shell: string,
  size: { columns: number; rows: number },
  onOutput: (text: string) => void,
): Promise<TtySession> {
  const exec = await docker.getContainer(containerId).exec({
    Cmd: [shell],
    AttachStdin: true,
    AttachStdout: true,
    AttachStderr: true,
    Tty: true,
    Env: ['TERM=xterm-256color'],
  });
  const stream = await exec.start({ hijack: true, stdin: true, Tty: true } as Docker.ExecStartOptions);
  const session = bridge(stream, onOutput, async () => (await exec.inspect()).ExitCode ?? undefined, (columns, rows) =>
    // Podman answers a resize with 201 Created, which dockerode counts as a failure.
    exec.resize({ h: rows, w: columns }).catch((error: { statusCode?: number }) => {
      if (error.statusCode !== 201) throw error;
    }),
  );
  await session.resize(size.columns, size.rows).catch(() => undefined);
  return session;
}

/** Attaches to a container started with `Tty` and `OpenStdin` (Run Interactive). */
export async function attachSession(
  docker: Docker,
  containerId: string,
  size: { columns: number; rows: number },
  onOutput: (text: string) => void,
  engineKind: EngineKind = 'docker',
): Promise<TtySession> {
  const container = docker.getContainer(containerId);
  const stream = (await container.attach({ stream: true, stdin: true, stdout: true, stderr: true, hijack: true })) as unknown as Duplex;
  // dockerode also sends the options as a JSON body: Docker ignores it, Podman hands it to the container's
  // stdin, where it waits as typed-ahead input. Ctrl-U erases that pending line before the user types.
  if (engineKind === 'podman') stream.write('\x15');
  const session = bridge(
    stream,
    onOutput,
    async () => {
      const result = (await container.wait().catch(() => undefined)) as { StatusCode?: number } | undefined;
      return result?.StatusCode;
    },
    (columns, rows) => container.resize({ h: rows, w: columns }),
  );
  await session.resize(size.columns, size.rows).catch(() => undefined);
  return session;
}

function bridge(
  stream: Duplex,
  onOutput: (text: string) => void,
  exitCode: () => Promise<number | undefined>,
  resize: (columns: number, rows: number) => Promise<unknown>,
): TtySession {
  const decoder = new TextDecoder();
  const cursorReports = new CursorReports();
  stream.on('data', (chunk: Buffer) => {
    const text = decoder.decode(chunk, { stream: true });
    // Seen before the terminal can answer it: the answer always finds its question counted.
    cursorReports.noteOutput(text);
    onOutput(text);
  });
  const ended = new Promise<void>((resolve) => {
    stream.on('end', resolve);
    stream.on('close', resolve);
    stream.on('error', () => resolve());
  });
  return {
    write: (data) => {
      if (!stream.destroyed) stream.write(cursorReports.input(data));
    },
    resize: async (columns, rows) => {
      await resize(columns, rows);
    },
    close: () => stream.destroy(),
    exited: ended.then(exitCode).catch(() => undefined),
  };
}

/** "Where is the cursor?" (DSR 6); the terminal answers `ESC[row;colR`. */
const cursorQuery = '\x1b[6n';
const cursorAnswer = /\x1b\[(\d+);(\d+)R/g;

/**
 * Keeps the terminal's answers to "where is the cursor?" from being read as
 * keys, so that no keystroke is lost after them, whenever they arrive.
 *
 * busybox ash (Alpine's `/bin/sh`) asks where the cursor is (`ESC[6n`) after
 * each prompt, and xterm.js answers `ESC[row;colR`. ash's key reader
 * (libbb/read_key.c) first matches input against its table of keys. With the
 * prompt `/ # ` on the first row (Alpine prints no banner; after `clear`) the
 * answer is `ESC[1;5R`, which matches Ctrl+Right (`ESC[1;5C`) up to its last
 * byte, so the reader takes in the whole answer there; its check for a cursor
 * report is made only as it reads further bytes, and the keys that follow are
 * not an `R`. It reads on until 15 bytes or 50 ms of silence and throws all
 * it read away as an unknown key: keys typed within 50 ms of the answer went
 * with it (`echo first line` ran as `line`; `ESC[1;3R`, Alt+Right's prefix,
 * the same). When the answer and the keys arrive is up to the renderer and
 * the engine's pipes, so no pause can be relied on.
 *
 * A first-row answer has the very shape of xterm's modified F3 keys
 * (`ESC[1;5R` is Ctrl+F3), so the program cannot tell them apart; the bridge
 * can, because it sees the questions go out. An `ESC[1;colR` that answers a
 * question is written `ESC[01;colR`: the same position (a leading zero changes
 * no parameter), but no key starts with `ESC[0`, so ash reads it as a cursor
 * report the moment its `R` arrives and the keys after it are read as keys.
 * Other answers, and everything typed, pass unchanged and undelayed.
 */
export class CursorReports {
  /** Questions the program sent that the terminal has not answered yet. */
  private unanswered = 0;
  /** The start of a question cut off at the end of the last output chunk. */
  private partialQuery = '';

  /** Output on its way to the terminal. */
  noteOutput(text: string): void {
    const seen = this.partialQuery + text;
    this.unanswered += seen.split(cursorQuery).length - 1;
    this.partialQuery = '';
    for (let length = cursorQuery.length - 1; length > 0; length--) {
      if (seen.endsWith(cursorQuery.slice(0, length))) {
        this.partialQuery = cursorQuery.slice(0, length);
        break;
      }
    }
  }

  /** Input from the terminal (keys, and its answers), as the program should read it. */
  input(data: string): string {
    if (this.unanswered === 0) return data;
    return data.replace(cursorAnswer, (answer, row: string, column: string) => {
      if (this.unanswered === 0) return answer;
      this.unanswered -= 1;
      return row === '1' ? `\x1b[01;${column}R` : answer;
    });
  }
}
