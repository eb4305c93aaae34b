/**
 * Explorer benchmark against the real engine (printed figures, no verdict):
 *   - engine event → model change (what feeds onDidChangeTreeData) for a
 *     container start and removal, p50/p95 over a series of containers;
 *   - listing and building the Containers model for 1,000 created containers;
 *   - constructing the connection and the four models (the explorer's share
 *     of activation; nothing connects there);
 *   - choosing an engine → a full Containers tree: switching the one connection
 *     between the Docker Engine (the 1,000 containers) and a Podman of our own
 *     (`podman system service` on a private socket), both ways.
 * Every container it makes is labelled and removed at the end.
 */
import { performance } from 'node:perf_hooks';
import Docker from 'dockerode';
import { EngineConnection } from '../client/src/engine/connection';
import { nextEvent } from '../client/src/engine/emitter';
import type { EngineLocation } from '../client/src/engine/location';
import { untranslated } from '../client/src/explorer/format';
import { ContainersModel } from '../client/src/explorer/model/containers';
import { ImagesModel } from '../client/src/explorer/model/images';
import { NetworksModel, VolumesModel } from '../client/src/explorer/model/volumesNetworks';
import type { ExplorerContext, ExplorerNode } from '../client/src/explorer/nodes/base';
import { createTestContainer, ensureBusyboxImage, removeTestObjects } from '../test/support/engineFixtures';
import { podmanUnavailableReason, startPodmanService } from '../test/support/podmanService';
import { runEngineBench } from './support/engineBench';
import { report } from './support/figures';

const latencyRounds = 30;
const scaleCount = 1000;
const scaleRepeats = 5;

const docker = new Docker();
const location: EngineLocation = {
  host: 'unix:///var/run/docker.sock',
  contextName: 'default',
  source: 'default',
  address: { transport: 'socket', socketPath: '/var/run/docker.sock' },
};

function context(engine: EngineConnection): ExplorerContext {
  return { engine, t: untranslated, locale: 'en', now: () => Date.now() };
}

function activationShare(): void {
  const samples: number[] = [];
  for (let i = 0; i < 50; i += 1) {
    const start = performance.now();
    const engine = new EngineConnection({ locate: () => location });
    const ctx = context(engine);
    const models = [new ContainersModel(ctx), new ImagesModel(ctx), new VolumesModel(ctx), new NetworksModel(ctx)];
    samples.push(performance.now() - start);
    for (const model of models) model.dispose();
    engine.dispose();
  }
  report('explorer construction (connection + 4 models, no I/O)', samples, '≤ 50 ms for all of activation');
}

/** Engine-stamped event time → the model's change event, for start and removal. */
async function eventLatency(runId: string): Promise<void> {
  const engine = new EngineConnection({ locate: () => location });
  const model = new ContainersModel(context(engine));
  await model.getRoots();
  const eventTimes = new Map<string, number>();
  engine.onEvent((event) => {
    if (event.timeNano) eventTimes.set(`${event.Action} ${event.Actor.ID}`, Number(BigInt(event.timeNano) / 1000n) / 1000);
  });
  const start: number[] = [];
  const remove: number[] = [];
  const receiptToChange: number[] = [];
  let received = 0;
  engine.onEvent(() => (received = Date.now()));

  const phaseStart = performance.now();
  for (let round = 0; round < latencyRounds; round += 1) {
    const container = await createTestContainer(docker, runId, { name: `latency-${round}`, cmd: ['sleep', '3600'] });
    await nextEvent(model.onDidChange, () => model.findContainer(container.id) !== undefined);

    const running = nextEvent(model.onDidChange, () => model.findContainer(container.id)?.info.State === 'running');
    await container.start();
    await running;
    const startedAt = Date.now();
    start.push(startedAt - (eventTimes.get(`start ${container.id}`) ?? startedAt));
    receiptToChange.push(startedAt - received);

    const gone = nextEvent(model.onDidChange, () => model.findContainer(container.id) === undefined);
    await container.remove({ force: true });
    await gone;
    const removedAt = Date.now();
    remove.push(removedAt - (eventTimes.get(`destroy ${container.id}`) ?? removedAt));
  }
  console.log(`(${latencyRounds} rounds of create, start, remove in ${((performance.now() - phaseStart) / 1000).toFixed(1)} s)`);
  report('event → tree change, container start', start, 'p95 ≤ 250 ms');
  report('event → tree change, container remove', remove, 'p95 ≤ 250 ms');
  report('event received → tree change (our share), start', receiptToChange);
  model.dispose();
  engine.dispose();
}

