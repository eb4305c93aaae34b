/**
 * The engine side of "Build Image" (`vscode`-free): one build over the Engine API, through
 * BuildKit (a `version=2` build with Dockside's own session, for registry logins per host and
 * build secrets) or, on engines without it, the classic builder. Streams the log as it comes
 * and tells the current step; a failed step resolves with the error, so the command can point
 * at the line.
 */
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type Docker from 'dockerode';
import { BuildProgress, type FailedStep } from '../buildkit/progress';
import { readSecret, type SecretSpec } from '../buildkit/secrets';
import { openBuildSession, type BuildSession } from '../buildkit/session';
import { decodeTrace } from '../buildkit/trace';
import { registryAuthHeader, type RegistryCredential } from '../registry/credentials';
import { credentialKey } from '../registry/registryNames';
import { dial } from '../engine/dial';
import { classicStepLine } from './buildErrors';
import { contextEntries, contextTar } from './contextArchive';

export interface BuildRequest {
  readonly contextDir: string;
  /** The Dockerfile's path relative to the context, `/`-separated. */
  readonly dockerfile: string;
  /** One or more `name:tag` references; the first is the image's name in messages. */
  readonly tags: readonly string[];
  readonly buildArgs?: Readonly<Record<string, string>>;
  readonly target?: string;
  /** `linux/arm64` etc.; the engine's own platform when absent. */
  readonly platform?: string;
  readonly noCache?: boolean;
  /** Always pull base images, even when they are present locally. */
  readonly pull?: boolean;
  readonly labels?: Readonly<Record<string, string>>;
  readonly secrets?: readonly SecretSpec[];
  readonly builder: 'buildkit' | 'classic';
  readonly signal?: AbortSignal;
}

/** What the build needs from the rest of the extension, and tells it as it goes. */
export interface BuildEnvironment {
  /** A registry's login (BuildKit asks per host, as base images are pulled). */
  credentials(registry: string): Promise<RegistryCredential | undefined>;
  /** Every known login, for the classic builder, which takes them all up front. */
  allCredentials(): Promise<ReadonlyMap<string, RegistryCredential>>;
  /** Where secrets given as `env=` are read. */
  readonly env: NodeJS.ProcessEnv;
  /** Log text as it arrives. */
  output(text: string): void;
  /** The step being worked on, as the builder names it (`[2/5] RUN npm ci`). */
  step(description: string): void;
}

export interface BuildResult {
  /** The built image's ID; absent when the build failed or was cancelled. */
  readonly imageId?: string;
  /** Everything the builder printed, then its error, as one text. */
  readonly output: string;
  readonly error?: string;
  /** BuildKit's failed step, which names the instruction. */
  readonly failedStep?: FailedStep;
  readonly cancelled?: boolean;
}

interface BuildEvent {
  id?: string;
  stream?: string;
  error?: string;
  aux?: string | { ID?: string };
}

/**
 * A `Step 3/7 : RUN make` line (classic builder), or Podman's `STEP 3/7: RUN make` (Buildah,
 * `[2/2] STEP 1/3: …` in a multi-stage build, counted per stage), for the progress notification.
 */
export function stepOf(line: string): { step: number; total: number; instruction: string } | undefined {
  const match = classicStepLine.exec(line.trim());
  return match ? { step: Number(match[1]), total: Number(match[2]), instruction: match[3] } : undefined;
}

/**
 * Builds and follows the output to the end. A failing step resolves with `error` set (it is the
 * user's Dockerfile that failed, not the command); cancellation resolves with `cancelled`; only
 * transport failures reject.
 */
