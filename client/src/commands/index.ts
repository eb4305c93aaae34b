/** Every command of the extension: build, run, lifecycle, prune, compose. */
import type * as vscode from 'vscode';
import type { EngineConnection } from '../engine/connection';

export function registerCommands(_context: vscode.ExtensionContext, _engine: EngineConnection): void {
  // Commands are registered here (see client/src/commands/).
}
