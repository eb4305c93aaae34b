/**
 * Compose commands on a project (the explorer's group, a compose file, or
 * one picked from the palette) and on its services, plus the language
 * server's code-lens commands. They run the user's compose CLI (see
 * ../compose/cli.ts) with an argument array, pointed at the view's engine,
 * its output in the "Dockside: Compose" output; logs come from the engine.
 */
import { dirname } from 'node:path';
import * as vscode from 'vscode';
import { ClientCommands } from '../../../server/src/lspExt';
import { composeEnvironment, describeComposeCli, type ComposeCli, type ComposeOperation } from '../compose/cli';
import type { WorkspaceCompose } from '../compose/workspaceSource';
import type { EngineConnection } from '../engine/connection';
import { localize } from '../l10n';
import { commandLine, type Log } from '../log';
import type { ComposeProjectRef, ComposeServiceRef, HasComposeProject, HasComposeService } from '../engine/refs';
import { definedProjectRef } from '../explorer/composeProjects';
import { composeDownConfirmation, composeDownScope, composeServiceRemovalConfirmation } from './composeConfirmations';
import { composeProjectInvocation, removeServiceContainers, runComposeOperation, type ComposeChoices } from './composeOps';
import type { LogViews } from './logViews';
import { confirmModal, requireTrustedWorkspace, t } from './ui';

type Register = (id: string, handler: (...args: unknown[]) => Promise<unknown>) => void;

function isProjectItem(value: unknown): value is HasComposeProject {
  return typeof (value as Partial<HasComposeProject> | undefined)?.composeProject?.name === 'string';
}

function isServiceItem(value: unknown): value is HasComposeService {
  return typeof (value as Partial<HasComposeService> | undefined)?.composeService?.name === 'string';
}

