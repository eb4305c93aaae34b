/**
 * What a position in a `docker` command line refers to: the knowledge entry
 * of the command, or of the flag (and this use's value, spelled out: the
 * port mapping, the mount, the variable). Shared by hover and "Explain".
 */
import { findByName, getEntry } from '../../knowledge/index';
import type { Bilingual, KnowledgeEntry } from '../../knowledge/types';
import type { CommandLineDocument, DockerCommand, FlagCluster, FlagUse, Word } from './parse';

export interface CommandLineSymbol {
  readonly entry: KnowledgeEntry;
  readonly start: number;
  readonly end: number;
  /** The value the cursor is on, for entries that explain values (`--restart=always`). */
  readonly value?: string;
  /** What this particular use does: `host 8080 → container 80`. */
  readonly usage?: Bilingual;
  /** The command the symbol belongs to, for finding the user's notes about it. */
  readonly command: DockerCommand;
  /** On one-letter flags written together (`-it`, `-dp 80:80`): each of them, in order. */
  readonly cluster?: readonly ClusterFlag[];
}

/** One flag of a cluster: what it is and, for the one that takes a value, what this value does. */
export interface ClusterFlag {
  readonly written: string;
  /** Where the flag's letter is, for "More…" on it. */
  readonly start: number;
  readonly entry?: KnowledgeEntry;
  readonly usage?: Bilingual;
}

export function symbolAt(parsed: CommandLineDocument, offset: number): CommandLineSymbol | undefined {
  const command = parsed.commands.find((candidate) => candidate.start <= offset && offset <= candidate.end);
  if (!command) return undefined;
  const within = (start: number, end: number) => start <= offset && offset <= end;

  if (within(command.docker.start, command.docker.end)) {
    const entry = command.docker.text === 'docker-compose' ? commandEntry(command) : getEntry('cli.docker');
    return entry && { entry, start: command.docker.start, end: command.docker.end, command };
  }
  if (command.path.length > 0 && within(command.path[0].start, command.path[command.path.length - 1].end)) {
    const entry = commandEntry(command);
    const last = command.path[command.path.length - 1];
    return entry && { entry, start: command.path[0].start, end: last.end, command };
  }
  // `-it`: the cursor between `i` and `t` is on `t`, so a flag's end counts only when no flag starts there.
  const uses = [...command.globalFlags, ...command.flags];
  const spans = uses.flatMap((use) => [
    { use, onValue: false, start: use.start, end: use.end },
    ...(use.value ? [{ use, onValue: true, start: use.value.start, end: use.value.end }] : []),
  ]);
  const hit = spans.find((span) => span.start <= offset && offset < span.end) ?? spans.find((span) => within(span.start, span.end));
  if (!hit) return undefined;
  const cluster = hit.use.cluster;
  if (cluster && !hit.onValue) return clusterSymbol(command, uses.filter((use) => use.cluster === cluster), cluster, hit.use);
  const entry = flagEntry(command, hit.use);
  if (!entry) return undefined;
  const value = hit.use.value;
  return { entry, start: hit.start, end: hit.end, value: value?.text, usage: value && usageOf(entry, value), command };
}

/** `-it`, `-dp 80:80`: every flag of the cluster, the value spelled out for the one that takes it. */
function clusterSymbol(command: DockerCommand, uses: readonly FlagUse[], cluster: FlagCluster, under: FlagUse): CommandLineSymbol | undefined {
  const flags = uses.map((use): ClusterFlag => {
    const entry = flagEntry(command, use);
    return { written: use.written, start: use.start, entry, usage: entry && use.value && usageOf(entry, use.value) };
  });
  // "Explain" opens the flag under the cursor.
  const entry = flags[uses.indexOf(under)].entry ?? flags.find((flag) => flag.entry)?.entry;
  return entry && { entry, start: cluster.start, end: cluster.end, command, cluster: flags };
}

/** The entry of the command a line runs: `container ls` and `ps` share one. */
export function commandEntry(command: DockerCommand): KnowledgeEntry | undefined {
  if (command.pathText === '') return getEntry('cli.docker');
  return getEntry(`cli.docker ${command.pathText}`) ?? findByName(`docker ${command.pathText}`, 'cli-command')[0];
}

function flagEntry(command: DockerCommand, use: FlagUse): KnowledgeEntry | undefined {
  const long = use.spec?.long ?? (use.written.startsWith('--') ? use.written : undefined);
  if (!long) return undefined;
  const isGlobal = command.globalFlags.includes(use);
  const owners = isGlobal ? [] : [command.pathText, command.spec?.flagDocsFrom].filter((path): path is string => !!path);
  for (const owner of owners) {
    const entry = getEntry(`cli.docker ${owner}.${long}`) ?? findByName(long, 'cli-flag').find((e) => e.id.startsWith(`cli.docker ${owner}.`));
    if (entry) return entry;
  }
  // `--help` means the same everywhere.
  return isGlobal || long === '--help' ? getEntry(`cli.docker.${long}`) : undefined;
}

