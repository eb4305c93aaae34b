/**
 * Audit of issue 6's runtime rules for commands, driven through the real
 * command handlers against a recording stand-in for `vscode` and the engine:
 *   - in an untrusted workspace, build, run and every Compose command refuse
 *     with an explanation before they prompt, touch the engine or open a
 *     terminal (the menus hide them too; this covers the palette and keys);
 *   - every input box validates what is typed before anything is sent: a
 *     hostile `x; rm -rf ~` is refused, and every value offered as a default
 *     is accepted;
 *   - `compose down` confirms first, naming the project, since it removes
 *     the project's containers and networks.
 */
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { TtySession } from '../../../client/src/commands/shellSession';
import { silentLog } from '../../../client/src/log';

type Handler = (...args: unknown[]) => Promise<unknown>;
interface InputBoxOptions {
  readonly title?: string;
  readonly prompt?: string;
  readonly value?: string;
  readonly validateInput?: (value: string) => string | undefined;
}
interface Pty {
  open(dimensions: { columns: number; rows: number } | undefined): void;
  close(): void;
}
interface TerminalOptions {
  readonly pty?: Pty;
  readonly name?: string;
  readonly shellPath?: string;
  readonly shellArgs?: string[] | string;
  readonly cwd?: string;
  readonly env?: Record<string, string>;
}
interface QuickPickItem {
  readonly label: string;
  readonly description?: string;
}
/** A `createQuickPick` picker as the fake keeps it, for a test to type into, accept and close. */
interface FakePicker {
  items: QuickPickItem[];
  value: string;
  selectedItems: QuickPickItem[];
  type(value: string): void;
  accept(item: QuickPickItem | undefined): void;
  hide(): void;
}

const hostile = 'x; rm -rf ~';
const handlers = new Map<string, Handler>();
const contextKeys = new Map<string, unknown>();
let configurationListener: ((change: { affectsConfiguration(section: string): boolean }) => void) | undefined;
let hostInspection: { globalValue?: string; workspaceValue?: string; workspaceFolderValue?: string } = {};
const statusBarItems: Array<{ text: string; tooltip: unknown; command: unknown; visible: boolean }> = [];
const seen = {
  warnings: [] as string[],
  errors: [] as string[],
  infos: [] as string[],
  inputBoxes: [] as InputBoxOptions[],
  quickPicks: 0,
  pickers: [] as FakePicker[],
  /** Everything else with an effect: terminals, file searches, opened documents, engine use. */
  effects: [] as string[],
  terminals: [] as TerminalOptions[],
  /** What output channels were given. */
  output: [] as string[],
};
let trusted = false;

function resetSeen(): void {
  seen.warnings.length = 0;
  seen.errors.length = 0;
  seen.infos.length = 0;
  seen.inputBoxes.length = 0;
  seen.quickPicks = 0;
  seen.pickers.length = 0;
  seen.effects.length = 0;
  seen.terminals.length = 0;
  seen.output.length = 0;
}

const disposable = { dispose: () => undefined };

class EventEmitter<T> {
  readonly event = (): typeof disposable => disposable;
  fire(_value: T): void {}
  dispose(): void {}
}