export function registerComposeCommands(register: Register, engine: EngineConnection, compose: WorkspaceCompose, logs: LogViews, log: Log): void {
  let transcript: vscode.OutputChannel | undefined;

  /** The CLI, or a message that says what to install (the tree still shows services: they come from the files). */
  const requireCli = async (): Promise<ComposeCli | undefined> => {
    const state = await compose.cli();
    if (state.status === 'found') return state.cli;
    const openSettings = vscode.l10n.t('Open Settings');
    const detectAgain = vscode.l10n.t('Detect Again');
    const message =
      state.status === 'invalidSetting'
        ? vscode.l10n.t('The setting dockside.compose.command must be "auto" or an argument array such as ["docker", "compose"].')
        : vscode.l10n.t(
            'No compose CLI was found (tried: {0}). Install the Docker Compose plugin (docker-compose-plugin), the standalone docker-compose, or podman-compose, or name yours in the setting dockside.compose.command.',
            state.status === 'notFound' ? state.tried.join('; ') : '',
          );
    void vscode.window.showErrorMessage(message, openSettings, detectAgain).then((choice) => {
      if (choice === openSettings) void vscode.commands.executeCommand('workbench.action.openSettings', 'dockside.compose.command');
      if (choice === detectAgain) void compose.detectAgain();
    });
    return undefined;
  };

  /** The CLI if it has what a command offers; else a message that says which CLIs have it. */
  const requireCapability = async (capability: 'wait' | 'watch' | 'profiles' | 'envFile'): Promise<ComposeCli | undefined> => {
    const cli = await requireCli();
    if (!cli || cli.capabilities[capability]) return cli;
    const described = describeComposeCli(cli);
    const missing = {
      wait: localize('{0} cannot wait for healthy services; Docker Compose 2.1.1 or later and podman-compose 1.6 or later can.', described),
      watch: vscode.l10n.t('{0} has no watch command; Docker Compose 2.22 or later has.', described),
      profiles: localize('{0} cannot enable profiles; Docker Compose 1.28 or later and podman-compose 1.1 or later can.', described),
      envFile: localize('{0} takes no env file; Docker Compose 1.25 or later and podman-compose 1.0.6 or later do.', described),
    };
    void vscode.window.showInformationMessage(missing[capability]);
    return undefined;
  };

  /** Runs one operation with progress (cancellable), its output in the transcript; a failure quotes compose's last words. */
  const run = async (project: ComposeProjectRef, operation: ComposeOperation, choices?: ComposeChoices): Promise<boolean> => {
    const cli = await requireCli();
    if (!cli) return false;
    transcript ??= vscode.window.createOutputChannel(vscode.l10n.t('Dockside: Compose'));
    const channel = transcript;
    const services = 'services' in operation && operation.services && operation.services.length > 0 ? ` (${operation.services.join(', ')})` : '';
    const title = vscode.l10n.t('Compose {0}: {1}', operation.kind, `${project.name}${services}`);
    const cancelled = new AbortController();
    const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (_, token) => {
      token.onCancellationRequested(() => cancelled.abort());
      return runComposeOperation(cli, project, operation, {
        choices,
        log,
        env: composeEnvironment(engine.location, cli, process.env),
        signal: cancelled.signal,
        onInvocation: (invocation) => channel.appendLine(`\n$ ${JSON.stringify([invocation.program, ...invocation.args])}`),
        onOutput: (text) => channel.append(text),
      });
    });
    if (result.exitCode === 0 || cancelled.signal.aborted) return result.exitCode === 0;
    const lastLine = result.output.trim().split('\n').at(-1) ?? '';
    const showOutput = vscode.l10n.t('Show Output');
    const failed = result.missing
      ? localize('{0} could not be started: {1}', cli.command.program, lastLine)
      : vscode.l10n.t('{0} failed (exit code {1}): {2}', title, result.exitCode ?? '?', lastLine);
    void vscode.window.showErrorMessage(failed, showOutput).then((choice) => choice && channel.show(true));
    return false;
  };

  /** The project a command acts on: the item's, the file's, else the workspace's only one, else one the user picks. */
  const resolveProject = async (argument: unknown): Promise<ComposeProjectRef | undefined> => {
    if (isProjectItem(argument)) return argument.composeProject;
    if (isServiceItem(argument)) return argument.composeService.project;
    if (argument instanceof vscode.Uri) {
      const definition = await compose.projectOf(argument.fsPath);
      return definition && definedProjectRef(definition);
    }
    const definitions = await compose.definitions();
    if (definitions.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No compose file was found in the workspace.'));
      return undefined;
    }
    if (definitions.length === 1) return definedProjectRef(definitions[0]);
    const active = vscode.window.activeTextEditor?.document.uri.fsPath;
    const items = definitions
      .map((definition) => ({ label: definition.name, description: vscode.workspace.asRelativePath(definition.files[0]), definition }))
      .sort((a, b) => Number(b.definition.files.includes(active ?? '')) - Number(a.definition.files.includes(active ?? '')));
    const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Select a compose file') });
    return picked && definedProjectRef(picked.definition);
  };

  /**
   * A command on a project. One that runs the CLI executes the workspace's files (build contexts,
   * env files): in an untrusted workspace it says so before it asks or reads anything.
   */
  const projectCommand = (id: string, runsCli: boolean, act: (project: ComposeProjectRef) => Promise<unknown>): void =>
    register(id, async (argument) => {
      if (runsCli && !requireTrustedWorkspace()) return;
      const project = await resolveProject(argument);
      if (project) await act(project);
    });

  projectCommand('dockside.compose.up', true, (project) => run(project, { kind: 'up' }));
  projectCommand('dockside.compose.upWait', true, async (project) => (await requireCapability('wait')) && run(project, { kind: 'up', wait: true }));
  projectCommand('dockside.compose.stop', true, (project) => run(project, { kind: 'stop' }));
  projectCommand('dockside.compose.start', true, (project) => run(project, { kind: 'start' }));
  projectCommand('dockside.compose.restart', true, (project) => run(project, { kind: 'restart' }));
  projectCommand('dockside.compose.pull', true, (project) => run(project, { kind: 'pull' }));
  projectCommand('dockside.compose.logs', false, (project) => logs.show({ kind: 'compose', project: project.name }, project.name));

  projectCommand('dockside.compose.down', true, async (project) => {
    // Without an answer from the engine the confirmation still says what `down` does, only without names.
    const scope = await composeDownScope(engine.docker, project.name).catch(() => undefined);
    const { message, detail } = composeDownConfirmation(project.name, scope);
    const action = vscode.l10n.t('Take Down');
    if ((await confirmModal(t(message), t(detail), action)) === action) await run(project, { kind: 'down' });
  });

  projectCommand('dockside.compose.upProfiles', true, async (project) => {
    if (!(await requireCapability('profiles'))) return;
    if (project.profiles.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('The compose files of {0} name no profiles.', project.name));
      return;
    }
    const picked = await vscode.window.showQuickPick(
      project.profiles.map((profile) => ({
        label: profile,
        description: project.services
          .filter((service) => service.profiles.includes(profile))
          .map((service) => service.name)
          .join(', '),
      })),
      { canPickMany: true, placeHolder: vscode.l10n.t('Profiles to enable for Up') },
    );
    if (picked && picked.length > 0) await run(project, { kind: 'up' }, { profiles: picked.map((item) => item.label) });
  });

  projectCommand('dockside.compose.upEnvFile', true, async (project) => {
    if (!(await requireCapability('envFile'))) return;
    const folder = project.workingDir ?? (project.configFiles[0] && dirname(project.configFiles[0]));
    const envFiles = folder ? await compose.envFiles(folder) : [];
    if (envFiles.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('There is no .env file beside the compose file of {0}.', project.name));
      return;
    }
    const picked = await vscode.window.showQuickPick(
      envFiles.map((file) => ({ label: file.replace(/^.*[\\/]/, ''), description: vscode.workspace.asRelativePath(file), file })),
      { placeHolder: vscode.l10n.t('The env file for Up') },
    );
    if (picked) await run(project, { kind: 'up' }, { envFile: picked.file });
  });

  projectCommand('dockside.compose.watch', true, async (project) => {
    const cli = await requireCapability('watch');
    if (!cli) return;
    // Watch runs until stopped, printing as it syncs: a terminal the user can read and close.
    const invocation = composeProjectInvocation(cli, project, { kind: 'watch' });
    const env = composeEnvironment(engine.location, cli, process.env);
    const name = vscode.l10n.t('Compose Watch: {0}', project.name);
    log.info(`Running in a terminal: ${commandLine([invocation.program, ...invocation.args])}`);
    vscode.window.createTerminal({ name, shellPath: invocation.program, shellArgs: [...invocation.args], cwd: project.workingDir, env }).show();
  });

  /** The services a service command acts on: the selection when the item is part of it, else the item. */
  const selectedServices = (argument: unknown, selection: unknown): ComposeServiceRef[] => {
    const selected = Array.isArray(selection) ? selection.filter(isServiceItem) : [];
    if (isServiceItem(argument) && !selected.includes(argument)) return [argument.composeService];
    return selected.map((item) => item.composeService);
  };

  /** Runs `operation` for the selected services, once per project they belong to. */
  const serviceCommand = (id: string, operation: (services: string[]) => ComposeOperation): void =>
    register(id, async (argument, selection) => {
      if (!requireTrustedWorkspace()) return;
      for (const [project, services] of byProject(selectedServices(argument, selection))) await run(project, operation(services.map((service) => service.name)));
    });

  serviceCommand('dockside.compose.service.up', (services) => ({ kind: 'up', services }));
  serviceCommand('dockside.compose.service.upBuild', (services) => ({ kind: 'up', services, build: true }));
  serviceCommand('dockside.compose.service.start', (services) => ({ kind: 'start', services }));
  serviceCommand('dockside.compose.service.stop', (services) => ({ kind: 'stop', services }));
  serviceCommand('dockside.compose.service.restart', (services) => ({ kind: 'restart', services }));

  register('dockside.compose.service.remove', async (argument, selection) => {
    if (!requireTrustedWorkspace()) return;
    const services = selectedServices(argument, selection);
    const containers = services.flatMap((service) => service.containers);
    if (containers.length === 0) return;
    const names = services.map((service) => service.name).join(', ');
    const { message, detail } = composeServiceRemovalConfirmation(names, containers.map((container) => container.name));
    const action = vscode.l10n.t('Remove');
    if ((await confirmModal(t(message), t(detail), action)) !== action) return;
    const title = vscode.l10n.t('Removing the containers of {0}', names);
    const ids = containers.map((container) => container.id);
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title }, () => removeServiceContainers(engine.docker, ids));
  });

  register('dockside.compose.service.rebuild', async (argument) => {
    const service = isServiceItem(argument) ? argument.composeService : undefined;
    if (!service || !requireTrustedWorkspace()) return;
    if (await run(service.project, { kind: 'build', services: [service.name] })) await run(service.project, { kind: 'up', services: [service.name] });
  });

  register('dockside.compose.service.logs', async (argument) => {
    const service = isServiceItem(argument) ? argument.composeService : undefined;
    if (service) await logs.show({ kind: 'compose', project: service.project.name, service: service.name }, `${service.project.name} › ${service.name}`);
  });

  register('dockside.compose.service.openDefinition', async (argument) => {
    const definition = isServiceItem(argument) ? argument.composeService.definition : undefined;
    if (!definition) return;
    const position = new vscode.Position(definition.line, definition.character);
    await vscode.window.showTextDocument(vscode.Uri.file(definition.file), { selection: new vscode.Range(position, position) });
  });

  // The code lenses on each service of a compose file.
  const lensService = async (fileUri: unknown, service: unknown): Promise<{ project: ComposeProjectRef; service: string } | undefined> => {
    const file = fileUri instanceof vscode.Uri ? fileUri : typeof fileUri === 'string' ? vscode.Uri.parse(fileUri) : undefined;
    if (!file || typeof service !== 'string') return undefined;
    const definition = await compose.projectOf(file.fsPath);
    return definition && { project: definedProjectRef(definition), service };
  };
  register(ClientCommands.composeRunService, async (fileUri, service) => {
    if (!requireTrustedWorkspace()) return;
    const found = await lensService(fileUri, service);
    if (found) await run(found.project, { kind: 'up', services: [found.service] });
  });
  register(ClientCommands.composeServiceLogs, async (fileUri, service) => {
    const found = await lensService(fileUri, service);
    if (found) await logs.show({ kind: 'compose', project: found.project.name, service: found.service }, `${found.project.name} › ${found.service}`);
  });
}

/** Services grouped by their project (by name and folder), in selection order. */
function byProject(services: readonly ComposeServiceRef[]): Array<[ComposeProjectRef, ComposeServiceRef[]]> {
  const groups = new Map<string, [ComposeProjectRef, ComposeServiceRef[]]>();
  for (const service of services) {
    const key = `${service.project.name}\u0000${service.project.workingDir ?? ''}`;
    const group = groups.get(key) ?? [service.project, []];
    group[1].push(service);
    groups.set(key, group);
  }
  return [...groups.values()];
}
