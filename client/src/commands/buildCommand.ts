/**
 * "Build Image..." asks for the build's options (each prompt with a default, so Enter through
 * them builds) and "Build Image" reuses the last ones for that Dockerfile. The build goes to
 * BuildKit or, on engines without it, the classic builder (probed, and said in the output); its
 * log streams to an output channel under a cancellable notification showing the current step,
 * and a failure puts a diagnostic on the failing instruction and reveals it.
 */
import { basename, dirname, relative, sep } from 'node:path';
import * as vscode from 'vscode';
import type { DockerfileBuildInfoRequest } from '../../../server/src/lspExt';
import { chooseBuilder, engineStopsCancelledBuild, probeBuilder, type BuilderChoice, type BuilderProbe } from '../buildkit/builder';
import { locateFailedStep } from '../buildkit/failureLocation';
import { formatSecretSpec, secretAvailable } from '../buildkit/secrets';
import type { EngineConnection } from '../engine/connection';
import { localize } from '../l10n';
import type { Log } from '../log';
import type { CredentialStore } from '../registry/credentials';
import { locateBuildFailure, linesAfterEdit } from './buildErrors';
import { buildImage, type BuildResult } from './buildImage';
import {
  argumentsWithoutDefault,
  buildArgumentsText,
  buildOptionsKey,
  changedBuildArguments,
  initialSecrets,
  keyValuesText,
  missingSecrets,
  parseKeyValues,
  parseSecrets,
  parseTags,
  validateKeyValues,
  validatePlatform,
  validateTags,
  type BuildOptions,
} from './buildOptions';
import { requireTrustedWorkspace, validateWith } from './ui';
import { defaultTagFromFolder } from './validators';

type Register = (id: string, handler: (...args: unknown[]) => Promise<unknown>) => void;
type BuildInfo = DockerfileBuildInfoRequest.Info;

interface Choice<T> extends vscode.QuickPickItem {
  readonly value: T;
}

export interface BuildCommandDependencies {
  readonly engine: EngineConnection;
  readonly credentials: CredentialStore;
  /** Workspace state: the last options per Dockerfile. */
  readonly state: vscode.Memento;
  /** The language server's reading of the Dockerfile; `null` when it has none. */
  readonly dockerfileBuildInfo: (uri: vscode.Uri) => Promise<DockerfileBuildInfoRequest.Result>;
  /** The Dockside log: each build's start and outcome. */
  readonly log: Log;
}

