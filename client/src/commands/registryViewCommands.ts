/**
 * The Registries view's commands: Pull, Run (pulling first when the engine has no copy), Copy
 * Reference by tag or by digest, Inspect Manifest (a read-only JSON document), Delete Tag (asks
 * first, deletes the manifest by digest, says exactly why a registry refused), and Add / Remove
 * Repository and Add Namespace, which edit the `dockside.registries` setting. They take the tree
 * items' refs (`HasRemoteImage`, `HasRegistry`), never tree classes.
 */
import * as vscode from 'vscode';
import type { EngineConnection } from '../engine/connection';
import type { RegistriesView } from '../explorer/registries/view';
import { localize } from '../l10n';
import type { Log } from '../log';
import { withAddedName, withoutName } from '../registry/registrySettings';
import { registryDisplayName, dockerHubName } from '../registry/registryNames';
import { hasRegistry, hasRemoteImage, remoteImageReference, type RemoteImageRef } from '../registry/remoteImages';
import { deleteRemoteTag, deletionFailure, manifestDocument, remoteDigest, tagDeletionConfirmation } from './remoteImageOps';
import { untranslated } from '../explorer/format';
import { describeRegistryProblem } from '../explorer/registries/format';
import { formatMessage } from './localizable';
import { t } from './ui';

type Register = (id: string, handler: (...args: unknown[]) => Promise<unknown>) => void;

const manifestScheme = 'dockside-registry';
/** Repository names as the distribution spec allows them: lower-case path components joined by `/`. */
const repositoryName = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;

export function registerRegistryViewCommands(register: Register, engine: EngineConnection, view: RegistriesView, log: Log): vscode.Disposable {
  const documents = new ManifestDocuments(view);

  /** The image a command acts on: a tag's (by tag) or a platform's (by digest). */
  const imageOf = (argument: unknown): { ref: RemoteImageRef; reference: string } | undefined => {
    if (!hasRemoteImage(argument)) return undefined;
    const ref = argument.remoteImage;
    const reference = remoteImageReference(ref, ref.tag ? 'tag' : 'digest');
    return reference ? { ref, reference } : undefined;
  };

  /** The digest a tag points at now; `undefined` (the reason shown) when the registry cannot say. */
  const digestOf = async (ref: RemoteImageRef): Promise<string | undefined> => {
    try {
      return await remoteDigest(view.sessions, ref);
    } catch (error) {
      log.error(`Registries: the digest of ${remoteImageReference(ref, 'tag') ?? ref.repository} could not be read: ${describeRegistryProblem(untranslated, error)}`);
      void vscode.window.showErrorMessage(describeRegistryProblem(localize, error));
      return undefined;
    }
  };

  register('dockside.registries.pull', async (argument) => {
    const image = imageOf(argument);
    if (image) await vscode.commands.executeCommand('dockside.image.pull', image.reference);
  });

  register('dockside.registries.run', async (argument) => {
    const image = imageOf(argument);
    if (!image) return;
    const present = () => engine.docker.getImage(image.reference).inspect().then(() => true, () => false);
    if (!(await present())) {
      await vscode.commands.executeCommand('dockside.image.pull', image.reference);
      // The pull said why it failed; there is nothing to run.
      if (!(await present())) return;
    }
    await vscode.commands.executeCommand('dockside.image.run', image.reference);
  });

  register('dockside.registries.copyReference', async (argument) => {
    const image = imageOf(argument);
    if (!image) return;
    await vscode.env.clipboard.writeText(image.reference);
    void vscode.window.showInformationMessage(localize('Copied {0}', image.reference));
  });

  register('dockside.registries.copyDigestReference', async (argument) => {
    const image = imageOf(argument);
    const digest = image && (await digestOf(image.ref));
    if (!image || !digest) return;
    const reference = remoteImageReference({ ...image.ref, digest }, 'digest')!;
    await vscode.env.clipboard.writeText(reference);
    void vscode.window.showInformationMessage(localize('Copied {0}', reference));
  });

  register('dockside.registries.inspectManifest', async (argument) => {
    const image = imageOf(argument);
    if (image) await documents.show(image.ref, image.reference);
  });

  register('dockside.registries.deleteTag', async (argument) => {
    const image = imageOf(argument);
    if (!image?.ref.tag) return;
    if (registryDisplayName(image.ref.registry) === dockerHubName) {
      const open = localize('Open Docker Hub');
      const answer = await vscode.window.showWarningMessage(
        localize("Docker Hub's API has no documented way to delete a tag: delete {0} on hub.docker.com.", image.reference),
        open,
      );
      if (answer === open) await vscode.env.openExternal(vscode.Uri.parse(`https://hub.docker.com/repository/docker/${image.ref.repository}/tags`));
      return;
    }
    const digest = await digestOf(image.ref);
    if (!digest) return;
    const confirmation = tagDeletionConfirmation(image.ref, digest);
    const remove = localize('Delete');
    if ((await vscode.window.showWarningMessage(t(confirmation.message), { modal: true, detail: t(confirmation.detail) }, remove)) !== remove) return;
    log.info(`Registries: deleting ${image.reference} (manifest ${digest})`);
    const failure = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: localize('Deleting {0}…', image.reference), cancellable: true },
      async (_progress, token) => {
        const abort = new AbortController();
        const cancelled = token.onCancellationRequested(() => abort.abort());
        try {
          await deleteRemoteTag(view.sessions, image.ref, digest, abort.signal);
          return undefined;
        } catch (error) {
          return error;
        } finally {
          cancelled.dispose();
        }
      },
    );
    if (failure !== undefined) {
      const reason = deletionFailure(image.ref, failure);
      log.error(`Registries: deleting ${image.reference} failed: ${formatMessage(reason)}`);
      void vscode.window.showErrorMessage(t(reason));
      return;
    }
    log.info(`Registries: deleted ${image.reference} (manifest ${digest})`);
    view.tagDeleted(argument);
    void vscode.window.showInformationMessage(localize('Deleted {0} ({1}).', image.reference, digest));
  });

  register('dockside.registries.addRepository', async (argument) => {
    const registry = hasRegistry(argument) ? registryDisplayName(argument.registryKey) : await askRegistry();
    if (!registry) return;
    const name = await vscode.window.showInputBox({
      title: localize('Add Repository to {0}', registry),
      prompt: registry === dockerHubName ? localize('The repository with its namespace, e.g. myorg/app.') : localize('The repository, e.g. team/app.'),
      validateInput: (value) => (repositoryName.test(value.trim()) ? undefined : localize('Lower-case letters, digits, and . _ - separated by /, e.g. team/app.')),
    });
    if (!name) return;
    await writeSetting(withAddedName(rawSetting(), registry, name.trim()));
  });

  register('dockside.registries.addNamespace', async () => {
    const name = await vscode.window.showInputBox({
      title: localize('Add Docker Hub Namespace'),
      prompt: localize('An organization (or another user) whose repositories to list, e.g. myorg.'),
      validateInput: (value) => (/^[a-z0-9][a-z0-9_-]*$/.test(value.trim()) ? undefined : localize('Lower-case letters, digits, - and _, e.g. myorg.')),
    });
    if (name) await writeSetting(withAddedName(rawSetting(), dockerHubName, name.trim(), 'namespaces'));
  });

  register('dockside.registries.removeRepository', async (argument) => {
    const repository = (argument as { repositoryName?: unknown } | undefined)?.repositoryName;
    if (!hasRegistry(argument) || typeof repository !== 'string') return;
    await writeSetting(withoutName(rawSetting(), registryDisplayName(argument.registryKey), repository));
  });

  async function askRegistry(): Promise<string | undefined> {
    const known = await view.sessions.credentials.knownRegistries().catch(() => [] as string[]);
    const value = await vscode.window.showInputBox({
      title: localize('Add Repository'),
      prompt: localize('Registry address, e.g. registry.example.com or 127.0.0.1:5000 (docker.io is Docker Hub).'),
      value: known.length > 0 ? registryDisplayName(known[0]) : '',
      validateInput: (text) => (/^\S+$/.test(text.trim()) ? undefined : localize('Enter a registry address.')),
    });
    return value ? registryDisplayName(value) : undefined;
  }

  return vscode.workspace.registerTextDocumentContentProvider(manifestScheme, documents);
}

