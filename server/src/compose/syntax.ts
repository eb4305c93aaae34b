/**
 * The small string syntaxes inside Compose values: port mappings, short
 * volume mounts, durations, byte sizes and `${…}` interpolation. Pure
 * functions over one string; offsets are relative to that string.
 */

export interface PortRange {
  readonly start: number;
  readonly end: number;
}

export interface PortMapping {
  readonly hostIp?: string;
  readonly published?: PortRange;
  readonly target: PortRange;
  readonly protocol: string;
}

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const protocols = ['tcp', 'udp', 'sctp'];

/** `[HOST_IP:][HOST_PORT[-END]:]CONTAINER_PORT[-END][/PROTOCOL]`, IPv6 hosts in brackets. */
export function parsePortMapping(text: string): Parsed<PortMapping> {
  let rest = text.trim();
  let protocol = 'tcp';
  const slash = rest.lastIndexOf('/');
  if (slash >= 0) {
    protocol = rest.slice(slash + 1).toLowerCase();
    rest = rest.slice(0, slash);
    if (!protocols.includes(protocol)) return fail(`Unknown protocol "${protocol}": use tcp, udp or sctp.`);
  }
  let hostIp: string | undefined;
  const bracketed = /^\[([0-9a-fA-F:.]+)\]:(.*)$/.exec(rest);
  if (bracketed) {
    hostIp = bracketed[1];
    rest = bracketed[2];
  }
  const parts = rest.split(':');
  if (!hostIp && parts.length === 3) hostIp = parts.shift();
  if (parts.length > 2 || (hostIp !== undefined && parts.length !== 2 && !bracketed)) {
    return fail(`"${text}" is not a port mapping: write HOST:CONTAINER, e.g. "8080:80".`);
  }
  if (hostIp !== undefined && hostIp !== '' && !isIpAddress(hostIp)) return fail(`"${hostIp}" is not an IP address to bind to.`);
  const target = parsePortRange(parts[parts.length - 1], 'container');
  if (!target.ok) return target;
  let published: PortRange | undefined;
  if (parts.length === 2 && parts[0] !== '') {
    const host = parsePortRange(parts[0], 'host');
    if (!host.ok) return host;
    published = host.value;
    const hostCount = published.end - published.start;
    const targetCount = target.value.end - target.value.start;
    if (targetCount > 0 && hostCount !== targetCount) {
      return fail(`The host range ${parts[0]} and the container range ${parts[1]} must have the same length.`);
    }
  }
  return { ok: true, value: { hostIp: hostIp || undefined, published, target: target.value, protocol } };
}

export function parsePortRange(text: string, side: 'host' | 'container'): Parsed<PortRange> {
  const match = /^(\d+)(?:-(\d+))?$/.exec(text.trim());
  if (!match) return fail(`"${text}" is not a ${side} port: use a number from 1 to 65535 or a range like 8000-8010.`);
  const start = Number(match[1]);
  const end = match[2] === undefined ? start : Number(match[2]);
  for (const port of [start, end]) {
    if (port < 1 || port > 65535) return fail(`${side === 'host' ? 'Host' : 'Container'} port ${port} is out of range: ports go from 1 to 65535.`);
  }
  if (end < start) return fail(`The port range ${text} ends before it starts.`);
  return { ok: true, value: { start, end } };
}

/** An IPv4 or IPv6 address, as Go's `net.ParseIP` reads one (compose-go checks `host_ip` with it). */
export function isIpAddress(text: string): boolean {
  return isIpv4(text) || isIpv6(text);
}

function isIpv4(text: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(text) && text.split('.').every((part) => Number(part) <= 255);
}

function isIpv6(text: string): boolean {
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((half) => (half === '' ? [] : half.split(':')));
  // The last 32 bits may be written as IPv4 (`::ffff:10.0.0.1`).
  let width = groups.length;
  if (groups.length > 0 && groups[groups.length - 1].includes('.')) {
    if (!isIpv4(groups.pop()!)) return false;
    width++;
  }
  if (!groups.every((group) => /^[0-9a-fA-F]{1,4}$/.test(group))) return false;
  return halves.length === 2 ? width <= 7 : width === 8;
}

interface ShortMount {
  /** Absent for an anonymous volume (`- /data`). */
  readonly source?: string;
  readonly sourceKind?: 'volume' | 'bind';
  readonly target: string;
  /** Offset of `target` in the text. */
  readonly targetOffset: number;
  readonly mode?: string;
}

const mountModes = new Set(['ro', 'rw', 'z', 'Z', 'cached', 'delegated', 'consistent', 'nocopy', 'shared', 'rshared', 'slave', 'rslave', 'private', 'rprivate']);

