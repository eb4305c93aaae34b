/**
 * The one owner of the connection to the Docker Engine. Nothing connects at
 * construction: the first view or command that needs the engine calls
 * `connect()` (or reads `docker`).
 *
 * States: idle → connecting → connected | unreachable. While unreachable it
 * retries by itself with backoff (1 s, 2 s, 4 s … 30 s) and recovers without a
 * reload. While connected it keeps one `/events` stream open for every view;
 * when the stream drops it reconnects, and every transition into `connected`
 * tells the views to resync in full. It never shows a notification: the
 * explorer's welcome view and the status bar explain the state.
 */
import { Agent as HttpAgent } from 'node:http';
import { Agent } from 'node:https';
import type Docker from 'dockerode';
import type { LocalImage, LocalImagesRequest } from '../../../server/src/lspExt';
import { silentLog, type Log } from '../log';
import { pingHeaders } from './dial';
import { Emitter, type Disposable, type Event } from './emitter';
import { EngineEventDecoder, normalizeEvent, type EngineEvent } from './events';
import { engineIdentity, engineIdentityFromPing, engineProductName, type EngineIdentity } from './identity';
import type { EngineChoice, EngineLocation } from './location';
import { dockerodeOptions, loadDockerode } from './dockerode';
import { readEngineLocation } from './locationFiles';
import { classifyEngineError, retryDelayMs, type EngineProblem } from './problems';

export type EngineState =
  | { readonly status: 'idle' }
  | { readonly status: 'connecting'; readonly location: EngineLocation }
  | {
      readonly status: 'connected';
      readonly location: EngineLocation;
      readonly version: string;
      readonly apiVersion: string;
      /** Docker Engine or Podman, its platform, and whether it is remote. */
      readonly identity: EngineIdentity;
    }
  | { readonly status: 'unreachable'; readonly location: EngineLocation; readonly problem: EngineProblem; readonly retryInMs: number };

/** What the explorer's models use of the connection (unit tests give them a fake). */
export interface EngineAccess {
  readonly docker: Docker;
  readonly state: EngineState;
  connect(): Promise<EngineState>;
  /** Connects now, resetting the backoff (a user's Retry). */
  retry(): Promise<EngineState>;
  readonly onDidChangeState: Event<EngineState>;
  readonly onEvent: Event<EngineEvent>;
}

export interface EngineConnectionOptions {
  /** Where the engine is; by default read from the choice, the setting, the environment and `~/.docker`. */
  locate?: (hostSetting: string | undefined, choice: EngineChoice | undefined) => EngineLocation;
  /** Delay before automatic attempt number `attempt` (0-based) after a failure. */
  retryDelayMs?: (attempt: number) => number;
  /** How long a ping may take before the engine counts as unreachable. */
  pingTimeoutMs?: number;
  /** Where attempts and their outcomes are logged. */
  log?: Log;
}

const watchedEventTypes = ['container', 'image', 'volume', 'network'];
/** How long `/version` may take once connected; nothing waits for it but the architecture in the tooltips. */
const versionTimeoutMs = 30_000;
/** How long FROM completion may wait for the engine's image list (and the inspect after it). */
const localImagesTimeoutMs = 2000;

/** dockerode passes `abortSignal` on to the request; its types do not declare it. */
type VersionWithSignal = (options: { abortSignal: AbortSignal }) => Promise<Docker.DockerVersion>;
/** docker-modem passes `agent` on to every request; the types do not declare it. */
export class EngineConnection implements EngineAccess, Disposable {
  private readonly locate: (hostSetting: string | undefined, choice: EngineChoice | undefined) => EngineLocation;
  private readonly retryDelay: (attempt: number) => number;
  private readonly pingTimeoutMs: number;
  private readonly log: Log;

  private hostSetting: string | undefined;
  private engineChoice: EngineChoice | undefined;
  private resolvedLocation: EngineLocation | undefined;
  private client: Docker | undefined;
  /** The client's own connection pool, destroyed with it: no socket to a previous engine stays open. */
  private clientAgent: HttpAgent | undefined;
  private currentState: EngineState = { status: 'idle' };
  /**
   * Each engine address's architecture, asked of `/version` once per session (and again only if that
   * failed): Podman spends up to a second of its CPU on each answer, and switching back and forth
   * faster than that piled up requests that slowed every listing on the machine.
   */
  private readonly architectures = new Map<string, { arch?: string; readonly answer: Promise<string | undefined> }>();
  private attempt: Promise<EngineState> | undefined;
  private failedAttempts = 0;
  private retryTimer: NodeJS.Timeout | undefined;
  private eventStream: AbortController | undefined;
  /** Bumped by `configure` and `dispose`, so that an attempt started before cannot apply its outcome. */
  private generation = 0;
  private disposed = false;