export function registerBuildCommand(register: Register, dependencies: BuildCommandDependencies): vscode.Disposable {
  const output = vscode.window.createOutputChannel(vscode.l10n.t('Dockside: Build'));
  const diagnostics = vscode.languages.createDiagnosticCollection('dockside-build');
  // A build diagnostic describes the instruction as it was built: editing it makes it stale; edits above move it.
  const followEdits = vscode.workspace.onDidChangeTextDocument((event) => {
    const current = diagnostics.get(event.document.uri);
    if (!current || current.length === 0 || event.contentChanges.length === 0) return;
    const kept = current.flatMap((diagnostic) => {
      let lines: { startLine: number; endLine: number } | undefined = { startLine: diagnostic.range.start.line, endLine: diagnostic.range.end.line };
      for (const change of event.contentChanges) {
        if (!lines) break;
        lines = linesAfterEdit(lines, { startLine: change.range.start.line, endLine: change.range.end.line, insertedLineBreaks: change.text.split('\n').length - 1 });
      }
      if (!lines) return [];
      const moved = new vscode.Diagnostic(lineRange(event.document, lines.startLine, lines.endLine), diagnostic.message, diagnostic.severity);
      moved.source = diagnostic.source;
      moved.code = diagnostic.code;
      return [moved];
    });
    diagnostics.set(event.document.uri, kept);
  });

  const build = async (argument: unknown, reuse: boolean): Promise<void> => {
    if (!requireTrustedWorkspace()) return;
    const dockerfile = await resolveDockerfile(argument);
    if (!dockerfile) return;
    const document = await vscode.workspace.openTextDocument(dockerfile);
    if (document.isDirty) await document.save();
    const info = (await dependencies.dockerfileBuildInfo(dockerfile).catch(() => null)) ?? undefined;
    const key = buildOptionsKey(dockerfile.toString());
    const previous = dependencies.state.get<BuildOptions>(key);
    const options = reuse && previous ? previous : await askBuildOptions(dockerfile, info, previous);
    if (!options) return;
    const relativeDockerfile = relative(options.contextDir, dockerfile.fsPath);
    if (relativeDockerfile.startsWith('..')) {
      void vscode.window.showErrorMessage(vscode.l10n.t('The Dockerfile must be inside the build context {0}.', options.contextDir));
      return;
    }
    await dependencies.state.update(key, options);
    await runBuild(document, info, options, relativeDockerfile.split(sep).join('/'));
  };
  register('dockside.image.build', (argument) => build(argument, false));
  register('dockside.image.buildAgain', (argument) => build(argument, true));

  async function runBuild(document: vscode.TextDocument, info: BuildInfo | undefined, options: BuildOptions, dockerfile: string): Promise<void> {
    const docker = dependencies.engine.docker;
    const probe = await probeBuilder(docker);
    const choice = chooseBuilder(probe);
    const name = options.tags[0];
    diagnostics.delete(document.uri);
    output.clear();
    output.show(true);
    output.appendLine(vscode.l10n.t('Building {0} from {1} (context {2})', options.tags.join(', '), dockerfile, options.contextDir));
    output.appendLine(builderLine(choice, probe));
    if (!(await secretsReady(info, options, choice))) return;
    const { log } = dependencies;
    const started = performance.now();
    const target = options.target ? `, target ${options.target}` : '';
    log.info(`Build started: ${options.tags.join(', ')} from ${document.uri.fsPath}, context ${options.contextDir}${target}, ${choice.builder} builder`);

    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Building {0}', name), cancellable: true },
      async (progress, token) => {
        const abort = new AbortController();
        const cancelled = token.onCancellationRequested(() => abort.abort());
        try {
          return await buildImage(
            docker,
            { ...options, dockerfile, builder: choice.builder, signal: abort.signal },
            {
              credentials: (registry) => dependencies.credentials.get(registry),
              allCredentials: () => dependencies.credentials.getAll(),
              env: process.env,
              output: (text) => output.append(text),
              step: (step) => progress.report({ message: step }),
            },
          );
        } finally {
          cancelled.dispose();
        }
      },
    );
    const took = `${((performance.now() - started) / 1000).toFixed(1)} s`;
    if (result.cancelled) {
      if (engineStopsCancelledBuild(choice)) {
        log.info(`Build cancelled: ${name} after ${took}`);
        output.appendLine(vscode.l10n.t('Build cancelled.'));
        return;
      }
      log.info(`Build cancelled: ${name} after ${took}; Podman cannot cancel it, so it goes on in the engine`);
      const message = vscode.l10n.t(
        'Podman cannot cancel a running build: Dockside stopped following it, but it finishes in the background, and tags the image if it succeeds.',
      );
      output.appendLine(message);
      void vscode.window.showWarningMessage(message);
      return;
    }
    if (result.error === undefined) {
      log.info(`Build finished: ${name} (${result.imageId ?? 'no image ID'}) in ${took}`);
      output.appendLine(vscode.l10n.t('Image {0}, tagged {1}.', result.imageId ?? '', options.tags.join(', ')));
      const run = vscode.l10n.t('Run');
      const answer = await vscode.window.showInformationMessage(localize('Built {0}.', name), run);
      if (answer === run) await vscode.commands.executeCommand('dockside.image.run', name);
      return;
    }
    log.error(`Build failed: ${name} after ${took}: ${result.failedStep?.error ?? result.error}`);
    await reportFailure(document, info, result);
  }

  /** Secrets the Dockerfile mounts but the build cannot fill: said before building; a required one asks first. */
  async function secretsReady(info: BuildInfo | undefined, options: BuildOptions, choice: BuilderChoice): Promise<boolean> {
    if (!info || info.secrets.length === 0) return true;
    if (choice.builder === 'classic') {
      const message = vscode.l10n.t('This Dockerfile mounts build secrets (line {0}), which only BuildKit can provide; this engine builds with the classic builder, which will refuse RUN --mount.', info.secrets[0].line + 1);
      output.appendLine(message);
      void vscode.window.showWarningMessage(message);
      return true;
    }
    const available = new Set<string>();
    for (const spec of options.secrets) if (await secretAvailable(spec, options.contextDir, process.env)) available.add(spec.id);
    const missing = missingSecrets(info, available);
    if (missing.length === 0) return true;
    for (const secret of missing) {
      const given = options.secrets.find((spec) => spec.id === secret.id);
      output.appendLine(
        given
          ? localize('Secret {0} (line {1}): {2} does not exist, so the build gets no secret {0}.', secret.id, secret.line + 1, formatSecretSpec(given))
          : localize('Secret {0} (line {1}) is not given to the build (Build Image... asks for secrets).', secret.id, secret.line + 1),
      );
    }
    const required = missing.filter((secret) => secret.required);
    if (required.length === 0) {
      void vscode.window.showWarningMessage(
        localize('The build has no secret {0}: the RUN at line {1} runs without it. The output says why.', missing[0].id, missing[0].line + 1),
      );
      return true;
    }
    const buildAnyway = vscode.l10n.t('Build Anyway');
    const answer = await vscode.window.showWarningMessage(
      localize('The build has no secret {0}, which line {1} requires: that step will fail.', required[0].id, required[0].line + 1),
      { modal: true, detail: vscode.l10n.t('Give it with Build Image... as id={0},src=FILE or id={0},env=VARIABLE.', required[0].id) },
      buildAnyway,
    );
    return answer === buildAnyway;
  }

  async function reportFailure(document: vscode.TextDocument, info: BuildInfo | undefined, result: BuildResult): Promise<void> {
    const message = result.failedStep?.error ?? result.error ?? '';
    const lines =
      (result.failedStep && info ? locateFailedStep(result.failedStep.name, info) : undefined) ??
      locateBuildFailure(document.getText(), result.output);
    const showOutput = vscode.l10n.t('Show Output');
    if (!lines) {
      const answer = await vscode.window.showErrorMessage(vscode.l10n.t('The build failed: {0}', message), showOutput);
      if (answer === showOutput) output.show();
      return;
    }
    const range = lineRange(document, lines.startLine, lines.endLine);
    const diagnostic = new vscode.Diagnostic(range, vscode.l10n.t('The build failed here: {0}', message), vscode.DiagnosticSeverity.Error);
    diagnostic.source = 'dockside';
    diagnostic.code = { value: 'build-failed', target: vscode.Uri.parse('https://docs.docker.com/reference/dockerfile/') };
    diagnostics.set(document.uri, [diagnostic]);
    await vscode.window.showTextDocument(document, { selection: range });
    const answer = await vscode.window.showErrorMessage(vscode.l10n.t('The build failed at line {0}: {1}', lines.startLine + 1, message), showOutput);
    if (answer === showOutput) output.show();
  }

  return vscode.Disposable.from(output, diagnostics, followEdits);
}

