/**
 * Switching engines in a real VS Code: "Docker: Switch Engine or Context..."
 * from the command palette, a Docker context that points at Podman picked in
 * the real quick pick, and the Docker view and status bar following at once.
 * The runner (runInCodeServer.mjs) gives the extension host a DOCKER_CONFIG
 * with that context (`podman-test`) and the Podman's address.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Docker from 'dockerode';
import * as vscode from 'vscode';
import type { ExplorerApi } from '../../../client/src/explorer';
import { createTestContainer, ensureBusyboxImage, newRunId, removeTestObjects } from '../../support/engineFixtures';
import { containerNode, explorerApi, when, withStubs, type Subscribable } from './support';

/**
 * Runs the switch command as the palette does and picks the item whose label contains `label`, with the
 * keyboard. Each key is pressed once the workbench has drawn the picker and reported the active item
 * (the extension's picker updates reach the workbench asynchronously, so a key sent at once could go to
 * the previous picker, or to none).
 */
async function pickEngine(explorer: ExplorerApi, label: string): Promise<void> {
  let active: string | undefined;
  let moves = 0;
  const tracking = explorer.switcher.onDidChangePickerActive((current) => {
    active = current;
    moves += 1;
  });
  const activeChanged: Subscribable = (listener) => explorer.switcher.onDidChangePickerActive(listener);
  try {
    const shown = new Promise<readonly string[]>((resolve) => {
      const subscription = explorer.switcher.onDidShowPicker((labels) => {
        subscription.dispose();
        resolve(labels);
      });
    });
    const done = vscode.commands.executeCommand('dockside.engine.switch');
    // The command returns early only when the picker closed without a pick: fail then, rather than wait for keys that go nowhere.
    const closedEarly = Promise.resolve(done).then(() => Promise.reject(new Error(`the picker closed before "${label}" was picked`)));
    closedEarly.catch(() => undefined); // after a pick the command returns too, and that is no failure
    const whileOpen = <T>(wait: Promise<T>): Promise<T> => Promise.race([wait, closedEarly]);
    const labels = await shown;
    assert.ok(labels.some((candidate) => candidate.includes(label)), `"${label}" is offered: ${labels.join(' | ')}`);
    await whileOpen(when(activeChanged, () => (moves > 0 ? true : undefined)));
    for (let step = 0; step < labels.length && !active?.includes(label); step++) {
      const movesBefore = moves;
      await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
      await whileOpen(when(activeChanged, () => (moves > movesBefore ? true : undefined)));
    }
    assert.ok(active?.includes(label), `"${label}" is the active item (${active ?? 'none'})`);
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await done;
  } finally {
    tracking.dispose();
  }
}

