/**
 * Compose quick fixes for the diagnostics (typo → the key meant, `$` → `$$`,
 * remove `version:`, declare a missing network/volume, drop `links` in favour
 * of the shared network, read a plain-text secret from the environment) and
 * a refactoring between list-form and mapping-form `environment`.
 */
import { CodeAction, CodeActionContext, CodeActionKind, Diagnostic, Range, TextEdit } from 'vscode-languageserver';
import { isMap, isPair, isScalar, isSeq, Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { ComposeDocument, contentEnd, keyName, namedEntries, offsetRange, pathAtOffset, resolvePath, topLevel } from '../../compose/model';
import { inline } from '../dockerfile/docs';
import type { ServiceContext } from '../mode';
import type { ComposeDiagnosticData } from './report';
import { bestPracticeRules, referenceRules, schemaRules, serviceRules, syntaxRules } from './rules';

export function composeCodeActions(compose: ComposeDocument, range: Range, context: CodeActionContext, ctx: ServiceContext): CodeAction[] {
  // A title is one line: `both` reads `한국어 / English`, as the Dockerfile quick fixes do.
  const t = (en: string, ko: string) => inline(ctx.docsLanguage, { en, ko });
  const actions: CodeAction[] = [];
  for (const diagnostic of context.diagnostics) {
    if (diagnostic.source !== 'dockside') continue;
    actions.push(...fixesFor(compose, diagnostic, ctx, t));
  }
  if (!context.only || context.only.some((kind) => kind.startsWith(CodeActionKind.Refactor))) {
    const rewrite = environmentRewrite(compose, range, t);
    if (rewrite) actions.push(rewrite);
  }
  return actions;
}

type Translate = (en: string, ko: string) => string;

function fixesFor(compose: ComposeDocument, diagnostic: Diagnostic, ctx: ServiceContext, t: Translate): CodeAction[] {
  const data = (diagnostic.data ?? {}) as ComposeDiagnosticData;
  const uri = compose.document.uri;
  const fix = (title: string, edits: TextEdit[], preferred = false): CodeAction => ({
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: preferred,
    edit: { changes: { [uri]: edits } },
  });
  const actions: CodeAction[] = [];
  switch (diagnostic.code) {
    case schemaRules.unknownKey.id:
    case schemaRules.invalidValue.id:
    case referenceRules.unknownService.id:
    case referenceRules.undeclaredNetwork.id:
    case referenceRules.undeclaredVolume.id:
    case referenceRules.undeclaredSecret.id:
    case referenceRules.undeclaredConfig.id:
    case referenceRules.undeclaredModel.id:
    case serviceRules.invalidHealthcheckTest.id:
      if (data.prefixCommand) actions.push(fix(t('Run it as "CMD" (without a shell)', '"CMD"로 실행(셸 없이)'), [prefixCommandEdit(compose, diagnostic.range)], true));
      if (data.replacement) actions.push(fix(t(`Change to "${data.replacement}"`, `"${data.replacement}"(으)로 바꾸기`), [{ range: diagnostic.range, newText: quoteLike(compose, diagnostic.range, data.replacement) }], true));
      if (data.nestUnder) {
        const edit = nestUnderEdit(compose, diagnostic.range, data.nestUnder);
        if (edit) actions.push(fix(t(`Move it under "${data.nestUnder}:"`, `"${data.nestUnder}:" 아래로 옮기기`), [edit], true));
      }
      if (data.declare) {
        const edit = declareEdit(compose, data.declare.section, data.declare.name);
        actions.push(fix(t(`Declare "${data.declare.name}" under top-level "${data.declare.section}:"`, `최상위 "${data.declare.section}:"에 "${data.declare.name}" 선언하기`), [edit], !data.replacement));
      }
      break;
    case syntaxRules.invalidInterpolation.id:
      if (data.replacement === '$$') actions.push(fix(t('Escape as "$$" (a literal dollar sign)', '"$$"로 이스케이프(문자 그대로의 달러 기호)'), [{ range: diagnostic.range, newText: '$$' }], true));
      break;
    case schemaRules.wrongType.id:
      if (data.wrapInList) {
        const text = compose.text.slice(compose.document.offsetAt(diagnostic.range.start), compose.document.offsetAt(diagnostic.range.end));
        actions.push(fix(t(`Make it a list: [${text}]`, `목록으로 만들기: [${text}]`), [{ range: diagnostic.range, newText: `[${text}]` }], true));
      }
      break;
    case bestPracticeRules.unusedDeclaration.id: {
      const edit = removePairEdit(compose, diagnostic.range);
      if (edit) actions.push(fix(t('Remove the unused declaration', '쓰지 않는 선언 지우기'), [edit]));
      break;
    }
    case schemaRules.obsoleteVersion.id: {
      const edit = removePairEdit(compose, diagnostic.range);
      if (edit) actions.push(fix(t('Remove the obsolete "version"', '쓰지 않는 "version" 지우기'), [edit], true));
      break;
    }
    case bestPracticeRules.envSpaceAroundEquals.id:
    case serviceRules.envNameSpace.id:
      if (data.replacement) actions.push(fix(t(`Remove the spaces: ${data.replacement}`, `공백 지우기: ${data.replacement}`), [{ range: diagnostic.range, newText: quoteLike(compose, diagnostic.range, data.replacement) }], true));
      break;
    case bestPracticeRules.plainTextSecret.id: {
      const move = moveToSecretAction(compose, diagnostic, ctx, t);
      if (move) actions.push(move);
      const edit = interpolateSecretEdit(compose, diagnostic.range);
      if (edit) actions.push(fix(t(`Read it from the environment or .env: ${edit.newText}`, `환경 변수나 .env에서 읽기: ${edit.newText}`), [edit]));
      break;
    }
    case bestPracticeRules.legacyLinks.id: {
      const replacement = replaceLinks(compose, diagnostic.range);
      if (!replacement) break;
      const { joined, network, dependsOn } = replacement;
      const names = joined.map((name) => `"${name}"`).join(', ');
      const title = joined.length
        ? dependsOn
          ? t(`Put ${names} on network "${network}" and replace "links" with "depends_on"`, `${names}을(를) "${network}" 네트워크에 넣고 "links"를 "depends_on"으로 바꾸기`)
          : t(`Put ${names} on network "${network}" and remove "links" ("depends_on" already orders them)`, `${names}을(를) "${network}" 네트워크에 넣고 "links" 지우기("depends_on"이 순서를 정함)`)
        : dependsOn
          ? t('Replace "links" with "depends_on": the shared network already resolves service names', '"links"를 "depends_on"으로 바꾸기: 같은 네트워크에서 서비스 이름이 이미 통함')
          : t('Remove "links": the services share a network and "depends_on" already orders them', '"links" 지우기: 같은 네트워크에 있고 "depends_on"이 순서를 정함');
      actions.push(fix(title, replacement.edits, true));
      break;
    }
  }
  return actions;
}

/**
 * Adds `name:` (and `body` lines under it) to the top-level section,
 * creating the section at the end of the file when missing.
 */
function declareEdit(compose: ComposeDocument, section: string, name: string, body: readonly string[] = []): TextEdit {
  const eol = compose.text.includes('\r\n') ? '\r\n' : '\n';
  const unit = indentUnit(compose);
  const entry = (column: string) => [`${column}${name}:`, ...body.map((line) => `${column}${unit}${line}`)].join(eol);
  const existing = topLevel(compose, section);
  const root = compose.yaml.contents;
  const pair = isMap(root) ? root.items.find((item) => keyName(item) === section) : undefined;
  if (existing && !existing.flow && pair?.value && (pair.value as Node).range) {
    const end = (pair.value as Node).range![1];
    const position = compose.document.positionAt(end);
    // After the section's last entry, at its indentation.
    const column = /^(\s*)/.exec(compose.lines()[compose.document.positionAt((existing.items[0]?.key as Node | undefined)?.range?.[0] ?? end).line])![1];
    const atLineStart = position.character === 0;
    return { range: { start: position, end: position }, newText: atLineStart ? `${entry(column)}${eol}` : `${eol}${entry(column)}` };
  }
  if (pair && isScalar(pair.value) && pair.value.value === null) {
    const colon = compose.text.indexOf(':', (pair.key as Node).range![1]);
    const position = compose.document.positionAt(colon + 1);
    return { range: { start: position, end: position }, newText: `${eol}${entry(unit)}` };
  }
  const end = compose.document.positionAt(compose.text.length);
  const separator = compose.text.length === 0 || /\r?\n$/.test(compose.text) ? '' : eol;
  return { range: { start: end, end }, newText: `${separator}${eol}${section}:${eol}${entry(unit)}${eol}` };
}

function indentUnit(compose: ComposeDocument): string {
  for (const line of compose.lines()) {
    const indent = /^( +)\S/.exec(line);
    if (indent) return indent[1];
  }
  return '  ';
}

/** `node-js:` at the top level → `services:` then the same block one level deeper. */
function nestUnderEdit(compose: ComposeDocument, range: Range, section: string): TextEdit | undefined {
  const pair = pairAtKey(compose, range);
  if (!pair) return undefined;
  const eol = compose.text.includes('\r\n') ? '\r\n' : '\n';
  const unit = indentUnit(compose);
  const lastLine = compose.document.positionAt(contentEnd(compose, 0, (pair.value as Node | null)?.range?.[1] ?? (pair.key as Node).range![1])).line;
  const lines = compose.lines().slice(range.start.line, lastLine + 1).map((line) => (line.trim() === '' ? line : unit + line));
  const end = { line: lastLine, character: compose.lines()[lastLine].length };
  return { range: { start: { line: range.start.line, character: 0 }, end }, newText: [`${section}:`, ...lines].join(eol) };
}

/** `["curl", …]` → `["CMD", "curl", …]`; in a block list, a `- CMD` line above the first item. */
function prefixCommandEdit(compose: ComposeDocument, range: Range): TextEdit {
  const line = compose.lines()[range.start.line];
  const before = line.slice(0, range.start.character);
  if (/-\s*$/.test(before) && !before.includes('[')) {
    const start = { line: range.start.line, character: 0 };
    const eol = compose.text.includes('\r\n') ? '\r\n' : '\n';
    return { range: { start, end: start }, newText: `${before}CMD${eol}` };
  }
  const quote = compose.text[compose.document.offsetAt(range.start)];
  const word = quote === '"' || quote === "'" ? `${quote}CMD${quote}` : 'CMD';
  return { range: { start: range.start, end: range.start }, newText: `${word}, ` };
}

/** Deletes the whole lines of the mapping pair whose key is at `range`. */
function removePairEdit(compose: ComposeDocument, range: Range): TextEdit | undefined {
  const pair = pairAtKey(compose, range);
  if (!pair) return undefined;
  const start = { line: range.start.line, character: 0 };
  const valueEnd = compose.document.positionAt((pair.value as Node | null)?.range?.[1] ?? (pair.key as Node).range![1]);
  // Take the line break too, and a blank line that only separated this key from the rest.
  let endLine = valueEnd.character === 0 ? valueEnd.line : valueEnd.line + 1;
  if (compose.lines()[endLine]?.trim() === '' && endLine < compose.lines().length - 1) endLine++;
  return { range: { start, end: { line: endLine, character: 0 } }, newText: '' };
}

function pairAtKey(compose: ComposeDocument, range: Range): Pair | undefined {
  const offset = compose.document.offsetAt(range.start);
  let found: Pair | undefined;
  const visit = (node: unknown): void => {
    if (found) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        if ((pair.key as Node | null)?.range?.[0] === offset) found = pair;
        else visit(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item);
    }
  };
  visit(compose.yaml.contents);
  return found;
}

