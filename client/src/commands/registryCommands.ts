/**
 * Registry commands: Log In (checked against the registry before anything is stored, then stored
 * where `docker login` would), Log Out, and Push and Pull with the stored login, progress per
 * layer, Cancel, and a message per kind of failure. Passwords go from the password box to the
 * registry check and the store, and nowhere else: not to settings, logs, output or messages.
 */
import * as vscode from 'vscode';
import type { EngineConnection } from '../engine/connection';
import { localize } from '../l10n';
import type { Log } from '../log';
import { CredentialHelperError } from '../registry/credentialHelper';
import type { CredentialSource, CredentialStore, RegistryCredential } from '../registry/credentials';
import { DockerConfigError } from '../registry/dockerConfig';
import { checkLogin, RegistryError } from '../registry/registryClient';
import { dockerHubName, namesRegistry, registryDisplayName, registryOfReference } from '../registry/registryNames';
import { hasRegistry } from '../registry/remoteImages';
import { engineMessage } from './engineErrors';
import { TransferError, TransferProgress, transferImage, type TransferDirection } from './imageTransfer';
import { pickImage, t } from './ui';
import { validateImageReference } from './validators';

type Register = (id: string, handler: (...args: unknown[]) => Promise<unknown>) => void;

export const loginCommand = 'dockside.registry.login';

