/** Image commands: run, run interactive, tag, remove, inspect, history (push and pull: registryCommands.ts). */
import * as vscode from 'vscode';
import type { EngineConnection } from '../engine/connection';
import { containersUsingImage, imageRemovalConfirmation, removeImage, tagImage, tagPrefill } from './imageOps';
import type { InspectDocuments } from './inspectDocuments';
import { askRunSpec, runContainer } from './runImage';
import { confirmRemoval, requireTrustedWorkspace, resolveRef, validateWith } from './ui';
import { validateImageReference } from './validators';

type Register = (id: string, handler: (...args: unknown[]) => Promise<unknown>) => void;

export function registerImageCommands(register: Register, engine: EngineConnection, documents: InspectDocuments): void {
  const docker = () => engine.docker;
  const pick = (argument: unknown) => resolveRef(docker(), argument, 'image');

  const run = async (argument: unknown, interactive: boolean | undefined) => {
    if (!requireTrustedWorkspace()) return;
    const image = typeof argument === 'string' ? argument : (await pick(argument))?.name;
    if (!image) return;
    const spec = await askRunSpec(docker(), image, interactive);
    const state = engine.state;
    if (spec) await runContainer(docker(), spec, state.status === 'connected' ? state.identity.kind : 'docker');
  };
  register('dockside.image.run', (argument) => run(argument, undefined));
  register('dockside.image.runInteractive', (argument) => run(argument, true));

  register('dockside.image.tag', async (argument) => {
    const ref = await pick(argument);
    if (!ref) return;
    const target = await vscode.window.showInputBox({
      title: vscode.l10n.t('Tag {0}', ref.name),
      prompt: vscode.l10n.t('The new name and tag, e.g. registry.example.com/team/app:1.0.'),
      value: tagPrefill(ref),
      validateInput: validateWith((value) => validateImageReference(value)),
    });
    if (!target) return;
    await tagImage(docker(), ref.id, target);
  });

  register('dockside.image.remove', async (argument) => {
    const ref = await pick(argument);
    if (!ref) return;
    const users = await containersUsingImage(docker(), ref.id);
    const confirmation = imageRemovalConfirmation(ref.name, users);
    if (!(await confirmRemoval(confirmation, confirmation.needsForce ? vscode.l10n.t('Force Remove') : vscode.l10n.t('Remove')))) return;
    // A tag is removed by its name (untag); a dangling image by its ID.
    await removeImage(docker(), ref.name.includes(':') && !ref.name.startsWith('sha256:') ? ref.name : ref.id, confirmation.needsForce);
  });

  register('dockside.image.inspect', async (argument) => {
    const ref = await pick(argument);
    if (ref) await documents.show(ref, 'inspect');
  });

  register('dockside.image.history', async (argument) => {
    const ref = await pick(argument);
    if (ref) await documents.show(ref, 'history');
  });
}
