/**
 * Validators for everything a user types into an input box before it reaches
 * the engine. Each returns `undefined` when the input is acceptable, else the
 * reason (shown by `validateInput` as the user types). The grammars are the
 * engine's own: the ones `docker run`/`docker tag` enforce.
 */
import { Localizable, msg } from './localizable';

/** The engine's name rule for containers and volumes (`^/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$`). */
const objectNamePattern = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

/** A container name: optional (the engine picks one when empty). */
export function validateContainerName(name: string): Localizable | undefined {
  if (name === '') return undefined;
  if (!objectNamePattern.test(name)) {
    return msg(
      'A container name needs at least 2 characters: a letter or digit, then letters, digits, "_", "." or "-" ({0} is not valid).',
      name,
    );
  }
  return undefined;
}

/** A volume name to create (required). */
export function validateVolumeName(name: string): Localizable | undefined {
  if (name === '') return msg('Enter a volume name.');
  if (!objectNamePattern.test(name)) {
    return msg('A volume name needs at least 2 characters: a letter or digit, then letters, digits, "_", "." or "-".');
  }
  return undefined;
}

/** A network name to create (required). The engine is lax here; we keep names shell- and DNS-friendly. */
export function validateNetworkName(name: string): Localizable | undefined {
  if (name === '') return msg('Enter a network name.');
  if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(name)) {
    return msg('A network name starts with a letter or digit and contains only letters, digits, "_", "." or "-".');
  }
  return undefined;
}

/** An absolute path inside a container, e.g. `/var/lib/data`. */
export function validateContainerPath(path: string): Localizable | undefined {
  if (path === '') return msg('Enter a path inside the container.');
  if (!path.startsWith('/')) return msg('A container path must be absolute (start with "/"): {0}', path);
  if (path.includes('\0')) return msg('A path cannot contain a NUL character.');
  return undefined;
}

export type PortProtocol = 'tcp' | 'udp' | 'sctp';

/** One `-p` publish spec, parsed. Ranges are inclusive; a single port has `start === end`. */
export interface PortMapping {
  readonly hostIp?: string;
  /** Absent: the engine picks a free host port. */
  readonly hostPorts?: { readonly start: number; readonly end: number };
  readonly containerPorts: { readonly start: number; readonly end: number };
  readonly protocol: PortProtocol;
}

/**
 * Parses `docker run -p` syntax: `[[hostIp:][hostPort]:]containerPort[/protocol]`,
 * ports or ranges (`8000-8009:80-89`), IPv6 host addresses in brackets.
 */
export function parsePortMapping(text: string): PortMapping | Localizable {
  const spec = text.trim();
  if (spec === '') return msg('Enter a port mapping such as 8080:80.');
  const [ports, protocolText, ...extra] = spec.split('/');
  const protocol = (protocolText ?? 'tcp').toLowerCase();
  if (extra.length > 0 || (protocol !== 'tcp' && protocol !== 'udp' && protocol !== 'sctp')) {
    return msg('Unknown protocol in {0}: use tcp, udp or sctp.', spec);
  }
  let hostIp: string | undefined;
  let rest = ports;
  const bracketed = /^\[([0-9a-fA-F:.]+)\]:(.*)$/.exec(rest);
  if (bracketed) {
    hostIp = bracketed[1];
    rest = bracketed[2];
  }
  const parts = rest.split(':');
  if (parts.length > 3 || (bracketed && parts.length !== 2)) {
    return msg('{0} is not a port mapping: use [host IP:][host port:]container port[/protocol], e.g. 8080:80.', spec);
  }
  if (parts.length === 3) {
    hostIp = parts[0];
    if (!isIpv4(hostIp)) return msg('{0} is not a valid host IP address.', hostIp);
  }
  const containerText = parts[parts.length - 1];
  const hostText = parts.length >= 2 ? parts[parts.length - 2] : '';
  const containerPorts = parsePortRange(containerText);
  if (!containerPorts) return msg('{0} is not a valid container port: use a number from 1 to 65535 or a range like 8000-8009.', containerText);
  if (hostText === '') return { hostIp, containerPorts, protocol };
  const hostPorts = parsePortRange(hostText);
  if (!hostPorts) return msg('{0} is not a valid host port: use a number from 1 to 65535 or a range like 8000-8009.', hostText);
  const hostSize = hostPorts.end - hostPorts.start;
  const containerSize = containerPorts.end - containerPorts.start;
  // The engine allows a host range for one container port (it picks one); otherwise the sizes must match.
  if (containerSize !== 0 && hostSize !== containerSize) {
    return msg('The host range {0} and the container range {1} must have the same size.', hostText, containerText);
  }
  return { hostIp, hostPorts, containerPorts, protocol };
}

export function validatePortMapping(text: string): Localizable | undefined {
  const parsed = parsePortMapping(text);
  return 'text' in parsed ? parsed : undefined;
}

function parsePortRange(text: string): { start: number; end: number } | undefined {
  const match = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(text);
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = match[2] === undefined ? start : Number(match[2]);
  if (start < 1 || end > 65535 || end < start) return undefined;
  return { start, end };
}

function isIpv4(text: string): boolean {
  const parts = text.split('.');
  return parts.length === 4 && parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255);
}

