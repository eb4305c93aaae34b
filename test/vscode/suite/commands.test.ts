/**
 * The explorer's commands in a real VS Code against the real engine, invoked
 * with the tree item the context menu would pass: stop, logs, shell and build.
 * Each test asserts what the engine (or the user) sees afterwards. Open Shell
 * is also tried the way the first hour's walkthrough lost keystrokes: several
 * shells in one session, after another terminal, typed into at once (as the
 * terminal opens, or right behind the answer to the prompt's cursor question),
 * what was typed checked inside the container, ten times over.
 */
import assert from 'node:assert/strict';
import Docker from 'dockerode';
import * as vscode from 'vscode';
import type { ExplorerApi } from '../../../client/src/explorer';
import type { ContainerNode } from '../../../client/src/explorer/nodes/containers';
import { busyboxImage, createTestContainer, ensureBusyboxImage, newRunId, removeTestObjects, testLabel } from '../../support/engineFixtures';
import { containerNode, docksideLog, explorerApi, when, withStubs } from './support';

/**
 * The first line of the container's own output (its log, as the engine keeps it, followed from `since`,
 * in epoch seconds) that `accept` takes.
 */
async function containerOutputLine(container: Docker.Container, accept: (line: string) => boolean, since = 0): Promise<string> {
  const stream = (await container.logs({ follow: true, stdout: true, stderr: true, since })) as NodeJS.ReadableStream & { destroy(): void };
  return new Promise<string>((resolve, reject) => {
    let seen = '';
    stream.on('data', (chunk: Buffer) => {
      // Each frame: an 8-byte header, then the text.
      for (let offset = 0; offset + 8 <= chunk.length; offset += 8 + chunk.readUInt32BE(offset + 4)) {
        seen += chunk.subarray(offset + 8, offset + 8 + chunk.readUInt32BE(offset + 4)).toString('utf8');
      }
      const line = seen.split('\n').find(accept);
      if (line !== undefined) resolve(line.replace(/\r$/, ''));
    });
    stream.on('error', reject);
    stream.on('end', () => reject(new Error(`the log ended; it was:\n${seen}`)));
  }).finally(() => stream.destroy());
}