/** Keeps the scalar's own quoting when rewriting its text. */
function quoteLike(compose: ComposeDocument, range: Range, text: string): string {
  const first = compose.text[compose.document.offsetAt(range.start)];
  if (first === '"') return JSON.stringify(text);
  if (first === "'") return `'${text.replace(/'/g, "''")}'`;
  return text;
}

/** `PASSWORD: hunter2` → `PASSWORD: ${PASSWORD}`; `- PASSWORD=hunter2` → `- PASSWORD=${PASSWORD}`. */
function interpolateSecretEdit(compose: ComposeDocument, range: Range): TextEdit | undefined {
  const at = pathAtOffset(compose, compose.document.offsetAt(range.start));
  if (!isScalar(at.node) || (typeof at.node.value !== 'string' && typeof at.node.value !== 'number')) return undefined;
  const last = at.path[at.path.length - 1];
  if (typeof last === 'string') return { range, newText: `\${${last}}` };
  const name = /^([^=\s]+)\s*=/.exec(String(at.node.value))?.[1];
  return name ? { range, newText: quoteLike(compose, range, `${name}=\${${name}}`) } : undefined;
}

/**
 * Moves a plain-text value into a secret file: creates `./<name>.txt` with
 * the value, declares it under top-level `secrets:`, grants it to the
 * service and points `<NAME>_FILE` at `/run/secrets/<name>` — the convention
 * of the official database images. Offered only when neither the file nor
 * the secret exists yet, so nothing of the user's is overwritten.
 */
