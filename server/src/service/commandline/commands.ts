/**
 * The shape of the `docker` CLI, as far as reading command lines needs it:
 * which words are commands, which are command groups, and which flags each
 * command takes (and whether they take a value). Flag lists marked `complete`
 * are the whole set Docker accepts, so an unknown flag there is worth a hint;
 * for the rest we only explain what we recognise.
 */

export interface FlagSpec {
  readonly long: string;
  readonly short?: string;
  readonly takesValue: boolean;
}

export interface CommandSpec {
  /** The canonical path after `docker`: `run`, `image ls`, `compose up`. */
  readonly path: string;
  readonly flags: readonly FlagSpec[];
  /** Every flag the command accepts is listed: an unlisted one is a mistake. */
  readonly complete: boolean;
  /** Flags may follow positional arguments; false for `run`/`exec`, whose later words belong to the container's command. */
  readonly interspersed: boolean;
  /** Another command whose knowledge entries document these flags (`create` borrows `run`'s). */
  readonly flagDocsFrom?: string;
}

/**
 * A compact flag list: `-p --publish=` is `--publish` with short form `-p`,
 * taking a value (`=`); `--rm` takes none.
 */
function flags(spec: string): FlagSpec[] {
  return spec
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map((item) => {
      const words = item.split(/\s+/);
      const longWord = words[words.length - 1];
      const takesValue = longWord.endsWith('=');
      return { long: takesValue ? longWord.slice(0, -1) : longWord, short: words.length > 1 ? words[0] : undefined, takesValue };
    });
}

const help = '--help';

const runFlags = flags(`
  -a --attach=, --add-host=, --annotation=, --blkio-weight=, --blkio-weight-device=, --cap-add=, --cap-drop=,
  --cgroup-parent=, --cgroupns=, --cidfile=, --cpu-count=, --cpu-percent=, --cpu-period=, --cpu-quota=,
  --cpu-rt-period=, --cpu-rt-runtime=, -c --cpu-shares=, --cpus=, --cpuset-cpus=, --cpuset-mems=, -d --detach,
  --detach-keys=, --device=, --device-cgroup-rule=, --device-read-bps=, --device-read-iops=, --device-write-bps=,
  --device-write-iops=, --disable-content-trust, --dns=, --dns-option=, --dns-search=, --domainname=, --entrypoint=,
  -e --env=, --env-file=, --expose=, --gpus=, --group-add=, --health-cmd=, --health-interval=, --health-retries=,
  --health-start-interval=, --health-start-period=, --health-timeout=, ${help}, -h --hostname=, --init,
  -i --interactive, --io-maxbandwidth=, --io-maxiops=, --ip=, --ip6=, --ipc=, --isolation=, --kernel-memory=,
  -l --label=, --label-file=, --link=, --link-local-ip=, --log-driver=, --log-opt=, --mac-address=, -m --memory=,
  --memory-reservation=, --memory-swap=, --memory-swappiness=, --mount=, --name=, --network=, --net=,
  --network-alias=, --net-alias=, --no-healthcheck, --oom-kill-disable, --oom-score-adj=, --pid=, --pids-limit=,
  --platform=, --privileged, -p --publish=, -P --publish-all, --pull=, -q --quiet, --read-only, --restart=, --rm,
  --runtime=, --security-opt=, --shm-size=, --sig-proxy, --stop-signal=, --stop-timeout=, --storage-opt=,
  --sysctl=, --tmpfs=, -t --tty, --ulimit=, --use-api-socket, -u --user=, --userns=, --uts=, -v --volume=,
  --volume-driver=, --volumes-from=, -w --workdir=
`);

const execFlags = flags(`-d --detach, --detach-keys=, -e --env=, --env-file=, ${help}, -i --interactive, --privileged, -t --tty, -u --user=, -w --workdir=`);

const buildFlags = flags(`
  --add-host=, --allow=, --annotation=, --attest=, --build-arg=, --build-context=, --builder=, --cache-from=,
  --cache-to=, --call=, --cgroup-parent=, --check, --compress, -c --cpu-shares=, --cpu-period=, --cpu-quota=,
  --cpuset-cpus=, --cpuset-mems=, --debug, --disable-content-trust, -f --file=, --force-rm, ${help}, --iidfile=,
  --isolation=, --label=, --load, -m --memory=, --memory-swap=, --metadata-file=, --network=, --no-cache,
  --no-cache-filter=, -o --output=, --platform=, --progress=, --provenance=, --pull, --push, -q --quiet, --rm,
  --sbom=, --secret=, --security-opt=, --shm-size=, --squash, --ssh=, -t --tag=, --target=, --ulimit=
`);

