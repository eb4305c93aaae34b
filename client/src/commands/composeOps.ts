/**
 * Compose operations on a project or some of its services, as the commands
 * run them (`vscode`-free, so the engine tier runs exactly this): which
 * profiles each needs, the argument array, and the run.
 */
import { existsSync } from 'node:fs';
import type Docker from 'dockerode';
import { composeInvocation, type ComposeCli, type ComposeInvocation, type ComposeOperation, type ComposeTarget } from '../compose/cli';
import { runCompose, type RunOptions, type RunResult } from '../compose/run';
import type { ComposeProjectRef } from '../engine/refs';
import { commandLine, type Log } from '../log';
import { applyLifecycle } from './containerOps';

/** What the user chose for this run: profiles to enable, an env file. */
export interface ComposeChoices {
  readonly profiles?: readonly string[];
  readonly envFile?: string;
}

/**
 * The target of an operation. Naming services enables their profiles (a profiled service is
 * started when asked for by name); down, stop, start and restart of the whole project enable
 * every profile, so they reach the profiled services' containers too; anything else runs with
 * the profiles chosen, none by default, as `compose up` does.
 */
export function composeTarget(project: ComposeProjectRef, operation: ComposeOperation, choices: ComposeChoices = {}): ComposeTarget {
  const named = 'services' in operation ? (operation.services ?? []) : [];
  let profiles: readonly string[];
  if (named.length > 0) {
    profiles = project.services.filter((service) => named.includes(service.name)).flatMap((service) => service.profiles);
  } else if (operation.kind === 'down' || operation.kind === 'stop' || operation.kind === 'start' || operation.kind === 'restart') {
    profiles = project.profiles;
  } else {
    profiles = [];
  }
  return {
    projectName: project.name,
    files: project.configFiles,
    envFile: choices.envFile,
    profiles: [...new Set([...profiles, ...(choices.profiles ?? [])])].sort(),
  };
}

/**
 * Runs one operation with the CLI, in the project's folder. A project known only from its
 * containers' labels may name files and a folder of another machine: those are left out, and
 * compose acts on the project by name where it can.
 */
export async function runComposeOperation(
  cli: ComposeCli,
  project: ComposeProjectRef,
  operation: ComposeOperation,
  options: RunOptions & { readonly log: Log; readonly choices?: ComposeChoices; readonly onInvocation?: (invocation: ComposeInvocation) => void },
): Promise<RunResult> {
  const invocation = composeProjectInvocation(cli, project, operation, options.choices);
  options.onInvocation?.(invocation);
  const folder = project.workingDir !== undefined && existsSync(project.workingDir) ? project.workingDir : undefined;
  const cwd = options.cwd ?? folder;
  const line = commandLine([invocation.program, ...invocation.args]);
  options.log.info(`Running${cwd ? ` in ${cwd}` : ''}: ${line}`);
  const result = await runCompose(invocation, { ...options, cwd });
  if (result.exitCode === 0) options.log.info(`Done: ${line}`);
  else if (options.signal?.aborted) options.log.info(`Cancelled: ${line}`);
  else options.log.error(`${result.missing ? 'Could not start' : `Failed (exit code ${result.exitCode ?? 'none'})`}: ${line}`);
  return result;
}

/** The argument array of an operation, with only the project's files that exist here. */
export function composeProjectInvocation(cli: ComposeCli, project: ComposeProjectRef, operation: ComposeOperation, choices?: ComposeChoices): ComposeInvocation {
  const target = composeTarget(project, operation, choices);
  return composeInvocation(cli, { ...target, files: target.files.filter((file) => existsSync(file)) }, operation);
}

/**
 * A service's Remove: the containers its confirmation named, each stopped as `compose rm --stop`
 * stops it (gracefully) and then removed, through the Engine API. So exactly what was named goes,
 * with any compose CLI or none (podman-compose has no `rm`). Anonymous volumes stay, as with `rm`
 * without `-v`. A container already gone counts as removed.
 */
export async function removeServiceContainers(docker: Docker, containerIds: readonly string[]): Promise<void> {
  await Promise.all(
    containerIds.map(async (id) => {
      try {
        await applyLifecycle(docker, id, 'stop');
        await docker.getContainer(id).remove({ v: false });
      } catch (error) {
        if ((error as { statusCode?: number }).statusCode !== 404) throw error;
      }
    }),
  );
}