  private readonly stateEmitter = new Emitter<EngineState>();
  private readonly eventEmitter = new Emitter<EngineEvent>();
  private readonly identityEmitter = new Emitter<EngineIdentity>();
  /** Fires on every state change. A change into `connected` means: resync everything. */
  readonly onDidChangeState = this.stateEmitter.event;
  /** Every message of the engine's `/events` stream (containers, images, volumes, networks). */
  readonly onEvent = this.eventEmitter.event;
  /**
   * Fires when `/version` completes the connected engine's identity (its architecture), after the
   * state went `connected` on `/_ping` alone. Not a state change: nothing resyncs.
   */
  readonly onDidCompleteIdentity = this.identityEmitter.event;

  constructor(options: EngineConnectionOptions = {}) {
    this.locate = options.locate ?? ((hostSetting, choice) => readEngineLocation(hostSetting, process.env, process.platform, choice));
    this.retryDelay = options.retryDelayMs ?? retryDelayMs;
    this.pingTimeoutMs = options.pingTimeoutMs ?? 5_000;
    this.log = options.log ?? silentLog;
  }

  get state(): EngineState {
    return this.currentState;
  }

  /**
   * Sets the machine-scoped `dockside.engine.host` (see `machineHostSetting`) and the remembered
   * choice of engine. When either changes after the engine was used, reconnects to the new place.
   */
  configure(hostSetting: string | undefined, choice: EngineChoice | undefined = this.engineChoice): void {
    if (hostSetting === this.hostSetting && sameChoice(choice, this.engineChoice)) return;
    this.hostSetting = hostSetting;
    this.engineChoice = choice;
    const wasUsed = this.currentState.status !== 'idle' || this.client !== undefined;
    this.reset();
    if (wasUsed) void this.connect();
  }

  /** The engine chosen in "Switch Engine or Context...", if any. */
  get choice(): EngineChoice | undefined {
    return this.engineChoice;
  }

  /**
   * Switches to the chosen engine (`undefined`: decide as the CLI does) and connects at once.
   * The same connection object moves: the old event stream and every socket to the old engine close,
   * and the views, which listen to this object, resync from the new one.
   */
  choose(choice: EngineChoice | undefined): Promise<EngineState> {
    if (!sameChoice(choice, this.engineChoice)) {
      this.engineChoice = choice;
      this.reset();
    }
    return this.retry();
  }

  /** Where the engine is taken to be, resolved on first use (also before any connection, e.g. for the `docker` CLI's environment). */
  get location(): EngineLocation {
    return this.currentLocation();
  }

  /** The dockerode client for the current location (created on first use; it may be unreachable). */
  get docker(): Docker {
    if (!this.client) {
      const options: Docker.DockerOptions & { agent?: HttpAgent } = dockerodeOptions(this.currentLocation().address);
      // A connection pool of its own (ssh brings one), destroyed with the client: the shared global
      // pools would keep idle sockets to a previous engine open after a switch.
      if (options.protocol !== 'ssh') {
        options.agent ??= options.protocol === 'https' ? new Agent({ keepAlive: true }) : new HttpAgent({ keepAlive: true });
        this.clientAgent = options.agent;
      }
      this.client = new (loadDockerode())(options);
    }
    return this.client;
  }

  /** Connects unless connected; concurrent callers share one attempt. Never rejects. */
  connect(): Promise<EngineState> {
    if (this.currentState.status === 'connected') return Promise.resolve(this.currentState);
    this.attempt ??= this.attemptConnection().finally(() => (this.attempt = undefined));
    return this.attempt;
  }

  /** Retry now (the welcome view's Retry, the refresh button), resetting the backoff. */
  retry(): Promise<EngineState> {
    this.failedAttempts = 0;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    return this.connect();
  }

  /**
   * Local images for the language server; `[]` when the engine cannot be reached or does not answer
   * in time (FROM completion waits for this). When only the inspect fails, the list comes without
   * that image's details.
   */
  async localImages(params: LocalImagesRequest.Params): Promise<LocalImage[]> {
    let images: Docker.ImageInfo[];
    try {
      images = await this.docker.listImages({ abortSignal: AbortSignal.timeout(localImagesTimeoutMs) });
    } catch {
      return [];
    }
    const result: LocalImage[] = images.map((image) => ({
      tags: (image.RepoTags ?? []).filter((tag) => tag !== '<none>:<none>'),
      id: image.Id,
      size: image.Size,
      created: new Date(image.Created * 1000).toISOString(),
    }));
    if (!params.inspect) return result;
    // dockerode does not pass an abort signal on to an image inspect, so the wait is bounded here.
    const info = await withinMs(this.docker.getImage(params.inspect).inspect(), localImagesTimeoutMs).catch(() => undefined);
    if (!info) return result;
    return result.map((image) =>
      image.id === info.Id
        ? {
            ...image,
            exposedPorts: Object.keys(info.Config.ExposedPorts ?? {}),
            entrypoint: toList(info.Config.Entrypoint),
            cmd: toList(info.Config.Cmd),
          }
        : image,
    );
  }