const volumeModes = new Set([
  'ro', 'rw', 'z', 'Z', 'shared', 'slave', 'private', 'rshared', 'rslave', 'rprivate', 'nocopy', 'consistent', 'cached', 'delegated',
]);

/** One `-v` spec: `/container/path` (anonymous), or `source:/container/path[:mode]` with a host path or volume name. */
export function validateVolumeSpec(text: string): Localizable | undefined {
  const parts = text.split(':');
  if (parts.length > 3) return msg('{0} is not a volume spec: use [source:]/container/path[:ro].', text);
  if (parts.length === 1) return validateContainerPath(parts[0]);
  const [source, target, mode] = parts;
  if (source === '') return msg('The source before ":" is empty in {0}.', text);
  if (!source.startsWith('/') && !objectNamePattern.test(source)) {
    return msg('{0} is neither an absolute host path nor a valid volume name.', source);
  }
  const targetProblem = validateContainerPath(target);
  if (targetProblem) return targetProblem;
  if (mode !== undefined && !mode.split(',').every((option) => volumeModes.has(option))) {
    return msg('Unknown volume option in {0}: use ro, rw, z, Z or a propagation mode.', mode);
  }
  return undefined;
}

/** One `KEY=value` environment entry. */
export function validateEnvEntry(text: string): Localizable | undefined {
  const equals = text.indexOf('=');
  if (equals <= 0) return msg('{0} is not an environment entry: use KEY=value.', text);
  if (/\s/.test(text.slice(0, equals))) return msg('The variable name in {0} contains whitespace.', text);
  return undefined;
}

/**
 * Splits an input box holding several entries separated by whitespace, with
 * `"…"` or `'…'` around an entry (or part of it) that contains spaces:
 * `A=1 GREETING="hello world"`. Returns `undefined` for an unclosed quote.
 */
export function splitEntries(text: string): string[] | undefined {
  const entries: string[] = [];
  let current = '';
  let inEntry = false;
  let quote: string | undefined;
  for (const char of text) {
    if (quote) {
      if (char === quote) quote = undefined;
      else current += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      inEntry = true;
    } else if (/\s/.test(char)) {
      if (inEntry) entries.push(current);
      current = '';
      inEntry = false;
    } else {
      current += char;
      inEntry = true;
    }
  }
  if (quote) return undefined;
  if (inEntry) entries.push(current);
  return entries;
}

/** The inverse of `splitEntries` for prefilling: quotes the value of an entry that has whitespace or quotes. */
export function joinEntries(entries: readonly string[]): string {
  return entries
    .map((entry) => {
      if (!/[\s"']/.test(entry)) return entry;
      const quote = entry.includes('"') ? "'" : '"';
      return quote + entry + quote;
    })
    .join(' ');
}

/** Validates every entry of a multi-entry input box with `validateOne`. */
export function validateEntries(text: string, validateOne: (entry: string) => Localizable | undefined): Localizable | undefined {
  const entries = splitEntries(text);
  if (!entries) return msg('A quote is not closed.');
  for (const entry of entries) {
    const problem = validateOne(entry);
    if (problem) return problem;
  }
  return undefined;
}

const nameComponent = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const domain = `${domainComponent}(?:\\.${domainComponent})*(?::\\d+)?`;
const repositoryPattern = new RegExp(`^(?:${domain}/)?${nameComponent}(?:/${nameComponent})*$`);
const tagPattern = /^[\w][\w.-]{0,127}$/;
const digestPattern = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}$/;

/**
 * An image reference to tag, build or pull: `[registry[:port]/]name[:tag]`
 * (and `@digest` when `allowDigest`). Names are lower-case.
 */
export function validateImageReference(reference: string, options: { allowDigest?: boolean } = {}): Localizable | undefined {
  if (reference === '') return msg('Enter an image name, e.g. myapp:1.0.');
  let rest = reference;
  const at = rest.indexOf('@');
  if (at >= 0) {
    if (!options.allowDigest) return msg('A digest (@sha256:…) cannot be used here.');
    if (!digestPattern.test(rest.slice(at + 1))) return msg('{0} is not a valid digest.', rest.slice(at + 1));
    rest = rest.slice(0, at);
  }
  // A tag follows the last ':' after the last '/' (a ':' before it is a registry port).
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.indexOf(':', lastSlash + 1);
  let repository = rest;
  if (colon >= 0) {
    const tag = rest.slice(colon + 1);
    if (!tagPattern.test(tag)) {
      return msg('{0} is not a valid tag: up to 128 letters, digits, "_", "." or "-", not starting with "." or "-".', tag);
    }
    repository = rest.slice(0, colon);
  }
  if (repository.length > 255) return msg('An image name can have at most 255 characters.');
  if (!repositoryPattern.test(repository)) {
    return msg(
      '{0} is not a valid image name: use lower-case letters, digits and separators (".", "_", "-"), with "/" between path parts.',
      repository,
    );
  }
  return undefined;
}

/** The default tag for an image built from a folder: the folder's name made valid, e.g. `My App` → `my-app`. */
export function defaultTagFromFolder(folderName: string): string {
  const name = folderName
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[._-]+|[._-]+$/g, '')
    .replace(/[._-]{2,}/g, '-');
  return name === '' ? 'image' : name;
}