const listImagesFlags = flags(`-a --all, --digests, -f --filter=, --format=, ${help}, --no-trunc, -q --quiet, --tree`);
const psFlags = flags(`-a --all, -f --filter=, --format=, ${help}, -n --last=, -l --latest, --no-trunc, -q --quiet, -s --size`);
const logsFlags = flags(`--details, -f --follow, ${help}, --since=, -n --tail=, -t --timestamps, --until=`);
const rmFlags = flags(`-f --force, ${help}, -l --link, -v --volumes`);
const rmiFlags = flags(`-f --force, ${help}, --no-prune, --platform=`);
const pullPushFlags = flags(`-a --all-tags, --disable-content-trust, ${help}, --platform=, -q --quiet`);
const loginFlags = flags(`${help}, -p --password=, --password-stdin, -u --username=`);
const searchFlags = flags(`-f --filter=, --format=, ${help}, --limit=, --no-trunc`);
const startFlags = flags(`-a --attach, --checkpoint=, --checkpoint-dir=, --detach-keys=, ${help}, -i --interactive`);
const stopFlags = flags(`${help}, -s --signal=, -t --timeout=, --time=`);
const attachFlags = flags(`--detach-keys=, ${help}, --no-stdin, --sig-proxy`);
const commitFlags = flags(`-a --author=, -c --change=, ${help}, -m --message=, -p --pause`);
const pruneFlags = flags(`-a --all, --filter=, -f --force, ${help}`);
const systemPruneFlags = flags(`-a --all, --filter=, -f --force, ${help}, --volumes`);
const inspectFlags = flags(`-f --format=, ${help}, -s --size, --type=`);
const historyFlags = flags(`--format=, ${help}, -H --human, --no-trunc, --platform=, -q --quiet`);
const statsFlags = flags(`-a --all, --format=, ${help}, --no-stream, --no-trunc`);
const killFlags = flags(`${help}, -s --signal=`);
const composeUpFlags = flags(`
  --abort-on-container-exit, --abort-on-container-failure, --always-recreate-deps, --attach=, --attach-dependencies,
  --build, -d --detach, --exit-code-from=, --force-recreate, ${help}, --menu, --no-attach=, --no-build, --no-color,
  --no-deps, --no-log-prefix, --no-recreate, --no-start, --pull=, --quiet-build, --quiet-pull, --remove-orphans,
  -V --renew-anon-volumes, --scale=, -t --timeout=, --timestamps, --wait, --wait-timeout=, -w --watch, -y --yes
`);
const composeDownFlags = flags(`${help}, --remove-orphans, --rmi=, -t --timeout=, -v --volumes`);
const composeLogsFlags = flags(`-f --follow, ${help}, --index=, --no-color, --no-log-prefix, --since=, -n --tail=, -t --timestamps, --until=`);
const composePsFlags = flags(`-a --all, --filter=, --format=, ${help}, --no-trunc, --orphans, -q --quiet, --services, --status=`);

/** Flags `docker` itself takes before the command. */
export const globalFlags: readonly FlagSpec[] = flags(`
  --config=, -c --context=, -D --debug, ${help}, -H --host=, -l --log-level=, --tls, --tlscacert=, --tlscert=,
  --tlskey=, --tlsverify, -v --version
`);

/** Flags `docker compose` takes before its subcommand. */
export const composeGlobalFlags: readonly FlagSpec[] = flags(`
  --all-resources, --ansi=, --compatibility, --dry-run, --env-file=, -f --file=, ${help}, --parallel=,
  --profile=, --progress=, --project-directory=, -p --project-name=
`);

const byPath = new Map<string, CommandSpec>();

/** `spellings` are the ways to write the command, canonical first: `ps|container ls`. */
function define(spellings: string, flagList: readonly FlagSpec[], complete: boolean, options: Partial<CommandSpec> = {}): void {
  const written = spellings.split('|');
  const spec: CommandSpec = { path: written[0], flags: flagList, complete, interspersed: true, ...options };
  for (const path of written) byPath.set(path, spec);
}

