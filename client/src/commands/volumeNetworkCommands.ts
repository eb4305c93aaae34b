/** Volume and network commands: create, remove (confirmed, naming users), inspect; and prune. */
import * as vscode from 'vscode';
import type { EngineConnection } from '../engine/connection';
import { isBuiltinNetwork } from '../explorer/format';
import { localize } from '../l10n';
import type { InspectDocuments } from './inspectDocuments';
import { hasUnconfirmed, isEmpty, prune, pruneCandidates, pruneConfirmation, PruneKind, pruneReport } from './prune';
import { confirmModal, confirmRemoval, resolveRef, t, validateWith } from './ui';
import { validateNetworkName, validateVolumeName } from './validators';
import {
  containersOnNetwork,
  containersUsingVolume,
  createNetwork,
  createVolume,
  networkRemovalConfirmation,
  removeNetwork,
  removeVolume,
  volumeRemovalConfirmation,
} from './volumeNetworkOps';

type Register = (id: string, handler: (...args: unknown[]) => Promise<unknown>) => void;

export function registerVolumeNetworkCommands(register: Register, engine: EngineConnection, documents: InspectDocuments): void {
  const docker = () => engine.docker;

  register('dockside.volume.create', async () => {
    const name = await vscode.window.showInputBox({
      title: vscode.l10n.t('Create Volume'),
      prompt: vscode.l10n.t('The volume name.'),
      validateInput: validateWith(validateVolumeName),
    });
    if (name) await createVolume(docker(), name);
  });

  register('dockside.volume.remove', async (argument) => {
    const ref = await resolveRef(docker(), argument, 'volume');
    if (!ref) return;
    const confirmation = volumeRemovalConfirmation(ref.name, await containersUsingVolume(docker(), ref.id));
    if (await confirmRemoval(confirmation, vscode.l10n.t('Remove'))) await removeVolume(docker(), ref.id);
  });

  register('dockside.volume.inspect', async (argument) => {
    const ref = await resolveRef(docker(), argument, 'volume');
    if (ref) await documents.show(ref, 'inspect');
  });

  register('dockside.network.create', async () => {
    const name = await vscode.window.showInputBox({
      title: vscode.l10n.t('Create Network'),
      prompt: vscode.l10n.t('The network name. A bridge network is created; containers on it reach each other by name.'),
      validateInput: validateWith(validateNetworkName),
    });
    if (name) await createNetwork(docker(), name, 'bridge');
  });

  register('dockside.network.remove', async (argument) => {
    const ref = await resolveRef(docker(), argument, 'network');
    if (!ref) return;
    if (isBuiltinNetwork(ref.name)) {
      void vscode.window.showInformationMessage(localize('{0} is one of the engine\'s built-in networks and cannot be removed.', ref.name));
      return;
    }
    const confirmation = networkRemovalConfirmation(ref.name, await containersOnNetwork(docker(), ref.id));
    if (await confirmRemoval(confirmation, vscode.l10n.t('Remove'))) await removeNetwork(docker(), ref.id);
  });

  register('dockside.network.inspect', async (argument) => {
    const ref = await resolveRef(docker(), argument, 'network');
    if (ref) await documents.show(ref, 'inspect');
  });

  for (const kind of ['containers', 'images', 'volumes', 'networks', 'system'] as PruneKind[]) {
    register(`dockside.prune.${kind}`, async () => {
      let candidates = await pruneCandidates(docker(), kind);
      if (isEmpty(candidates)) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Nothing to prune.'));
        return;
      }
      const action = vscode.l10n.t('Prune');
      // Something may stop or go unused while the modal is open; the user must have seen all that goes.
      for (;;) {
        const { message, detail } = pruneConfirmation(candidates);
        if ((await confirmModal(t(message), detail.map(t).join('\n'), action)) !== action) return;
        const current = await pruneCandidates(docker(), kind);
        if (!hasUnconfirmed(candidates, current)) break;
        candidates = current;
      }
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Pruning…') },
        () => prune(docker(), kind),
      );
      void vscode.window.showInformationMessage(t(pruneReport(result)));
    });
  }
}