  dispose(): void {
    this.disposed = true;
    this.reset();
    this.stateEmitter.dispose();
    this.eventEmitter.dispose();
    this.identityEmitter.dispose();
  }

  private currentLocation(): EngineLocation {
    this.resolvedLocation ??= this.locate(this.hostSetting, this.engineChoice);
    return this.resolvedLocation;
  }

  /** Forgets the dockerode client and closes its sockets (requests still in flight fail, as they would if the engine went away). */
  private dropClient(): void {
    this.clientAgent?.destroy();
    this.clientAgent = undefined;
    this.client = undefined;
  }

  /** Forgets the client, the stream and any pending retry; back to idle. */
  private reset(): void {
    this.generation += 1;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.eventStream?.abort();
    this.eventStream = undefined;
    this.attempt = undefined;
    this.dropClient();
    this.resolvedLocation = undefined;
    this.failedAttempts = 0;
    this.setState({ status: 'idle' });
  }

  private async attemptConnection(): Promise<EngineState> {
    const generation = this.generation;
    const location = this.currentLocation();
    if (this.currentState.status !== 'unreachable') this.setState({ status: 'connecting', location });
    // Automatic retries of an engine that stays away are detail: the first attempt and the outcome are news.
    const attemptLine = `Connecting to the Docker Engine at ${describeLocation(location)}`;
    if (this.failedAttempts === 0) this.log.info(attemptLine);
    else this.log.debug(attemptLine);
    try {
      if (location.address.transport === 'invalid') throw Object.assign(new Error(location.address.reason), { code: 'EINVALIDHOST' });
      const docker = this.docker;
      const fromPing = engineIdentityFromPing(await pingHeaders(docker, AbortSignal.timeout(this.pingTimeoutMs)), location.address);
      const architecture = fromPing ? this.architectureOf(docker, location) : undefined;
      const identity = fromPing ? { ...fromPing, arch: architecture?.arch ?? '' } : engineIdentity(await versionOf(docker, this.pingTimeoutMs), location.address);
      if (generation !== this.generation) return this.currentState;
      // Open the event stream before anyone lists: nothing that happens after the listing can be missed.
      await this.openEventStream(docker, generation, identity);
      if (generation !== this.generation) return this.currentState;
      this.failedAttempts = 0;
      this.log.info(`Connected to ${engineProductName(identity.kind)} ${identity.version} (API ${identity.apiVersion}) at ${location.host}`);
      this.setState({ status: 'connected', location, version: identity.version, apiVersion: identity.apiVersion, identity });
      if (architecture && architecture.arch === undefined) void this.completeIdentity(architecture.answer, generation, location.host);
    } catch (error) {
      if (generation !== this.generation) return this.currentState;
      const problem: EngineProblem =
        location.address.transport === 'invalid' ? { kind: 'invalidHost', detail: location.address.reason } : classifyEngineError(error);
      this.scheduleRetry(location, problem);
    }
    return this.currentState;
  }

