/** Shared by the engine tier's explorer tests: the tree models against the local engine, and waiting on them. */
import { EngineConnection, type EngineAccess } from '../../client/src/engine/connection';
import { nextEvent, type Event } from '../../client/src/engine/emitter';
import type { EngineEvent } from '../../client/src/engine/events';
import { untranslated } from '../../client/src/explorer/format';
import type { ExplorerContext } from '../../client/src/explorer/nodes/base';
import { testLabel } from './engineFixtures';

/** A connection to the engine at the default socket, whatever DOCKER_HOST or contexts say, and the models' context. */
export function localEngine(): { engine: EngineConnection; ctx: ExplorerContext } {
  return engineAt('unix:///var/run/docker.sock');
}

/** A connection to the engine at a `unix://` socket (the test tier's Podman), and the models' context. */
export function engineAt(host: string): { engine: EngineConnection; ctx: ExplorerContext } {
  const socketPath = host.replace(/^unix:\/\//, '');
  const engine = new EngineConnection({
    locate: () => ({ host, contextName: 'default', source: 'default', address: { transport: 'socket', socketPath } }),
    // A busy shared machine (or a busy Podman) can take seconds to answer: no test is about that here.
    pingTimeoutMs: 30_000,
  });
  return { engine, ctx: { engine, t: untranslated, locale: 'en', now: () => Date.now() } };
}

/**
 * The models' context over `ctx`'s engine, hearing only the events about run `runId`'s own objects
 * (containers by their label, networks and volumes by their `dockside-<runId>-` name). For a test that
 * asserts which nodes redraw: other processes on the shared engine, and the default bridge network a
 * started test container joins, send events of their own that rightly redraw other nodes.
 */
export function runScopedContext(ctx: ExplorerContext, runId: string): ExplorerContext {
  const { engine } = ctx;
  const isOurs = (event: EngineEvent): boolean => {
    const attributes = event.Actor.Attributes ?? {};
    return attributes[testLabel] === runId || (attributes.name ?? '').startsWith(`dockside-${runId}-`);
  };
  const scoped: EngineAccess = {
    get docker() {
      return engine.docker;
    },
    get state() {
      return engine.state;
    },
    connect: () => engine.connect(),
    retry: () => engine.retry(),
    onDidChangeState: engine.onDidChangeState,
    onEvent: (listener) =>
      engine.onEvent((event) => {
        if (isOurs(event)) listener(event);
      }),
  };
  return { ...ctx, engine: scoped };
}

/** Resolves when `model` fires a change after which `check` holds (checked against the model, not a clock). */
export async function until<T>(model: { readonly onDidChange: Event<unknown> }, check: () => T | undefined | Promise<T | undefined>): Promise<T> {
  for (;;) {
    const changed = nextEvent(model.onDidChange);
    const value = await check();
    if (value !== undefined) return value;
    await changed;
  }
}