function lineRange(document: vscode.TextDocument, startLine: number, endLine: number): vscode.Range {
  const last = Math.min(Math.max(startLine, endLine), document.lineCount - 1);
  return new vscode.Range(Math.min(startLine, last), 0, last, document.lineAt(last).text.length);
}

function builderLine(choice: BuilderChoice, probe: BuilderProbe): string {
  switch (choice.reason) {
    case 'preferred':
      return vscode.l10n.t('Builder: BuildKit (the engine\'s default builder).');
    case 'supported':
      return localize('Builder: BuildKit (Docker Engine {0} on {1} builds with it over its API).', probe.engineVersion ?? '?', probe.osType ?? '?');
    case 'podman':
      return vscode.l10n.t('Builder: the classic builder (Podman builds with Buildah and has no BuildKit API).');
    case 'windows':
      return vscode.l10n.t('Builder: the classic builder (Windows engines have no BuildKit).');
    case 'tooOld':
      return localize('Builder: the classic builder (Engine API {0} is older than BuildKit builds, which need 1.39).', probe.apiVersion ?? '?');
  }
}

/**
 * The options, asked in turn: context, tags, target, build arguments, secrets, then the rarer
 * ones (no cache, pull, platform, labels) in one multi-pick. Each starts from the last build's
 * choice or a default, so Enter through them builds. `undefined` when the user cancels.
 */
async function askBuildOptions(dockerfile: vscode.Uri, info: BuildInfo | undefined, previous: BuildOptions | undefined): Promise<BuildOptions | undefined> {
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

/**
 * The Dockerfile: the clicked file; from the palette, one picked with the active editor's
 * Dockerfile first, then the workspace's (asked only when there is more than one).
 */
async function resolveDockerfile(argument: unknown): Promise<vscode.Uri | undefined> {
  if (argument instanceof vscode.Uri) return argument;
  const active = vscode.window.activeTextEditor?.document;
  const activeDockerfile = active && active.languageId === 'dockerfile' && active.uri.scheme === 'file' ? active.uri : undefined;
  const found = await vscode.workspace.findFiles('**/{Dockerfile,Dockerfile.*,*.Dockerfile,*.dockerfile,Containerfile}', '**/node_modules/**', 200);
  const candidates = [...(activeDockerfile ? [activeDockerfile] : []), ...found.filter((uri) => uri.toString() !== activeDockerfile?.toString())];
  if (candidates.length <= 1) {
    if (candidates.length === 0) void vscode.window.showInformationMessage(vscode.l10n.t('No Dockerfile was found in the workspace.'));
    return candidates[0];
  }
  const picked = await vscode.window.showQuickPick(
    candidates.map((uri) => ({
      label: vscode.workspace.asRelativePath(uri),
      description: uri === activeDockerfile ? vscode.l10n.t('the active editor') : undefined,
      uri,
    })),
    { title: vscode.l10n.t('Build Image'), placeHolder: vscode.l10n.t('Select the Dockerfile to build') },
  );
  return picked?.uri;
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
