/** Container commands: lifecycle, remove, logs, shell, inspect, copy, stats, copy out, diff, commit. */
import * as vscode from 'vscode';
import type { EngineConnection } from '../engine/connection';
import { localize } from '../l10n';
import {
  anonymousVolumes,
  applyLifecycle,
  commitContainer,
  containerRemovalConfirmation,
  copyFromContainer,
  LifecycleAction,
  removeContainer,
  statesFor,
} from './containerOps';
import type { InspectDocuments } from './inspectDocuments';
import type { LogViews } from './logViews';
import { findShell, openExecSession } from './shellSession';
import { openSessionTerminal, openStatsTerminal } from './terminals';
import { confirmRemoval, resolveRef, validateWith } from './ui';
import { validateContainerPath, validateImageReference } from './validators';

type Register = (id: string, handler: (...args: unknown[]) => Promise<unknown>) => void;

const lifecycleProgress: Record<LifecycleAction, string> = {
  start: 'Starting {0}…',
  stop: 'Stopping {0}…',
  restart: 'Restarting {0}…',
  pause: 'Pausing {0}…',
  unpause: 'Unpausing {0}…',
  kill: 'Killing {0}…',
};

export function registerContainerCommands(register: Register, engine: EngineConnection, documents: InspectDocuments, logs: LogViews): void {
  const docker = () => engine.docker;
  const pick = (argument: unknown, states?: readonly string[]) => resolveRef(docker(), argument, 'container', { states });

  for (const action of Object.keys(lifecycleProgress) as LifecycleAction[]) {
    register(`dockside.container.${action}`, async (argument) => {
      const ref = await pick(argument, statesFor[action]);
      if (!ref) return;
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: localize(lifecycleProgress[action], ref.name) },
        () => applyLifecycle(docker(), ref.id, action),
      );
    });
  }

  register('dockside.container.remove', async (argument) => {
    const ref = await pick(argument);
    if (!ref) return;
    const info = await docker().getContainer(ref.id).inspect();
    const confirmation = containerRemovalConfirmation(ref.name, info.State.Status, anonymousVolumes(info.Mounts));
    if (!(await confirmRemoval(confirmation, confirmation.needsForce ? vscode.l10n.t('Force Remove') : vscode.l10n.t('Remove')))) return;
    await removeContainer(docker(), ref.id, confirmation.needsForce);
  });

  register('dockside.container.logs', async (argument) => {
    const ref = await pick(argument);
    if (ref) await logs.show({ kind: 'container', id: ref.id, name: ref.name }, ref.name);
  });

  register('dockside.container.shell', async (argument) => {
    const ref = await pick(argument, statesFor.shell);
    if (!ref) return;
    const shell = await findShell(docker(), ref.id);
    if (!shell) {
      void vscode.window.showErrorMessage(vscode.l10n.t('{0} has neither /bin/bash nor /bin/sh, so there is no shell to open.', ref.name));
      return;
    }
    openSessionTerminal(vscode.l10n.t('Shell: {0}', ref.name), (size, onOutput) => openExecSession(docker(), ref.id, shell, size, onOutput));
  });

  register('dockside.container.inspect', async (argument) => {
    const ref = await pick(argument);
    if (ref) await documents.show(ref, 'inspect');
  });

  register('dockside.container.diff', async (argument) => {
    const ref = await pick(argument);
    if (ref) await documents.show(ref, 'changes');
  });

  register('dockside.container.copyId', async (argument) => {
    const ref = await pick(argument);
    if (ref) await vscode.env.clipboard.writeText(ref.id);
  });

  register('dockside.container.copyName', async (argument) => {
    const ref = await pick(argument);
    if (ref) await vscode.env.clipboard.writeText(ref.name);
  });

  register('dockside.container.stats', async (argument) => {
    const ref = await pick(argument, statesFor.stats);
    if (ref) openStatsTerminal(docker(), ref.id, ref.name);
  });

  register('dockside.container.copyFileOut', async (argument) => {
    const ref = await pick(argument);
    if (!ref) return;
    const containerPath = await vscode.window.showInputBox({
      title: vscode.l10n.t('Copy from {0}', ref.name),
      prompt: vscode.l10n.t('The file or folder inside the container to copy (an absolute path).'),
      placeHolder: '/etc/hostname',
      validateInput: validateWith(validateContainerPath),
    });
    if (!containerPath) return;
    const folders = await vscode.window.showOpenDialog({
      canSelectFiles: false,
      canSelectFolders: true,
      canSelectMany: false,
      defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
      openLabel: vscode.l10n.t('Copy Here'),
    });
    const destination = folders?.[0];
    if (!destination) return;
    const written = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Copying {0} from {1}…', containerPath, ref.name) },
      () => copyFromContainer(docker(), ref.id, containerPath, destination.fsPath),
    );
    const reveal = vscode.l10n.t('Reveal');
    const choice = await vscode.window.showInformationMessage(
      localize('Copied {0} ({1} entries) to {2}.', containerPath, written.length, destination.fsPath),
      reveal,
    );
    if (choice === reveal && written[0]) await vscode.commands.executeCommand('revealFileInOS', vscode.Uri.joinPath(destination, written[0]));
  });

  register('dockside.container.commit', async (argument) => {
    const ref = await pick(argument);
    if (!ref) return;
    const reference = await vscode.window.showInputBox({
      title: localize('Commit {0} to an image', ref.name),
      prompt: vscode.l10n.t('The new image name and tag, e.g. myapp:snapshot.'),
      value: `${ref.name.toLowerCase().replace(/[^a-z0-9._-]/g, '-')}:snapshot`,
      validateInput: validateWith((value) => validateImageReference(value)),
    });
    if (!reference) return;
    const imageId = await commitContainer(docker(), ref.id, reference);
    void vscode.window.showInformationMessage(localize('Committed {0} to {1} ({2}).', ref.name, reference, imageId.slice(7, 19)));
  });
}
