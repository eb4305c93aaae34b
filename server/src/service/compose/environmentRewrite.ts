/** A refactoring of `environment` between its list form (`- KEY=value`) and its mapping form (`KEY: value`). */
import { CodeAction, CodeActionKind, Range } from '../../lsp';
import { isMap, isScalar, isSeq, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { ComposeDocument, contentEnd, keyName, offsetRange, pathAtOffset, topLevel } from '../../compose/model';
import type { Translate } from './edits';

export function environmentRewrite(compose: ComposeDocument, range: Range, t: Translate): CodeAction | undefined {
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