  /** The engine's architecture: known, or the one `/version` request asking for it. */
  private architectureOf(docker: Docker, location: EngineLocation): { arch?: string; readonly answer: Promise<string | undefined> } {
    const known = this.architectures.get(location.host);
    if (known) return known;
    const answer = versionAnswer(docker, location).then(
      (version) => version.Arch || undefined,
      (error: unknown) => {
        this.log.debug(`The engine did not say its architecture (GET /version): ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      },
    );
    const entry: { arch?: string; answer: Promise<string | undefined> } = { answer };
    this.architectures.set(location.host, entry);
    void answer.then((arch) => {
      if (arch) entry.arch = arch;
      else this.architectures.delete(location.host);
    });
    return entry;
  }

  /** Adds what only `/version` says (the architecture) to an identity read from `/_ping`. */
  private async completeIdentity(answer: Promise<string | undefined>, generation: number, host: string): Promise<void> {
    const arch = await answer;
    if (!arch) return;
    const state = this.currentState;
    // A retry may have found another engine meanwhile (`docker context use`): only the one asked gets its answer.
    if (generation !== this.generation || state.status !== 'connected' || state.location.host !== host || state.identity.arch) return;
    const identity: EngineIdentity = { ...state.identity, arch };
    this.currentState = { ...state, identity };
    this.identityEmitter.fire(identity);
  }

  private scheduleRetry(location: EngineLocation, problem: EngineProblem): void {
    const retryInMs = this.retryDelay(this.failedAttempts);
    const previous = this.currentState;
    const failingAsBefore =
      this.failedAttempts > 0 && previous.status === 'unreachable' && previous.problem.kind === problem.kind && previous.problem.detail === problem.detail;
    const outcome = `Cannot reach the Docker Engine at ${describeLocation(location)}: ${problem.kind}, ${problem.detail}. Retrying in ${Math.round(retryInMs / 1000)} s.`;
    if (failingAsBefore) this.log.debug(outcome);
    else this.log.warn(outcome);
    this.failedAttempts += 1;
    // Next time, look again (`docker context use` may have switched engines meanwhile) with a fresh
    // client, which also re-reads certificates.
    this.dropClient();
    this.resolvedLocation = undefined;
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.connect();
    }, retryInMs);
    this.retryTimer.unref();
    this.setState({ status: 'unreachable', location, problem, retryInMs });
  }

  private async openEventStream(docker: Docker, generation: number, identity: EngineIdentity): Promise<void> {
    this.eventStream?.abort();
    const controller = new AbortController();
    this.eventStream = controller;
    const stream = (await docker.getEvents({
      filters: { type: watchedEventTypes },
      abortSignal: controller.signal,
    } as Docker.GetEventsOptions)) as NodeJS.ReadableStream;
    const decoder = new EngineEventDecoder();
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      for (const event of decoder.push(chunk)) this.eventEmitter.fire(normalizeEvent(event, identity.kind));
    });
    const dropped = (): void => {
      if (controller.signal.aborted || generation !== this.generation || this.eventStream !== controller) return;
      // The engine went away (or restarted): reconnect, which resyncs every view.
      this.log.warn(`The Docker Engine's event stream from ${this.currentLocation().host} ended; reconnecting.`);
      this.eventStream = undefined;
      this.dropClient();
      this.setState({ status: 'connecting', location: this.currentLocation() });
      void this.connect();
    };
    stream.on('end', dropped);
    stream.on('close', dropped);
    stream.on('error', dropped);
  }

  private setState(state: EngineState): void {
    if (this.disposed && state.status !== 'idle') return;
    if (sameState(this.currentState, state)) return;
    this.currentState = state;
    this.stateEmitter.fire(state);
  }
}

function versionOf(docker: Docker, timeoutMs: number): Promise<Docker.DockerVersion> {
  return (docker.version.bind(docker) as VersionWithSignal)({ abortSignal: AbortSignal.timeout(timeoutMs) });
}

/**
 * `/version` for the architecture, over a socket of its own where the engine is a local socket: a
 * switch meanwhile drops the connection's client, and Podman, which spends up to a second of its
 * CPU on the answer, would be asked (and spend it) again on every switch back to it.
 */
function versionAnswer(docker: Docker, location: EngineLocation): Promise<Docker.DockerVersion> {
  if (location.address.transport !== 'socket') return versionOf(docker, versionTimeoutMs);
  const agent = new HttpAgent();
  const options: Docker.DockerOptions & { agent: HttpAgent } = { socketPath: location.address.socketPath, agent };
  return versionOf(new (loadDockerode())(options), versionTimeoutMs).finally(() => agent.destroy());
}

/** `unix:///var/run/docker.sock (the default socket)`: the address and where it came from, for the log. */
function describeLocation(location: EngineLocation): string {
  const origin = {
    chosen: 'chosen in Switch Engine or Context',
    setting: 'the dockside.engine.host setting',
    env: 'DOCKER_HOST',
    context: `Docker context "${location.contextName}"`,
    default: 'the default socket',
  }[location.source];
  return `${location.host || '(no address)'} (${origin})`;
}

function sameChoice(a: EngineChoice | undefined, b: EngineChoice | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.kind === 'context' ? b.kind === 'context' && a.name === b.name : b.kind === 'host' && a.host === b.host;
}

/** Equal states are not announced again (a retry that fails the same way, after the same delay, changes nothing visible). */
function sameState(a: EngineState, b: EngineState): boolean {
  if (a.status !== b.status) return false;
  if (a.status === 'unreachable' && b.status === 'unreachable') {
    return a.problem.kind === b.problem.kind && a.problem.detail === b.problem.detail && a.location.host === b.location.host && a.retryInMs === b.retryInMs;
  }
  if (a.status === 'connected' && b.status === 'connected') return false;
  return a.status === 'idle' || ('location' in a && 'location' in b && a.location.host === b.location.host);
}

/** `promise`, or a rejection once `ms` have passed without it settling. */
function withinMs<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function toList(value: string | string[] | undefined | null): string[] | null {
  if (value === undefined || value === null) return null;
  return Array.isArray(value) ? value : [value];
}
