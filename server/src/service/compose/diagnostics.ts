/**
 * Compose diagnostics: what `docker compose` (compose-go) refuses, found
 * before it runs, plus the mistakes Compose lets through but users regret.
 * The rules are a registry (./rules); this runs them: what comes before
 * any key is read, then one walk over the file with the node checks, then
 * the checks that need the whole project.
 */
import type { Diagnostic } from 'vscode-languageserver';
import { ComposeDocument, resolvePath } from '../../compose/model';
import type { DiagnosticsMemory, ServiceContext } from '../mode';
import { Project } from './project';
import { Collector, ServiceFindings } from './report';
import { composeNodeChecks, composeProjectChecks } from './rules';
import { checkDocument } from './rules/syntax';
import { compileChecks, Walk } from './walk';

const nodeChecks = compileChecks(composeNodeChecks);

/** `memory`: the document's (DocumentCache), where what a service's checks found is kept for the next run. */
export function composeDiagnostics(compose: ComposeDocument, ctx: ServiceContext, memory?: DiagnosticsMemory): Diagnostic[] {
  const serviceFindings = memory?.lastRun instanceof ServiceFindings ? memory.lastRun : new ServiceFindings();
  if (memory) memory.lastRun = serviceFindings;
  const collector = new Collector(compose, ctx.docsLanguage, isOverlayFile(compose, ctx), serviceFindings);
  if (checkDocument(collector).walkable) {
    new Walk(collector, nodeChecks).run(compose.yaml.contents);
    const project = new Project(collector, ctx);
    for (const check of composeProjectChecks) check(project);
  }
  return collector.sorted();
}

const baseFileNames = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];

/**
 * `compose.override.yaml` always adds to the base file; `docker-compose.prod.yml`
 * and the like do when a base file sits beside them.
 */
function isOverlayFile(compose: ComposeDocument, ctx: ServiceContext): boolean {
  const uri = compose.document.uri;
  if (/\.override\.ya?ml$/i.test(uri)) return true;
  const name = /[^/]*$/.exec(uri)![0];
  if (!/^(docker-)?compose\.[^/]+\.ya?ml$/i.test(name)) return false;
  return baseFileNames.some((base) => {
    const sibling = resolvePath(compose, `./${base}`);
    return sibling !== undefined && sibling !== uri && ctx.workspace.exists(sibling);
  });
}
