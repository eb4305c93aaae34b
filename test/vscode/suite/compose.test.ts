/**
 * Compose projects in a real VS Code against the real engine: a compose file
 * of the workspace shows its services in the Containers view before anything
 * runs (an unsaved edit too), and Compose Up then Compose Down from the
 * palette run the machine's compose CLI on it.
 */
import assert from 'node:assert/strict';
import Docker from 'dockerode';
import * as vscode from 'vscode';
import type { ExplorerApi } from '../../../client/src/explorer';
import type { ComposeProjectNode } from '../../../client/src/explorer/nodes/compose';
import { ensureBusyboxImage, newRunId, removeTestObjects, testComposeFile } from '../../support/engineFixtures';
import { explorerApi, when, withStubs } from './support';

describe('Compose projects', () => {
  const docker = new Docker();
  const runId = newRunId();
  // Named after its folder, as compose names a project without `name:`.
  const project = `compose-${runId}`;
  let explorer: ExplorerApi;
  const folder = (): vscode.Uri => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, project);
  const composeFile = (): vscode.Uri => vscode.Uri.joinPath(folder(), 'compose.yaml');
  const composeText = testComposeFile(runId, { web: {}, debug: { profiles: ['debug'] } });

  /** The project's node once `check` holds for it, checked on every change of the view. */
  const projectWhen = (check: (node: ComposeProjectNode) => boolean): Promise<ComposeProjectNode> =>
    when(
      (listener) => explorer.containers.onDidChange(listener),
      () => {
        const node = explorer.containers.findProject(project);
        return node && check(node) ? node : undefined;
      },
    );
  const descriptions = (node: ComposeProjectNode): string[] => node.services.map((child) => `${child.name}: ${child.present().description ?? ''}`);
  const projectContainers = () => docker.listContainers({ all: true, filters: JSON.stringify({ label: [`com.docker.compose.project=${project}`] }) });

  before(async () => {
    explorer = await explorerApi();
    await ensureBusyboxImage(docker);
    // What the user does: open the Docker view, which looks for the workspace's compose files.
    await vscode.commands.executeCommand('dockside.containers.focus');
    await explorer.compose.definitions();
    // The file comes after, created as VS Code's explorer creates one: the view picks it up as it appears.
    const created = new vscode.WorkspaceEdit();
    created.createFile(composeFile(), { contents: Buffer.from(composeText) });
    assert.ok(await vscode.workspace.applyEdit(created));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await removeTestObjects(docker, runId);
    await vscode.workspace.fs.delete(folder(), { recursive: true }).then(undefined, () => undefined);
  });

  it("shows the services of a compose file added to the workspace before anything runs, and follows an unsaved edit", async () => {
    const node = await projectWhen((candidate) => candidate.services.length === 2);
    assert.deepEqual(descriptions(node), ['web: not created · dockside-test/busybox:latest', 'debug: not created · profiles: debug · dockside-test/busybox:latest']);
    assert.equal(node.present().contextValue, 'composeProject.defined.profiles');
    assert.match(node.present().tooltip ?? '', /Compose CLI: /);

    await vscode.commands.executeCommand('dockside.compose.service.openDefinition', node.services[1]);
    const opened = vscode.window.activeTextEditor;
    assert.equal(opened?.document.uri.toString(), composeFile().toString(), 'Open Service Definition opens the file');
    assert.equal(opened?.selection.active.line, composeText.split('\n').indexOf('  debug:'), 'at the service');

    const editor = await vscode.window.showTextDocument(composeFile());
    const added = '  cache:\n    image: redis:7\n';
    const insert = new vscode.WorkspaceEdit();
    insert.insert(composeFile(), new vscode.Position(1, 0), added);
    assert.ok(await vscode.workspace.applyEdit(insert));
    const edited = await projectWhen((candidate) => candidate.services.some((child) => child.name === 'cache'));
    assert.equal(edited.services.find((child) => child.name === 'cache')?.present().description, 'not created · redis:7');
    assert.ok(editor.document.isDirty, 'the tree followed the editor, not the saved file');
    // Typed away again: the tree follows that too (and the file is left as it was).
    const remove = new vscode.WorkspaceEdit();
    remove.delete(composeFile(), new vscode.Range(1, 0, 3, 0));
    assert.ok(await vscode.workspace.applyEdit(remove));
    await projectWhen((candidate) => !candidate.services.some((child) => child.name === 'cache'));
    assert.equal(editor.document.getText(), composeText);
    await editor.document.save();
  });

  it('a .env that sets COMPOSE_PROJECT_NAME renames the project in the view, and without it the project is named after its folder again', async () => {
    const renamed = `renamed-${runId}`;
    const dotEnv = vscode.Uri.joinPath(folder(), '.env');
    const create = new vscode.WorkspaceEdit();
    create.createFile(dotEnv, { contents: Buffer.from(`COMPOSE_PROJECT_NAME=${renamed}\n`) });
    assert.ok(await vscode.workspace.applyEdit(create));
    const named = await when(
      (listener) => explorer.containers.onDidChange(listener),
      () => explorer.containers.findProject(renamed),
    );
    assert.deepEqual(named.services.map((child) => child.name), ['web', 'debug']);
    assert.equal(explorer.containers.findProject(project), undefined, 'the folder name is no longer the project name');
    const remove = new vscode.WorkspaceEdit();
    remove.deleteFile(dotEnv);
    assert.ok(await vscode.workspace.applyEdit(remove));
    await projectWhen(() => true);
  });

  it('Compose Up then Compose Down from the palette, asking for the compose file among several', async () => {
    const picks: string[][] = [];
    const confirmations: string[] = [];
    // The workspace has several compose files (the samples'): the palette asks which; the test picks its own.
    const answering = <T>(body: () => Thenable<T>) =>
      withStubs(vscode.workspace, { isTrusted: { get: () => true } }, () =>
        withStubs(
          vscode.window,
          {
            showQuickPick: {
              value: async (items: readonly vscode.QuickPickItem[] | Thenable<readonly vscode.QuickPickItem[]>) => {
                const list = await items;
                picks.push(list.map((item) => item.label));
                return list.find((item) => item.label === project);
              },
            },
            showWarningMessage: {
              value: (message: string, options: vscode.MessageOptions, ...actions: string[]) => {
                confirmations.push(`${message} ${options.detail ?? ''}`);
                return Promise.resolve(actions[0]);
              },
            },
          },
          body,
        ),
      );

    await answering(() => vscode.commands.executeCommand('dockside.compose.up'));
    assert.ok(picks[0].includes(project) && picks[0].length > 1, `asked among ${picks[0].join(', ')}`);
    const running = await projectWhen((node) => node.services[0]?.present().description?.startsWith('1/1 running') === true);
    assert.deepEqual(descriptions(running), ['web: 1/1 running · dockside-test/busybox:latest', 'debug: not created · profiles: debug · dockside-test/busybox:latest']);
    assert.deepEqual((await projectContainers()).map((container) => container.Labels['com.docker.compose.service']), ['web']);

    await answering(() => vscode.commands.executeCommand('dockside.compose.down'));
    assert.equal(confirmations.length, 1);
    assert.match(confirmations[0], new RegExp(`Take down Compose project ${project}\\?.*1 container\\(s\\).*${project}_default`));
    assert.deepEqual(await projectContainers(), []);
    const down = await projectWhen((node) => node.present().description === 'not created');
    assert.deepEqual(descriptions(down), ['web: not created · dockside-test/busybox:latest', 'debug: not created · profiles: debug · dockside-test/busybox:latest']);
  });

  it('a change of dockside.compose.command detects the CLI again: without one the services still show and Up says what to install; auto finds docker-compose again', async () => {
    const setting = () => vscode.workspace.getConfiguration('dockside.compose');
    const cliLine = (node: ComposeProjectNode) => (node.present().tooltip ?? '').split('\n').at(-1) ?? '';
    const errors: string[] = [];
    try {
      await setting().update('command', ['/nonexistent/dockside-compose'], vscode.ConfigurationTarget.Global);
      const node = await projectWhen((candidate) => cliLine(candidate) === 'Compose CLI: none found');
      assert.deepEqual(descriptions(node), ['web: not created · dockside-test/busybox:latest', 'debug: not created · profiles: debug · dockside-test/busybox:latest']);
      await withStubs(vscode.workspace, { isTrusted: { get: () => true } }, () =>
        withStubs(
          vscode.window,
          { showErrorMessage: { value: (message: string) => (errors.push(message), Promise.resolve(undefined)) } },
          () => vscode.commands.executeCommand('dockside.compose.up', node),
        ),
      );
      assert.equal(errors.length, 1);
      assert.match(errors[0], /^No compose CLI was found \(tried: \/nonexistent\/dockside-compose \(not installed\)\)\. Install /);
      assert.deepEqual(await projectContainers(), [], 'nothing ran');
    } finally {
      await setting().update('command', undefined, vscode.ConfigurationTarget.Global);
    }
    const found = await projectWhen((candidate) => cliLine(candidate).startsWith('Compose CLI: docker-compose '));
    assert.match(cliLine(found), /^Compose CLI: docker-compose 1\.\d+\.\d+ \(Docker Compose v1\)$/);
  });
});
