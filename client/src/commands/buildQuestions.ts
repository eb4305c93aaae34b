/**
 * The questions "Build Image..." asks, in turn: context, tags, target, build arguments, secrets,
 * then the rarer options in one multi-pick.
 */
import { basename, dirname } from 'node:path';
import * as vscode from 'vscode';
import type { DockerfileBuildInfoRequest } from '../../../server/src/lspExt';
import { formatSecretSpec } from '../buildkit/secrets';
import {
  argumentsWithoutDefault,
  buildArgumentsText,
  changedBuildArguments,
  initialSecrets,
  keyValuesText,
  parseKeyValues,
  parseSecrets,
  parseTags,
  validateKeyValues,
  validatePlatform,
  validateTags,
  type BuildOptions,
} from './buildOptions';
import { validateWith } from './ui';
import { defaultTagFromFolder } from './validators';

type BuildInfo = DockerfileBuildInfoRequest.Info;

interface Choice<T> extends vscode.QuickPickItem {
  readonly value: T;
}

/**
 * The options, asked in turn: context, tags, target, build arguments, secrets, then the rarer
 * ones (no cache, pull, platform, labels) in one multi-pick. Each starts from the last build's
 * choice or a default, so Enter through them builds. `undefined` when the user cancels.
 */
export async function askBuildOptions(dockerfile: vscode.Uri, info: BuildInfo | undefined, previous: BuildOptions | undefined): Promise<BuildOptions | undefined> {
  const title = vscode.l10n.t('Build Image');
  const contextDir = await pickContext(dockerfile, previous?.contextDir);
  if (!contextDir) return undefined;

  const tagsText = await vscode.window.showInputBox({
    title,
    prompt: vscode.l10n.t('Image name and tag; several separated by spaces.'),
    value: previous?.tags.join(' ') ?? `${defaultTagFromFolder(basename(contextDir))}:latest`,
    validateInput: validateWith(validateTags),
  });
  if (!tagsText) return undefined;

  const stages = (info?.stages ?? []).map((stage, index) => stage.name ?? `stage-${index}`);
  let target = previous?.target && stages.includes(previous.target) ? previous.target : undefined;
  if (stages.length > 1) {
    const all: Choice<string | undefined> = { label: vscode.l10n.t('All stages'), description: vscode.l10n.t('up to the last stage, {0}', stages[stages.length - 1]), value: undefined };
    const named = info!.stages.flatMap((stage) => (stage.name ? [{ label: stage.name, description: vscode.l10n.t('--target {0}', stage.name), value: stage.name }] : []));
    const items = [all, ...named];
    // The last choice first, so Enter repeats it.
    items.sort((a, b) => Number(b.value === target) - Number(a.value === target));
    const picked = await vscode.window.showQuickPick<Choice<string | undefined>>(items, { title, placeHolder: vscode.l10n.t('Which stage to build (--target)?') });
    if (!picked) return undefined;
    target = picked.value;
  }

  let buildArgs: Record<string, string> = {};
  const argsText = buildArgumentsText(info, previous?.buildArgs);
  const withoutDefault = argumentsWithoutDefault(info);
  if (argsText !== '' || withoutDefault.length > 0) {
    const answer = await vscode.window.showInputBox({
      title,
      prompt:
        withoutDefault.length > 0
          ? vscode.l10n.t('Build arguments, NAME=value separated by spaces. Declared without a default: {0}.', withoutDefault.join(', '))
          : vscode.l10n.t('Build arguments, NAME=value separated by spaces (the Dockerfile\'s defaults are filled in).'),
      value: argsText,
      validateInput: validateWith(validateKeyValues),
    });
    if (answer === undefined) return undefined;
    buildArgs = changedBuildArguments(info, parseKeyValues(answer) ?? {});
  }

  let secrets = previous?.secrets ?? [];
  if (info && info.secrets.length > 0) {
    const answer = await vscode.window.showInputBox({
      title,
      prompt: vscode.l10n.t('Build secrets the Dockerfile mounts: id=NAME,src=FILE or id=NAME,env=VARIABLE, separated by spaces.'),
      value: initialSecrets(info, previous?.secrets).map(formatSecretSpec).join(' '),
      validateInput: validateWith((text) => {
        const parsed = parseSecrets(text);
        return 'text' in parsed ? parsed : undefined;
      }),
    });
    if (answer === undefined) return undefined;
    const parsed = parseSecrets(answer);
    secrets = 'text' in parsed ? [] : parsed;
  }

  const extras = await pickExtras(title, previous);
  if (!extras) return undefined;
  let platform: string | undefined;
  if (extras.has('platform')) {
    platform = await vscode.window.showInputBox({
      title,
      prompt: vscode.l10n.t('Target platform (--platform), e.g. linux/arm64.'),
      value: previous?.platform ?? '',
      validateInput: validateWith(validatePlatform),
    });
    if (platform === undefined) return undefined;
  }
  let labels: Record<string, string> = {};
  if (extras.has('labels')) {
    const answer = await vscode.window.showInputBox({
      title,
      prompt: vscode.l10n.t('Labels for the image, KEY=value separated by spaces.'),
      value: keyValuesText(previous?.labels ?? {}),
      validateInput: validateWith(validateKeyValues),
    });
    if (answer === undefined) return undefined;
    labels = parseKeyValues(answer) ?? {};
  }
  return {
    contextDir,
    tags: parseTags(tagsText),
    buildArgs,
    target,
    platform: platform || undefined,
    noCache: extras.has('noCache'),
    pull: extras.has('pull'),
    labels,
    secrets,
  };
}

