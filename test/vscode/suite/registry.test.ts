/**
 * Log In, Push and Pull in a real VS Code against a real registry (htpasswd logins, started here)
 * and the real engine; Push and Pull from the palette through their real quick pick, Tag through
 * its pick of the local images; no password in what the commands print or show. The suite's VS
 * Code server has a DOCKER_CONFIG of its own, so the login lands there, never in the user's
 * ~/.docker.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Docker from 'dockerode';
import * as vscode from 'vscode';
import { busyboxImage, ensureBusyboxImage, freePort, newRunId } from '../../support/engineFixtures';
import { registryUnavailableReason, startTestRegistry, type TestRegistry } from '../../support/registryFixture';
import { docksideLog, explorerApi, when, withStubs } from './support';

/** Stubs for the message functions, each recording its message with the actions it offers (`[Log In…]`); none is chosen. */
function recordingMessages(messages: string[]): Record<string, PropertyDescriptor> {
  const record = (kind: string) => (message: string, ...rest: unknown[]) => {
    // Options objects (modal) are not actions.
    const actions = rest.filter((item): item is string => typeof item === 'string');
    messages.push(`${kind}: ${message}${actions.length > 0 ? ` [${actions.join(' | ')}]` : ''}`);
    return Promise.resolve(undefined);
  };
  return {
    showInformationMessage: { value: record('information') },
    showErrorMessage: { value: record('error') },
    showWarningMessage: { value: record('warning') },
  };
}

/** Runs `command`, answering its input boxes with `answers` in order and recording their prompts (with the value offered) and every message. */
async function answering(answers: string[], command: string, ...args: unknown[]): Promise<{ prompts: string[]; messages: string[] }> {
  const prompts: string[] = [];
  const messages: string[] = [];
  const remaining = [...answers];
  const showInputBox = (options?: vscode.InputBoxOptions) => {
    prompts.push(`${options?.prompt ?? ''}${options?.value ? ` [${options.value}]` : ''}${options?.password ? ' (masked)' : ''}`);
    return Promise.resolve(remaining.shift());
  };
  await withStubs(vscode.window, { showInputBox: { value: showInputBox }, ...recordingMessages(messages) }, () => vscode.commands.executeCommand(command, ...args));
  return { prompts, messages };
}

/**
 * Everything the registry commands print. Their output channel is made on first use, by
 * whichever suite first runs a registry command, so this is a root hook: in place before any
 * suite runs.
 */
const registryOutput: string[] = [];
let restoreCreateOutputChannel: (() => void) | undefined;
before(() => {
  const window = vscode.window as unknown as Record<string, unknown>;
  const original = Object.getOwnPropertyDescriptor(window, 'createOutputChannel')!;
  const create = vscode.window.createOutputChannel as (name: string, ...rest: unknown[]) => vscode.OutputChannel;
  Object.defineProperty(window, 'createOutputChannel', {
    configurable: true,
    value: (name: string, ...rest: unknown[]) => {
      const channel = create(name, ...rest);
      if (name !== 'Dockside: Registry') return channel;
      // The channel itself is frozen: a recording one that defers to it.
      return Object.create(channel, {
        append: { value: (text: string) => (registryOutput.push(text), channel.append(text)) },
        appendLine: { value: (text: string) => (registryOutput.push(text), channel.appendLine(text)) },
      }) as vscode.OutputChannel;
    },
  });
  restoreCreateOutputChannel = () => Object.defineProperty(window, 'createOutputChannel', original);
});
after(() => restoreCreateOutputChannel?.());

/**
 * Runs `command` from the palette with no argument, typing `typed` into its quick pick and
 * pressing Enter once the quick pick's first item is `expected`. Resolves to the messages shown.
 */
async function typingInQuickPick(command: string, typed: string, expected: string): Promise<string[]> {
  const messages: string[] = [];
  const createQuickPick = vscode.window.createQuickPick;
  let shown: (quickPick: vscode.QuickPick<vscode.QuickPickItem>) => void = () => undefined;
  const quickPickShown = new Promise<vscode.QuickPick<vscode.QuickPickItem>>((resolve) => (shown = resolve));
  const recordingQuickPick = () => {
    const quickPick = createQuickPick<vscode.QuickPickItem>();
    shown(quickPick);
    return quickPick;
  };
  await withStubs(vscode.window, { createQuickPick: { value: recordingQuickPick }, ...recordingMessages(messages) }, async () => {
    const running = vscode.commands.executeCommand(command);
    const quickPick = await quickPickShown;
    const ready = when(quickPick.onDidChangeActive, () => (quickPick.activeItems[0]?.label === expected ? true : undefined));
    quickPick.value = typed;
    await ready;
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await running;
  });
  return messages;
}

