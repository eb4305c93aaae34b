/**
 * An engine in memory for the explorer's model tests: containers as inspect
 * results, images and volumes as list entries, events and state changes on
 * demand, and a log of every request the models make.
 */
import type Docker from 'dockerode';
import type { EngineAccess, EngineState } from '../../../client/src/engine/connection';
import { Emitter } from '../../../client/src/engine/emitter';
import type { EngineEvent } from '../../../client/src/engine/events';
import type { EngineLocation } from '../../../client/src/engine/location';
import { statusText } from '../../../client/src/explorer/containerStatus';

export const location: EngineLocation = { host: 'unix:///fake.sock', contextName: 'default', source: 'default', address: { transport: 'socket', socketPath: '/fake.sock' } };

/** An engine in memory: containers as inspect results, images as list entries, and a request log. */
export class FakeEngine implements EngineAccess {
  state: EngineState = { status: 'idle' };
  reachable = true;
  readonly requests: string[] = [];
  /** The engine's clock: list entries' status texts are as of this moment. */
  now = Date.parse('2026-01-01T00:05:00Z');
  readonly containers = new Map<string, Docker.ContainerInspectInfo>();
  images: Docker.ImageInfo[] = [];
  volumes: string[] = [];
  /** When set, listings wait for it: lets a test act while a listing is in flight. */
  listingGate: Promise<void> | undefined;
  listingFails: Error | undefined;
  readonly listingStarted = new Emitter<void>();
  private readonly states = new Emitter<EngineState>();
  private readonly events = new Emitter<EngineEvent>();
  readonly onDidChangeState = this.states.event;
  readonly onEvent = this.events.event;

  readonly docker = {
    listContainers: async (): Promise<Docker.ContainerInfo[]> => {
      this.requests.push('listContainers');
      this.listingStarted.fire();
      await this.listingGate;
      if (this.listingFails) throw this.listingFails;
      return [...this.containers.values()].map((inspect) => toListEntry(inspect, this.now));
    },
    getContainer: (id: string) => ({
      inspect: async (): Promise<Docker.ContainerInspectInfo> => {
        this.requests.push(`inspect ${id}`);
        const found = this.containers.get(id);
        if (!found) throw Object.assign(new Error('no such container'), { statusCode: 404 });
        return structuredClone(found);
      },
    }),
    listVolumes: async (): Promise<{ Volumes: Docker.VolumeInspectInfo[] }> => {
      this.requests.push('listVolumes');
      return { Volumes: this.volumes.map((Name) => ({ Name, Driver: 'local', Mountpoint: `/v/${Name}`, Labels: {}, Scope: 'local', Options: null })) };
    },
    df: async (): Promise<{ Volumes: Array<{ Name: string; UsageData: { Size: number; RefCount: number } }> }> => {
      this.requests.push('df');
      return { Volumes: this.volumes.map((Name) => ({ Name, UsageData: { Size: 2048, RefCount: 0 } })) };
    },
    listImages: async (): Promise<Docker.ImageInfo[]> => {
      this.requests.push('listImages');
      return structuredClone(this.images);
    },
  } as unknown as Docker;

  async connect(): Promise<EngineState> {
    // Like the real connection: connecting when connected changes nothing.
    if (this.state.status === 'connected') return this.state;
    this.setState(this.reachable ? { status: 'connected', location, version: '20.10.24', apiVersion: '1.41', identity: { kind: 'docker', version: '20.10.24', apiVersion: '1.41', os: 'linux', arch: 'amd64', remote: false } } : unreachable);
    return this.state;
  }

  retry(): Promise<EngineState> {
    return this.connect();
  }

  setState(state: EngineState): void {
    this.state = state;
    this.states.fire(state);
  }

  emit(Type: string, Action: string, ID: string): void {
    this.events.fire({ Type, Action, Actor: { ID } });
  }
}

export const unreachable: EngineState = { status: 'unreachable', location, problem: { kind: 'socketMissing', detail: 'ENOENT' }, retryInMs: 1000 };

export function inspectResult(id: string, status: string, labels: Record<string, string> = {}): Docker.ContainerInspectInfo {
  return {
    Id: id,
    Name: `/${id}`,
    Created: '2026-01-01T00:00:00Z',
    Path: 'sh',
    Args: [],
    Image: 'sha256:1',
    State: { Status: status, Paused: status === 'paused', ExitCode: 0, StartedAt: '2026-01-01T00:00:00Z', FinishedAt: '2026-01-01T00:00:00Z' },
    Config: { Image: 'busybox', Labels: labels },
    HostConfig: { NetworkMode: 'bridge' },
    NetworkSettings: { Ports: {}, Networks: {} },
    Mounts: [],
  } as unknown as Docker.ContainerInspectInfo;
}

/** The list entry the engine would give for `inspect`, its status text as of `nowMs`. */
export function toListEntry(inspect: Docker.ContainerInspectInfo, nowMs: number): Docker.ContainerInfo {
  return {
    Id: inspect.Id,
    Names: [inspect.Name],
    Image: inspect.Config.Image,
    ImageID: inspect.Image,
    Command: inspect.Path,
    Created: 0,
    Ports: [],
    Labels: inspect.Config.Labels,
    State: inspect.State.Status,
    Status: statusText(inspect.State, nowMs),
    HostConfig: { NetworkMode: 'bridge' },
    NetworkSettings: { Networks: {} },
    Mounts: [],
  };
}
