/**
 * "Build Image": pick the context, tag and target, stream the builder's output
 * to an output channel under a cancellable progress notification, and on
 * failure put a diagnostic on the failing instruction and reveal it.
 */
import { basename, dirname, relative, sep } from 'node:path';
import * as vscode from 'vscode';
import type { EngineConnection } from '../engine/connection';
import { locateBuildFailure } from './buildErrors';
import { buildImage, dockerfileStages, stepOf } from './buildImage';
import { requireTrustedWorkspace, validateWith } from './ui';
import { defaultTagFromFolder, validateImageReference } from './validators';

type Register = (id: string, handler: (...args: unknown[]) => Promise<unknown>) => void;

interface Choice<T> extends vscode.QuickPickItem {
  readonly value: T;
}

export function registerBuildCommand(register: Register, engine: EngineConnection): vscode.Disposable {
  const output = vscode.window.createOutputChannel(vscode.l10n.t('Dockside: Build'));
  const diagnostics = vscode.languages.createDiagnosticCollection('dockside-build');
  // A build diagnostic describes the file as it was built: the first edit makes it stale.
  const clearOnEdit = vscode.workspace.onDidChangeTextDocument((event) => {
    if (event.contentChanges.length > 0 && diagnostics.has(event.document.uri)) diagnostics.delete(event.document.uri);
  });

  register('dockside.image.build', async (argument) => {
    if (!requireTrustedWorkspace()) return;
    const dockerfile = await resolveDockerfile(argument);
    if (!dockerfile) return;
    const document = await vscode.workspace.openTextDocument(dockerfile);
    if (document.isDirty) await document.save();

    const contextDir = await pickContext(dockerfile);
    if (!contextDir) return;
    const relativeDockerfile = relative(contextDir, dockerfile.fsPath);
    if (relativeDockerfile.startsWith('..')) {
      void vscode.window.showErrorMessage(vscode.l10n.t('The Dockerfile must be inside the build context {0}.', contextDir));
      return;
    }

    const tag = await vscode.window.showInputBox({
      title: vscode.l10n.t('Build Image'),
      prompt: vscode.l10n.t('Image name and tag.'),
      value: `${defaultTagFromFolder(basename(contextDir))}:latest`,
      validateInput: validateWith((value) => validateImageReference(value)),
    });
    if (!tag) return;

    const stages = dockerfileStages(document.getText());
    let target: string | undefined;
    if (stages.length > 1) {
      const picked = await vscode.window.showQuickPick<Choice<string | undefined>>(
        [
          { label: vscode.l10n.t('All stages'), description: vscode.l10n.t('up to the last stage, {0}', stages[stages.length - 1]), value: undefined },
          ...stages.map((stage) => ({ label: stage, description: vscode.l10n.t('--target {0}', stage), value: stage })),
        ],
        { title: vscode.l10n.t('Build Image'), placeHolder: vscode.l10n.t('Which stage to build (--target)?') },
      );
      if (!picked) return;
      target = picked.value;
    }

    diagnostics.delete(dockerfile);
    output.clear();
    output.show(true);
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Building {0}', tag), cancellable: true },
      async (progress, token) => {
        const abort = new AbortController();
        const cancelled = token.onCancellationRequested(() => abort.abort());
        try {
          return await buildImage(
            engine.docker,
            { contextDir, dockerfile: relativeDockerfile.split(sep).join('/'), tag, target, signal: abort.signal },
            (text) => {
              output.append(text);
              const step = stepOf(text);
              if (step) progress.report({ message: `${step.step}/${step.total} ${step.instruction}` });
            },
          );
        } catch (error) {
          if (abort.signal.aborted) return undefined;
          throw error;
        } finally {
          cancelled.dispose();
        }
      },
    );
    if (!result) {
      output.appendLine(vscode.l10n.t('Build cancelled.'));
      return;
    }
    if (result.error === undefined) {
      const run = vscode.l10n.t('Run');
      const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Built {0}.', tag), run);
      if (choice === run) await vscode.commands.executeCommand('dockside.image.run', tag);
      return;
    }
    await reportFailure(document, result.output, result.error, diagnostics, output);
  });

  return vscode.Disposable.from(output, diagnostics, clearOnEdit);
}