const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;

/** Spells out this use of a flag whose value has parts: ports, mounts, variables, names. */
function usageOf(entry: KnowledgeEntry, value: Word): Bilingual | undefined {
  const flag = entry.id.slice(entry.id.lastIndexOf('.') + 1);
  switch (flag) {
    case '--publish':
      return portMapping(value.text);
    case '--volume':
      return mount(value.text);
    case '--env':
      return environment(value.text);
    case '--name':
      return { ko: `컨테이너 이름: ${code(value.text)}`, en: `The container will be called ${code(value.text)}.` };
    case '--network':
      return { ko: `네트워크 ${code(value.text)}에 연결합니다.`, en: `Joins the network ${code(value.text)}.` };
    case '--link': {
      const [target, alias = target] = value.text.split(':');
      return { ko: `컨테이너 ${code(target)}을(를) ${code(alias)}(이)라는 이름으로 연결합니다.`, en: `Container ${code(target)} becomes reachable as ${code(alias)}.` };
    }
    case '--tag': {
      const match = /^(.*?)(?::([^:/]+))?$/.exec(value.text)!;
      const tag = match[2] ?? 'latest';
      return { ko: `이미지 이름 ${code(match[1])}, 태그 ${code(tag)}`, en: `Image name ${code(match[1])}, tag ${code(tag)}` };
    }
    default:
      return undefined;
  }
}

function portMapping(text: string): Bilingual | undefined {
  const match = /^(?:(\[[^\]]*\]|[^:]*\.[^:]*):)?(?:([^:]*):)?([^:/]+)(?:\/(\w+))?$/.exec(text);
  if (!match) return undefined;
  const [, ip, host, container, protocol] = match;
  const proto = protocol ? ` (${protocol})` : '';
  if (!host) {
    return {
      ko: `이 매핑: 호스트의 임의 포트 → 컨테이너 ${code(container)}${proto}. 실제 포트는 \`docker port\`로 확인합니다.`,
      en: `This mapping: a random host port → container ${code(container)}${proto}; see which with \`docker port\`.`,
    };
  }
  const onlyIp = ip ? { ko: ` (${code(ip)} 주소에서만)`, en: ` (on ${code(ip)} only)` } : { ko: '', en: '' };
  return {
    ko: `이 매핑: 호스트 ${code(host)} → 컨테이너 ${code(container)}${proto}${onlyIp.ko}`,
    en: `This mapping: host ${code(host)} → container ${code(container)}${proto}${onlyIp.en}`,
  };
}

function mount(text: string): Bilingual | undefined {
  // A Windows drive letter (`C:\data:/data`) is part of the source, not a separator.
  const parts = text.replace(/^([A-Za-z]):([\\/])/, '$1\u0000$2').split(':').map((part) => part.replace('\u0000', ':'));
  if (parts.length === 1) {
    return { ko: `이 마운트: 컨테이너 ${code(parts[0])}에 익명 볼륨`, en: `This mount: an anonymous volume at container ${code(parts[0])}` };
  }
  const [source, target, options = ''] = parts;
  const readOnly = options.split(',').includes('ro') ? { ko: ' (읽기 전용)', en: ' (read-only)' } : { ko: '', en: '' };
  const isPath = /^[./~$\\]|^[A-Za-z]:/.test(source);
  return isPath
    ? { ko: `이 마운트: 호스트 경로 ${code(source)} → 컨테이너 ${code(target)}${readOnly.ko}`, en: `This mount: host path ${code(source)} → container ${code(target)}${readOnly.en}` }
    : { ko: `이 마운트: 볼륨 ${code(source)} → 컨테이너 ${code(target)}${readOnly.ko}`, en: `This mount: volume ${code(source)} → container ${code(target)}${readOnly.en}` };
}

function environment(text: string): Bilingual {
  const equals = text.indexOf('=');
  if (equals < 0) return { ko: `현재 셸의 ${code(text)} 값을 컨테이너에 넘깁니다.`, en: `Passes ${code(text)} from your shell into the container.` };
  const name = text.slice(0, equals);
  const value = text.slice(equals + 1);
  return { ko: `컨테이너 안에서 ${code(name)} = ${code(value)}`, en: `Inside the container, ${code(name)} = ${code(value)}` };
}
