/** Shared by the engine tier's explorer tests: the tree models against the local engine, and waiting on them. */
import { EngineConnection } from '../../client/src/engine/connection';
import { nextEvent, type Event } from '../../client/src/engine/emitter';
import { untranslated } from '../../client/src/explorer/format';
import type { ExplorerContext } from '../../client/src/explorer/nodes/base';

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

/** Resolves when `model` fires a change after which `check` holds (checked against the model, not a clock). */
export async function until<T>(model: { readonly onDidChange: Event<unknown> }, check: () => T | undefined | Promise<T | undefined>): Promise<T> {
  for (;;) {
    const changed = nextEvent(model.onDidChange);
    const value = await check();
    if (value !== undefined) return value;
    await changed;
  }
}
