/**
 * The Registries view in a real VS Code against a real registry (htpasswd logins, started
 * here) and the real engine: a login written into the suite's own DOCKER_CONFIG, as `docker
 * login` in a terminal would write it, makes the registry appear without a refresh; its
 * repository and tag expand; Inspect Manifest opens the manifest; Delete Tag asks first and the
 * tag leaves the view; Run pulls an image the engine lacks, then starts the run form; Log Out
 * from the registry's item takes it out of the view.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { nextEvent } from '../../../client/src/engine/emitter';
import type { DocksideApi } from '../../../client/src/extension';
import type { ExplorerNode } from '../../../client/src/explorer/nodes/base';
import type { RegistriesModel } from '../../../client/src/explorer/registries/model';
import { RegistryClient } from '../../../client/src/registry/registryClient';
import Docker from 'dockerode';
import { tagImage } from '../../../client/src/commands/imageOps';
import { transferImage } from '../../../client/src/commands/imageTransfer';
import { busyboxImage, ensureBusyboxImage, newRunId } from '../../support/engineFixtures';
import { RegistryContent } from '../../support/registryContent';
import { registryUnavailableReason, startTestRegistry, type TestRegistry } from '../../support/registryFixture';
import { docksideLog, when, withStubs } from './support';

/**
 * Runs `command` with these window functions answering as given, and resolves with what each was
 * asked (its message, or a quick pick's placeholder), in order.
 */
async function answering(answers: Record<string, (...args: unknown[]) => unknown>, command: string, ...args: unknown[]): Promise<string[]> {
  const asked: string[] = [];
  const stubs = Object.fromEntries(
    Object.entries(answers).map(([name, answer]) => [
      name,
      {
        value: (...values: unknown[]) => {
          asked.push(`${name}: ${typeof values[0] === 'string' ? values[0] : ((values[1] as { placeHolder?: string } | undefined)?.placeHolder ?? '')}`);
          return answer(...values);
        },
      },
    ]),
  );
  await withStubs(vscode.window, stubs, () => vscode.commands.executeCommand(command, ...args));
  return asked;
}