/** `dockside.registries` as written, for edits that keep what they do not understand. */
function rawSetting(): unknown {
  return vscode.workspace.getConfiguration('dockside').get<unknown>('registries');
}

/** Writes `dockside.registries` to the user settings (it is a machine setting); the view follows the change. */
async function writeSetting(value: unknown[]): Promise<void> {
  await vscode.workspace.getConfiguration('dockside').update('registries', value, vscode.ConfigurationTarget.Global);
}

/** Read-only JSON documents of manifests, under `dockside-registry:`, fetched each time they are opened. */
class ManifestDocuments implements vscode.TextDocumentContentProvider {
  constructor(private readonly view: RegistriesView) {}

  async show(ref: RemoteImageRef, reference: string): Promise<void> {
    const uri = vscode.Uri.from({
      scheme: manifestScheme,
      // The path is the editor's title.
      path: `/${reference.replace(/[:@/\\]/g, '_')}.manifest.json`,
      // A tag is read as it is now; a platform's image by its digest.
      query: new URLSearchParams({ registry: ref.registry, repository: ref.repository, reference: ref.tag ?? ref.digest ?? 'latest' }).toString(),
    });
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, { preview: true });
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const query = new URLSearchParams(uri.query);
    const reference = query.get('reference') ?? 'latest';
    const ref: RemoteImageRef = { registry: query.get('registry') ?? '', repository: query.get('repository') ?? '', ...(reference.includes(':') ? { digest: reference } : { tag: reference }) };
    try {
      return await manifestDocument(this.view.sessions, ref);
    } catch (error) {
      // The document says what happened rather than showing nothing.
      return localize('Could not read the manifest: {0}', describeRegistryProblem(localize, error));
    }
  }
}