export function registerRegistryCommands(register: Register, engine: EngineConnection, credentials: CredentialStore, log: Log): vscode.Disposable {
  // Made on first use: nothing of it on the activation path.
  let channel: vscode.OutputChannel | undefined;
  const output = { appendLine: (line: string) => (channel ??= vscode.window.createOutputChannel(vscode.l10n.t('Dockside: Registry'))).appendLine(line) };
  const docker = () => engine.docker;

  register(loginCommand, async (argument) => {
    const registryInput = await vscode.window.showInputBox({
      title: vscode.l10n.t('Log In to Registry'),
      prompt: vscode.l10n.t('Registry address, e.g. registry.example.com or 127.0.0.1:5000 (docker.io is Docker Hub).'),
      value: typeof argument === 'string' ? argument : hasRegistry(argument) ? registryDisplayName(argument.registryKey) : dockerHubName,
      validateInput: (value) => (/^\S+$/.test(value.trim()) ? undefined : vscode.l10n.t('Enter a registry address.')),
    });
    if (!registryInput) return;
    const registry = registryDisplayName(registryInput);
    const known = await storedCredential(credentials, registry);
    const username = await vscode.window.showInputBox({
      title: vscode.l10n.t('Log In to {0}', registry),
      prompt: vscode.l10n.t('User name'),
      value: known?.username ?? '',
      validateInput: (value) => (value.trim() === '' ? vscode.l10n.t('Enter a user name.') : undefined),
    });
    if (!username) return;
    const password = await vscode.window.showInputBox({
      title: vscode.l10n.t('Log In to {0}', registry),
      prompt: vscode.l10n.t('Password or access token for {0}', username),
      password: true,
      validateInput: (value) => (value === '' ? vscode.l10n.t('Enter the password.') : undefined),
    });
    if (!password) return;
    const credential: RegistryCredential = { username: username.trim(), password };
    const checked = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking the login to {0}…', registry) },
      () => checkLogin(registry, credential).then(() => undefined, (error: unknown) => error),
    );
    if (checked !== undefined) {
      log.warn(`Login to ${registry} as ${credential.username} not stored: ${redact(engineMessage(checked), password)}`);
      output.appendLine(localize('Login to {0} as {1} not stored: {2}', registry, credential.username, redact(describeRegistryError(checked), password)));
      void vscode.window.showErrorMessage(redact(describeRegistryError(checked), password));
      return;
    }
    let source: CredentialSource;
    try {
      source = await credentials.store(registry, credential);
    } catch (error) {
      log.error(`Login to ${registry} as ${credential.username} could not be stored: ${redact(engineMessage(error), password)}`);
      void vscode.window.showErrorMessage(redact(describeStoreError(error), password));
      return;
    }
    log.info(`Logged in to ${registry} as ${credential.username}; stored in ${source.kind === 'helper' ? `docker-credential-${source.helper}` : source.path}`);
    output.appendLine(localize('Logged in to {0} as {1}; stored {2}.', registry, credential.username, describeSource(source)));
    void vscode.window.showInformationMessage(localize('Logged in to {0} as {1}.', registry, credential.username));
  });

  register('dockside.registry.logout', async (argument) => {
    // A registry of the Registries view, or one named by whoever ran the command.
    let registry = typeof argument === 'string' ? argument : hasRegistry(argument) ? argument.registryKey : undefined;
    if (!registry) {
      const known = await credentials.knownRegistries();
      if (known.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('There is no registry login to remove.'));
        return;
      }
      const picked = await vscode.window.showQuickPick(
        known.map((key) => ({ label: registryDisplayName(key), description: key === registryDisplayName(key) ? undefined : key, key })),
        { title: vscode.l10n.t('Log Out of Registry'), placeHolder: vscode.l10n.t('Which registry login to remove') },
      );
      if (!picked) return;
      registry = picked.key;
    }
    const removed = await credentials.erase(registry);
    const name = registryDisplayName(registry);
    output.appendLine(removed ? vscode.l10n.t('Logged out of {0}.', name) : vscode.l10n.t('There was no login for {0}.', name));
    void vscode.window.showInformationMessage(removed ? vscode.l10n.t('Logged out of {0}.', name) : vscode.l10n.t('There was no login for {0}.', name));
  });

  register('dockside.image.push', async (argument) => {
    const picked = await pickImage(docker(), argument, { placeHolder: vscode.l10n.t('Select the image to push') });
    if (!picked) return;
    const reference = picked.name;
    if (!namesRegistry(reference)) {
      const tagCommand = vscode.l10n.t('Tag for a Registry…');
      const official = !reference.split(':')[0].includes('/');
      const pushToHub = vscode.l10n.t('Push to Docker Hub');
      const answer = await vscode.window.showWarningMessage(
        localize('{0} names no registry, so it would be pushed to Docker Hub as docker.io/{1}.', reference, official ? `library/${reference}` : reference),
        {
          modal: true,
          detail: official
            ? vscode.l10n.t('Only Docker\'s official images live under docker.io/library. Tag the image with your registry or Docker Hub account first, e.g. registry.example.com/{0}.', reference)
            : vscode.l10n.t('Tag it with a registry address first to push it elsewhere, e.g. registry.example.com/{0}.', reference),
        },
        ...(official ? [tagCommand] : [pushToHub, tagCommand]),
      );
      if (answer === tagCommand) await vscode.commands.executeCommand('dockside.image.tag', picked.ref && { ref: picked.ref });
      if (answer !== pushToHub) return;
    }
    if (await transfer('push', reference)) void vscode.window.showInformationMessage(localize('Pushed {0}.', reference));
  });

  register('dockside.image.pull', async (argument) => {
    const validate = (value: string) => validateImageReference(value, { allowDigest: true });
    const reference =
      typeof argument === 'string'
        ? argument
        : (
            await pickImage(docker(), argument, {
              placeHolder: vscode.l10n.t('Image to pull: pick a local one or type a reference, e.g. nginx:1.27-alpine'),
              validateTyped: (value) => {
                const problem = validate(value);
                return problem && t(problem);
              },
            })
          )?.name;
    if (!reference) return;
    const problem = validate(reference);
    if (problem) {
      void vscode.window.showErrorMessage(t(problem));
      return;
    }
    if (await transfer('pull', reference)) void vscode.window.showInformationMessage(localize('Pulled {0}.', reference));
  });

  /** A push or pull under a cancellable notification with the layers' progress. False when it did not complete. */
  async function transfer(direction: TransferDirection, reference: string): Promise<boolean> {
    const registry = registryOfReference(reference);
    let credential: RegistryCredential | undefined;
    try {
      credential = await credentials.get(registry);
    } catch (error) {
      void vscode.window.showErrorMessage(describeStoreError(error));
      return false;
    }
    const title = direction === 'push' ? vscode.l10n.t('Pushing {0}', reference) : vscode.l10n.t('Pulling {0}', reference);
    output.appendLine(title);
    log.info(`${direction === 'push' ? 'Pushing' : 'Pulling'} ${reference}${credential ? ` as ${credential.username}` : ''}`);
    const progressOf = new TransferProgress();
    const failure = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, token) => {
      const abort = new AbortController();
      const cancelled = token.onCancellationRequested(() => abort.abort());
      try {
        await transferImage(
          docker(),
          direction,
          reference,
          credential,
          (event) => {
            const line = progressOf.update(event);
            if (line) output.appendLine(line);
            progress.report({ message: [progressOf.summary(), line].filter(Boolean).join(' · ') });
          },
          abort.signal,
        );
        return undefined;
      } catch (error) {
        return abort.signal.aborted ? 'cancelled' : error;
      } finally {
        cancelled.dispose();
      }
    });
    if (failure === undefined) {
      log.info(`${direction === 'push' ? 'Pushed' : 'Pulled'} ${reference}`);
      return true;
    }
    if (failure === 'cancelled') {
      log.info(`${direction === 'push' ? 'Push' : 'Pull'} of ${reference} cancelled`);
      output.appendLine(vscode.l10n.t('Cancelled.'));
      return false;
    }
    if (!(failure instanceof TransferError)) throw failure;
    log.error(`${direction === 'push' ? 'Push' : 'Pull'} of ${reference} failed (${failure.kind}, ${failure.registry}): ${failure.message}`);
    output.appendLine(failure.message);
    const logIn = vscode.l10n.t('Log In…');
    switch (failure.kind) {
      case 'unauthorized': {
        const message = credential
          ? direction === 'push'
            ? localize('{0} refused the push of {1} with the stored login: {2}', failure.registry, reference, failure.message)
            : localize('{0} refused the pull of {1} with the stored login: {2}', failure.registry, reference, failure.message)
          : direction === 'push'
            ? localize('{0} refused the push of {1}: you are not logged in to {0}.', failure.registry, reference)
            : localize('{0} refused the pull of {1}: you are not logged in to {0}.', failure.registry, reference);
        const answer = await vscode.window.showErrorMessage(message, logIn);
        if (answer === logIn) await vscode.commands.executeCommand(loginCommand, failure.registry);
        return false;
      }
      case 'unknownHost':
        void vscode.window.showErrorMessage(localize('The registry host {0} is unknown: check the name in {1}.', failure.registry, reference));
        return false;
      case 'unreachable':
        void vscode.window.showErrorMessage(vscode.l10n.t('The registry {0} cannot be reached: {1}', failure.registry, failure.message));
        return false;
      case 'notFound':
        void vscode.window.showErrorMessage(
          direction === 'pull'
            ? localize('{0} was not found in {1}.', reference, failure.registry)
            : localize('There is no local image {0} to push.', reference),
        );
        return false;
      case 'other':
        void vscode.window.showErrorMessage(
          direction === 'push'
            ? vscode.l10n.t('The push of {0} failed: {1}', reference, failure.message)
            : vscode.l10n.t('The pull of {0} failed: {1}', reference, failure.message),
        );
        return false;
    }
  }

  return { dispose: () => channel?.dispose() };
}

