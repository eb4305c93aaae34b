/** Shared UI plumbing for the commands: messages, validation, confirmation, trust, pickers. */
import * as vscode from 'vscode';
import type Docker from 'dockerode';
import type { EngineObjectKind, EngineObjectRef, HasEngineRef } from '../engine/refs';
import { containerName, shortId } from '../explorer/format';
import { localize } from '../l10n';
import type { Localizable } from './localizable';

export function t(message: Localizable): string {
  return localize(message.text, ...message.args);
}

/** An `InputBoxOptions.validateInput` from a pure validator. */
export function validateWith(validate: (value: string) => Localizable | undefined): (value: string) => string | undefined {
  return (value) => {
    const problem = validate(value);
    return problem && t(problem);
  };
}

/**
 * A modal confirmation for something destructive. Resolves to the chosen
 * action label, or `undefined` when cancelled.
 */
export async function confirmModal(message: string, detail: string, ...actions: string[]): Promise<string | undefined> {
  return vscode.window.showWarningMessage(message, { modal: true, detail }, ...actions);
}

/**
 * Confirms a removal with the `action` button. A `blocked` one (the engine
 * would refuse it) is only explained. True when the user chose the action.
 */
export async function confirmRemoval(
  confirmation: { readonly message: Localizable; readonly detail: Localizable; readonly blocked?: boolean },
  action: string,
): Promise<boolean> {
  if (confirmation.blocked) {
    void vscode.window.showWarningMessage(t(confirmation.message), { modal: true, detail: t(confirmation.detail) });
    return false;
  }
  return (await confirmModal(t(confirmation.message), t(confirmation.detail), action)) === action;
}

/**
 * Build, run and compose execute the workspace's code or configuration: not
 * in an untrusted workspace. Menus hide them there (`isWorkspaceTrusted`);
 * this covers the palette and keybindings.
 */
export function requireTrustedWorkspace(): boolean {
  if (vscode.workspace.isTrusted) return true;
  void vscode.window
    .showWarningMessage(
      vscode.l10n.t('Building, running and Compose commands are disabled in an untrusted workspace: they execute files from it. Browsing the engine stays available.'),
      vscode.l10n.t('Manage Workspace Trust'),
    )
    .then((choice) => choice && vscode.commands.executeCommand('workbench.trust.manage'));
  return false;
}

function isEngineRef(value: unknown): value is HasEngineRef {
  const ref = (value as Partial<HasEngineRef> | undefined)?.ref;
  return typeof ref === 'object' && ref !== null && typeof ref.id === 'string' && typeof ref.kind === 'string';
}

interface RefPickItem extends vscode.QuickPickItem {
  readonly ref: EngineObjectRef;
}

/** The object a command acts on: the tree item's, else one the user picks from the engine's current list. */
export async function resolveRef(
  docker: Docker,
  argument: unknown,
  kind: EngineObjectKind,
  options: { states?: readonly string[] } = {},
): Promise<EngineObjectRef | undefined> {
  if (isEngineRef(argument) && argument.ref.kind === kind) return argument.ref;
  const items = listRefs(docker, kind).then((refs) =>
    refs
      .filter((ref) => !options.states || options.states.includes(ref.ref.state ?? ''))
      .sort((a, b) => a.label.localeCompare(b.label)),
  );
  const picked = await vscode.window.showQuickPick<RefPickItem>(items, {
    placeHolder: pickPlaceholder(kind),
    matchOnDescription: true,
  });
  return picked?.ref;
}

function pickPlaceholder(kind: EngineObjectKind): string {
  switch (kind) {
    case 'container':
      return vscode.l10n.t('Select a container');
    case 'image':
      return vscode.l10n.t('Select an image');
    case 'volume':
      return vscode.l10n.t('Select a volume');
    case 'network':
      return vscode.l10n.t('Select a network');
  }
}

async function listRefs(docker: Docker, kind: EngineObjectKind): Promise<RefPickItem[]> {
  switch (kind) {
    case 'container':
      return (await docker.listContainers({ all: true })).map((container) => {
        const name = containerName(container);
        return {
          label: name,
          description: `${container.Image} · ${container.Status}`,
          ref: { kind, id: container.Id, name, state: container.State },
        };
      });
    case 'image':
      return (await docker.listImages()).flatMap((image) => {
        const tags = (image.RepoTags ?? []).filter((tag) => tag !== '<none>:<none>');
        const names = tags.length > 0 ? tags : [shortId(image.Id)];
        return names.map((name) => ({ label: name, description: shortId(image.Id), ref: { kind, id: image.Id, name } }));
      });
    case 'volume':
      return ((await docker.listVolumes()).Volumes ?? []).map((volume) => ({
        label: volume.Name,
        description: volume.Driver,
        ref: { kind, id: volume.Name, name: volume.Name },
      }));
    case 'network':
      return (await docker.listNetworks()).map((network) => ({
        label: network.Name,
        description: network.Driver,
        ref: { kind, id: network.Id, name: network.Name },
      }));
  }
}

interface ImagePickItem extends vscode.QuickPickItem {
  readonly ref?: EngineObjectRef;
  /** A typed reference that does not validate: shown with the reason, not accepted. */
  readonly invalid?: boolean;
}

/**
 * The image a command acts on: the tree item's, else one picked from the local images, filtered
 * as the user types. With `validateTyped`, what the user types is offered too (a reference to
 * pull that is not local yet), checked as it is typed. `undefined` when cancelled.
 */
export async function pickImage(
  docker: Docker,
  argument: unknown,
  options: { readonly placeHolder: string; readonly validateTyped?: (value: string) => string | undefined },
): Promise<{ readonly name: string; readonly ref?: EngineObjectRef } | undefined> {
  if (isEngineRef(argument) && argument.ref.kind === 'image') return { name: argument.ref.name, ref: argument.ref };
  const quickPick = vscode.window.createQuickPick<ImagePickItem>();
  quickPick.placeholder = options.placeHolder;
  quickPick.matchOnDescription = true;
  quickPick.busy = true;
  let local: ImagePickItem[] = [];
  const typedItem = (text: string): ImagePickItem[] => {
    const value = text.trim();
    if (!options.validateTyped || value === '' || local.some((item) => item.label === value)) return [];
    const problem = options.validateTyped(value);
    return [{ label: value, description: problem ?? vscode.l10n.t('pull this reference'), alwaysShow: true, invalid: problem !== undefined }];
  };
  const showItems = () => (quickPick.items = [...typedItem(quickPick.value), ...local]);
  void listRefs(docker, 'image').then(
    (items) => {
      // Untagged images (named by their ID) cannot be pushed or pulled.
      local = items.filter((item) => item.ref.name !== shortId(item.ref.id)).sort((a, b) => a.label.localeCompare(b.label));
      showItems();
      quickPick.busy = false;
    },
    () => (quickPick.busy = false),
  );
  return new Promise((resolve) => {
    const subscriptions = [
      quickPick.onDidChangeValue(showItems),
      quickPick.onDidAccept(() => {
        const item = quickPick.selectedItems[0];
        if (!item || item.invalid) return;
        resolve({ name: item.ref?.name ?? item.label, ref: item.ref });
        quickPick.hide();
      }),
      quickPick.onDidHide(() => {
        resolve(undefined);
        for (const subscription of subscriptions) subscription.dispose();
        quickPick.dispose();
      }),
    ];
    quickPick.show();
  });
}
