/**
 * Compose projects in the Containers view, at scale (printed figures, no
 * verdict): a 200-service compose file whose project has 400 containers on
 * the real engine (two per service, created, not started).
 *   - after an edit: the language server's answer to `dockside/composeServices`
 *     for the edited document (over stdio, as the extension asks), then the
 *     client's share: new definitions → the model's change → the tree items
 *     VS Code asks for again;
 *   - after an event: a container of the project starts or stops → the
 *     model's change (from the engine's event time) and the tree items asked again;
 *   - the first listing and build of the model with the project.
 * Every container it makes is labelled and removed at the end.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import Docker from 'dockerode';
import { ComposeWorkspaceState } from '../client/src/compose/source';
import { composeProjectDefinition, type ComposeProjectDefinition } from '../client/src/compose/workspaceProjects';
import { EngineConnection } from '../client/src/engine/connection';
import { nextEvent } from '../client/src/engine/emitter';
import type { EngineLocation } from '../client/src/engine/location';
import { untranslated } from '../client/src/explorer/format';
import { ContainersModel } from '../client/src/explorer/model/containers';
import type { ExplorerNode } from '../client/src/explorer/nodes/base';
import { ComposeServicesRequest } from '../server/src/lspExt';
import { LspTestClient } from '../test/support/lspClient';
import { createTestContainer } from '../test/support/engineFixtures';
import { docksideCommand } from './support/docksideCommand';
import { runEngineBench } from './support/engineBench';
import { report } from './support/figures';

const serviceCount = 200;
const containersPerService = 2;
const rounds = 20;
const root = join(__dirname, '..', '..');
const docker = new Docker();
const location: EngineLocation = { host: 'unix:///var/run/docker.sock', contextName: 'default', source: 'default', address: { transport: 'socket', socketPath: '/var/run/docker.sock' } };

function composeText(imageOf: (index: number) => string): string {
  const lines = ['services:'];
  for (let i = 0; i < serviceCount; i++) {
    lines.push(`  svc${i}:`, `    image: ${imageOf(i)}`, '    restart: unless-stopped', '    environment:', `      INDEX: "${i}"`);
    if (i % 10 === 0) lines.push('    profiles: [extra]');
  }
  return `${lines.join('\n')}\n`;
}

/** What VS Code asks after a change of `node`: its tree item and, when it is shown expanded, its children's. */
async function redraw(node: ExplorerNode | undefined, model: ContainersModel): Promise<number> {
  const nodes = node ? [node] : await model.getRoots();
  let items = 0;
  for (const shown of nodes) {
    items += 1;
    if (shown.present().collapsible === 'expanded') for (const child of await shown.getChildren()) items += child.present().label ? 1 : 0;
  }
  return items;
}

