/** The `.dockerignore` BuildKit uses for a Dockerfile: `<Dockerfile name>.dockerignore` beside it first, then `.dockerignore`. */
import { DockerIgnore } from '../../../../dockerignore';
import type { DocumentRun } from '../run';

export function dockerignoreNames(uri: string): string[] {
  return [`${uri.slice(uri.lastIndexOf('/') + 1)}.dockerignore`, '.dockerignore'];
}

/** The document's `.dockerignore`, or `undefined` when there is none (or the Dockerfile is not a file). Read once per run. */
export function dockerignoreOf(run: DocumentRun): DockerIgnore | undefined {
  return run.once('dockerignore', () => {
    if (!run.ast.uri.startsWith('file:')) return undefined;
    for (const name of dockerignoreNames(run.ast.uri)) {
      const text = run.fileBeside(name);
      if (text !== undefined) return new DockerIgnore(text);
    }
    return undefined;
  });
}