describe('Switching engines', () => {
  const runId = newRunId();
  const podman = new Docker({ socketPath: (process.env.DOCKSIDE_PODMAN_HOST ?? '').replace(/^unix:\/\//, '') });
  let explorer: ExplorerApi;

  before(async () => {
    explorer = await explorerApi();
    await ensureBusyboxImage(podman);
  });

  after(async () => {
    // Whatever happened, leave no choice behind: the suites after this one expect the Docker Engine.
    if (explorer.engine.choice) await pickEngine(explorer, 'Automatic');
    await removeTestObjects(podman, runId);
  });

  it('switches from the palette to a context on Podman: the view shows its container and the status bar says Podman', async () => {
    const onPodman = await createTestContainer(podman, runId, { name: 'on-podman' });
    await vscode.commands.executeCommand('workbench.view.extension.dockside');
    await explorer.containers.getRoots();
    // The palette is used from the editor. (A focused tree view that finishes a refresh takes the focus
    // back, and a picker that loses the focus closes: after a switch every view refreshes.)
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    assert.equal(explorer.engine.state.status === 'connected' && explorer.engine.state.identity.kind, 'docker');
    assert.equal(explorer.containers.findContainer(onPodman.id), undefined);

    await pickEngine(explorer, 'podman-test');
    assert.deepEqual(explorer.engine.choice, { kind: 'context', name: 'podman-test' }, 'the picked context is the choice');
    // A busy Podman may take longer than one ping: the connection retries by itself until it answers.
    const state = await when(
      (listener) => explorer.engine.onDidChangeState(listener),
      () => (explorer.engine.state.status === 'connected' ? explorer.engine.state : undefined),
    );
    assert.equal(state.status === 'connected' && state.identity.kind, 'podman');
    assert.equal(state.status === 'connected' && state.location.contextName, 'podman-test');
    await containerNode(explorer, onPodman.id, 'created');
    assert.match(explorer.statusBar.text, /Podman 4\.\d+\.\d+ · podman-test/);
    // /_ping says all but the architecture; /version, slow on Podman, adds it to the tooltip after the views show.
    const tooltip = await when(
      (listener) => explorer.engine.onDidCompleteIdentity(listener),
      () => (/\/amd64/.test(explorer.statusBar.tooltip ?? '') ? explorer.statusBar.tooltip : undefined),
    );
    assert.match(tooltip ?? '', /Podman .*\(API 1\.\d+\), linux\/amd64/);

    // Back to no choice, so the suites after this one find the Docker Engine as before.
    await pickEngine(explorer, 'Automatic');
    await when(
      (listener) => explorer.engine.onDidChangeState(listener),
      () => (explorer.engine.state.status === 'connected' && explorer.engine.state.identity.kind === 'docker' ? true : undefined),
    );
    assert.match(explorer.statusBar.text, /Docker Engine/);
  });

  it('"Enter an engine address…" refuses an invalid address with the host setting\'s reason, and switches to a valid one: the Podman socket', async () => {
    const podmanHost = process.env.DOCKSIDE_PODMAN_HOST ?? '';
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    const refusals: Array<string | undefined> = [];
    // The input box as the user meets it: two mistakes checked as they are typed, then the socket, accepted.
    const typing = {
      value: async (options: vscode.InputBoxOptions) => {
        for (const typed of ['ftp://nowhere', 'unix://', podmanHost]) refusals.push((await options.validateInput?.(typed)) as string | undefined);
        return podmanHost;
      },
    };

    await withStubs(vscode.window, { showInputBox: typing }, () => pickEngine(explorer, 'Enter an engine address'));

    assert.deepEqual(refusals, [
      'This address cannot be used: ftp://nowhere uses the unsupported scheme "ftp://" (use unix, npipe, tcp or ssh)',
      'This address cannot be used: unix:// names no socket path',
      undefined,
    ]);
    assert.deepEqual(explorer.engine.choice, { kind: 'host', host: podmanHost });
    const state = await when(
      (listener) => explorer.engine.onDidChangeState(listener),
      () => (explorer.engine.state.status === 'connected' ? explorer.engine.state : undefined),
    );
    assert.equal(state.status === 'connected' && state.identity.kind, 'podman');
    assert.match(explorer.statusBar.text, /Podman/);

    await pickEngine(explorer, 'Automatic');
    await when(
      (listener) => explorer.engine.onDidChangeState(listener),
      () => (explorer.engine.state.status === 'connected' && explorer.engine.state.identity.kind === 'docker' ? true : undefined),
    );
  });

  it('the Engines and Contexts view lists the contexts with their endpoints; Use switches, Inspect shows one, Remove asks and never takes the one in use', async () => {
    // A context of this run's own in the suite's DOCKER_CONFIG, stored as `docker context create` does.
    const spareName = `spare-${runId}`;
    const spareDir = join(process.env.DOCKER_CONFIG ?? '', 'contexts', 'meta', createHash('sha256').update(spareName).digest('hex'));
    mkdirSync(spareDir, { recursive: true });
    writeFileSync(join(spareDir, 'meta.json'), JSON.stringify({ Name: spareName, Metadata: {}, Endpoints: { docker: { Host: 'tcp://127.0.0.1:1', SkipTLSVerify: false } } }));
    const item = (label: string) => {
      const found = explorer.switcher.contextItems().find((node) => node.present().label === label);
      assert.ok(found, `the view lists ${label}: ${explorer.switcher.contextItems().map((node) => node.present().label).join(' | ')}`);
      return found;
    };
    assert.match(String(item('podman-test').present().description), new RegExp(`^${process.env.DOCKSIDE_PODMAN_HOST}`));
    assert.match(String(item(spareName).present().description), /^tcp:\/\/127\.0\.0\.1:1/);
    assert.equal(item(spareName).present().contextValue, 'dockerContext', 'a context not in use may be removed');

    await vscode.commands.executeCommand('dockside.context.use', item('podman-test'));
    await when(
      (listener) => explorer.engine.onDidChangeState(listener),
      () => (explorer.engine.state.status === 'connected' && explorer.engine.state.identity.kind === 'podman' ? true : undefined),
    );
    const inUse = item('podman-test').present();
    assert.match(String(inUse.description), /in use/);
    assert.equal(inUse.contextValue, 'dockerContext.current', 'the context in use offers no Remove');
    assert.match(String(inUse.tooltip), /Podman/);

    // Remove on the context in use is refused with a warning, and the context stays.
    const warnings: string[] = [];
    const recordWarning = { value: async (message: string) => void warnings.push(message) };
    await withStubs(vscode.window, { showWarningMessage: recordWarning }, () => vscode.commands.executeCommand('dockside.context.remove', item('podman-test')));
    assert.match(warnings[0] ?? '', /"podman-test" is in use and cannot be removed/);
    assert.ok(item('podman-test'));

    await vscode.commands.executeCommand('dockside.context.inspect', item(spareName));
    const inspected = vscode.window.activeTextEditor?.document;
    assert.equal(inspected?.languageId, 'json');
    assert.match(inspected?.getText() ?? '', /"Host": "tcp:\/\/127\.0\.0\.1:1"/);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');

    // Remove asks first: dismissed, nothing goes; confirmed, the context's files go and the view drops it.
    await withStubs(vscode.window, { showWarningMessage: { value: async () => undefined } }, () => vscode.commands.executeCommand('dockside.context.remove', item(spareName)));
    assert.ok(existsSync(spareDir), 'a dismissed question removes nothing');
    const questions: string[] = [];
    const confirm = { value: async (message: string, _options: unknown, answer: string) => (questions.push(message), answer) };
    await withStubs(vscode.window, { showWarningMessage: confirm }, () => vscode.commands.executeCommand('dockside.context.remove', item(spareName)));
    assert.match(questions[0] ?? '', new RegExp(`Remove the Docker context "${spareName}"`));
    assert.equal(existsSync(spareDir), false);
    assert.equal(explorer.switcher.contextItems().some((node) => node.present().label === spareName), false);

    await pickEngine(explorer, 'Automatic');
    await when(
      (listener) => explorer.engine.onDidChangeState(listener),
      () => (explorer.engine.state.status === 'connected' && explorer.engine.state.identity.kind === 'docker' ? true : undefined),
    );
  });
});