describe('Registries view', function () {
  const runId = newRunId();
  const login = { username: 'alice', password: `s3cret-${runId}` };
  let registry: TestRegistry;
  let registries: RegistriesModel;

  /** The node labelled `label` among `nodes()`, now or after a change of the model shows it. */
  const shown = async (nodes: () => ExplorerNode[] | Promise<ExplorerNode[]>, label: string, ready: (node: ExplorerNode) => boolean = () => true): Promise<ExplorerNode> => {
    for (;;) {
      const changed = nextEvent(registries.onDidChange);
      const found = (await nodes()).find((node) => node.present().label === label && ready(node));
      if (found) return found;
      await changed;
    }
  };

  before(async function () {
    const missing = registryUnavailableReason();
    if (missing) {
      if (process.env.CI === 'true') throw new Error(`CI needs a registry: ${missing}`);
      this.skip();
    }
    assert.ok(process.env.DOCKER_CONFIG, 'the suite runs with a DOCKER_CONFIG of its own');
    registries = (await vscode.extensions.getExtension<DocksideApi>('dockside.dockside')!.activate()).registries;
    registry = await startTestRegistry({ [login.username]: login.password });
    const content = new RegistryContent(new RegistryClient(registry.address, login));
    await content.image('team/web', '1.0', { created: new Date(Date.now() - 2 * 86_400_000), layerBytes: 2000 });
    await content.image('team/web', '0.9', { created: new Date(Date.now() - 9 * 86_400_000), layerBytes: 1000 });
  });

  after(() => registry?.stop());

  it('a registry known only from DOCKER_CONFIG appears in the view, and its repository and tag expand', async () => {
    await vscode.commands.executeCommand('dockside.registries.focus');
    const labels = (await registries.getRoots()).map((node) => node.present().label);
    assert.ok(!labels.includes(registry.address), `not listed before the login: ${labels.join(', ')}`);

    // What `docker login` in a terminal does: config.json gains the registry's auth.
    const configDir = process.env.DOCKER_CONFIG!;
    mkdirSync(configDir, { recursive: true });
    const configPath = join(configDir, 'config.json');
    const config = existsSync(configPath) ? (JSON.parse(readFileSync(configPath, 'utf8')) as { auths?: Record<string, unknown> }) : {};
    config.auths = { ...config.auths, [registry.address]: { auth: Buffer.from(`${login.username}:${login.password}`).toString('base64') } };
    writeFileSync(configPath, JSON.stringify(config, null, '\t'));

    const node = await shown(() => registries.getRoots(), registry.address);
    assert.equal(node.present().contextValue, 'registry.generic.loggedIn');
    const repository = await shown(() => node.getChildren(), 'team/web');
    const tag = await shown(() => repository.getChildren(), '1.0', (candidate) => !candidate.present().description?.includes('…'));
    assert.match(tag.present().description ?? '', /^2 kB · 2 days ago$/);
    assert.deepEqual(
      (await repository.getChildren()).map((child) => child.present().label),
      ['1.0', '0.9'],
    );

    await vscode.commands.executeCommand('dockside.registries.inspectManifest', tag);
    const editor = await when(vscode.window.onDidChangeActiveTextEditor, () => (vscode.window.activeTextEditor?.document.uri.scheme === 'dockside-registry' ? vscode.window.activeTextEditor : undefined));
    const manifest = JSON.parse(editor.document.getText()) as { mediaType: string; layers: { size: number }[] };
    assert.deepEqual([manifest.mediaType, manifest.layers[0].size], ['application/vnd.oci.image.manifest.v1+json', 2000]);
  });

  it('Delete Tag asks first, then deletes the manifest and the tag leaves the view', async () => {
    const node = (await registries.getRoots()).find((root) => root.present().label === registry.address)!;
    const repository = (await node.getChildren()).find((child) => child.present().label === 'team/web')!;
    const tag = (await repository.getChildren()).find((child) => child.present().label === '0.9')!;
    await shown(() => repository.getChildren(), '0.9', (candidate) => !candidate.present().description?.includes('…'));

    const asked = await answering(
      { showWarningMessage: () => Promise.resolve('Delete'), showInformationMessage: () => Promise.resolve(undefined) },
      'dockside.registries.deleteTag',
      tag,
    );
    assert.equal(asked[0], `showWarningMessage: Delete ${registry.address}/team/web:0.9 from ${registry.address}?`);
    assert.match(asked[1], new RegExp(`^showInformationMessage: Deleted ${registry.address}/team/web:0\\.9 \\(sha256:[0-9a-f]{64}\\)\\.$`));
    await docksideLog((text) => new RegExp(`Registries: deleted ${registry.address}/team/web:0\\.9 \\(manifest sha256:[0-9a-f]{64}\\)`).test(text));
    assert.deepEqual(
      (await repository.getChildren()).map((child) => child.present().label),
      ['1.0'],
    );
  });

  it('Run pulls a tag the engine does not have (with the stored login), then opens the run form; Pull pulls it again; Copy Reference copies it by tag and by digest', async () => {
    const docker = new Docker();
    await ensureBusyboxImage(docker);
    const reference = `${registry.address}/team/busybox:${runId}`;
    await tagImage(docker, busyboxImage, reference);
    await transferImage(docker, 'push', reference, login, () => undefined);
    await docker.getImage(reference).remove();
    try {
      const node = (await registries.getRoots()).find((root) => root.present().label === registry.address)!;
      registries.refreshNode(node);
      const repository = await shown(() => node.getChildren(), 'team/busybox');
      const tag = await shown(() => repository.getChildren(), runId);

      // A trusted workspace, as Run needs; this harness cannot click "Trust".
      const ran = await withStubs(vscode.workspace, { isTrusted: { get: () => true } }, () =>
        answering({ showInformationMessage: () => Promise.resolve(undefined), showQuickPick: () => Promise.resolve(undefined) }, 'dockside.registries.run', tag),
      );
      assert.deepEqual(ran, [`showInformationMessage: Pulled ${reference}.`, 'showQuickPick: How should the container run?']);
      assert.equal((await docker.getImage(reference).inspect()).Id, (await docker.getImage(busyboxImage).inspect()).Id);

      const pulled = await answering({ showInformationMessage: () => Promise.resolve(undefined) }, 'dockside.registries.pull', tag);
      assert.deepEqual(pulled, [`showInformationMessage: Pulled ${reference}.`]);

      const repoDigest = (await docker.getImage(reference).inspect()).RepoDigests.find((digest) => digest.startsWith(`${registry.address}/team/busybox@`));
      await answering({ showInformationMessage: () => Promise.resolve(undefined) }, 'dockside.registries.copyDigestReference', tag);
      assert.equal(await vscode.env.clipboard.readText(), repoDigest, 'the digest reference is the one the engine recorded for the pull');
      await answering({ showInformationMessage: () => Promise.resolve(undefined) }, 'dockside.registries.copyReference', tag);
      assert.equal(await vscode.env.clipboard.readText(), reference);
    } finally {
      await docker.getImage(reference).remove().catch(() => undefined);
    }
  });

  it("Log Out from the registry's item removes the login, and the registry leaves the view", async () => {
    const node = (await registries.getRoots()).find((root) => root.present().label === registry.address)!;
    const asked = await answering({ showInformationMessage: () => Promise.resolve(undefined) }, 'dockside.registry.logout', node);
    assert.deepEqual(asked, [`showInformationMessage: Logged out of ${registry.address}.`]);
    assert.ok(!(await registries.getRoots()).some((root) => root.present().label === registry.address));
  });
});
