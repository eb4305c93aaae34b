/**
 * The workspace's compose projects and the compose CLI, kept current for the
 * Containers view and the compose commands:
 *
 *   - compose files are found by name and watched; each file's services come
 *     from the language server (`dockside/composeServices`), asked again only
 *     for the file that changed: on save, and on every edit of an open file
 *     (debounced), so the tree follows typing;
 *   - the CLI is detected once per session, and again when
 *     `dockside.compose.command` changes; the result goes to the output.
 *
 * Nothing starts at activation: the Containers view's first showing, or the
 * first compose command, does.
 */
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as vscode from 'vscode';
import type { ComposeFileOutline } from '../../../server/src/lspExt';
import { describeComposeCli, detectComposeCli, type ComposeCli, type ComposeDetection } from './cli';
import { programRunner } from './run';
import { ComposeWorkspaceState, type ComposeCliState } from './source';
import {
  composeFileGlob,
  composeProjectDefinition,
  composeProjectFiles,
  envFileNames,
  isComposeFileName,
  type ComposeProjectDefinition,
  type ComposeProjectFiles,
} from './workspaceProjects';

/** Edits of an open compose file are re-read after typing pauses this long. */
const editDebounceMs = 250;
const excludedFolders = '**/node_modules/**';

export interface WorkspaceComposeDependencies {
  readonly output: vscode.LogOutputChannel;
  /** A file's services from the language server; `null` when it cannot be read. */
  readonly outline: (uri: string) => Promise<ComposeFileOutline | null>;
}

export class WorkspaceCompose implements vscode.Disposable {
  /** What the Containers view reads. */
  readonly state = new ComposeWorkspaceState();
  private readonly disposables: vscode.Disposable[] = [];
  private started: Promise<void> | undefined;
  private cliDetection: Promise<ComposeCliState> | undefined;
  /** Every compose file found, by path, with its outline once read. */
  private readonly outlines = new Map<string, ComposeFileOutline | null | undefined>();
  private readonly pendingEdits = new Map<string, NodeJS.Timeout>();
  private rebuilding: Promise<void> = Promise.resolve();
  /** Bumped by each detection, so that an older one finishing late cannot overwrite a newer result. */
  private detections = 0;

  constructor(private readonly deps: WorkspaceComposeDependencies) {
    this.disposables.push(
      this.state,
      vscode.workspace.onDidChangeConfiguration((change) => {
        if (change.affectsConfiguration('dockside.compose.command')) void this.detectCli();
      }),
    );
  }

  /** Finds and watches the compose files, and detects the CLI. Idempotent; resolves once the first definitions are in. */
  start(): Promise<void> {
    this.started ??= this.startWatching();
    void this.cli();
    return this.started;
  }

  /** The current definitions, after the first reading. */
  async definitions(): Promise<readonly ComposeProjectDefinition[]> {
    await this.start();
    await this.rebuilding;
    return this.state.definitions;
  }

  /** The CLI found (detecting once per session, or again after a setting change). */
  cli(): Promise<ComposeCliState> {
    this.cliDetection ??= this.detectCli();
    return this.cliDetection;
  }

  /** Detects the CLI anew (after the user installed one). */
  detectAgain(): Promise<ComposeCliState> {
    return this.detectCli();
  }

  /** The definition a compose file belongs to; a file outside every project is a project of its own. */
  async projectOf(file: string): Promise<ComposeProjectDefinition | undefined> {
    const found = (await this.definitions()).find((definition) => definition.files.includes(file));
    if (found) return found;
    const single: ComposeProjectFiles = { folder: dirname(file), files: [file] };
    return composeProjectDefinition(single, [await this.deps.outline(vscode.Uri.file(file).toString())], await this.naming(single.folder));
  }

  /** The `.env*` files beside a project's main file, as absolute paths. */
  async envFiles(folder: string): Promise<string[]> {
    const entries = await readdir(folder).catch(() => []);
    return envFileNames(entries).map((name) => join(folder, name));
  }

  dispose(): void {
    for (const timer of this.pendingEdits.values()) clearTimeout(timer);
    for (const disposable of this.disposables) disposable.dispose();
  }

