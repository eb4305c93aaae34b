/** Document links: paths in a Compose file (build contexts, Dockerfiles, env files, secret files, includes) open the file. */
import type { DocumentLink } from 'vscode-languageserver';
import { isMap, isScalar, isSeq, Node } from 'yaml';
import type { PathSegment } from '../../compose/catalogue';
import { ComposeDocument, keyName, nodeRange } from '../../compose/model';
import type { ServiceContext } from '../mode';
import { filePathTarget } from './definition';

export function composeDocumentLinks(compose: ComposeDocument, ctx: ServiceContext): DocumentLink[] {
  const links: DocumentLink[] = [];
  const visit = (node: unknown, path: PathSegment[]): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = keyName(pair);
        if (key !== undefined) visit(pair.value, [...path, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => visit(item, [...path, index]));
    } else if (isScalar(node) && typeof node.value === 'string' && node.value !== '' && mayHoldPath(path)) {
      const target = filePathTarget(compose, path, node.value);
      if (target && ctx.workspace.exists(target)) links.push({ range: nodeRange(compose, node as Node), target });
    }
  };
  visit(compose.yaml.contents, []);
  return links;
}

/** Only walk into the few keys that hold paths, so large files stay cheap. */
function mayHoldPath(path: readonly PathSegment[]): boolean {
  return path.includes('build') || path.includes('env_file') || path.includes('extends') || path.includes('file') || path[0] === 'include';
}
