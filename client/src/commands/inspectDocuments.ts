/**
 * Read-only documents about engine objects under the `dockside-inspect:`
 * scheme: `inspect` (JSON), `changes` (`docker diff`) and `history`. The
 * content is fetched when the document is opened and re-fetched each time the
 * command runs again, so a document never shows a stale state for long.
 */
import * as vscode from 'vscode';
import type Docker from 'dockerode';
import type { EngineObjectRef } from '../engine/refs';
import { localize } from '../l10n';
import { containerChanges } from './containerOps';
import { imageHistory } from './imageOps';
import { engineMessage } from './engineErrors';

export const inspectScheme = 'dockside-inspect';

export type InspectView = 'inspect' | 'changes' | 'history';

export class InspectDocuments implements vscode.TextDocumentContentProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly docker: () => Docker) {}

  static register(context: vscode.ExtensionContext, docker: () => Docker): InspectDocuments {
    const provider = new InspectDocuments(docker);
    context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(inspectScheme, provider), provider.changed);
    return provider;
  }

  /** Opens (or refreshes) the view of `ref` in an editor. */
  async show(ref: EngineObjectRef, view: InspectView): Promise<void> {
    const extension = view === 'inspect' ? 'json' : 'txt';
    // The path is the editor's title; the query says what to fetch.
    const fileName = `${ref.name.replace(/[/\\:]/g, '_')}.${view}.${extension}`;
    const uri = vscode.Uri.from({
      scheme: inspectScheme,
      path: `/${ref.kind}/${fileName}`,
      query: new URLSearchParams({ kind: ref.kind, id: ref.id, view }).toString(),
    });
    this.changed.fire(uri);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, { preview: true });
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const query = new URLSearchParams(uri.query);
    const kind = query.get('kind');
    const id = query.get('id') ?? '';
    const view = query.get('view');
    const docker = this.docker();
    try {
      if (view === 'changes') return `${(await containerChanges(docker, id)).join('\n')}\n`;
      if (view === 'history') return `${(await imageHistory(docker, id)).join('\n')}\n`;
      const info: unknown =
        kind === 'container'
          ? await docker.getContainer(id).inspect()
          : kind === 'image'
            ? await docker.getImage(id).inspect()
            : kind === 'volume'
              ? await docker.getVolume(id).inspect()
              : await docker.getNetwork(id).inspect();
      return `${JSON.stringify(info, null, 2)}\n`;
    } catch (error) {
      // The document says what happened rather than showing nothing.
      return localize('Could not read {0} from the engine: {1}', id, engineMessage(error));
    }
  }
}
