/** The Docker view: the containers, images, volumes and networks trees. */
import type * as vscode from 'vscode';
import type { EngineConnection } from '../engine/connection';

export function registerExplorer(_context: vscode.ExtensionContext, _engine: EngineConnection): void {
  // The trees are registered here (see client/src/explorer/).
}
