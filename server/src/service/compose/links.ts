/**
 * Document links: paths in a Compose file (build contexts, Dockerfiles, env
 * files, secret files, includes) open the file; Docker Hub images open their
 * Hub page.
 */
import type { DocumentLink } from 'vscode-languageserver';
import { isMap, isScalar, isSeq, Node } from 'yaml';
import type { PathSegment } from '../../compose/catalogue';
import { ComposeDocument, keyName, nodeRange } from '../../compose/model';
import { dockerHubTooltip } from '../dockerfile/links';
import { inline } from '../localized';
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
    } else if (isScalar(node) && typeof node.value === 'string' && node.value !== '') {
      if (path[0] === 'services' && path[2] === 'image' && path.length === 3) {
        const target = dockerHubPage(node.value);
        if (target) links.push({ range: nodeRange(compose, node as Node), target, tooltip: inline(ctx.docsLanguage, dockerHubTooltip) });
      } else if (mayHoldPath(path)) {
        const target = filePathTarget(compose, path, node.value);
        if (target && ctx.workspace.exists(target)) links.push({ range: nodeRange(compose, node as Node), target });
      }
    }
  };
  visit(compose.yaml.contents, []);
  return links;
}

/** Only walk into the few keys that hold paths, so large files stay cheap. */
function mayHoldPath(path: readonly PathSegment[]): boolean {
  return path.includes('build') || path.includes('env_file') || path.includes('extends') || path.includes('file') || path[0] === 'include';
}

/**
 * The Docker Hub page of an image reference, when it lives on Docker Hub:
 * `mysql:8.4` → `/_/mysql`, `devwikirepo/leafy-backend:1.0.0` → `/r/devwikirepo/leafy-backend`.
 * Images on other registries (`ghcr.io/…`, `localhost:5000/…`) and interpolated names get no link.
 */
function dockerHubPage(image: string): string | undefined {
  if (image.includes('$')) return undefined;
  const name = image.split('@')[0].replace(/:[^/]*$/, '');
  const parts = name.split('/');
  if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0]) && parts[0] !== 'docker.io') return undefined;
  const path = parts[0] === 'docker.io' ? parts.slice(1) : parts;
  if (path.length === 1 || (path.length === 2 && path[0] === 'library')) return `https://hub.docker.com/_/${path[path.length - 1]}`;
  return path.length === 2 && path.every((part) => /^[a-z0-9._-]+$/.test(part)) ? `https://hub.docker.com/r/${path.join('/')}` : undefined;
}