export async function buildImage(docker: Docker, request: BuildRequest, environment: BuildEnvironment): Promise<BuildResult> {
  let output = '';
  const append = (text: string) => {
    if (text === '') return;
    output += text;
    environment.output(text);
  };
  const buildId = randomUUID();
  const buildkit = request.builder === 'buildkit';
  let session: BuildSession | undefined;
  let stream: Readable;
  try {
    const archive = contextTar(request.contextDir, await contextEntries(request.contextDir, request.dockerfile));
    if (buildkit) {
      session = await openBuildSession(docker, {
        credentials: async (host) => {
          const credential = await environment.credentials(host);
          if (!credential) return undefined;
          return credential.identityToken ? { username: '', secret: credential.identityToken } : { username: credential.username, secret: credential.password };
        },
        secret: async (id) => {
          const spec = request.secrets?.find((secret) => secret.id === id);
          return spec && readSecret(spec, request.contextDir, environment.env);
        },
      });
    }
    stream = await dialBuild(docker, archive, request, buildkit ? { version: '2', session: session!.id, buildid: buildId } : {}, buildkit ? undefined : await registryConfig(environment));
  } catch (error) {
    session?.close();
    if (request.signal?.aborted) return { output, cancelled: true };
    // Dockerfile parse errors and bad options come back as HTTP 400 before any output.
    const statusCode = (error as { statusCode?: number }).statusCode;
    if (statusCode !== 400 && statusCode !== 500) throw error;
    const message = (error as { json?: { message?: string } }).json?.message ?? (error as Error).message;
    append(`${message}\n`);
    return { output, error: message };
  }

  const progress = new BuildProgress();
  let lastStep: string | undefined;
  // The notification is told of a step only when it changes, not on every message.
  const step = (description: string | undefined) => {
    if (description === undefined || description === lastStep) return;
    lastStep = description;
    environment.step(description);
  };
  let imageId: string | undefined;
  let failure: string | undefined;
  let cancelled = false;
  /** The classic builder's container for the step it is running (` ---> Running in 1a2b3c4d5e6f`). */
  let stepContainer: string | undefined;
  const cancel = (): void => {
    cancelled = true;
    // BuildKit stops the build and says so in the stream; the classic builder stops when the request goes.
    if (buildkit) void cancelBuild(docker, buildId).catch(() => stream.destroy());
    else stream.destroy();
  };
  if (request.signal?.aborted) cancel();
  request.signal?.addEventListener('abort', cancel, { once: true });
  try {
    await new Promise<void>((resolve, reject) => {
      docker.modem.followProgress(
        stream,
        (error: Error | null) => (error && !cancelled ? reject(error) : resolve()),
        (event: BuildEvent) => {
          if (event.id === 'moby.buildkit.trace' && typeof event.aux === 'string') {
            append(progress.write(decodeTrace(event.aux)));
            step(progress.currentStep());
            return;
          }
          if (event.id === 'moby.image.id' || (!buildkit && typeof event.aux === 'object')) {
            if (typeof event.aux === 'object' && event.aux.ID) imageId = event.aux.ID;
            return;
          }
          if (event.stream !== undefined) {
            append(event.stream);
            stepContainer = /^ ---> Running in ([0-9a-f]{12,64})$/m.exec(event.stream)?.[1] ?? stepContainer;
            const classicStep = stepOf(event.stream);
            if (classicStep) step(`[${classicStep.step}/${classicStep.total}] ${classicStep.instruction}`);
          }
          if (event.error !== undefined) {
            failure = event.error.trim(); // Podman ends it with a line break
            append(`ERROR: ${failure}\n`);
          }
        },
      );
    });
  } finally {
    request.signal?.removeEventListener('abort', cancel);
    session?.close();
  }
  if (cancelled) {
    // The classic builder kills and removes the step's container after the request goes; a
    // cancelled build is over once that container is gone (it already is when the wait says 404).
    if (stepContainer) await docker.getContainer(stepContainer).wait({ condition: 'removed' }).catch(() => undefined);
    return { output, cancelled: true };
  }
  if (failure !== undefined) return { output, error: failure, failedStep: progress.failure };
  return { output, imageId };
}

function dialBuild(
  docker: Docker,
  archive: Readable,
  request: BuildRequest,
  builderOptions: Record<string, string>,
  registryconfig: Record<string, object> | undefined,
): Promise<Readable> {
  const options: Record<string, unknown> = {
    ...builderOptions,
    t: [...request.tags],
    dockerfile: request.dockerfile,
    target: request.target || undefined,
    platform: request.platform || undefined,
    buildargs: request.buildArgs && Object.keys(request.buildArgs).length > 0 ? { ...request.buildArgs } : undefined,
    labels: request.labels && Object.keys(request.labels).length > 0 ? { ...request.labels } : undefined,
    nocache: request.noCache || undefined,
    pull: request.pull || undefined,
    rm: true,
    forcerm: true,
  };
  for (const key of Object.keys(options)) if (options[key] === undefined) delete options[key];
  return dial<Readable>(docker, {
    path: '/build?',
    method: 'POST',
    file: archive,
    options,
    registryconfig,
    isStream: true,
    // The classic builder stops when the request goes; BuildKit is cancelled by id (see `cancel`).
    abortSignal: request.builder === 'classic' ? request.signal : undefined,
    statusCodes: { 200: true, 400: 'bad parameter', 500: 'server error' },
  });
}

async function cancelBuild(docker: Docker, buildId: string): Promise<void> {
  await dial(docker, { path: '/build/cancel?', method: 'POST', options: { id: buildId }, statusCodes: { 200: true, 500: 'server error' } });
}

/** The classic builder's `X-Registry-Config`: every known login, by registry. */
async function registryConfig(environment: BuildEnvironment): Promise<Record<string, object> | undefined> {
  const all = await environment.allCredentials();
  if (all.size === 0) return undefined;
  const config: Record<string, object> = {};
  for (const [registry, credential] of all) config[credentialKey(registry)] = registryAuthHeader(registry, credential);
  return config;
}
