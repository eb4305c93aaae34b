/**
 * "Build Image..." asks for the build's options (each prompt with a default, so Enter through
 * them builds) and "Build Image" reuses the last ones for that Dockerfile. The build goes to
 * BuildKit or, on engines without it, the classic builder (probed, and said in the output); its
 * log streams to an output channel under a cancellable notification showing the current step,
 * and a failure puts a diagnostic on the failing instruction and reveals it.
 */
import { relative, sep } from 'node:path';
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
import { buildOptionsKey, missingSecrets, type BuildOptions } from './buildOptions';
import { askBuildOptions } from './buildQuestions';
import { requireTrustedWorkspace } from './ui';

type Register = (id: string, handler: (...args: unknown[]) => Promise<unknown>) => void;
type BuildInfo = DockerfileBuildInfoRequest.Info;

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
