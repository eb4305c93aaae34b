/** Image commands: run, run interactive, tag, remove, pull, push, inspect, history. */
import * as vscode from 'vscode';
import type { EngineConnection } from '../engine/connection';
import type { EngineObjectRef } from '../engine/refs';
import { containersUsingImage, imageRemovalConfirmation, PullProgress, pullImage, pushImage, removeImage, tagImage, tagPrefill } from './imageOps';
import type { InspectDocuments } from './inspectDocuments';
import { askRunSpec, runContainer } from './runImage';
import { engineMessage } from './engineErrors';
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
    if (spec) await runContainer(docker(), spec);
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

  register('dockside.image.pull', async (argument) => {
    const initial = typeof argument === 'string' ? argument : (argument as { ref?: EngineObjectRef } | undefined)?.ref?.name;
    const reference = await vscode.window.showInputBox({
      title: vscode.l10n.t('Pull Image'),
      prompt: vscode.l10n.t('Image to pull, e.g. nginx:1.27-alpine (the tag defaults to latest).'),
      value: initial,
      validateInput: validateWith((value) => validateImageReference(value, { allowDigest: true })),
    });
    if (!reference) return;
    if (!(await transfer(vscode.l10n.t('Pulling {0}', reference), (onProgress, signal) => pullImage(docker(), reference, onProgress, signal)))) return;
    void vscode.window.showInformationMessage(vscode.l10n.t('Pulled {0}.', reference));
  });

  register('dockside.image.push', async (argument) => {
    const ref = await pick(argument);
    if (!ref) return;
    if (!(await transfer(vscode.l10n.t('Pushing {0}', ref.name), (onProgress, signal) => pushImage(docker(), ref.name, onProgress, signal)))) return;
    void vscode.window.showInformationMessage(vscode.l10n.t('Pushed {0}.', ref.name));
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

/** A pull/push under a cancellable notification that shows the layer being worked on. False when cancelled. */
async function transfer(title: string, work: (onProgress: (progress: PullProgress) => void, signal: AbortSignal) => Promise<void>): Promise<boolean> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, token) => {
    const abort = new AbortController();
    const cancelled = token.onCancellationRequested(() => abort.abort());
    try {
      await work((event) => progress.report({ message: [event.id, event.status, event.progress].filter(Boolean).join(' ') }), abort.signal);
      return true;
    } catch (error) {
      if (abort.signal.aborted) return false;
      throw new Error(engineMessage(error));
    } finally {
      cancelled.dispose();
    }
  });
}
