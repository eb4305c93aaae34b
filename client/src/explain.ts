/**
 * "Dockside: Explain": the knowledge base's full entry for whatever is under
 * the cursor (instruction, flag, compose key, `docker` command or flag),
 * rendered by the language server and shown as a Markdown preview beside the
 * editor. Hovers show the short form and link here ("More…"); this is the long
 * one, example included.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ClientCommands, ExplainRequest } from '../../server/src/lspExt';

/** What a hover's link asks to explain (the server writes it: `ClientCommands.explain`). */
interface ExplainTarget {
  readonly uri: string;
  readonly position: { readonly line: number; readonly character: number };
}

const explainScheme = 'dockside-explain';

export function registerExplain(context: vscode.ExtensionContext, languageClient: LanguageClient, ready: Promise<void>): void {
  const pages = new Map<string, string>();
  const changed = new vscode.EventEmitter<vscode.Uri>();
  context.subscriptions.push(
    changed,
    vscode.workspace.registerTextDocumentContentProvider(explainScheme, {
      onDidChange: changed.event,
      provideTextDocumentContent: (uri) => pages.get(uri.path) ?? '',
    }),
    // From the palette or the editor's menu: the cursor. From a hover's "More…" link: the hovered position.
    vscode.commands.registerCommand(ClientCommands.explain, async (target?: ExplainTarget) => {
      const editor = vscode.window.activeTextEditor;
      const at = target ?? (editor && { uri: editor.document.uri.toString(), position: { line: editor.selection.active.line, character: editor.selection.active.character } });
      if (!at) return;
      await ready;
      const result = await languageClient.sendRequest(ExplainRequest.type, { textDocument: { uri: at.uri }, position: at.position });
      if (!result) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Dockside has no explanation for what is under the cursor.'));
        return;
      }
      const uri = pageUri(result.title);
      pages.set(uri.path, result.markdown);
      changed.fire(uri);
      await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
    }),
  );
}

/** One page per title, so explaining the same thing twice reuses its tab. */
function pageUri(title: string): vscode.Uri {
  return vscode.Uri.from({ scheme: explainScheme, path: `/${title.replace(/[\\/]/g, '_')}.md` });
}