function moveToSecretAction(compose: ComposeDocument, diagnostic: Diagnostic, ctx: ServiceContext, t: Translate): CodeAction | undefined {
  const at = pathAtOffset(compose, compose.document.offsetAt(diagnostic.range.start));
  const [top, service, key, entry] = at.path;
  const body: unknown = typeof service === 'string' ? topLevel(compose, 'services')?.get(service, true) : undefined;
  const environment: unknown = isMap(body) ? body.get('environment', true) : undefined;
  if (top !== 'services' || key !== 'environment' || !isMap(body) || !isScalar(at.node) || at.node.value === null) return undefined;
  const eol = compose.text.includes('\r\n') ? '\r\n' : '\n';
  let name: string;
  let value: string;
  let envEdit: TextEdit;
  if (typeof entry === 'string' && isMap(environment)) {
    const pair = environment.items.find((item) => keyName(item) === entry);
    if (!pair) return undefined;
    name = entry;
    value = String(at.node.value);
    const secretPath = `/run/secrets/${name.toLowerCase()}`;
    envEdit = { range: offsetRange(compose, (pair.key as Node).range![0], at.node.range![1]), newText: `${name}_FILE: ${secretPath}` };
  } else {
    const match = /^([^=\s]+)\s*=\s*(.*)$/.exec(String(at.node.value));
    if (!match) return undefined;
    [, name, value] = match;
    envEdit = { range: diagnostic.range, newText: quoteLike(compose, diagnostic.range, `${name}_FILE=/run/secrets/${name.toLowerCase()}`) };
  }
  const secret = name.toLowerCase();
  const file = `./${secret}.txt`;
  const fileUri = resolvePath(compose, file);
  if (!fileUri || ctx.workspace.exists(fileUri) || compose.symbols().declarations.get('secret')?.has(secret)) return undefined;
  const edits = [envEdit, declareEdit(compose, 'secrets', secret, [`file: ${file}`])];
  const grant = grantEdit(compose, body, secret, eol);
  if (grant) edits.push(grant);
  return {
    title: t(`Move to a secret: ${name}_FILE=/run/secrets/${secret}, value in ${file}`, `secret으로 옮기기: ${name}_FILE=/run/secrets/${secret}, 값은 ${file}에`),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: {
      documentChanges: [
        { kind: 'create', uri: fileUri, options: { ignoreIfExists: true } },
        { textDocument: { uri: fileUri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: value }] },
        { textDocument: { uri: compose.document.uri, version: compose.document.version }, edits },
      ],
    },
  };
}