/** The stored login for a registry, or `undefined` (also when the store cannot be read: the login replaces it). */
async function storedCredential(credentials: CredentialStore, registry: string): Promise<RegistryCredential | undefined> {
  try {
    return await credentials.get(registry);
  } catch {
    return undefined;
  }
}

function describeRegistryError(error: unknown): string {
  if (!(error instanceof RegistryError)) return describeStoreError(error);
  const registry = registryDisplayName(error.registry);
  switch (error.kind) {
    case 'unauthorized':
      return localize('{0} refused the user name or password. Nothing was stored.', registry);
    case 'unknownHost':
      return localize('The registry host {0} is unknown. Nothing was stored.', registry);
    case 'unreachable':
      return vscode.l10n.t('The registry {0} cannot be reached ({1}). Nothing was stored.', registry, error.detail);
    case 'tls':
      return vscode.l10n.t('The secure connection to {0} failed ({1}). Put its CA certificate in /etc/docker/certs.d/{0}/ca.crt. Nothing was stored.', registry, error.detail);
    case 'unexpected':
      return localize('{0} did not answer as a registry does ({1}). Nothing was stored.', registry, error.detail);
  }
}

function describeStoreError(error: unknown): string {
  if (error instanceof CredentialHelperError) {
    return localize('The credential helper docker-credential-{0} failed ({1}): {2}', error.helper, error.action, error.detail);
  }
  if (error instanceof DockerConfigError) return localize('The Docker configuration {0} cannot be used: {1}', error.path, error.message);
  return engineMessage(error);
}

function describeSource(source: CredentialSource): string {
  return source.kind === 'helper' ? vscode.l10n.t('by docker-credential-{0}', source.helper) : vscode.l10n.t('in {0}', source.path);
}

/** Whatever a registry or helper says goes out without the password, should it ever echo it. */
function redact(text: string, password: string): string {
  return password.length >= 4 ? text.split(password).join('****') : text;
}