  private async startWatching(): Promise<void> {
    const watcher = vscode.workspace.createFileSystemWatcher(composeFileGlob);
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => this.fileChanged(uri.fsPath)),
      watcher.onDidChange((uri) => this.fileChanged(uri.fsPath)),
      watcher.onDidDelete((uri) => {
        this.outlines.delete(uri.fsPath);
        this.rebuild();
      }),
      vscode.workspace.onDidChangeTextDocument(({ document }) => {
        if (document.uri.scheme !== 'file' || !this.outlines.has(document.uri.fsPath)) return;
        clearTimeout(this.pendingEdits.get(document.uri.fsPath));
        this.pendingEdits.set(
          document.uri.fsPath,
          setTimeout(() => {
            this.pendingEdits.delete(document.uri.fsPath);
            this.fileChanged(document.uri.fsPath);
          }, editDebounceMs),
        );
      }),
    );
    const found = await vscode.workspace.findFiles(composeFileGlob, excludedFolders);
    for (const uri of found) if (isComposeFileName(uri.fsPath)) this.outlines.set(uri.fsPath, undefined);
    this.rebuild();
    await this.rebuilding;
  }

  private fileChanged(path: string): void {
    if (/[\\/]node_modules[\\/]/.test(path) || !isComposeFileName(path)) return;
    this.outlines.set(path, undefined);
    this.rebuild();
  }

  /** Reads the outlines not read yet and publishes new definitions; runs one at a time, in order. */
  private rebuild(): void {
    this.rebuilding = this.rebuilding.then(async () => {
      const unread = [...this.outlines].filter(([, outline]) => outline === undefined).map(([path]) => path);
      await Promise.all(
        unread.map(async (path) => {
          const outline = await this.deps.outline(vscode.Uri.file(path).toString()).catch(() => null);
          // Deleted meanwhile: forget it rather than bring it back.
          if (this.outlines.has(path)) this.outlines.set(path, outline);
        }),
      );
      const definitions: ComposeProjectDefinition[] = [];
      for (const project of composeProjectFiles([...this.outlines.keys()])) {
        const outlines = project.files.map((file) => this.outlines.get(file) ?? null);
        const definition = composeProjectDefinition(project, outlines, await this.naming(project.folder));
        if (definition) definitions.push(definition);
      }
      this.state.set({ definitions });
    });
  }

  private async naming(folder: string): Promise<{ env: NodeJS.ProcessEnv; dotEnv?: string }> {
    const dotEnv = await readFile(join(folder, '.env'), 'utf8').catch(() => undefined);
    return { env: process.env, dotEnv };
  }

  private detectCli(): Promise<ComposeCliState> {
    const setting = vscode.workspace.getConfiguration('dockside.compose').inspect<unknown>('command');
    // Machine scope: only the user's own value names a program to run, never a workspace's.
    const value = setting?.globalValue ?? setting?.defaultValue;
    const detection = ++this.detections;
    this.state.set({ cli: { status: 'detecting' } });
    this.cliDetection = detectComposeCli(value, programRunner(process.env as Record<string, string>)).then((detected) => {
      if (detection !== this.detections) return this.cli();
      return this.report(detected, value);
    });
    return this.cliDetection;
  }

  /** Publishes a detection: to the view, the output, and the context keys of the menus. */
  private report(detection: ComposeDetection, value: unknown): ComposeCliState {
    let state: ComposeCliState;
    if (detection.status === 'found') {
      state = { status: 'found', cli: detection.cli };
      this.deps.output.info(`Compose CLI: ${describeComposeCli(detection.cli)}`);
    } else if (detection.status === 'invalidSetting') {
      state = detection;
      this.deps.output.warn(`dockside.compose.command is neither "auto" nor an argument array: ${JSON.stringify(value)}`);
    } else {
      state = { status: 'notFound', tried: detection.tried.map((attempt) => `${[attempt.command.program, ...attempt.command.prefix].join(' ')} (${attempt.reason})`) };
      this.deps.output.warn(`No compose CLI found: ${state.tried.join('; ')}`);
    }
    setCapabilityKeys(detection.status === 'found' ? detection.cli : undefined);
    this.state.set({ cli: state });
    return state;
  }
}

/** The context keys that show Watch and Up-and-wait only when the CLI has them. */
function setCapabilityKeys(cli: ComposeCli | undefined): void {
  void vscode.commands.executeCommand('setContext', 'dockside.compose.canWatch', cli?.capabilities.watch === true);
  void vscode.commands.executeCommand('setContext', 'dockside.compose.canWait', cli?.capabilities.wait === true);
}