/** Adds `secret` to the service's `secrets:` list, or a `secrets:` line before its `environment:`. */
function grantEdit(compose: ComposeDocument, body: YAMLMap, secret: string, eol: string): TextEdit | undefined {
  const secrets: unknown = body.get('secrets', true);
  if (isSeq(secrets)) {
    if (secrets.items.some((item) => isScalar(item) && item.value === secret)) return undefined;
    const last = secrets.items[secrets.items.length - 1] as Node | undefined;
    if (secrets.flow) {
      const close = compose.document.positionAt(contentEnd(compose, 0, secrets.range![1]) - 1);
      return { range: { start: close, end: close }, newText: last ? `, ${secret}` : secret };
    }
    if (!last?.range) return undefined;
    const lastLine = compose.document.positionAt(last.range[0]).line;
    const dash = ' '.repeat(compose.lines()[lastLine].indexOf('-'));
    const end = compose.document.positionAt(contentEnd(compose, last.range[0], last.range[1]));
    return { range: { start: end, end }, newText: `${eol}${dash}- ${secret}` };
  }
  if (secrets !== undefined) return undefined;
  const environmentKey = body.items.find((item) => keyName(item) === 'environment')?.key as Node | undefined;
  if (!environmentKey?.range) return undefined;
  const keyStart = compose.document.positionAt(environmentKey.range[0]);
  const start = { line: keyStart.line, character: 0 };
  return { range: { start, end: start }, newText: `${' '.repeat(keyStart.character)}secrets: [${secret}]${eol}` };
}

