/**
 * The explorer's commands in a real VS Code against the real engine, invoked
 * with the tree item the context menu would pass: stop, logs, shell and build.
 * Each test asserts what the engine (or the user) sees afterwards.
 */
import assert from 'node:assert/strict';
import Docker from 'dockerode';
import * as vscode from 'vscode';
import type { ExplorerApi } from '../../../client/src/explorer';
import { busyboxImage, createTestContainer, ensureBusyboxImage, newRunId, removeTestObjects, testLabel } from '../../support/engineFixtures';
import { containerNode, explorerApi, when, withStubs } from './support';

/** Resolves once the container's own output (its log, as the engine keeps it) contains `text`. */
async function containerLogContains(container: Docker.Container, text: string): Promise<void> {
  const stream = (await container.logs({ follow: true, stdout: true, stderr: true })) as NodeJS.ReadableStream & { destroy(): void };
  await new Promise<void>((resolve, reject) => {
    let seen = '';
    stream.on('data', (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      if (seen.includes(text)) resolve();
    });
    stream.on('error', reject);
    stream.on('end', () => reject(new Error(`the log ended without ${JSON.stringify(text)}; it was:\n${seen}`)));
  }).finally(() => stream.destroy());
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
    await containerLogContains(container, marker);

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
    assert.match(document.getText(), new RegExp(`^\\d{4}-\\d\\d-\\d\\dT\\S+ ${marker}$`, 'm'), 'each line carries its timestamp');
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
    await containerLogContains(container, `shell-said-42-${runId}`);
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

    const prompts: string[] = [];
    const messages: string[] = [];
    // This harness cannot click "Trust" in the workbench, so the extension is shown a trusted
    // workspace; every prompt gets what pressing Enter would give: the first item, the default value.
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

    const tag = `build-${runId}:latest`;
    assert.deepEqual(messages, [`Built ${tag}.`], `prompts: ${prompts.join(' | ')}`);
    const image = await docker.getImage(tag).inspect();
    assert.equal(image.Config.Labels?.[testLabel], runId);
    // The context (the Dockerfile's folder, the default) reached the build: the copied file is in the image.
    const run = await docker.createContainer({ Image: tag, Cmd: ['cat', '/greeting.txt'], Labels: { [testLabel]: runId } });
    await run.start();
    await run.wait();
    await containerLogContains(run, `hello from ${runId}`);
  });
});
