/**
 * Go to definition in Compose files: a service, network, volume, secret or
 * config name goes to its declaration; `build` goes to the Dockerfile; file
 * paths (`env_file`, secret/config `file`) go to the file.
 */
import type { Definition, Position } from 'vscode-languageserver';
import { isMap, isScalar } from 'yaml';
import { ComposeDocument, nameAtOffset, offsetRange, pathAtOffset, resolvePath, scalarText, topLevel } from '../../compose/model';

export function composeDefinition(compose: ComposeDocument, position: Position): Definition | null {
  const offset = compose.document.offsetAt(position);
  const name = nameAtOffset(compose, offset);
  if (name) {
    const declared = compose.symbols().declarations.get(name.kind)?.get(name.name);
    return declared ? { uri: compose.document.uri, range: offsetRange(compose, declared.start, declared.end) } : null;
  }
  const target = fileAt(compose, offset);
  return target ? { uri: target, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } } : null;
}

/** The file a path value under the cursor points at, as a URI. */
function fileAt(compose: ComposeDocument, offset: number): string | undefined {
  const at = pathAtOffset(compose, offset);
  if (at.onKey || !isScalar(at.node)) return undefined;
  const value = scalarText(at.node);
  if (!value) return undefined;
  return filePathTarget(compose, at.path, value);
}

/**
 * Where a path-valued key points: `build`/`build.context` → its Dockerfile,
 * `build.dockerfile` → that file, `env_file`, `extends.file`, secret and
 * config `file`, `include` → the file itself. `undefined` for other keys.
 */
export function filePathTarget(compose: ComposeDocument, path: readonly (string | number)[], value: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || value.includes('${')) return undefined;
  const [top, service, key, sub] = path;
  if (top === 'services' && typeof service === 'string' && key === 'build') {
    const body: unknown = topLevel(compose, 'services')?.get(service, true);
    const build: unknown = isMap(body) ? body.get('build', true) : undefined;
    const context = isMap(build) ? (scalarText(build.get('context', true)) ?? '.') : value;
    const dockerfile = isMap(build) ? (scalarText(build.get('dockerfile', true)) ?? 'Dockerfile') : 'Dockerfile';
    if (sub === undefined || sub === 'context' || sub === 'dockerfile') return resolvePath(compose, joinPath(context, dockerfile));
    return undefined;
  }
  const isEnvFile = top === 'services' && key === 'env_file' && (path.length === 3 || typeof path[path.length - 1] === 'number' || path[path.length - 1] === 'path');
  const isExtendsFile = top === 'services' && key === 'extends' && sub === 'file';
  const isDefinitionFile = (top === 'secrets' || top === 'configs') && path[2] === 'file';
  const isInclude = top === 'include' && (path.length === 2 || path[2] === 'path');
  return isEnvFile || isExtendsFile || isDefinitionFile || isInclude ? resolvePath(compose, value) : undefined;
}

function joinPath(folder: string, file: string): string {
  if (file.startsWith('/')) return file;
  return `${folder.replace(/\/+$/, '')}/${file}`;
}