/**
 * Services on a common network reach each other by service name, which is
 * all `links` still does. So `links` becomes `depends_on` (links also
 * ordered start-up), or goes when `depends_on` already names them; linked
 * services that share no network with this one first join one of its
 * networks (with no `networks:` anywhere, that is the project's default
 * network). Links with aliases (`db:database`) would lose the alias, so
 * they are kept.
 */
function replaceLinks(compose: ComposeDocument, range: Range): { edits: TextEdit[]; joined: string[]; network: string; dependsOn: boolean } | undefined {
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

// ---- environment: list ⇄ mapping -----------------------------------------------------------------

function environmentRewrite(compose: ComposeDocument, range: Range, t: Translate): CodeAction | undefined {
  const at = pathAtOffset(compose, compose.document.offsetAt(range.start));
  const index = at.path.indexOf('environment');
  if (at.path[0] !== 'services' || index !== 2) return undefined;
  const services = topLevel(compose, 'services');
  const body: unknown = services?.get(at.path[1], true);
  const environment: unknown = isMap(body) ? body.get('environment', true) : undefined;
  if (!(isMap(environment) || isSeq(environment)) || environment.flow || !environment.range || environment.items.length === 0) return undefined;
  const [start, end] = environment.range;
  const eol = compose.text.includes('\r\n') ? '\r\n' : '\n';
  const indent = ' '.repeat(compose.document.positionAt(start).character);
  const lines = isSeq(environment) ? listToMapping(environment) : mappingToList(environment);
  if (!lines) return undefined;
  const editRange = offsetRange(compose, start, contentEnd(compose, start, end));
  const text = lines.join(`${eol}${indent}`).replace(/\s+$/, '');
  return {
    title: isSeq(environment) ? t('Convert environment to mapping form (KEY: value)', 'environment를 매핑 형식(KEY: value)으로 바꾸기') : t('Convert environment to list form (- KEY=value)', 'environment를 목록 형식(- KEY=value)으로 바꾸기'),
    kind: CodeActionKind.RefactorRewrite,
    edit: { changes: { [compose.document.uri]: [{ range: editRange, newText: text }] } },
  };
}

function listToMapping(list: YAMLSeq): string[] | undefined {
  const lines: string[] = [];
  for (const item of list.items) {
    if (!isScalar(item) || item.value === null) return undefined;
    const text = String(item.value);
    const equals = text.indexOf('=');
    const name = equals < 0 ? text : text.slice(0, equals);
    lines.push(equals < 0 ? `${name}:` : `${name}: ${yamlScalar(text.slice(equals + 1))}`);
  }
  return lines;
}

function mappingToList(map: YAMLMap): string[] | undefined {
  const lines: string[] = [];
  for (const pair of map.items) {
    const name = keyName(pair);
    if (name === undefined) return undefined;
    const value = pair.value as Scalar | null;
    if (value !== null && !isScalar(value)) return undefined;
    const text = value === null || value.value === null ? name : `${name}=${String(value.value)}`;
    lines.push(`- ${yamlScalar(text)}`);
  }
  return lines;
}

/** Plain when YAML reads it back as the same string, double-quoted otherwise. */
function yamlScalar(text: string): string {
  const plain = text !== '' && !/^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(text) && !/[:#]\s|\s$|: ?$/.test(text) && !/^(true|false|null|~|-?\d[\d.]*(e\d+)?)$/i.test(text);
  return plain ? text : JSON.stringify(text);
}