async function inBatches<T>(items: T[], size: number, work: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(work));
}

async function scale(runId: string): Promise<void> {
  const before = performance.now();
  await inBatches([...Array(scaleCount).keys()], 25, (i) =>
    createTestContainer(docker, runId, {
      name: `scale-${i}`,
      // A quarter in compose projects, so grouping is part of the work.
      labels: i % 4 === 0 ? { 'com.docker.compose.project': `bench-${i % 10}`, 'com.docker.compose.service': `svc-${i}` } : {},
    }),
  );
  console.log(`(created ${scaleCount} containers in ${((performance.now() - before) / 1000).toFixed(1)} s)`);

  const engine = new EngineConnection({ locate: () => location });
  await engine.connect();
  const samples: number[] = [];
  const renderSamples: number[] = [];
  for (let repeat = 0; repeat < scaleRepeats; repeat += 1) {
    const started = performance.now();
    const model = new ContainersModel(context(engine));
    const roots = await model.getRoots();
    samples.push(performance.now() - started);
    // What VS Code asks next: a tree item for each top-level node, and the expanded project groups.
    const renderStart = performance.now();
    const present = (nodes: ExplorerNode[]): number => nodes.reduce((count, node) => count + (node.present().label ? 1 : 0), 0);
    let items = present(roots);
    for (const node of roots) if (node.present().collapsible === 'expanded') items += present(await node.getChildren());
    renderSamples.push(performance.now() - renderStart);
    if (items < scaleCount) throw new Error(`only ${items} items for ${model.containerCount} containers`);
    model.dispose();
  }
  report(`list + build the Containers model, ${scaleCount} created containers`, samples, '≤ 300 ms');
  report(`tree items for all ${scaleCount} (present())`, renderSamples);
  engine.dispose();
}

/** From `choose()` to every top-level tree item of the new engine's Containers view presented. */
async function engineSwitch(runId: string): Promise<void> {
  const unavailable = podmanUnavailableReason();
  if (unavailable) {
    console.log(`choosing an engine → full tree: skipped (${unavailable})`);
    return;
  }
  const podman = await startPodmanService();
  try {
    const podmanDocker = new Docker({ socketPath: podman.socketPath });
    await ensureBusyboxImage(podmanDocker);
    for (let i = 0; i < 10; i += 1) await createTestContainer(podmanDocker, runId, { name: `switch-${i}` });
    const engine = new EngineConnection();
    const model = new ContainersModel(context(engine));
    const dockerChoice = { kind: 'host', host: location.host } as const;
    const podmanChoice = { kind: 'host', host: podman.host } as const;
    await engine.choose(podmanChoice);
    await model.getRoots();
    const toDocker: number[] = [];
    const toPodman: number[] = [];
    for (let repeat = 0; repeat < scaleRepeats; repeat += 1) {
      for (const [choice, samples, atLeast] of [
        [dockerChoice, toDocker, scaleCount],
        [podmanChoice, toPodman, 10],
      ] as const) {
        const started = performance.now();
        const full = nextEvent(model.onDidChange, () => model.containerCount >= atLeast && engine.state.status === 'connected');
        void engine.choose(choice);
        await full;
        for (const node of await model.getRoots()) node.present();
        samples.push(performance.now() - started);
      }
    }
    report(`choosing an engine → full Containers tree, Podman → Docker Engine (${scaleCount} containers)`, toDocker);
    report('choosing an engine → full Containers tree, Docker Engine → Podman (10 containers)', toPodman);
    model.dispose();
    engine.dispose();
    await removeTestObjects(podmanDocker, runId);
  } finally {
    await podman.stop();
  }
}

runEngineBench(docker, async (runId) => {
  activationShare();
  await eventLatency(runId);
  await scale(runId);
  await engineSwitch(runId);
});