/** xterm.js's answer to the shell's cursor position query (`ESC[6n`). */
const cursorReport = /^\x1b\[\d+;\d+R$/;

interface ShellUnderTest {
  readonly terminal: vscode.Terminal;
  /** The size VS Code last gave the pseudo-terminal. */
  readonly size: () => vscode.TerminalDimensions | undefined;
  /** Resolves when the shell's prompt is up: its cursor query was answered. */
  readonly prompted: Promise<void>;
  /**
   * Holds the terminal's next cursor report back until the next keystrokes, then delivers both at
   * once: what a busy renderer does when the answer to the prompt's query is still on its way while
   * the user types. Resolves when the report is held.
   */
  holdNextReport(): Promise<void>;
}

/** Opens a shell as the context menu does, on a pseudo-terminal whose input path the test can hold up. */
async function openShell(node: ContainerNode): Promise<ShellUnderTest> {
  const createTerminal = vscode.window.createTerminal.bind(vscode.window) as (options: vscode.ExtensionTerminalOptions) => vscode.Terminal;
  let terminal: vscode.Terminal | undefined;
  let prompted!: () => void;
  const promptedPromise = new Promise<void>((resolve) => (prompted = resolve));
  let holding: (() => void) | undefined;
  let held: string | undefined;
  let size: vscode.TerminalDimensions | undefined;
  const stub = (options: vscode.ExtensionTerminalOptions): vscode.Terminal => {
    const pty = options.pty;
    const open = pty.open.bind(pty);
    pty.open = (dimensions) => {
      size = dimensions;
      open(dimensions);
    };
    const setDimensions = pty.setDimensions!.bind(pty);
    pty.setDimensions = (dimensions) => {
      size = dimensions;
      setDimensions(dimensions);
    };
    const handleInput = pty.handleInput!.bind(pty);
    pty.handleInput = (data) => {
      if (holding && cursorReport.test(data)) {
        held = data;
        holding();
        holding = undefined;
        return;
      }
      if (held !== undefined) {
        handleInput(held);
        held = undefined;
      }
      handleInput(data);
      if (cursorReport.test(data)) prompted();
    };
    terminal = createTerminal(options);
    return terminal;
  };
  const original = Object.getOwnPropertyDescriptor(vscode.window, 'createTerminal')!;
  Object.defineProperty(vscode.window, 'createTerminal', { value: stub, configurable: true });
  try {
    await vscode.commands.executeCommand('dockside.container.shell', node);
  } finally {
    Object.defineProperty(vscode.window, 'createTerminal', original);
  }
  assert.ok(terminal, 'Open Shell opened a terminal');
  return {
    terminal,
    size: () => size,
    prompted: promptedPromise,
    holdNextReport: () => new Promise<void>((resolve) => (holding = resolve)),
  };
}

/**
 * Runs Build Image on `dockerfile` the way a user pressing Enter at every prompt would: the first
 * item, the default value. This harness cannot click "Trust" in the workbench, so the extension is
 * shown a trusted workspace. Resolves with the prompts and the messages shown.
 */
async function buildAcceptingDefaults(dockerfile: vscode.Uri): Promise<{ prompts: string[]; messages: string[] }> {
  const prompts: string[] = [];
  const messages: string[] = [];
  await withStubs(vscode.workspace, { isTrusted: { get: () => true } }, () =>
    withStubs(
      vscode.window,
      {
        showQuickPick: {
          value: async (items: readonly vscode.QuickPickItem[] | Thenable<readonly vscode.QuickPickItem[]>, options?: vscode.QuickPickOptions) => {
            prompts.push(`pick: ${options?.placeHolder ?? ''}`);
            const list = await items;
            return options?.canPickMany ? list.filter((item) => item.picked) : list[0];
          },
        },
        showInputBox: {
          value: (options?: vscode.InputBoxOptions) => {
            prompts.push(`input: ${options?.prompt ?? ''}`);
            return Promise.resolve(options?.value);
          },
        },
        showInformationMessage: {
          value: (message: string) => {
            messages.push(message);
            return Promise.resolve(undefined);
          },
        },
        showErrorMessage: {
          value: (message: string) => {
            messages.push(`error: ${message}`);
            return Promise.resolve(undefined);
          },
        },
      },
      () => vscode.commands.executeCommand('dockside.image.build', dockerfile),
    ),
  );
  return { prompts, messages };
}

describe('Explorer commands', () => {
  const docker = new Docker();
  const runId = newRunId();
  let explorer: ExplorerApi;
  const terminals: vscode.Terminal[] = [];
  const workspaceFolder = (): vscode.Uri => vscode.workspace.workspaceFolders![0].uri;
  const buildFolder = (): vscode.Uri => vscode.Uri.joinPath(workspaceFolder(), `build-${runId}`);

  before(async () => {
    explorer = await explorerApi();
    await ensureBusyboxImage(docker);
    await explorer.containers.getRoots();
  });

  after(async () => {
    for (const terminal of terminals) terminal.dispose();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(buildFolder(), { recursive: true }).then(undefined, () => undefined);
    await removeTestObjects(docker, runId);
  });

  it('stops a running container from its tree item', async () => {
    // Exits on SIGTERM promptly, so the stop does not wait for the engine's kill timeout.
    const container = await createTestContainer(docker, runId, {
      name: 'stop',
      start: true,
      cmd: ['sh', '-c', 'trap "exit 0" TERM; while true; do sleep 1; done'],
    });
    const node = await containerNode(explorer, container.id, 'running');

    await vscode.commands.executeCommand('dockside.container.stop', node);

    assert.equal((await container.inspect()).State.Running, false, 'the engine reports the container stopped');
    const updated = await containerNode(explorer, container.id, 'exited');
    assert.equal(updated.present().contextValue, 'container.exited', 'the view offers Start instead of Stop');
  });

  it("shows a container's logs in an output view", async () => {
    const marker = `log-line-from-${runId}`;
    const container = await createTestContainer(docker, runId, { name: 'logs', start: true, cmd: ['sh', '-c', `echo ${marker}; sleep 3600`] });
    const node = await containerNode(explorer, container.id, 'running');
    await containerOutputLine(container, (line) => line.includes(marker));

    const shown = when(
      (listener) => {
        const opened = vscode.workspace.onDidOpenTextDocument(listener);
        const changed = vscode.workspace.onDidChangeTextDocument(listener);
        return { dispose: () => (opened.dispose(), changed.dispose()) };
      },
      () => vscode.workspace.textDocuments.find((document) => document.uri.scheme === 'output' && document.getText().includes(marker)),
    );
    await vscode.commands.executeCommand('dockside.container.logs', node);
    const document = await shown;
    assert.match(document.getText(), new RegExp(`^\\d\\d:\\d\\d:\\d\\d ${marker}$`, 'm'), 'each line starts with its local time to the second');

    // Turning the timestamps off follows the view anew with the lines as the container wrote them.
    const plain = when(
      (listener) => vscode.workspace.onDidChangeTextDocument(listener),
      () => (new RegExp(`^${marker}$`, 'm').test(document.getText()) ? document : undefined),
    );
    await vscode.workspace.getConfiguration('dockside.logs').update('timestamps', false, vscode.ConfigurationTarget.Global);
    try {
      assert.doesNotMatch((await plain).getText(), /^\d\d:\d\d:\d\d /m);
    } finally {
      await vscode.workspace.getConfiguration('dockside.logs').update('timestamps', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('opens a shell in a running container and runs what is typed', async () => {
    const container = await createTestContainer(docker, runId, { name: 'shell', start: true });
    const node = await containerNode(explorer, container.id, 'running');
    const name = node.ref.name;

    const opened = when(
      (listener) => vscode.window.onDidOpenTerminal(listener),
      () => vscode.window.terminals.find((terminal) => terminal.name.includes(name)),
    );
    await vscode.commands.executeCommand('dockside.container.shell', node);
    const terminal = await opened;
    terminals.push(terminal);

    // The shell's answer goes to the container's main output, where the engine can show it: only a
    // shell that evaluated the line prints 42 (the typed text itself says $((6*7))).
    terminal.sendText(`echo shell-said-$((6*7))-${runId} > /proc/1/fd/1`);
    await containerOutputLine(container, (line) => line.includes(`shell-said-42-${runId}`));
  });

  it('loses no keystrokes typed at once: ten shells in one session, after another terminal', async function () {
    this.timeout(240_000);
    const container = await createTestContainer(docker, runId, { name: 'typing', start: true });
    const node = await containerNode(explorer, container.id, 'running');
    const other = vscode.window.createTerminal({ name: `other-${runId}` });
    terminals.push(other);
    await other.processId;
    other.sendText(`echo another terminal used first ${runId}`);

    for (let round = 1; round <= 10; round++) {
      const shell = await openShell(node);
      terminals.push(shell.terminal);
      const typed = `echo first line ${round} ${runId} > /proc/1/fd/1 2>&1`;
      const answer = containerOutputLine(container, (line) => line.includes(`first line ${round} ${runId}`) || line.includes('not found'), Math.floor(Date.now() / 1000) - 1);
      if (round % 2 === 1) {
        // Typed the moment the terminal opens: before the session is up, before the prompt.
        shell.terminal.sendText(typed);
      } else {
        // After `clear` the prompt is on the first row, where the cursor answer (ESC[1;5R) used to take keys with it;
        // the answer is held back and arrives right before the keys, as from a busy renderer.
        await shell.prompted;
        const held = shell.holdNextReport();
        shell.terminal.sendText('clear');
        await held;
        shell.terminal.sendText(typed);
      }
      assert.equal(await answer, `first line ${round} ${runId}`, `round ${round}: the shell ran what was typed`);
    }

    // The TTY in the container has the terminal's size, whatever order the size and the session arrived in.
    const shell = await openShell(node);
    terminals.push(shell.terminal);
    await shell.prompted;
    const size = containerOutputLine(container, (line) => /^size \d+ \d+/.test(line));
    shell.terminal.sendText('echo size $(stty size) > /proc/1/fd/1');
    assert.equal(await size, `size ${shell.size()?.rows} ${shell.size()?.columns}`);
  });

  it('refuses to build in an untrusted workspace, with the reason', async function () {
    if (vscode.workspace.isTrusted) this.skip();
    const dockerfile = vscode.Uri.joinPath(buildFolder(), 'Dockerfile');
    await vscode.workspace.fs.writeFile(dockerfile, new TextEncoder().encode(`FROM ${busyboxImage}\n`));

    const warnings: string[] = [];
    await withStubs(
      vscode.window,
      {
        showWarningMessage: {
          value: (message: string) => {
            warnings.push(message);
            return Promise.resolve(undefined);
          },
        },
      },
      () => vscode.commands.executeCommand('dockside.image.build', dockerfile),
    );

    assert.equal(warnings.length, 1, `one warning: ${warnings.join(' | ')}`);
    assert.match(warnings[0], /untrusted workspace/);
    assert.deepEqual(await docker.listImages({ filters: JSON.stringify({ reference: [`build-${runId}`] }) }), [], 'nothing was built');
  });

  it("builds an image from a workspace Dockerfile once the workspace is trusted, accepting the prompts' defaults", async () => {
    const dockerfile = vscode.Uri.joinPath(buildFolder(), 'Dockerfile');
    const text = [`FROM ${busyboxImage}`, 'COPY greeting.txt /greeting.txt', `LABEL ${testLabel}=${runId}`, ''].join('\n');
    await vscode.workspace.fs.writeFile(dockerfile, new TextEncoder().encode(text));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(buildFolder(), 'greeting.txt'), new TextEncoder().encode(`hello from ${runId}\n`));

    const { prompts, messages } = await buildAcceptingDefaults(dockerfile);

    const tag = `build-${runId}:latest`;
    assert.deepEqual(messages, [`Built ${tag}.`], `prompts: ${prompts.join(' | ')}`);
    const log = await docksideLog((text) => text.includes(`Build finished: ${tag}`));
    assert.match(log, new RegExp(`\\[info\\] Build started: ${tag} from ${dockerfile.fsPath}, context ${buildFolder().fsPath}`));
    assert.match(log, new RegExp(`\\[info\\] Build finished: ${tag} \\(sha256:[0-9a-f]{64}\\) in [\\d.]+ s`));
    const image = await docker.getImage(tag).inspect();
    assert.equal(image.Config.Labels?.[testLabel], runId);
    // The context (the Dockerfile's folder, the default) reached the build: the copied file is in the image.
    const run = await docker.createContainer({ Image: tag, Cmd: ['cat', '/greeting.txt'], Labels: { [testLabel]: runId } });
    await run.start();
    await run.wait();
    await containerOutputLine(run, (line) => line.includes(`hello from ${runId}`));
  });

  it('logs a failing build as an error, with the builder\'s reason', async () => {
    const dockerfile = vscode.Uri.joinPath(buildFolder(), 'failing', 'Dockerfile');
    await vscode.workspace.fs.writeFile(dockerfile, new TextEncoder().encode(`FROM ${busyboxImage}\nRUN exit 3\n`));

    const { messages } = await buildAcceptingDefaults(dockerfile);

    assert.equal(messages.length, 1, messages.join(' | '));
    assert.match(messages[0], /^error: The build failed at line 2/);
    const log = await docksideLog((text) => text.includes('Build failed: failing:latest'));
    assert.match(log, /\[info\] Build started: failing:latest from .*failing\/Dockerfile/);
    // BuildKit's words ("exit code: 3"), or the classic builder's ("returned a non-zero code: 3").
    assert.match(log, /\[error\] Build failed: failing:latest after [\d.]+ s: .*exit 3.*(exit code: 3|non-zero code: 3)/);
  });
});