describe('Registry logins', function () {
  const docker = new Docker();
  const runId = newRunId();
  const password = `s3cret-${runId}`;
  const configFile = () => join(process.env.DOCKER_CONFIG ?? '', 'config.json');
  let registry: TestRegistry;
  let reference: string;

  before(async function () {
    const missing = registryUnavailableReason();
    if (missing) {
      if (process.env.CI === 'true') throw new Error(`CI needs a registry: ${missing}`);
      this.skip();
    }
    assert.ok(process.env.DOCKER_CONFIG, 'the suite runs with a DOCKER_CONFIG of its own');
    await explorerApi();
    await ensureBusyboxImage(docker);
    registry = await startTestRegistry({ alice: password });
    reference = `${registry.address}/dockside/${runId}:v1`;
    const [repo, tag] = reference.split(/:(?=[^:]*$)/);
    await docker.getImage(busyboxImage).tag({ repo, tag });
  });

  after(async () => {
    await docker.getImage(reference).remove().catch(() => undefined);
    await registry?.stop();
  });

  it('Log In: a wrong password is refused with the reason and nothing is stored; the right one is stored; then Push works', async () => {
    const wrong = await answering([registry.address, 'alice', 'wrong-password'], 'dockside.registry.login');
    assert.deepEqual(wrong.prompts.map((prompt) => prompt.replace(/ for alice( \(masked\))?$/, '$1')), [
      'Registry address, e.g. registry.example.com or 127.0.0.1:5000 (docker.io is Docker Hub). [docker.io]',
      'User name',
      'Password or access token (masked)',
    ]);
    assert.deepEqual(wrong.messages, [`error: ${registry.address} refused the user name or password. Nothing was stored.`]);
    assert.ok(!existsSync(configFile()) || !readFileSync(configFile(), 'utf8').includes(registry.address), 'nothing stored');

    const right = await answering([registry.address, 'alice', password], 'dockside.registry.login');
    assert.deepEqual(right.messages, [`information: Logged in to ${registry.address} as alice.`]);
    const said = registryOutput.join('\n');
    assert.match(said, new RegExp(`^Login to ${registry.address} as alice not stored: .*Nothing was stored\\.$`, 'm'));
    assert.match(said, new RegExp(`^Logged in to ${registry.address} as alice; stored in .*config\\.json\\.$`, 'm'));
    for (const text of [said, ...wrong.messages, ...right.messages]) {
      assert.ok(!text.includes(password) && !text.includes('wrong-password'), `a password in: ${text}`);
    }
    const stored = JSON.parse(readFileSync(configFile(), 'utf8')) as { auths: Record<string, { auth: string }> };
    assert.equal(Buffer.from(stored.auths[registry.address].auth, 'base64').toString(), `alice:${password}`);
    const logged = await docksideLog((text) => text.includes(`Logged in to ${registry.address} as alice; stored in ${configFile()}`));
    assert.ok(logged.includes(`[warning] Login to ${registry.address} as alice not stored: `), 'the refused login is logged');
    assert.ok(!logged.includes(password) && !logged.includes('wrong-password'), 'no password in the log');

    const image = await docker.getImage(reference).inspect();
    const pushed = await answering([], 'dockside.image.push', { ref: { kind: 'image', id: image.Id, name: reference } });
    assert.deepEqual(pushed.messages, [`information: Pushed ${reference}.`]);
  });

  it('Log Out, then Push: the refusal names the registry and offers Log In', async () => {
    const loggedOut = await answering([], 'dockside.registry.logout', registry.address);
    assert.deepEqual(loggedOut.messages, [`information: Logged out of ${registry.address}.`]);
    const image = await docker.getImage(reference).inspect();
    const refused = await answering([], 'dockside.image.push', { ref: { kind: 'image', id: image.Id, name: reference } });
    assert.deepEqual(refused.messages, [`error: ${registry.address} refused the push of ${reference}: you are not logged in to ${registry.address}. [Log In…]`]);
    await docksideLog((text) => text.includes(`[error] Push of ${reference} failed (unauthorized, ${registry.address}): `));
  });

  it('Push of a name without a registry says it would go to Docker Hub, and pushes nothing unless told to', async () => {
    const image = await docker.getImage(busyboxImage).inspect();
    const asked = await answering([], 'dockside.image.push', { ref: { kind: 'image', id: image.Id, name: busyboxImage } });
    assert.deepEqual(asked.messages, [
      `warning: ${busyboxImage} names no registry, so it would be pushed to Docker Hub as docker.io/${busyboxImage}. [Push to Docker Hub | Tag for a Registry…]`,
    ]);
  });

  it('from the palette: Push picks a local image as its name is typed; Pull takes a reference that is not listed, and a registry nothing answers on is said to be unreachable', async () => {
    const pushed = await typingInQuickPick('dockside.image.push', `dockside/${runId}`, reference);
    assert.deepEqual(pushed, [`error: ${registry.address} refused the push of ${reference}: you are not logged in to ${registry.address}. [Log In…]`]);

    const nowhere = `127.0.0.1:${await freePort()}`;
    const unlisted = `${nowhere}/dockside/${runId}:absent`;
    const pulled = await typingInQuickPick('dockside.image.pull', unlisted, unlisted);
    assert.equal(pulled.length, 1, pulled.join('\n'));
    assert.match(pulled[0], new RegExp(`^error: The registry ${nowhere} cannot be reached: .*connection refused`));
    assert.ok(!registryOutput.join('\n').includes(password), 'no password in the output');
  });

  it('from the palette: Tag offers the local images, and the one picked gets the name typed', async () => {
    const target = `${registry.address}/dockside/${runId}:tagged`;
    const offered: string[] = [];
    const pickReference = async (items: readonly vscode.QuickPickItem[] | Thenable<readonly vscode.QuickPickItem[]>) => {
      offered.push(...(await items).map((item) => item.label));
      return (await items).find((item) => item.label === reference);
    };
    try {
      await withStubs(vscode.window, { showQuickPick: { value: pickReference }, showInputBox: { value: () => Promise.resolve(target) } }, () =>
        vscode.commands.executeCommand('dockside.image.tag'),
      );
      assert.ok(offered.includes(reference) && offered.includes(busyboxImage), offered.join('\n'));
      assert.equal((await docker.getImage(target).inspect()).Id, (await docker.getImage(reference).inspect()).Id);
    } finally {
      await docker.getImage(target).remove().catch(() => undefined);
    }
  });
});
