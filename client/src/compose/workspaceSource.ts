/**
 * The workspace's compose projects and the compose CLI, kept current for the
 * Containers view and the compose commands:
 *
 *   - compose files are found by name and watched; each file's services come
 *     from the language server (`dockside/composeServices`), asked again only
 *     for the file that changed: on save, on every edit of an open file
 *     (debounced), so the tree follows typing, and when an edited file is
 *     closed unsaved;
 *   - the CLI is detected once per session, and again when
 *     `dockside.compose.command` changes; the result goes to the output.
 *
 * Nothing starts at activation: the Containers view's first showing, or the
 * first compose command, does.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import * as vscode from 'vscode';
import type { ComposeFileOutline } from '../../../server/src/lspExt';
import type { Log } from '../log';
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

interface ComposeFileEntry {
  /** The services read for this content; `null`: unreadable; absent: not read yet. */
  outline?: ComposeFileOutline | null;
  /** What was read for the content before, shown until `outline` is in. */
  readonly standIn?: ComposeFileOutline | null;
}

export interface WorkspaceComposeDependencies {
  readonly log: Log;
  /** A file's services from the language server; `null` when it cannot be read. */
  readonly outline: (uri: string) => Promise<ComposeFileOutline | null>;
}

export class WorkspaceCompose implements vscode.Disposable {
  /** What the Containers view reads. */
  readonly state = new ComposeWorkspaceState();
  private readonly disposables: vscode.Disposable[] = [];
  private started: Promise<void> | undefined;
  private cliDetection: Promise<ComposeCliState> | undefined;
  /**
   * Every compose file found, by path. A change replaces its entry, so a read of the content
   * before the change cannot land after it; until the new read lands, the last one stands in.
   */
  private readonly files = new Map<string, ComposeFileEntry>();
  private readonly pendingEdits = new Map<string, NodeJS.Timeout>();
  /**
   * Each project folder's `.env` (its `COMPOSE_PROJECT_NAME` names the project), read once and
   * again only when a watcher says it changed: not on every debounced edit of a compose file.
   */
  private readonly dotEnvs = new Map<string, Promise<string | undefined>>();
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
    for (const glob of [composeFileGlob, '**/.env']) {
      const watcher = vscode.workspace.createFileSystemWatcher(glob);
      this.disposables.push(
        watcher,
        watcher.onDidCreate((uri) => this.fileChanged(uri.fsPath)),
        watcher.onDidChange((uri) => this.fileChanged(uri.fsPath)),
        watcher.onDidDelete((uri) => this.fileDeleted(uri.fsPath)),
      );
    }
    this.disposables.push(
      // Files created, deleted or renamed in VS Code (its explorer, a refactoring) are known at once, before any watcher reports them.
      vscode.workspace.onDidCreateFiles(({ files }) => files.forEach((uri) => this.fileChanged(uri.fsPath))),
      vscode.workspace.onDidDeleteFiles(({ files }) => files.forEach((uri) => this.fileDeleted(uri.fsPath))),
      vscode.workspace.onDidRenameFiles(({ files }) =>
        files.forEach(({ oldUri, newUri }) => {
          this.fileDeleted(oldUri.fsPath);
          this.fileChanged(newUri.fsPath);
        }),
      ),
      vscode.workspace.onDidChangeTextDocument(({ document }) => this.documentChanged(document.uri)),
      // Closed without saving: what counts again is the file on disk.
      vscode.workspace.onDidCloseTextDocument((document) => this.documentChanged(document.uri)),
    );
    const found = await vscode.workspace.findFiles(composeFileGlob, excludedFolders);
    for (const uri of found) if (isComposeFileName(uri.fsPath)) this.files.set(uri.fsPath, {});
    this.rebuild();
    await this.rebuilding;
  }

  /** An open compose file changed (or closed): read again once typing pauses, after the server has the change. */
  private documentChanged(uri: vscode.Uri): void {
    const path = uri.fsPath;
    if (uri.scheme !== 'file' || !this.files.has(path)) return;
    clearTimeout(this.pendingEdits.get(path));
    this.pendingEdits.set(
      path,
      setTimeout(() => {
        this.pendingEdits.delete(path);
        this.fileChanged(path);
      }, editDebounceMs),
    );
  }

  /** A file, or a folder with compose files in it, is gone. */
  private fileDeleted(path: string): void {
    if (basename(path) === '.env') return this.dotEnvChanged(path);
    const inside = [...this.files.keys()].filter((file) => file === path || file.startsWith(`${path}/`) || file.startsWith(`${path}\\`));
    for (const file of inside) this.files.delete(file);
    if (inside.length > 0) this.rebuild();
  }

  private fileChanged(path: string): void {
    if (basename(path) === '.env') return this.dotEnvChanged(path);
    if (/[\\/]node_modules[\\/]/.test(path) || !isComposeFileName(path)) return;
    const previous = this.files.get(path);
    this.files.set(path, { standIn: previous?.outline ?? previous?.standIn });
    this.rebuild();
  }

  /** Reads the outlines not read yet and publishes new definitions; runs one at a time, in order. */
  private rebuild(): void {
    this.rebuilding = this.rebuilding.then(async () => {
      const unread = [...this.files.entries()].filter(([, entry]) => entry.outline === undefined);
      await Promise.all(
        unread.map(async ([path, entry]) => {
          entry.outline = await this.deps.outline(vscode.Uri.file(path).toString()).catch(() => null);
        }),
      );
      const definitions: ComposeProjectDefinition[] = [];
      for (const project of composeProjectFiles([...this.files.keys()])) {
        const outlines = project.files.map((file) => {
          const entry = this.files.get(file);
          return entry?.outline ?? entry?.standIn ?? null;
        });
        const definition = composeProjectDefinition(project, outlines, await this.naming(project.folder));
        if (definition) definitions.push(definition);
      }
      this.state.set({ definitions });
    });
  }

  /** A `.env` came, went or changed: the projects of its folder may have a new name. */
  private dotEnvChanged(path: string): void {
    const folder = dirname(path);
    this.dotEnvs.delete(folder);
    if ([...this.files.keys()].some((file) => dirname(file) === folder)) this.rebuild();
  }

  private async naming(folder: string): Promise<{ env: NodeJS.ProcessEnv; dotEnv?: string }> {
    let dotEnv = this.dotEnvs.get(folder);
    if (!dotEnv) {
      dotEnv = readFile(join(folder, '.env'), 'utf8').catch(() => undefined);
      this.dotEnvs.set(folder, dotEnv);
    }
    return { env: process.env, dotEnv: await dotEnv };
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
      this.deps.log.info(`Compose CLI: ${describeComposeCli(detection.cli)}`);
    } else if (detection.status === 'invalidSetting') {
      state = detection;
      this.deps.log.warn(`dockside.compose.command is neither "auto" nor an argument array: ${JSON.stringify(value)}`);
    } else {
      state = { status: 'notFound', tried: detection.tried.map((attempt) => `${[attempt.command.program, ...attempt.command.prefix].join(' ')} (${attempt.reason})`) };
      this.deps.log.warn(`No compose CLI found: ${state.tried.join('; ')}`);
    }
    setCapabilityKeys(detection.status === 'found' ? detection.cli : undefined);
    this.state.set({ cli: state });
    return state;
  }
}

/** The context keys that show Watch, Up and wait, Up with profiles and Up with an env file only when the CLI has them. */
function setCapabilityKeys(cli: ComposeCli | undefined): void {
  void vscode.commands.executeCommand('setContext', 'dockside.compose.canWatch', cli?.capabilities.watch === true);
  void vscode.commands.executeCommand('setContext', 'dockside.compose.canWait', cli?.capabilities.wait === true);
  void vscode.commands.executeCommand('setContext', 'dockside.compose.canProfiles', cli?.capabilities.profiles === true);
  void vscode.commands.executeCommand('setContext', 'dockside.compose.canEnvFile', cli?.capabilities.envFile === true);
}
