/**
 * A code lens on each service: "▶ Run service" and "View logs". The client
 * implements the commands (`ClientCommands`); their arguments are the
 * Compose file's URI and the service name.
 */
import type { CodeLens } from 'vscode-languageserver';
import { namedEntries, nodeRange, topLevel } from '../../compose/model';
import type { ComposeDocument } from '../../compose/model';
import { ClientCommands } from '../../lspExt';
import type { ServiceContext } from '../mode';

export function composeCodeLenses(compose: ComposeDocument, ctx: ServiceContext): CodeLens[] {
  // A lens title has room for one language: Korean readers see Korean.
  const korean = ctx.docsLanguage !== 'en';
  const lenses: CodeLens[] = [];
  // An `x-` name under `services:` is a service like any other (only top-level `x-` keys are extensions).
  for (const service of namedEntries(topLevel(compose, 'services'))) {
    const range = nodeRange(compose, service.key);
    const args = [compose.document.uri, service.name];
    lenses.push(
      { range, command: { title: korean ? '▶ 서비스 실행' : '▶ Run service', command: ClientCommands.composeRunService, arguments: args } },
      { range, command: { title: korean ? '로그 보기' : 'View logs', command: ClientCommands.composeServiceLogs, arguments: args } },
    );
  }
  return lenses;
}