define('run|container run', runFlags, true, { interspersed: false });
define('create|container create', runFlags.filter((flag) => flag.long !== '--detach' && flag.long !== '--sig-proxy'), true, {
  interspersed: false,
  flagDocsFrom: 'run',
});
define('exec|container exec', execFlags, true, { interspersed: false });
define('build|image build|buildx build|builder build', buildFlags, true);
define('images', listImagesFlags, true);
define('image ls|image list', listImagesFlags, true);
define('ps|container ls|container list|container ps', psFlags, true);
define('logs|container logs', logsFlags, true);
define('rm|container rm|container remove', rmFlags, true);
define('rmi', rmiFlags, true);
define('image rm|image remove', rmiFlags, true, { flagDocsFrom: 'rmi' });
define('pull|image pull', pullPushFlags, true);
define('push|image push', pullPushFlags, true);
define('login', loginFlags, true);
define('logout', flags(help), true);
define('search', searchFlags, true);
define('start|container start', startFlags, true);
define('stop|container stop', stopFlags, true);
define('restart|container restart', stopFlags, true);
define('attach|container attach', attachFlags, true);
define('commit|container commit', commitFlags, true);
define('kill|container kill', killFlags, true);
define('pause|container pause', flags(help), true);
define('unpause|container unpause', flags(help), true);
define('diff|container diff', flags(help), true);
define('cp|container cp', flags(`-a --archive, -L --follow-link, ${help}, -q --quiet`), true);
define('history|image history', historyFlags, true);
define('inspect', inspectFlags, true);
define('image inspect', flags(`-f --format=, ${help}, --platform=`), true);
define('container inspect', flags(`-f --format=, ${help}, -s --size`), true);
define('stats|container stats', statsFlags, true);
define('tag|image tag', flags(help), true);
define('version', flags(`-f --format=, ${help}`), true);
define('info|system info', flags(`-f --format=, ${help}`), true);
define('system df', flags(`--format=, ${help}, -v --verbose`), true);
define('container prune', pruneFlags, true);
define('image prune', pruneFlags, true);
define('system prune', systemPruneFlags, true);
define('network create', flags(`--attachable, --aux-address=, --config-from=, --config-only, -d --driver=, --gateway=, ${help}, --ingress, --internal, --ip-range=, --ipam-driver=, --ipam-opt=, --ipv4, --ipv6, --label=, -o --opt=, --scope=, --subnet=`), true);
define('network ls|network list', flags(`-f --filter=, --format=, ${help}, --no-trunc, -q --quiet`), true);
define('network inspect', flags(`-f --format=, ${help}, -v --verbose`), true);
define('network connect', flags(`--alias=, --driver-opt=, --gw-priority=, ${help}, --ip=, --ip6=, --link=, --link-local-ip=`), true);
define('network rm|network remove', flags(`-f --force, ${help}`), true);
define('volume create', flags(`-d --driver=, ${help}, --label=, -o --opt=`), false);
define('volume ls|volume list', flags(`--cluster, -f --filter=, --format=, ${help}, -q --quiet`), true);
define('volume inspect', flags(`-f --format=, ${help}`), true);
define('volume rm|volume remove', flags(`-f --force, ${help}`), true);
define('compose up', composeUpFlags, true);
define('compose down', composeDownFlags, true);
define('compose logs', composeLogsFlags, true);
define('compose ps', composePsFlags, true);

/** The spec of a command path as written (`container run` → `run`'s spec), if we know its flags. */
export function commandSpec(path: string): CommandSpec | undefined {
  return byPath.get(path);
}

/** Every top-level `docker` command, plugins that ship with Docker Desktop included. */
export const topLevelCommands: ReadonlySet<string> = new Set([
  'ai', 'mcp', 'model', 'offload', 'scan', 'dev', 'feedback', 'attach', 'bake', 'build', 'builder', 'buildx', 'checkpoint', 'commit', 'compose', 'config', 'container', 'context',
  'cp', 'create', 'debug', 'desktop', 'diff', 'events', 'exec', 'export', 'extension', 'history', 'image', 'images',
  'import', 'info', 'init', 'inspect', 'kill', 'load', 'login', 'logout', 'logs', 'manifest', 'network', 'node',
  'pause', 'plugin', 'port', 'ps', 'pull', 'push', 'rename', 'restart', 'rm', 'rmi', 'run', 'save', 'sbom', 'scout',
  'search', 'secret', 'service', 'stack', 'start', 'stats', 'stop', 'swarm', 'system', 'tag', 'top', 'trust',
  'unpause', 'update', 'version', 'volume', 'wait',
]);

/** Command groups whose next word is a subcommand, with the subcommands we can check. */
export const groupSubcommands: Readonly<Record<string, ReadonlySet<string>>> = {
  container: new Set([
    'attach', 'commit', 'cp', 'create', 'diff', 'exec', 'export', 'inspect', 'kill', 'logs', 'ls', 'list', 'ps',
    'pause', 'port', 'prune', 'rename', 'restart', 'rm', 'remove', 'run', 'start', 'stats', 'stop', 'top', 'unpause',
    'update', 'wait',
  ]),
  image: new Set(['build', 'history', 'import', 'inspect', 'load', 'ls', 'list', 'prune', 'pull', 'push', 'rm', 'remove', 'save', 'tag']),
  network: new Set(['connect', 'create', 'disconnect', 'inspect', 'ls', 'list', 'prune', 'rm', 'remove']),
  volume: new Set(['create', 'inspect', 'ls', 'list', 'prune', 'rm', 'remove', 'update']),
  system: new Set(['df', 'events', 'info', 'prune', 'dial-stdio']),
  compose: new Set([
    'alpha', 'attach', 'build', 'commit', 'config', 'cp', 'create', 'down', 'events', 'exec', 'export', 'images', 'kill',
    'logs', 'ls', 'pause', 'port', 'ps', 'publish', 'pull', 'push', 'restart', 'rm', 'run', 'scale', 'start', 'stats',
    'stop', 'top', 'unpause', 'up', 'version', 'volumes', 'wait', 'watch',
  ]),
};

/** Groups whose subcommands we don't check (plugins and rarer groups change often). */
export const uncheckedGroups: ReadonlySet<string> = new Set([
  'builder', 'buildx', 'checkpoint', 'config', 'context', 'extension', 'manifest', 'node', 'plugin', 'scout', 'secret',
  'service', 'stack', 'swarm', 'trust', 'desktop', 'debug', 'ai', 'mcp', 'model', 'offload', 'scan', 'dev',
]);
