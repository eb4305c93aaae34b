/**
 * An interactive TTY session with a container through the Engine API, no
 * `docker` CLI: an exec'd shell (Open Shell) or an attach to the container's
 * own TTY (Run Interactive). The terminal UI bridges to this; `vscode`-free.
 */
import type { Duplex } from 'node:stream';
import type Docker from 'dockerode';

export interface TtySession {
  /** Keystrokes from the user. */
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
    exec.resize({ h: rows, w: columns }),
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
): Promise<TtySession> {
  const container = docker.getContainer(containerId);
  const stream = (await container.attach({ stream: true, stdin: true, stdout: true, stderr: true, hijack: true })) as unknown as Duplex;
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
  stream.on('data', (chunk: Buffer) => onOutput(decoder.decode(chunk, { stream: true })));
  const ended = new Promise<void>((resolve) => {
    stream.on('end', resolve);
    stream.on('close', resolve);
    stream.on('error', () => resolve());
  });
  return {
    write: (data) => {
      if (!stream.destroyed) stream.write(data);
    },
    resize: async (columns, rows) => {
      await resize(columns, rows);
    },
    close: () => stream.destroy(),
    exited: ended.then(exitCode).catch(() => undefined),
  };
}
