/**
 * "Run image" as data: what the user chose (a RunSpec), the prefill taken from
 * the image's config, and the Engine API create options built from it. Pure.
 */
import type Docker from 'dockerode';
import { parsePortMapping } from './validators';

export interface RunSpec {
  readonly image: string;
  /** Empty: the engine picks a name. */
  readonly name: string;
  /** `docker run -p` specs, already validated. */
  readonly ports: readonly string[];
  /** `KEY=value` entries; the image's own environment applies underneath them. */
  readonly env: readonly string[];
  /** `docker run -v` specs, already validated. */
  readonly volumes: readonly string[];
  /** Interactive: a TTY with stdin open, attached to a terminal. Otherwise detached. */
  readonly interactive: boolean;
  /** `--rm`: the engine removes the container when it exits. */
  readonly autoRemove: boolean;
  readonly labels?: Readonly<Record<string, string>>;
}

/** What the run form starts with, taken from the image's config. */
export interface RunPrefill {
  /** One `port:port/protocol` per exposed port: EXPOSE alone publishes nothing, so we propose the same host port. */
  readonly ports: string[];
  readonly env: string[];
  /** The image's `VOLUME`s, as anonymous volumes. */
  readonly volumes: string[];
}

export function prefillFromImage(config: {
  ExposedPorts?: Record<string, unknown> | null;
  Env?: string[] | null;
  Volumes?: Record<string, unknown> | null;
}): RunPrefill {
  const ports = Object.keys(config.ExposedPorts ?? {}).map((exposed) => {
    const [port, protocol = 'tcp'] = exposed.split('/');
    return protocol === 'tcp' ? `${port}:${port}` : `${port}:${port}/${protocol}`;
  });
  return { ports, env: [...(config.Env ?? [])], volumes: Object.keys(config.Volumes ?? {}) };
}

/** The Engine API's create-container body for a RunSpec. Throws only for a spec that skipped validation. */
export function createOptionsFor(spec: RunSpec): Docker.ContainerCreateOptions {
  const exposedPorts: Record<string, object> = {};
  const portBindings: Record<string, { HostIp: string; HostPort: string }[]> = {};
  for (const text of spec.ports) {
    const mapping = parsePortMapping(text);
    if ('text' in mapping) throw new Error(`invalid port mapping ${text}`);
    const { containerPorts, hostPorts, hostIp = '', protocol } = mapping;
    for (let offset = 0; offset <= containerPorts.end - containerPorts.start; offset++) {
      const key = `${containerPorts.start + offset}/${protocol}`;
      exposedPorts[key] = {};
      let hostPort = '';
      if (hostPorts) {
        const single = containerPorts.start === containerPorts.end;
        // A host range for one container port is passed as a range: the engine picks a free one.
        hostPort = single && hostPorts.start !== hostPorts.end ? `${hostPorts.start}-${hostPorts.end}` : String(hostPorts.start + offset);
      }
      (portBindings[key] ??= []).push({ HostIp: hostIp, HostPort: hostPort });
    }
  }

  const binds: string[] = [];
  const anonymousVolumes: Record<string, object> = {};
  for (const spec_ of spec.volumes) {
    if (spec_.includes(':')) binds.push(spec_);
    else anonymousVolumes[spec_] = {};
  }

  return {
    Image: spec.image,
    name: spec.name === '' ? undefined : spec.name,
    Env: spec.env.length > 0 ? [...spec.env] : undefined,
    Labels: spec.labels ? { ...spec.labels } : undefined,
    ExposedPorts: exposedPorts,
    Volumes: anonymousVolumes,
    Tty: spec.interactive,
    OpenStdin: spec.interactive,
    StdinOnce: false,
    AttachStdin: spec.interactive,
    AttachStdout: spec.interactive,
    AttachStderr: spec.interactive,
    HostConfig: {
      PortBindings: portBindings,
      Binds: binds,
      AutoRemove: spec.autoRemove,
    },
  };
}
