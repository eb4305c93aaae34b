/**
 * The engine side of "Build Image" (`vscode`-free): the Dockerfile's stages for the target pick, and the build itself with its
 * streamed output and the current step.
 */
import type Docker from 'dockerode';
import { scanInstructions } from './buildErrors';
import { contextEntries, contextTar } from './contextArchive';

/** Stage names a `--target` can pick, in order (`FROM … AS name`; unnamed stages cannot be targeted by name). */
export function dockerfileStages(dockerfileText: string): string[] {
  return scanInstructions(dockerfileText)
    .filter((instruction) => instruction.keyword === 'FROM')
    .map((instruction) => /\s[aA][sS]\s+(\S+)\s*$/.exec(instruction.text)?.[1])
    .filter((name): name is string => name !== undefined);
}

export interface BuildRequest {
  readonly contextDir: string;
  /** The Dockerfile's path relative to the context, `/`-separated. */
  readonly dockerfile: string;
  readonly tag: string;
  readonly target?: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
}

export interface BuildResult {
  /** The built image's ID; absent when the build failed. */
  readonly imageId?: string;
  /** Everything the builder printed, then its error, as one text. */
  readonly output: string;
  readonly error?: string;
}

/** A `Step 3/7 : RUN make` line (classic builder), for the progress notification. */
export function stepOf(line: string): { step: number; total: number; instruction: string } | undefined {
  const match = /^Step (\d+)\/(\d+) : (.*)$/.exec(line.trim());
  return match ? { step: Number(match[1]), total: Number(match[2]), instruction: match[3] } : undefined;
}

/**
 * Builds and follows the output to the end. A failing step resolves with
 * `error` set (it is the user's Dockerfile that failed, not the command);
 * only transport failures and cancellation reject.
 */
export async function buildImage(docker: Docker, request: BuildRequest, onOutput: (text: string) => void): Promise<BuildResult> {
  let output = '';
  const append = (text: string) => {
    output += text;
    onOutput(text);
  };
  let stream: NodeJS.ReadableStream;
  try {
    const archive = contextTar(request.contextDir, await contextEntries(request.contextDir, request.dockerfile));
    stream = await docker.buildImage(archive, {
      t: request.tag,
      dockerfile: request.dockerfile,
      target: request.target,
      labels: request.labels ? { ...request.labels } : undefined,
      rm: true,
      forcerm: true,
      abortSignal: request.signal,
    });
  } catch (error) {
    // Dockerfile parse errors come back as HTTP 400 before any output.
    const statusCode = (error as { statusCode?: number }).statusCode;
    if (statusCode !== 400 && statusCode !== 500) throw error;
    const message = (error as { json?: { message?: string } }).json?.message ?? (error as Error).message;
    append(`${message}\n`);
    return { output, error: message };
  }
  let imageId: string | undefined;
  let failure: string | undefined;
  await new Promise<void>((resolve, reject) => {
    docker.modem.followProgress(
      stream,
      (error: Error | null) => (error ? reject(error) : resolve()),
      (event: { stream?: string; error?: string; aux?: { ID?: string } }) => {
        if (event.stream !== undefined) append(event.stream);
        if (event.aux?.ID) imageId = event.aux.ID;
        if (event.error !== undefined) {
          failure = event.error;
          append(`${event.error}\n`);
        }
      },
    );
  });
  if (request.signal?.aborted) throw new Error('build cancelled');
  return failure !== undefined ? { output, error: failure } : { output, imageId };
}
