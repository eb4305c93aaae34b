/**
 * Registries view benchmark against a real registry (printed figures, no verdict): Debian's
 * distribution registry with htpasswd logins on 127.0.0.1, filled through the Registry API with
 * 1,000 repositories and one repository of 500 tags.
 *   - listing the 1,000-repository catalogue: the first page (what expanding the registry
 *     shows), then all of it through "Load more…", and the longest the event loop was held
 *     meanwhile (what a user would feel as the view freezing);
 *   - time to first tags of the 500-tag repository (its tag nodes returned), and until the
 *     first page of tags has its sizes and ages.
 */
import { rmSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import type { ExplorerNode } from '../client/src/explorer/nodes/base';
import { LoadMoreNode } from '../client/src/explorer/registries/loading';
import type { RegistryNode } from '../client/src/explorer/registries/registryNodes';
import { RegistryClient } from '../client/src/registry/registryClient';
import { RegistryContent } from '../test/support/registryContent';
import { registryUnavailableReason, startTestRegistry } from '../test/support/registryFixture';
import { percentile } from './support/percentile';
import { loaded, registriesView } from '../test/support/registriesHarness';

const repositoryCount = 1000;
const tagCount = 500;
const rounds = 7;

function report(name: string, values: number[], extra = ''): void {
  const f = (value: number) => value.toFixed(1);
  console.log(`${name}: p50 ${f(percentile(values, 0.5))} ms, p95 ${f(percentile(values, 0.95))} ms, max ${f(Math.max(...values))} ms (n=${values.length})${extra}`);
}

async function main(): Promise<void> {
  const missing = registryUnavailableReason();
  if (missing) {
    console.log(`skipped: ${missing}`);
    return;
  }
  const login = { username: 'bench', password: 'bench-password' };
  const registry = await startTestRegistry({ [login.username]: login.password });
  const configDir = mkdtempSync(join(tmpdir(), 'dockside-bench-registries-'));
  try {
    writeFileSync(join(configDir, 'config.json'), JSON.stringify({ auths: { [registry.address]: { auth: Buffer.from(`${login.username}:${login.password}`).toString('base64') } } }));
    const filling = performance.now();
    const content = new RegistryContent(new RegistryClient(registry.address, login));
    await content.repositories('bench/repo', repositoryCount - 1, new Date(Date.now() - 86_400_000));
    await content.tags('bench/tags', tagCount, new Date(Date.now() - 86_400_000));
    console.log(`registry filled through the Registry API: ${repositoryCount} repositories, one of ${tagCount} tags (${((performance.now() - filling) / 1000).toFixed(1)} s)`);

    const firstPage: number[] = [];
    const everything: number[] = [];
    const longestBlock: number[] = [];
    const presentAll: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const view = registriesView(configDir);
      const [node] = await view.model.getRoots();
      const delay = monitorEventLoopDelay({ resolution: 1 });
      delay.enable();
      let started = performance.now();
      let children: ExplorerNode[] = await node.getChildren();
      firstPage.push(performance.now() - started);
      started = performance.now();
      while (children.at(-1) instanceof LoadMoreNode) {
        await view.model.loadMore(children.at(-1) as LoadMoreNode);
        children = await node.getChildren();
      }
      everything.push(performance.now() - started);
      delay.disable();
      longestBlock.push(delay.max / 1e6);
      if (children.length !== repositoryCount) throw new Error(`listed ${children.length} repositories, not ${repositoryCount}`);
      started = performance.now();
      for (const child of children) child.present();
      presentAll.push(performance.now() - started);
      view.model.dispose();
    }
    report(`catalogue of ${repositoryCount}: first page (100 and "Load more…")`, firstPage);
    report(`catalogue of ${repositoryCount}: all ${repositoryCount / 100} pages through "Load more…"`, everything);
    report(`catalogue of ${repositoryCount}: longest the event loop was held while listing`, longestBlock);
    report(`catalogue of ${repositoryCount}: presenting every repository item`, presentAll);

    const firstTags: number[] = [];
    const firstDetails: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const view = registriesView(configDir);
      const [node] = await view.model.getRoots();
      // Far down the catalogue: opened as "Add Repository…" would name it.
      const repository = (node as RegistryNode).repository('bench/tags');
      const started = performance.now();
      const tags = await repository.getChildren();
      firstTags.push(performance.now() - started);
      for (const tag of tags) if (!(tag instanceof LoadMoreNode)) await loaded(view.model, tag);
      firstDetails.push(performance.now() - started);
      if (tags.length !== 51 || tags[0].present().label !== 'latest') throw new Error(`unexpected first page: ${tags.length} items from ${tags[0]?.present().label}`);
      view.model.dispose();
    }
    report(`repository of ${tagCount} tags: first tags shown (50 and "Load more…")`, firstTags);
    report(`repository of ${tagCount} tags: first 50 tags with size and age (4 requests at a time)`, firstDetails);
    console.log(`heap used: ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(1)} MB`);
  } finally {
    await registry.stop();
    rmSync(configDir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
