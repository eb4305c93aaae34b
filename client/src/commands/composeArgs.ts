/**
 * `docker compose` argument arrays. Compose commands run the CLI in a terminal
 * with these as `shellArgs`: never a shell string, so a file or project named
 * `x; rm -rf ~` is passed through as one argument. Pure.
 */

export type ComposeAction = 'up' | 'down' | 'restart' | 'logs';

/** A compose project, addressed by its files, its name, or both. */
export interface ComposeTarget {
  /** Absolute paths of the compose files (`-f`), in order. */
  readonly files: readonly string[];
  /** `-p`: the project name, e.g. from a container's `com.docker.compose.project` label. */
  readonly projectName?: string;
}

/** Arguments after `docker`, e.g. `['compose', '-f', '/p/compose.yaml', 'up', '-d']`. */
export function composeArgs(target: ComposeTarget, action: ComposeAction, services: readonly string[] = []): string[] {
  const args = ['compose'];
  if (target.projectName !== undefined) args.push('--project-name', target.projectName);
  for (const file of target.files) args.push('--file', file);
  switch (action) {
    case 'up':
      args.push('up', '--detach');
      break;
    case 'down':
      args.push('down');
      break;
    case 'restart':
      args.push('restart');
      break;
    case 'logs':
      args.push('logs', '--follow', '--timestamps', '--tail', '200');
      break;
  }
  // `--` ends the options: a service name can never be read as a flag.
  if (services.length > 0) args.push('--', ...services);
  return args;
}

/** Compose's recorded files, trimmed, without empties, relative ones resolved against the project's working directory. */
export function resolveComposeFiles(files: readonly string[], workingDir: string | undefined): string[] {
  return files
    .map((file) => file.trim())
    .filter((file) => file !== '')
    .map((file) => (file.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(file) || !workingDir ? file : `${workingDir.replace(/[\\/]$/, '')}/${file}`));
}
