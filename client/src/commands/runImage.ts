/**
 * "Run Image": a short, validated form prefilled from the image's config, then
 * create + start through the Engine API (never a `docker run` string).
 */
import * as vscode from 'vscode';
import type Docker from 'dockerode';
import { localize } from '../l10n';
import type { Localizable } from './localizable';
import { createOptionsFor, prefillFromImage, RunSpec } from './runSpec';
import type { EngineKind } from '../engine/identity';
import { attachSession } from './shellSession';
import { openSessionTerminal } from './terminals';
import { validateWith } from './ui';
import { joinEntries, splitEntries, validateContainerName, validateEntries, validateEnvEntry, validatePortMapping, validateVolumeSpec } from './validators';

interface Choice<T> extends vscode.QuickPickItem {
  readonly value: T;
}

/** Asks for the run options of `image`; `undefined` when the user cancels at any step. */
export async function askRunSpec(docker: Docker, image: string, interactive: boolean | undefined): Promise<RunSpec | undefined> {
  const info = await docker.getImage(image).inspect();
  const prefill = prefillFromImage(info.Config ?? {});
  const totalSteps = interactive === undefined ? 6 : 5;
  let step = 0;
  const title = () => vscode.l10n.t('Run {0} ({1}/{2})', image, ++step, totalSteps);

  let mode = interactive;
  if (mode === undefined) {
    const picked = await vscode.window.showQuickPick<Choice<boolean>>(
      [
        { label: vscode.l10n.t('Detached'), description: vscode.l10n.t('runs in the background; view its logs from the explorer'), value: false },
        { label: vscode.l10n.t('Interactive'), description: vscode.l10n.t('a terminal attached to its TTY'), value: true },
      ],
      { title: title(), placeHolder: vscode.l10n.t('How should the container run?') },
    );
    if (!picked) return undefined;
    mode = picked.value;
  }

  const name = await vscode.window.showInputBox({
    title: title(),
    prompt: vscode.l10n.t('Container name (optional: leave empty and the engine picks one).'),
    validateInput: validateWith(validateContainerName),
  });
  if (name === undefined) return undefined;

  const ports = await askEntries(
    title(),
    prefill.ports.length > 0
      ? localize('Ports to publish, host:container, separated by spaces. The image EXPOSEs {0}, but EXPOSE alone publishes nothing: keep, change or clear them.', prefill.ports.join(' '))
      : vscode.l10n.t('Ports to publish, host:container, separated by spaces (e.g. 8080:80). The image EXPOSEs none.'),
    prefill.ports,
    validatePortMapping,
  );
  if (ports === undefined) return undefined;

  const env = await askEntries(
    title(),
    vscode.l10n.t('Environment, KEY=value separated by spaces (quote values with spaces). Prefilled from the image; the container inherits these anyway.'),
    prefill.env,
    validateEnvEntry,
  );
  if (env === undefined) return undefined;

  const volumes = await askEntries(
    title(),
    prefill.volumes.length > 0
      ? localize('Volumes, [name or /host/path:]/container/path[:ro], separated by spaces. The image declares VOLUME {0}: give it a name (name:/path) to keep its data.', prefill.volumes.join(' '))
      : vscode.l10n.t('Volumes, [name or /host/path:]/container/path[:ro], separated by spaces (optional).'),
    prefill.volumes,
    validateVolumeSpec,
  );
  if (volumes === undefined) return undefined;

  const cleanup = await vscode.window.showQuickPick<Choice<boolean>>(
    [
      { label: vscode.l10n.t('Keep the container after it exits'), value: false },
      { label: vscode.l10n.t('Remove the container when it exits (--rm)'), value: true },
    ],
    { title: title() },
  );
  if (!cleanup) return undefined;

  return {
    image,
    name,
    ports: splitEntries(ports) ?? [],
    env: changedEnv(splitEntries(env) ?? [], prefill.env),
    volumes: splitEntries(volumes) ?? [],
    interactive: mode,
    autoRemove: cleanup.value,
  };
}

/** One step of the form: a space-separated list prefilled from the image, each entry checked as it is typed. */
function askEntries(title: string, prompt: string, prefilled: readonly string[], validateEntry: (entry: string) => Localizable | undefined): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title,
    prompt,
    value: joinEntries(prefilled),
    validateInput: validateWith((value) => validateEntries(value, validateEntry)),
  });
}

/** Only entries that differ from the image's: the rest the container inherits, and the inspect stays readable. */
function changedEnv(entries: readonly string[], inherited: readonly string[]): string[] {
  const fromImage = new Set(inherited);
  return entries.filter((entry) => !fromImage.has(entry));
}

/** Creates and starts the container; an interactive one is attached to a terminal first, so no output is lost. */
export async function runContainer(docker: Docker, spec: RunSpec, engineKind: EngineKind): Promise<void> {
  const container = await docker.createContainer(createOptionsFor(spec));
  const label = spec.name || spec.image;
  if (spec.interactive) {
    openSessionTerminal(vscode.l10n.t('Run: {0}', label), async (size, onOutput) => {
      const session = await attachSession(docker, container.id, size, onOutput, engineKind);
      await container.start();
      await session.resize(size.columns, size.rows).catch(() => undefined);
      return session;
    });
    return;
  }
  await container.start();
  const logs = vscode.l10n.t('View Logs');
  const choice = await vscode.window.showInformationMessage(localize('Started {0} from {1}.', label, spec.image), logs);
  if (choice === logs) {
    const info = await container.inspect();
    await vscode.commands.executeCommand('dockside.container.logs', {
      ref: { kind: 'container', id: container.id, name: info.Name.replace(/^\//, ''), state: info.State.Status },
    });
  }
}