/** `[SOURCE:]TARGET[:MODE]`, with Windows drive letters kept whole. */
export function parseShortMount(text: string): Parsed<ShortMount> {
  const drive = /^[A-Za-z]:[\\/]/.test(text) ? 2 : 0;
  const firstColon = text.indexOf(':', drive);
  if (firstColon < 0) return { ok: true, value: { target: text, targetOffset: 0 } };
  const source = text.slice(0, firstColon);
  const afterSource = text.slice(firstColon + 1);
  const targetDrive = /^[A-Za-z]:[\\/]/.test(afterSource) ? 2 : 0;
  const secondColon = afterSource.indexOf(':', targetDrive);
  const target = secondColon < 0 ? afterSource : afterSource.slice(0, secondColon);
  const mode = secondColon < 0 ? undefined : afterSource.slice(secondColon + 1);
  if (!source) return fail(`"${text}" has an empty source before ":".`);
  if (!target) return fail(`"${text}" has no container path after "${source}:".`);
  if (mode !== undefined && !mode.split(',').every((flag) => mountModes.has(flag))) {
    return fail(`Unknown mount mode "${mode}": use ro, rw, z, Z, cached, delegated or nocopy.`);
  }
  return { ok: true, value: { source, sourceKind: isHostPath(source) ? 'bind' : 'volume', target, targetOffset: firstColon + 1, mode } };
}

/** Compose reads a source as a host path when it looks like one; anything else names a volume. */
export function isHostPath(source: string): boolean {
  return /^[./~$\\]/.test(source) || /^[A-Za-z]:[\\/]/.test(source) || source.includes('/');
}

const durationPattern = /^(?:\d+(?:\.\d+)?(?:ns|us|\u00B5s|\u03BCs|ms|s|m|h))+$/;

/** Go durations as Compose reads them: `1m30s`, `500ms`, `10s`. A bare `0` is allowed. */
export function isDuration(text: string): boolean {
  return text === '0' || durationPattern.test(text);
}

/** Byte sizes: `512m`, `1g`, `1.5GB`, `2048` (bytes), `1024k`. */
export function isByteSize(text: string): boolean {
  return /^-?\d+(?:\.\d+)?\s*(?:[bkmgtp]|[kmgtp]i?b)?$/i.test(text);
}

/** Whether a value will be rewritten by interpolation, so its type is unknown until run time. */
export function hasInterpolation(text: string): boolean {
  return /\$(?:\{|[A-Za-z_])/.test(text.replace(/\$\$/g, ''));
}

interface InterpolationProblem {
  readonly offset: number;
  readonly length: number;
  readonly message: string;
  /** A lone `$` that the user most likely meant literally: the fix is `$$`. */
  readonly loneDollar: boolean;
}

const variableName = /^[A-Za-z_][A-Za-z0-9_]*/;

/**
 * Finds what `docker compose` rejects as "invalid interpolation format":
 * a `$` not followed by `$`, a name or `{`, and `${…}` that is unclosed or
 * does not start with a variable name and a known operator.
 */
export function findInterpolationProblems(raw: string): InterpolationProblem[] {
  const problems: InterpolationProblem[] = [];
  let index = 0;
  while ((index = raw.indexOf('$', index)) >= 0) {
    const next = raw[index + 1];
    if (next === '$') {
      index += 2;
      continue;
    }
    if (next !== undefined && /[A-Za-z_]/.test(next)) {
      index += 1;
      continue;
    }
    if (next !== '{') {
      problems.push({ offset: index, length: 1, loneDollar: true, message: 'A lone "$" starts a variable. Write "$$" for a literal dollar sign, or name a variable: $NAME or ${NAME}.' });
      index += 1;
      continue;
    }
    const close = matchingBrace(raw, index + 1);
    if (close < 0) {
      problems.push({ offset: index, length: raw.length - index, loneDollar: false, message: 'This "${" is never closed: add "}".' });
      break;
    }
    const body = raw.slice(index + 2, close);
    const name = variableName.exec(body)?.[0];
    const operator = name ? body.slice(name.length) : '';
    if (!name || !(operator === '' || /^(?::?[-?+])/.test(operator))) {
      problems.push({
        offset: index,
        length: close - index + 1,
        loneDollar: false,
        message: `"\${${body}}" is not valid interpolation: use \${NAME}, \${NAME:-default}, \${NAME-default}, \${NAME:?error} or \${NAME:+alternative}.`,
      });
    } else if (operator) {
      // Defaults may hold further interpolation: check them too.
      const innerStart = index + 2 + name.length + (operator.startsWith(':') ? 2 : 1);
      for (const inner of findInterpolationProblems(raw.slice(innerStart, close))) problems.push({ ...inner, offset: inner.offset + innerStart });
    }
    index = close + 1;
  }
  return problems;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function fail<T>(message: string): Parsed<T> {
  return { ok: false, message };
}
