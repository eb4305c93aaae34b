/** The quick fix for legacy `links`: share a network, and let `depends_on` order start-up. */
import type { Range, TextEdit } from 'vscode-languageserver';
import { isMap, isPair, isScalar, isSeq, Node, Pair, YAMLMap } from 'yaml';
import { ComposeDocument, contentEnd, keyName, namedEntries, topLevel } from '../../compose/model';
import { pairAtKey, removePairEdit } from './edits';

/**
 * Services on a common network reach each other by service name, which is
 * all `links` still does. So `links` becomes `depends_on` (links also
 * ordered start-up), or goes when `depends_on` already names them; linked
 * services that share no network with this one first join one of its
 * networks (with no `networks:` anywhere, that is the project's default
 * network). Links with aliases (`db:database`) would lose the alias, so
 * they are kept.
 */
export function replaceLinks(compose: ComposeDocument, range: Range): { edits: TextEdit[]; joined: string[]; network: string; dependsOn: boolean } | undefined {
  const pair = pairAtKey(compose, range);
  if (!pair || !isSeq(pair.value)) return undefined;
  const links = (pair.value.items as unknown[]).map((item) => (isScalar(item) ? String(item.value) : ''));
  if (links.some((link) => !link || (link.includes(':') && link.split(':')[0] !== link.split(':')[1]))) return undefined;
  const names = [...new Set(links.map((link) => link.split(':')[0]))];
  const services = topLevel(compose, 'services');
  const owner = namedEntries(services).find((entry) => isMap(entry.value) && entry.value.items.includes(pair as Pair<unknown, unknown>));
  if (!owner || !isMap(owner.value) || names.includes(owner.name)) return undefined;
  const ownNetworks = networksOf(owner.value);
  const network = ownNetworks.values().next().value;
  if (network === undefined) return undefined;
  const edits: TextEdit[] = [];
  const joined: string[] = [];
  for (const name of names) {
    const body: unknown = services?.get(name, true);
    if (!isMap(body)) return undefined;
    const theirs = networksOf(body);
    if ([...ownNetworks].some((own) => theirs.has(own))) continue;
    const join = joinNetworkEdit(compose, body, network);
    if (!join) return undefined;
    edits.push(join);
    joined.push(name);
  }
  const dependsOn: unknown = owner.value.get('depends_on', true);
  if (dependsOn === undefined) return { edits: [...edits, { range, newText: 'depends_on' }], joined, network, dependsOn: true };
  const depended = isSeq(dependsOn) ? dependsOn.items.map((item) => (isScalar(item) ? String(item.value) : '')) : isMap(dependsOn) ? dependsOn.items.map((item) => keyName(item) ?? '') : [];
  const removal = names.every((name) => depended.includes(name)) ? removePairEdit(compose, range) : undefined;
  return removal && { edits: [...edits, removal], joined, network, dependsOn: false };
}

/** The networks a service joins, in the order written; none known when it uses `network_mode`. */
function networksOf(body: YAMLMap): Set<string> {
  if (body.has('network_mode')) return new Set();
  const networks: unknown = body.get('networks', true);
  if (isSeq(networks)) return new Set(networks.items.map((item) => (isScalar(item) ? String(item.value) : '')));
  if (isMap(networks)) return new Set(networks.items.map((item) => keyName(item) ?? ''));
  return new Set(['default']);
}

/** Adds `network` to a service's `networks:` in the form it is written in, or writes one that keeps the default network. */
function joinNetworkEdit(compose: ComposeDocument, body: YAMLMap, network: string): TextEdit | undefined {
  if (body.has('network_mode')) return undefined;
  const eol = compose.text.includes('\r\n') ? '\r\n' : '\n';
  const networks: unknown = body.get('networks', true);
  if (networks === undefined) {
    // Without `networks:` the service is on the default network; naming one would take it off that.
    const firstKey = body.items[0]?.key as Node | undefined;
    if (!firstKey?.range) return undefined;
    const keyStart = compose.document.positionAt(firstKey.range[0]);
    const start = { line: keyStart.line, character: 0 };
    return { range: { start, end: start }, newText: `${' '.repeat(keyStart.character)}networks: [default, ${network}]${eol}` };
  }
  if (!(isSeq(networks) || isMap(networks)) || !networks.range) return undefined;
  const entry = isSeq(networks) ? network : `${network}:`;
  if (networks.flow) {
    const close = compose.text.lastIndexOf(isSeq(networks) ? ']' : '}', networks.range[1]);
    const position = compose.document.positionAt(close);
    const newText = `${networks.items.length ? ', ' : ''}${isSeq(networks) ? network : `${network}: {}`}`;
    return { range: { start: position, end: position }, newText };
  }
  const items = networks.items as unknown[];
  const first: unknown = items[0];
  const last: unknown = items[items.length - 1];
  const firstStart = (isPair(first) ? (first.key as Node | null) : (first as Node | null))?.range?.[0];
  const lastEnd = (isPair(last) ? ((last.value as Node | null) ?? (last.key as Node | null)) : (last as Node | null))?.range?.[1];
  if (firstStart === undefined || lastEnd === undefined) return undefined;
  const line = compose.lines()[compose.document.positionAt(firstStart).line];
  const indent = /^\s*(- )?/.exec(line)![0].replace('- ', '');
  // At the end of the last entry's line, after any comment on it.
  const lastLine = compose.document.positionAt(contentEnd(compose, firstStart, lastEnd)).line;
  const position = { line: lastLine, character: compose.lines()[lastLine].length };
  return { range: { start: position, end: position }, newText: `${eol}${indent}${isSeq(networks) ? '- ' : ''}${entry}` };
}