type Extra = 'noCache' | 'pull' | 'platform' | 'labels';

/** The rarer options in one multi-pick, the last build's picked. `undefined` when cancelled. */
async function pickExtras(title: string, previous: BuildOptions | undefined): Promise<Set<Extra> | undefined> {
  const items: (Choice<Extra> & { picked: boolean })[] = [
    { label: '--no-cache', description: vscode.l10n.t('build every step again'), value: 'noCache', picked: previous?.noCache ?? false },
    { label: '--pull', description: vscode.l10n.t('pull base images even when they are present'), value: 'pull', picked: previous?.pull ?? false },
    { label: '--platform', description: previous?.platform ?? vscode.l10n.t('build for another platform…'), value: 'platform', picked: previous?.platform !== undefined },
    { label: '--label', description: vscode.l10n.t('add labels to the image…'), value: 'labels', picked: Object.keys(previous?.labels ?? {}).length > 0 },
  ];
  const picked = await vscode.window.showQuickPick(items, { title, canPickMany: true, placeHolder: vscode.l10n.t('More options (Enter to build with those checked)') });
  return picked && new Set(picked.map((item) => item.value));
}

/** The build context: the last one, the Dockerfile's folder, its workspace folder, or any folder the user browses to. */
async function pickContext(dockerfile: vscode.Uri, previous: string | undefined): Promise<string | undefined> {
  const ownFolder = dirname(dockerfile.fsPath);
  const workspaceFolder = vscode.workspace.getWorkspaceFolder(dockerfile)?.uri.fsPath;
  const browse = Symbol('browse');
  const items: Choice<string | typeof browse>[] = [];
  if (previous && previous !== ownFolder && previous !== workspaceFolder) {
    items.push({ label: previous, description: vscode.l10n.t('the last build\'s context'), value: previous });
  }
  items.push({ label: ownFolder, description: vscode.l10n.t('the Dockerfile\'s folder'), value: ownFolder });
  if (workspaceFolder && workspaceFolder !== ownFolder) {
    items.push({ label: workspaceFolder, description: vscode.l10n.t('the workspace folder'), value: workspaceFolder });
  }
  items.sort((a, b) => Number(b.value === previous) - Number(a.value === previous));
  items.push({ label: vscode.l10n.t('Choose a folder…'), value: browse });
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Build Image'),
    placeHolder: vscode.l10n.t('Build context: the files the build can COPY (.dockerignore applies)'),
  });
  if (!picked) return undefined;
  if (picked.value !== browse) return picked.value;
  const chosen = await vscode.window.showOpenDialog({
    canSelectFiles: false,
    canSelectFolders: true,
    canSelectMany: false,
    defaultUri: vscode.Uri.file(ownFolder),
    openLabel: vscode.l10n.t('Use as Build Context'),
  });
  return chosen?.[0]?.fsPath;
}
