/**
 * Log In and Push in a real VS Code against a real registry (htpasswd logins, started here) and
 * the real engine. The suite's VS Code server has a DOCKER_CONFIG of its own, so the login lands
 * there, never in the user's ~/.docker.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Docker from 'dockerode';
import * as vscode from 'vscode';
import { busyboxImage, ensureBusyboxImage, newRunId } from '../../support/engineFixtures';
import { registryUnavailableReason, startTestRegistry, type TestRegistry } from '../../support/registryFixture';
import { explorerApi } from './support';

/** Runs `command`, answering its input boxes with `answers` in order and recording every message. */
async function answering(answers: string[], command: string, ...args: unknown[]): Promise<{ prompts: string[]; messages: string[] }> {
  const prompts: string[] = [];
  const messages: string[] = [];
  const window = vscode.window as unknown as Record<string, unknown>;
  const replaced = ['showInputBox', 'showInformationMessage', 'showErrorMessage', 'showWarningMessage'] as const;
  const originals = replaced.map((name) => [name, Object.getOwnPropertyDescriptor(window, name)] as const);
  const remaining = [...answers];
  const stub = (name: string, value: unknown) => Object.defineProperty(window, name, { value, configurable: true });
  stub('showInputBox', (options?: vscode.InputBoxOptions) => {
    prompts.push(`${options?.prompt ?? ''}${options?.password ? ' (masked)' : ''}`);
    return Promise.resolve(remaining.shift());
  });
  // A message is recorded with the actions it offers (`[Log In…]`); none is chosen. Options objects (modal) are skipped.
  const record = (kind: string) => (message: string, ...rest: unknown[]) => {
    const actions = rest.filter((item): item is string => typeof item === 'string');
    messages.push(`${kind}: ${message}${actions.length > 0 ? ` [${actions.join(' | ')}]` : ''}`);
    return Promise.resolve(undefined);
  };
  stub('showInformationMessage', record('information'));
  stub('showErrorMessage', record('error'));
  stub('showWarningMessage', record('warning'));
  try {
    await vscode.commands.executeCommand(command, ...args);
  } finally {
    for (const [name, original] of originals) if (original) Object.defineProperty(window, name, original);
  }
  return { prompts, messages };
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
    assert.deepEqual(wrong.prompts.map((prompt) => prompt.replace(/ for alice( \(masked\))?$/, '$1')).slice(1), ['User name', 'Password or access token (masked)']);
    assert.deepEqual(wrong.messages, [`error: ${registry.address} refused the user name or password. Nothing was stored.`]);
    assert.ok(!existsSync(configFile()) || !readFileSync(configFile(), 'utf8').includes(registry.address), 'nothing stored');

    const right = await answering([registry.address, 'alice', password], 'dockside.registry.login');
    assert.deepEqual(right.messages, [`information: Logged in to ${registry.address} as alice.`]);
    const stored = JSON.parse(readFileSync(configFile(), 'utf8')) as { auths: Record<string, { auth: string }> };
    assert.equal(Buffer.from(stored.auths[registry.address].auth, 'base64').toString(), `alice:${password}`);

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
  });

  it('Push of a name without a registry says it would go to Docker Hub, and pushes nothing unless told to', async () => {
    const image = await docker.getImage(busyboxImage).inspect();
    const asked = await answering([], 'dockside.image.push', { ref: { kind: 'image', id: image.Id, name: busyboxImage } });
    assert.deepEqual(asked.messages, [
      `warning: ${busyboxImage} names no registry, so it would be pushed to Docker Hub as docker.io/${busyboxImage}. [Push to Docker Hub | Tag for a Registry…]`,
    ]);
  });
});
