/**
 * Quick fixes for a password written in plain text: read it from the
 * environment (`${NAME}`), or move it into a secret file the service is granted.
 */
import { CodeAction, CodeActionKind, Diagnostic, Range, TextEdit } from '../../lsp';
import { isMap, isScalar, isSeq, Node, YAMLMap } from 'yaml';
import { ComposeDocument, contentEnd, keyName, offsetRange, pathAtOffset, resolvePath, topLevel } from '../../compose/model';
import type { ServiceContext } from '../mode';
import { declareEdit, quoteLike, Translate } from './edits';

/** `PASSWORD: hunter2` → `PASSWORD: ${PASSWORD}`; `- PASSWORD=hunter2` → `- PASSWORD=${PASSWORD}`. */
export function interpolateSecretEdit(compose: ComposeDocument, range: Range): TextEdit | undefined {
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
export function moveToSecretAction(compose: ComposeDocument, diagnostic: Diagnostic, ctx: ServiceContext, t: Translate): CodeAction | undefined {
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