runEngineBench(docker, async (runId) => {
  const project = `bench-${runId}`;
  const folder = `/bench/${project}`;
  const file = `${folder}/compose.yaml`;
  const uri = pathToFileURL(file).toString();
  const client = await LspTestClient.start({ command: docksideCommand(join(root, 'dist/server.js')), locale: 'en' });
  const engine = new EngineConnection({ locate: () => location });
  try {
    // The file, as the server reads it.
    let text = composeText(() => 'dockside-test/busybox:latest');
    await client.open(uri, 'dockercompose', text);
    const outline = await client.connection.sendRequest(ComposeServicesRequest.type, { uri });
    const defined = (answer: typeof outline): ComposeProjectDefinition => composeProjectDefinition({ folder, files: [file] }, [answer], { env: { COMPOSE_PROJECT_NAME: project } })!;
    const state = new ComposeWorkspaceState([defined(outline)]);

    const before = performance.now();
    const containers: Docker.Container[] = [];
    const specs = [...Array(serviceCount * containersPerService).keys()];
    for (let i = 0; i < specs.length; i += 25) {
      containers.push(
        ...(await Promise.all(
          specs.slice(i, i + 25).map((index) => {
            const service = `svc${index % serviceCount}`;
            const number = String(Math.floor(index / serviceCount) + 1);
            return createTestContainer(docker, runId, {
              name: `${service}-${number}`,
              cmd: ['sleep', '3600'],
              labels: { 'com.docker.compose.project': project, 'com.docker.compose.service': service, 'com.docker.compose.container-number': number, 'com.docker.compose.project.working_dir': folder },
            });
          }),
        )),
      );
    }
    console.log(`(created ${containers.length} containers for ${serviceCount} services in ${((performance.now() - before) / 1000).toFixed(1)} s)`);

    await engine.connect();
    const buildStart = performance.now();
    const model = new ContainersModel({ engine, t: untranslated, locale: 'en', now: () => Date.now() }, state);
    const roots = await model.getRoots();
    const built = performance.now() - buildStart;
    const node = model.findProject(project);
    if (!node || node.services.length !== serviceCount || node.view.total !== containers.length) throw new Error(`the project has ${node?.services.length} services and ${node?.view.total} containers`);
    console.log(`list + build the Containers model with the project (${roots.length} top-level items): ${built.toFixed(1)} ms`);

    // After an edit: one service's image changes in the open document.
    const server: number[] = [];
    const clientShare: number[] = [];
    const firedItems: number[] = [];
    for (let round = 0; round < rounds; round++) {
      text = composeText((i) => (i === round * 7 ? `dockside-test/busybox:edit-${round}` : 'dockside-test/busybox:latest'));
      const asked = performance.now();
      await client.change(uri, [{ text }]);
      const answer = await client.connection.sendRequest(ComposeServicesRequest.type, { uri });
      server.push(performance.now() - asked);
      const started = performance.now();
      const changes: Array<ExplorerNode | undefined> = [];
      const subscription = model.onDidChange((changed) => changes.push(changed));
      state.set({ definitions: [defined(answer)] });
      subscription.dispose();
      let items = 0;
      for (const changed of changes) items += await redraw(changed, model);
      clientShare.push(performance.now() - started);
      firedItems.push(items);
    }
    report(`edit → services from the server (didChange + dockside/composeServices, ${serviceCount} services)`, server);
    report('edit → tree redrawn (definitions, model change, items asked again)', clientShare);
    console.log(`(tree items redrawn per edit: ${Math.max(...firedItems)})`);

    // After an event: a container of the project starts, then stops. Timed from the event that
    // changes its state (`start`, `die`): by the engine's clock, and from its arrival here (our share).
    const eventToChange: number[] = [];
    const receiptToChange: number[] = [];
    const redrawn: number[] = [];
    const eventTimes = new Map<string, { sent: number; received: number }>();
    engine.onEvent((event) => {
      if (event.timeNano) eventTimes.set(`${event.Action} ${event.Actor.ID}`, { sent: Number(BigInt(event.timeNano) / 1000n) / 1000, received: Date.now() });
    });
    for (let round = 0; round < rounds; round++) {
      const container = containers[round * 13];
      for (const [action, event, state] of [['start', 'start', 'running'], ['kill', 'die', 'exited']] as const) {
        const changed = nextEvent(model.onDidChange, () => model.findContainer(container.id)?.info.State === state);
        await (action === 'start' ? container.start() : container.kill());
        const fired = await changed;
        const at = Date.now();
        const times = eventTimes.get(`${event} ${container.id}`) ?? { sent: at, received: at };
        eventToChange.push(at - times.sent);
        receiptToChange.push(at - times.received);
        const started = performance.now();
        await redraw(fired, model);
        redrawn.push(performance.now() - started);
      }
    }
    report(`event → tree change, a container of the ${serviceCount}-service project starts or stops (engine's event time)`, eventToChange);
    report('event received → tree change (our share)', receiptToChange);
    report('event → items asked again (the fired node)', redrawn);
    model.dispose();
  } finally {
    engine.dispose();
    await client.stop();
  }
});