async function reportFailure(
  document: vscode.TextDocument,
  buildOutput: string,
  error: string,
  diagnostics: vscode.DiagnosticCollection,
  output: vscode.OutputChannel,
): Promise<void> {
  const location = locateBuildFailure(document.getText(), buildOutput);
  const showOutput = vscode.l10n.t('Show Output');
  if (!location) {
    const choice = await vscode.window.showErrorMessage(vscode.l10n.t('The build failed: {0}', error), showOutput);
    if (choice === showOutput) output.show();
    return;
  }
  const lastLine = Math.min(location.endLine, document.lineCount - 1);
  const range = new vscode.Range(location.startLine, 0, lastLine, document.lineAt(lastLine).text.length);
  const diagnostic = new vscode.Diagnostic(range, vscode.l10n.t('The build failed here: {0}', location.message), vscode.DiagnosticSeverity.Error);
  diagnostic.source = 'dockside';
  diagnostic.code = { value: 'build-failed', target: vscode.Uri.parse('https://docs.docker.com/reference/dockerfile/') };
  diagnostics.set(document.uri, [diagnostic]);
  await vscode.window.showTextDocument(document, { selection: range });
  const choice = await vscode.window.showErrorMessage(
    vscode.l10n.t('The build failed at line {0}: {1}', location.startLine + 1, location.message),
    showOutput,
  );
  if (choice === showOutput) output.show();
}

/** The Dockerfile: the clicked file, else the active Dockerfile editor, else one picked from the workspace. */
async function resolveDockerfile(argument: unknown): Promise<vscode.Uri | undefined> {
  if (argument instanceof vscode.Uri) return argument;
  const active = vscode.window.activeTextEditor?.document;
  if (active && active.languageId === 'dockerfile' && active.uri.scheme === 'file') return active.uri;
  const found = await vscode.workspace.findFiles('**/{Dockerfile,Dockerfile.*,*.Dockerfile,*.dockerfile,Containerfile}', '**/node_modules/**', 200);
  if (found.length === 1) return found[0];
  if (found.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No Dockerfile was found in the workspace.'));
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    found.map((uri) => ({ label: vscode.workspace.asRelativePath(uri), uri })),
    { placeHolder: vscode.l10n.t('Select the Dockerfile to build') },
  );
  return picked?.uri;
}

/** The build context: the Dockerfile's folder by default, its workspace folder, or any folder the user browses to. */
async function pickContext(dockerfile: vscode.Uri): Promise<string | undefined> {
  const ownFolder = dirname(dockerfile.fsPath);
  const workspaceFolder = vscode.workspace.getWorkspaceFolder(dockerfile)?.uri.fsPath;
  const browse = Symbol('browse');
  const items: Choice<string | typeof browse>[] = [
    { label: ownFolder, description: vscode.l10n.t('the Dockerfile\'s folder'), value: ownFolder },
  ];
  if (workspaceFolder && workspaceFolder !== ownFolder) {
    items.push({ label: workspaceFolder, description: vscode.l10n.t('the workspace folder'), value: workspaceFolder });
  }
  items.push({ label: vscode.l10n.t('Choose a folder…'), value: browse });
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Build Image'),
    placeHolder: vscode.l10n.t('Build context: the files the build can COPY (.dockerignore applies)'),
  });
  if (!picked) return undefined;
  if (picked.value !== browse) return picked.value;
  const chosen = await vscode.window.showOpenDialog({
    canSelectFiles: false,
    canSelectFolders: true,
    canSelectMany: false,
    defaultUri: vscode.Uri.file(ownFolder),
    openLabel: vscode.l10n.t('Use as Build Context'),
  });
  return chosen?.[0]?.fsPath;
}