class Uri {
  private constructor(
    readonly scheme: string,
    readonly fsPath: string,
  ) {}
  static file(path: string): Uri {
    return new Uri('file', path);
  }
  static parse(text: string): Uri {
    return new Uri(text.slice(0, text.indexOf(':')), decodeURIComponent(text.replace(/^file:\/\//, '')));
  }
  toString(): string {
    return `${this.scheme}://${this.fsPath}`;
  }
}

const fakeVscode = {
  EventEmitter,
  Uri,
  Disposable: { from: () => disposable },
  ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
  StatusBarAlignment: { Left: 1, Right: 2 },
  TreeItemCollapsibleState: { None: 0, Collapsed: 1, Expanded: 2 },
  ThemeIcon: class {},
  commands: {
    registerCommand: (id: string, handler: Handler) => {
      handlers.set(id, handler);
      return disposable;
    },
    executeCommand: (id: string, ...args: unknown[]) => {
      if (id === 'setContext') contextKeys.set(String(args[0]), args[1]);
      seen.effects.push(`executeCommand ${id}`);
      return Promise.resolve(undefined);
    },
  },
  window: {
    activeTextEditor: undefined,
    createTreeView: () => ({ visible: false, onDidChangeVisibility: () => disposable, dispose: () => undefined }),
    createStatusBarItem: () => {
      const item = { text: '', tooltip: '' as unknown, command: undefined as unknown, name: '', visible: false, show: () => (item.visible = true), hide: () => (item.visible = false), dispose: () => undefined };
      statusBarItems.push(item);
      return item;
    },
    createOutputChannel: () => ({
      ...disposable,
      append: (text: string) => seen.output.push(text),
      appendLine: (text: string) => seen.output.push(`${text}\n`),
      clear: () => undefined,
      show: () => undefined,
    }),
    showWarningMessage: (message: string) => {
      seen.warnings.push(message);
      return Promise.resolve(undefined);
    },
    showErrorMessage: (message: string) => {
      seen.errors.push(message);
      return Promise.resolve(undefined);
    },
    showInformationMessage: (message: string) => {
      seen.infos.push(message);
      return Promise.resolve(undefined);
    },
    showInputBox: (options: InputBoxOptions) => {
      seen.inputBoxes.push(options);
      // The run form is followed to its end with the offered values; every other box is cancelled once seen.
      return Promise.resolve(/^Run .*\(\d\/\d\)$/.test(options.title ?? '') ? (options.value ?? '') : undefined);
    },
    showQuickPick: async (items: QuickPickItem[] | Promise<QuickPickItem[]>) => {
      seen.quickPicks += 1;
      const list = await items;
      // The first choice is what Enter gives, except that the run form is cancelled at its last step.
      return list.some((item) => item.label.includes('--rm')) ? undefined : list[0];
    },
    createQuickPick: () => {
      seen.quickPicks += 1;
      const listeners = { value: [] as ((value: string) => void)[], accept: [] as (() => void)[], hide: [] as (() => void)[] };
      const on = <T>(list: T[]) => (listener: T) => {
        list.push(listener);
        return disposable;
      };
      const picker = {
        items: [] as QuickPickItem[],
        value: '',
        selectedItems: [] as QuickPickItem[],
        placeholder: '',
        matchOnDescription: false,
        busy: false,
        onDidChangeValue: on(listeners.value),
        onDidAccept: on(listeners.accept),
        onDidHide: on(listeners.hide),
        show: () => seen.pickers.push(picker),
        type: (value: string) => {
          picker.value = value;
          for (const listener of listeners.value) listener(value);
        },
        accept: (item: QuickPickItem | undefined) => {
          picker.selectedItems = item ? [item] : [];
          for (const listener of listeners.accept) listener();
        },
        hide: () => {
          for (const listener of listeners.hide) listener();
        },
        dispose: () => undefined,
      };
      return picker;
    },
    showOpenDialog: () => {
      seen.effects.push('showOpenDialog');
      return Promise.resolve(undefined);
    },
    createTerminal: (options: TerminalOptions) => {
      seen.effects.push('createTerminal');
      seen.terminals.push(options);
      return { show: () => undefined };
    },
    withProgress: (_options: unknown, task: (progress: unknown, token: unknown) => Promise<unknown>) =>
      task({ report: () => undefined }, { onCancellationRequested: () => disposable }),
    showTextDocument: () => Promise.resolve(undefined),
  },
  workspace: {
    get isTrusted() {
      return trusted;
    },
    workspaceFolders: undefined,
    registerTextDocumentContentProvider: () => disposable,
    onDidChangeTextDocument: () => disposable,
    getConfiguration: () => ({ get: <T>(_key: string, fallback: T) => fallback, inspect: () => hostInspection }),
    onDidChangeConfiguration: (listener: typeof configurationListener) => {
      configurationListener = listener;
      return disposable;
    },
    getWorkspaceFolder: () => undefined,
    asRelativePath: (path: unknown) => String(path),
    findFiles: () => {
      seen.effects.push('findFiles');
      return Promise.resolve([]);
    },
    openTextDocument: (uri: Uri) => {
      seen.effects.push('openTextDocument');
      return Promise.resolve({ uri, isDirty: false, getText: () => 'FROM busybox\n', lineCount: 1 });
    },
  },
  languages: { createDiagnosticCollection: () => ({ ...disposable, delete: () => undefined, set: () => undefined, has: () => false }) },
  env: { language: 'en', clipboard: { writeText: () => Promise.resolve() } },
  l10n: { t: (message: string, ...args: unknown[]) => message.replace(/\{(\d+)\}/g, (_, index: string) => String(args[Number(index)])) },
};

const moduleWithLoad = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
const originalLoad = moduleWithLoad._load;
moduleWithLoad._load = function (request: string, ...rest: unknown[]) {
  return request === 'vscode' ? fakeVscode : originalLoad.call(this, request, ...rest);
};

/** The engine as the commands see it: every use is recorded; images have a config to prefill the run form from. */
const fakeDocker = {
  getImage: () => ({
    inspect: () =>
      Promise.resolve({ Id: `sha256:${'a'.repeat(64)}`, Config: { ExposedPorts: { '80/tcp': {} }, Env: ['PATH=/bin', 'GREETING=hello world'], Volumes: { '/data': {} } } }),
  }),
};
/** Where the engine is: here the machine setting `dockside.engine.host` points it at a remote engine. */
const settingLocation = { host: 'tcp://10.0.0.5:2375', contextName: 'default', source: 'setting', address: { transport: 'tcp', hostname: '10.0.0.5', port: 2375 } };
let engineState: { status: string; location?: typeof settingLocation } = { status: 'idle' };
const fakeEngine = {
  get docker() {
    seen.effects.push('engine');
    return fakeDocker;
  },
  get state() {
    return engineState;
  },
  get location() {
    return settingLocation;
  },
};

const containerItem = { ref: { kind: 'container', id: 'c'.repeat(64), name: 'Web_1', state: 'running' } };
const imageItem = { ref: { kind: 'image', id: `sha256:${'a'.repeat(64)}`, name: 'busybox:latest' } };
/** The project's folder really exists: compose runs in it, with its files that exist. */
const shopFolder = mkdtempSync(join(tmpdir(), 'dockside-audit-shop-'));
writeFileSync(join(shopFolder, 'compose.yaml'), 'services:\n  web:\n    image: nginx\n');
const composeProjectRef = {
  name: 'shop',
  workingDir: shopFolder,
  configFiles: [join(shopFolder, 'compose.yaml')],
  defined: true,
  profiles: [],
  services: [{ name: 'web', profiles: [] }],
};
const composeProjectItem = { composeProject: composeProjectRef };
const composeServiceItem = { composeService: { project: composeProjectRef, name: 'web', profiles: [], builds: false, containers: [] } };
const pluginFound = {
  status: 'found',
  cli: { command: { program: 'docker', prefix: ['compose'] }, implementation: 'compose-v2', version: '2.29.1', capabilities: { wait: true, watch: true, profiles: true, envFile: true, removeOrphans: true } },
};
let composeCliState: unknown = pluginFound;
/** The workspace's compose side as the commands see it: one project, and (unless a test says otherwise) `docker compose` 2.29 as the CLI. */
const fakeCompose = {
  cli: () => {
    seen.effects.push('compose CLI');
    return Promise.resolve(composeCliState);
  },
  definitions: () => {
    seen.effects.push('compose definitions');
    return Promise.resolve([{ name: 'shop', workingDir: shopFolder, files: composeProjectRef.configFiles, services: [], profiles: [], unreadable: [] }]);
  },
  projectOf: () => {
    seen.effects.push('compose project');
    return Promise.resolve({ name: 'shop', workingDir: shopFolder, files: composeProjectRef.configFiles, services: [], profiles: [], unreadable: [] });
  },
};
const dockerfile = Uri.file('/srv/My App/Dockerfile');
const composeFile = Uri.file('/srv/shop/compose.yaml');

/** How a test title names an argument: a path, a string, or the kind of tree item. */
function describeArgument(argument: unknown): string {
  if (argument instanceof Uri) return argument.fsPath;
  if (typeof argument === 'string') return argument;
  return `${Object.keys(argument as object)[0]} item`;
}

async function run(command: string, ...args: unknown[]): Promise<void> {
  const handler = handlers.get(command);
  assert.ok(handler, `${command} is registered`);
  await handler(...args);
}

describe('audit: commands at runtime', () => {
  before(() => {
    // Required only now, after the stand-in for `vscode` is in place (a static import would load it first).
    const { registerCommands } = require('../../../client/src/commands') as typeof import('../../../client/src/commands');
    registerCommands(
      { subscriptions: [], workspaceState: { get: () => undefined, update: async () => undefined } } as never,
      fakeEngine as never,
      { dockerfileBuildInfo: async () => null },
      { credentials: {} as never, view: {} as never },
      fakeCompose as never,
      silentLog,
    );
  });
  after(() => rmSync(shopFolder, { recursive: true, force: true }));
  beforeEach(() => {
    resetSeen();
    trusted = false;
    engineState = { status: 'idle' };
  });

  const gated: Array<[string, ...unknown[]]> = [
    ['dockside.image.build', dockerfile],
    ['dockside.image.build'],
    ['dockside.image.run', imageItem],
    ['dockside.image.run', 'busybox:latest'],
    ['dockside.image.runInteractive', imageItem],
    ['dockside.compose.up', composeFile],
    ['dockside.compose.up'],
    ['dockside.compose.up', composeProjectItem],
    ['dockside.compose.upProfiles', composeProjectItem],
    ['dockside.compose.upEnvFile', composeProjectItem],
    ['dockside.compose.down', composeProjectItem],
    ['dockside.compose.stop', composeProjectItem],
    ['dockside.compose.start', composeProjectItem],
    ['dockside.compose.restart', composeFile],
    ['dockside.compose.pull', composeProjectItem],
    ['dockside.compose.watch', composeProjectItem],
    ['dockside.compose.service.up', composeServiceItem],
    ['dockside.compose.service.upBuild', composeServiceItem],
    ['dockside.compose.service.stop', composeServiceItem],
    ['dockside.compose.service.remove', composeServiceItem],
    ['dockside.compose.service.rebuild', { composeService: { ...composeServiceItem.composeService, builds: true } }],
    ['dockside.compose.runService', composeFile.toString(), 'web'],
  ];
  for (const [command, ...args] of gated) {
    test(`untrusted workspace: ${command}(${args.map(describeArgument).join(', ')}) refuses with the reason, before anything else`, async () => {
      await run(command, ...args);
      assert.equal(seen.warnings.length, 1, `one explanation: ${seen.warnings.join(' | ')}`);
      assert.match(seen.warnings[0], /untrusted workspace/);
      assert.deepEqual(seen.effects, [], 'no engine use, terminal, file search or document');
      assert.equal(seen.inputBoxes.length + seen.quickPicks, 0, 'no prompt');
      assert.deepEqual(seen.errors, []);
    });
  }

  test('trusted workspace: Run Image goes ahead, prefilled from the image, and every field validates what is typed', async () => {
    trusted = true;
    await run('dockside.image.run', imageItem);
    assert.deepEqual(seen.warnings, []);
    assert.deepEqual(seen.errors, []);
    assert.ok(seen.effects.includes('engine'), 'the image was inspected for the prefill');
    assert.deepEqual(
      seen.inputBoxes.map((box) => box.value ?? ''),
      ['', '80:80', 'PATH=/bin "GREETING=hello world"', '/data'],
      'name, ports (EXPOSE proposed, not published by itself), environment and VOLUMEs',
    );
    assert.match(seen.inputBoxes[1].prompt ?? '', /EXPOSE alone publishes nothing/);
    for (const box of seen.inputBoxes) {
      assert.ok(box.validateInput, `${box.prompt} validates`);
      assert.equal(box.validateInput(box.value ?? ''), undefined, `the offered value of "${box.prompt}" is valid`);
      assert.ok(box.validateInput(hostile), `"${box.prompt}" refuses ${hostile}`);
    }
    const [name, ports, , volumes] = seen.inputBoxes;
    assert.ok(ports.validateInput?.('70000:80'), 'port range');
    assert.ok(ports.validateInput?.('8080:80/http'), 'protocol');
    assert.ok(volumes.validateInput?.('data:relative/path'), 'absolute container paths only');
    assert.ok(name.validateInput?.('-web'), 'container-name charset');
  });

  const inputs: Array<{ command: string; args: unknown[]; accepts: string[]; refuses: string[] }> = [
    { command: 'dockside.volume.create', args: [], accepts: ['data'], refuses: ['', 'x;y', '/abs'] },
    { command: 'dockside.network.create', args: [], accepts: ['backend'], refuses: ['', '-net'] },
    { command: 'dockside.image.tag', args: [imageItem], accepts: ['registry.example.com:5000/team/app:1.0'], refuses: ['app:-bad'] },
    { command: 'dockside.container.commit', args: [containerItem], accepts: ['web:snapshot'], refuses: ['Web:snapshot'] },
    { command: 'dockside.container.copyFileOut', args: [containerItem], accepts: ['/etc/hostname'], refuses: ['', 'etc/hostname'] },
    { command: 'dockside.image.build', args: [dockerfile], accepts: ['my-app:latest'], refuses: ['My App:latest'] },
  ];
  for (const { command, args, accepts, refuses } of inputs) {
    test(`${command}: the input box validates before anything is sent`, async () => {
      trusted = true;
      await run(command, ...args);
      assert.deepEqual(seen.errors, []);
      assert.equal(seen.inputBoxes.length, 1, 'one input box (cancelled)');
      const [box] = seen.inputBoxes;
      assert.ok(box.validateInput, 'validateInput is set');
      if (box.value) assert.equal(box.validateInput(box.value), undefined, `the offered ${box.value} is valid`);
      for (const value of accepts) assert.equal(box.validateInput(value), undefined, `${value} is accepted`);
      for (const value of [hostile, ...refuses]) assert.ok(box.validateInput(value), `${JSON.stringify(value)} is refused`);
      assert.ok(!seen.effects.includes('createTerminal'));
    });
  }

  test('dockside.image.pull: what is typed is checked as it is typed, and only a valid reference can be accepted', async () => {
    trusted = true;
    const pulling = run('dockside.image.pull');
    const [picker] = seen.pickers;
    assert.ok(picker, 'the image picker is shown');
    for (const value of [hostile, 'Nginx']) {
      picker.type(value);
      assert.equal(picker.items[0]?.label, value);
      assert.match(picker.items[0]?.description ?? '', /not a valid/, `${value} is refused as typed`);
      picker.accept(picker.items[0]);
      assert.equal(seen.pickers.length, 1, `${value} cannot be accepted`);
    }
    for (const value of ['nginx:1.27-alpine', `nginx@sha256:${'b'.repeat(64)}`]) {
      picker.type(value);
      assert.deepEqual(picker.items[0], { label: value, description: 'pull this reference', alwaysShow: true, invalid: false });
    }
    picker.hide();
    await pulling;
    assert.deepEqual(seen.errors, []);
    assert.deepEqual(seen.inputBoxes, []);
  });

  test('Tag on a dangling image starts empty; on a tagged image, with its name to edit', async () => {
    trusted = true;
    const danglingItem = { ref: { kind: 'image', id: `sha256:${'d'.repeat(64)}`, name: 'd'.repeat(12) } };
    await run('dockside.image.tag', danglingItem);
    await run('dockside.image.tag', imageItem);
    assert.deepEqual(seen.inputBoxes.map((box) => box.value), ['', 'busybox:latest']);
  });

  test(
    'compose down on a project confirms first, naming the project, before the CLI runs',
    async () => {
      trusted = true;
      await run('dockside.compose.down', composeProjectItem);
      assert.ok(
        seen.warnings.some((warning) => warning.includes('shop')),
        `a confirmation naming the project; got warnings ${JSON.stringify(seen.warnings)}, errors ${JSON.stringify(seen.errors)}, effects ${JSON.stringify(seen.effects)}`,
      );
      assert.ok(!seen.effects.includes('createTerminal'), 'the fake declines the confirmation: nothing runs');
    },
  );

  describe('Compose runs the CLI with an argument array, against the engine the explorer uses', { skip: process.platform === 'win32' && 'a POSIX shell script stands in for docker' }, () => {
    // A `docker` that prints what it was given: its arguments one per line, its folder, and DOCKER_HOST.
    const fakeCliDir = mkdtempSync(join(tmpdir(), 'dockside-audit-cli-'));
    const originalPath = process.env.PATH;
    before(() => {
      writeFileSync(join(fakeCliDir, 'docker'), '#!/bin/sh\nfor a in "$@"; do echo "arg:$a"; done\necho "cwd:$(pwd)"\necho "host:$DOCKER_HOST"\n');
      chmodSync(join(fakeCliDir, 'docker'), 0o755);
      process.env.PATH = `${fakeCliDir}${delimiter}${originalPath ?? ''}`;
    });
    after(() => {
      process.env.PATH = originalPath;
      rmSync(fakeCliDir, { recursive: true, force: true });
    });
    const printed = (prefix: string): string[] =>
      seen.output
        .join('')
        .split('\n')
        .filter((line) => line.startsWith(prefix))
        .map((line) => line.slice(prefix.length));

    test('compose up on a project group: the CLI with the arguments as an array, in the project folder, pointed at the configured engine', async () => {
      trusted = true;
      engineState = { status: 'connected', location: settingLocation };
      await run('dockside.compose.up', composeProjectItem);
      assert.deepEqual(seen.errors, []);
      assert.deepEqual(printed('arg:'), ['compose', '--project-name', 'shop', '--file', join(shopFolder, 'compose.yaml'), 'up', '--detach']);
      assert.deepEqual(printed('cwd:'), [shopFolder]);
      assert.deepEqual(printed('host:'), ['tcp://10.0.0.5:2375']);
      assert.match(seen.output[0], /^\n\$ \["docker","compose","--project-name","shop"/, 'the transcript shows the argument array it ran');
    });

    test(
      'compose before the explorer has connected still targets the engine of `dockside.engine.host`',
      async () => {
        trusted = true;
        await run('dockside.compose.up', composeFile);
        assert.deepEqual(printed('host:'), ['tcp://10.0.0.5:2375'], 'the CLI must not fall back to DOCKER_HOST or the current context');
      },
    );

    test('Up on two selected services runs one up with both; a service named like an option stays a service', async () => {
      trusted = true;
      const service = (name: string) => ({ composeService: { ...composeServiceItem.composeService, name } });
      const [web, odd] = [service('web'), service('--volumes')];
      await run('dockside.compose.service.up', web, [web, odd]);
      assert.deepEqual(printed('arg:').slice(-5), ['up', '--detach', '--', 'web', '--volumes']);
      assert.equal(seen.output.filter((text) => text.startsWith('\n$ ')).length, 1, 'one run');
    });

    test('from the palette, with one compose project in the workspace, Up takes it without asking', async () => {
      trusted = true;
      await run('dockside.compose.up');
      assert.equal(seen.quickPicks, 0);
      assert.deepEqual(printed('arg:').slice(0, 3), ['compose', '--project-name', 'shop']);
    });

    test('without any compose CLI, Up says what to install and starts nothing', async () => {
      trusted = true;
      composeCliState = { status: 'notFound', tried: ['docker compose (docker: unknown command)', 'docker-compose (not installed)', 'podman compose (not installed)', 'podman-compose (not installed)'] };
      try {
        await run('dockside.compose.up', composeProjectItem);
      } finally {
        composeCliState = pluginFound;
      }
      assert.equal(seen.errors.length, 1);
      assert.match(seen.errors[0], /No compose CLI was found \(tried: docker compose \(docker: unknown command\); docker-compose \(not installed\)/);
      assert.match(seen.errors[0], /Install the Docker Compose plugin \(docker-compose-plugin\), the standalone docker-compose, or podman-compose/);
      assert.deepEqual(seen.output, [], 'nothing ran');
    });

    test("a CLI without profiles (Debian 12's podman-compose 1.0.3): Up with Profiles says which CLIs have them, and asks and runs nothing", async () => {
      trusted = true;
      composeCliState = {
        status: 'found',
        cli: { command: { program: 'podman-compose', prefix: [] }, implementation: 'podman-compose', version: '1.0.3', capabilities: { wait: false, watch: false, profiles: false, envFile: false, removeOrphans: false } },
      };
      try {
        await run('dockside.compose.upProfiles', composeProjectItem);
        await run('dockside.compose.upEnvFile', composeProjectItem);
      } finally {
        composeCliState = pluginFound;
      }
      assert.deepEqual(seen.infos, [
        'podman-compose 1.0.3 (podman-compose) cannot enable profiles; Docker Compose 1.28 or later and podman-compose 1.1 or later can.',
        'podman-compose 1.0.3 (podman-compose) takes no env file; Docker Compose 1.25 or later and podman-compose 1.0.6 or later do.',
      ]);
      assert.equal(seen.quickPicks, 0);
      assert.deepEqual(seen.output, [], 'nothing ran');
    });

    test('watch runs in a terminal, as an argument array', async () => {
      trusted = true;
      await run('dockside.compose.watch', composeProjectItem);
      assert.equal(seen.terminals.length, 1);
      assert.equal(seen.terminals[0].name, 'Compose Watch: shop');
      assert.equal(seen.terminals[0].shellPath, 'docker');
      assert.deepEqual(seen.terminals[0].shellArgs, ['compose', '--project-name', 'shop', '--file', join(shopFolder, 'compose.yaml'), 'watch']);
      assert.equal(seen.terminals[0].env?.DOCKER_HOST, 'tcp://10.0.0.5:2375');
    });
  });

  describe('terminals closed before their session has started', () => {
    const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

    test(
      'a shell closed while its exec is still being created is ended once it exists',
      async () => {
        const { openSessionTerminal } = require('../../../client/src/commands/terminals') as typeof import('../../../client/src/commands/terminals');
        let resolveSession: (session: TtySession) => void = () => undefined;
        let closed = 0;
        openSessionTerminal('Shell: web', () => new Promise((resolve) => (resolveSession = resolve)));
        const pty = seen.terminals.at(-1)?.pty;
        assert.ok(pty);
        pty.open({ columns: 80, rows: 24 });
        pty.close();
        resolveSession({ write: () => undefined, resize: () => Promise.resolve(), close: () => (closed += 1), exited: new Promise<number | undefined>(() => undefined) });
        await settle();
        assert.equal(closed, 1, 'the session was closed');
      },
    );

    test(
      'live stats closed before the engine answered stop their stream once it arrives',
      async () => {
        const { openStatsTerminal } = require('../../../client/src/commands/terminals') as typeof import('../../../client/src/commands/terminals');
        let resolveStream: (stream: unknown) => void = () => undefined;
        let destroyed = 0;
        const docker = { getContainer: () => ({ stats: () => new Promise((resolve) => (resolveStream = resolve)) }) };
        openStatsTerminal(docker as never, 'c'.repeat(64), 'web');
        const pty = seen.terminals.at(-1)?.pty;
        assert.ok(pty);
        pty.open(undefined);
        pty.close();
        resolveStream({ on: () => undefined, destroy: () => (destroyed += 1) });
        await settle();
        assert.equal(destroyed, 1, 'the stats stream was closed');
      },
    );
  });

  test('the status bar: hidden until the engine is used, then the context and engine version, or why it cannot connect', () => {
    const { registerEngineStatusBar } = require('../../../client/src/statusBar') as typeof import('../../../client/src/statusBar');
    const { Emitter } = require('../../../client/src/engine/emitter') as typeof import('../../../client/src/engine/emitter');
    const states = new Emitter<unknown>();
    const identities = new Emitter<unknown>();
    let state: unknown = { status: 'idle' };
    registerEngineStatusBar({ subscriptions: [] } as never, { get state() { return state; }, onDidChangeState: states.event, onDidCompleteIdentity: identities.event } as never);
    const item = statusBarItems.at(-1);
    assert.ok(item);
    assert.equal(item.visible, false, 'activation connects nothing, so there is nothing to show');

    const location = { host: 'unix:///var/run/docker.sock', contextName: 'desktop-linux', source: 'context', address: { transport: 'socket', socketPath: '/var/run/docker.sock' } };
    const identity = { kind: 'docker', version: '27.3.1', apiVersion: '1.47', os: 'linux', arch: 'amd64', remote: false };
    state = { status: 'connected', location, version: '27.3.1', apiVersion: '1.47', identity };
    states.fire(state);
    assert.equal(item.visible, true);
    assert.match(item.text, /Docker Engine 27\.3\.1 · desktop-linux/);
    assert.match(String(item.tooltip), /Docker Engine 27\.3\.1 \(API 1\.47\), linux\/amd64\nContext "desktop-linux" at unix:\/\/\/var\/run\/docker\.sock/);
    assert.equal(item.command, 'dockside.engine.switch', 'a click switches engine or context');

    // Connected on /_ping, which does not say the architecture; /version adds it without a state change.
    state = { status: 'connected', location, version: '27.3.1', apiVersion: '1.47', identity: { ...identity, arch: '' } };
    states.fire(state);
    assert.match(String(item.tooltip), /\(API 1\.47\), linux\n/, 'the platform as far as it is known, with no dangling slash');
    state = { ...(state as object), identity };
    identities.fire(identity);
    assert.match(String(item.tooltip), /\(API 1\.47\), linux\/amd64\n/, 'the architecture once /version has told it');

    state = { status: 'connected', location: { ...location, host: 'ssh://me@build', source: 'chosen' }, version: '4.3.1', apiVersion: '1.41', identity: { ...identity, kind: 'podman', version: '4.3.1', remote: true } };
    states.fire(state);
    assert.match(item.text, /^\$\(remote\) Podman 4\.3\.1 · ssh:\/\/me@build$/, 'Podman, remote, at the chosen address');
    assert.match(String(item.tooltip), /Remote engine/);

    state = { status: 'unreachable', location, problem: { kind: 'permissionDenied', detail: 'connect EACCES /var/run/docker.sock' }, retryInMs: 4000 };
    states.fire(state);
    assert.match(String(item.tooltip), /docker group/);
    assert.match(String(item.tooltip), /EACCES/);
    assert.doesNotMatch(String(item.tooltip), /\n\s+at /, 'no stack trace');
    assert.equal(item.command, 'dockside.engine.retry', 'a click retries now');
  });

  test('the explorer: a workspace value of dockside.engine.host is ignored; the welcome view is told which problem to explain', () => {
    const { registerExplorer } = require('../../../client/src/explorer') as typeof import('../../../client/src/explorer');
    const { Emitter } = require('../../../client/src/engine/emitter') as typeof import('../../../client/src/engine/emitter');
    const states = new Emitter<unknown>();
    const configured: Array<string | undefined> = [];
    let retries = 0;
    let state: unknown = { status: 'idle' };
    const engine = {
      get state() {
        return state;
      },
      onDidChangeState: states.event,
      onDidCompleteIdentity: new Emitter<unknown>().event,
      onEvent: new Emitter<unknown>().event,
      configure: (host: string | undefined) => configured.push(host),
      retry: () => {
        retries += 1;
        return Promise.resolve(state);
      },
      connect: () => Promise.resolve(state),
    };

    hostInspection = { workspaceValue: 'tcp://attacker.example:2375', workspaceFolderValue: 'tcp://attacker.example:2375' };
    const globalState = { get: () => undefined, update: () => Promise.resolve() };
    registerExplorer({ subscriptions: [], globalState } as never, engine as never, { state: { definitions: [], cli: { status: 'detecting' }, onDidChange: () => disposable } } as never);
    assert.deepEqual(configured, [undefined], 'the workspace cannot redirect the engine');
    hostInspection = { globalValue: 'unix:///run/user/1000/docker.sock', workspaceValue: 'tcp://attacker.example:2375' };
    configurationListener?.({ affectsConfiguration: (section) => section === 'dockside.engine.host' });
    assert.deepEqual(configured, [undefined, 'unix:///run/user/1000/docker.sock'], 'the user\'s own value is followed live');

    assert.equal(contextKeys.get('dockside.engine.state'), 'connecting', 'before the first view asks');
    const location = { host: 'unix:///var/run/docker.sock', contextName: 'default', source: 'default', address: { transport: 'socket', socketPath: '/var/run/docker.sock' } };
    for (const kind of ['socketMissing', 'permissionDenied', 'refused', 'tls', 'invalidHost', 'unreachable']) {
      state = { status: 'unreachable', location, problem: { kind, detail: kind }, retryInMs: 1000 };
      states.fire(state);
      assert.equal(contextKeys.get('dockside.engine.state'), kind);
    }
    void handlers.get('dockside.engine.retry')?.();
    assert.equal(retries, 1, 'the welcome view\'s Retry retries');
    state = { status: 'connected', location, version: '4.3.1', apiVersion: '1.41', identity: { kind: 'podman', version: '4.3.1', apiVersion: '1.41', os: 'linux', arch: 'amd64', remote: false } };
    states.fire(state);
    assert.equal(contextKeys.get('dockside.engine.state'), 'connected');
    assert.equal(contextKeys.get('dockside.engine.kind'), 'podman', 'menus can tell the engines apart');
  });
});
