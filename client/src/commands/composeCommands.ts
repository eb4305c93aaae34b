/**
 * Compose commands: up, down, restart, logs on a compose file or a compose
 * project group, and the language server's code-lens commands. They run the
 * `docker compose` CLI in a terminal with an argument array (`shellArgs`).
 */
import { dirname } from 'node:path';
import * as vscode from 'vscode';
import { ClientCommands } from '../../../server/src/lspExt';
import type { EngineConnection } from '../engine/connection';
import { ComposeAction, composeArgs, ComposeTarget, resolveComposeFiles } from './composeArgs';
import { composeCliStatus, ComposeCliStatus } from './composeCli';
import { composeDownConfirmation, composeProjectContainers } from './composeDown';
import { confirmModal, requireTrustedWorkspace, t } from './ui';

type Register = (id: string, handler: (...args: unknown[]) => Promise<unknown>) => void;

/** What the explorer's compose project group carries (see `HasComposeProject` in engine/refs.ts). */
interface ComposeProjectItem {
  readonly composeProject: { readonly name: string; readonly workingDir?: string; readonly configFiles: readonly string[] };
}

function isComposeProjectItem(value: unknown): value is ComposeProjectItem {
  return typeof (value as Partial<ComposeProjectItem> | undefined)?.composeProject?.name === 'string';
}

export function registerComposeCommands(register: Register, engine: EngineConnection): void {
  /**
   * The CLI finds the engine through DOCKER_HOST and the docker context, as we do, except when
   * `dockside.engine.host` overrides both: then the terminal is pointed at the same engine. The
   * location is known before the explorer has connected (the state has none while idle).
   */
  const cliEnvironment = (): Record<string, string> | undefined => {
    const location = engine.location;
    return location.source === 'setting' ? { DOCKER_HOST: location.host } : undefined;
  };
  const runCompose = (target: ComposeTarget, action: ComposeAction, services: readonly string[], cwd: string | undefined) =>
    runComposeInTerminal(target, action, services, cwd, cliEnvironment());

  /** `down` removes the project's containers and networks: a modal names them first. */
  const confirmComposeDown = async (target: ComposeTarget): Promise<boolean> => {
    // Without an answer from the engine the confirmation still says what `down` does, only without names.
    const containers = await composeProjectContainers(engine.docker, target).catch(() => undefined);
    const { message, detail } = composeDownConfirmation(target, vscode.workspace.asRelativePath(target.files[0] ?? ''), containers);
    const action = vscode.l10n.t('Take Down');
    return (await confirmModal(t(message), t(detail), action)) === action;
  };

  for (const action of ['up', 'down', 'restart', 'logs'] as ComposeAction[]) {
    register(`dockside.compose.${action}`, async (argument) => {
      if (!requireTrustedWorkspace()) return;
      const target = await resolveTarget(argument);
      if (!target) return;
      if (action === 'down' && !(await confirmComposeDown(target.target))) return;
      await runCompose(target.target, action, [], target.cwd);
    });
  }

  register(ClientCommands.composeRunService, async (fileUri, service) => {
    if (!requireTrustedWorkspace() || typeof service !== 'string') return;
    const file = toUri(fileUri);
    if (file) await runCompose({ files: [file.fsPath] }, 'up', [service], dirname(file.fsPath));
  });

  register(ClientCommands.composeServiceLogs, async (fileUri, service) => {
    if (!requireTrustedWorkspace() || typeof service !== 'string') return;
    const file = toUri(fileUri);
    if (file) await runCompose({ files: [file.fsPath] }, 'logs', [service], dirname(file.fsPath));
  });
}

function toUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  return typeof value === 'string' ? vscode.Uri.parse(value) : undefined;
}

async function resolveTarget(argument: unknown): Promise<{ target: ComposeTarget; cwd?: string } | undefined> {
  if (isComposeProjectItem(argument)) {
    const { name, workingDir, configFiles } = argument.composeProject;
    return { target: { projectName: name, files: resolveComposeFiles(configFiles, workingDir) }, cwd: workingDir };
  }
  const file = argument instanceof vscode.Uri ? argument : await pickComposeFile();
  return file && { target: { files: [file.fsPath] }, cwd: dirname(file.fsPath) };
}

async function pickComposeFile(): Promise<vscode.Uri | undefined> {
  const active = vscode.window.activeTextEditor?.document;
  if (active && active.languageId === 'dockercompose' && active.uri.scheme === 'file') return active.uri;
  const found = await vscode.workspace.findFiles('**/{compose,docker-compose}*.{yml,yaml}', '**/node_modules/**', 200);
  if (found.length <= 1) {
    if (found.length === 0) void vscode.window.showInformationMessage(vscode.l10n.t('No compose file was found in the workspace.'));
    return found[0];
  }
  const picked = await vscode.window.showQuickPick(
    found.map((uri) => ({ label: vscode.workspace.asRelativePath(uri), uri })),
    { placeHolder: vscode.l10n.t('Select a compose file') },
  );
  return picked?.uri;
}

let composeAvailable: Promise<ComposeCliStatus> | undefined;

/** `undefined` when `docker compose` runs, else why not, in words for the user. Remembered once it works. */
async function composeProblem(): Promise<string | undefined> {
  composeAvailable ??= composeCliStatus();
  const status = await composeAvailable;
  if (status === 'available') return undefined;
  composeAvailable = undefined;
  return status === 'dockerMissing'
    ? vscode.l10n.t('The docker CLI is not installed (or not on PATH). Compose commands need it; the rest of Dockside talks to the engine directly and works without it.')
    : vscode.l10n.t('The docker CLI has no compose command. Install the Docker Compose plugin (docker-compose-plugin) to use Compose commands.');
}

async function runComposeInTerminal(
  target: ComposeTarget,
  action: ComposeAction,
  services: readonly string[],
  cwd: string | undefined,
  env: Record<string, string> | undefined,
): Promise<void> {
  const problem = await composeProblem();
  if (problem) {
    void vscode.window.showErrorMessage(problem);
    return;
  }
  const label = target.projectName ?? vscode.workspace.asRelativePath(target.files[0] ?? '');
  const name = services.length > 0 ? `compose ${action}: ${label} (${services.join(', ')})` : `compose ${action}: ${label}`;
  const terminal = vscode.window.createTerminal({ name, shellPath: 'docker', shellArgs: composeArgs(target, action, services), cwd, env });
  terminal.show();
}
