/**
 * The Registries view's model as the tree view drives it, for the registry tier and the bench:
 * a credential store on a DOCKER_CONFIG folder, the `dockside.registries` setting, and helpers
 * that expand nodes and wait on the model's change events (never on a clock).
 */
import { untranslated } from '../../client/src/explorer/format';
import type { ExplorerNode, NodePresentation } from '../../client/src/explorer/nodes/base';
import { RegistriesModel, type RegistriesModelOptions } from '../../client/src/explorer/registries/model';
import { CredentialStore } from '../../client/src/registry/credentials';
import { parseRegistriesSetting } from '../../client/src/registry/registrySettings';
import { RegistrySessions, type RegistrySessionOptions } from '../../client/src/registry/registrySessions';
import { until } from './explorerHarness';

export interface RegistriesView {
  readonly model: RegistriesModel;
  readonly credentials: CredentialStore;
  readonly sessions: RegistrySessions;
  /** Replaces the `dockside.registries` setting (as written in settings.json). */
  setSetting(value: unknown): void;
}

/** The view on a DOCKER_CONFIG folder; `env` is where credential helpers run (their PATH). */
export function registriesView(configDir: string, setting: unknown = [], options: RegistriesModelOptions & RegistrySessionOptions & { env?: NodeJS.ProcessEnv } = {}): RegistriesView {
  let current = parseRegistriesSetting(setting);
  const credentials = new CredentialStore({ configDir, env: options.env });
  const sessions = new RegistrySessions(credentials, options);
  const model = new RegistriesModel({ t: untranslated, locale: 'en', now: () => Date.now() }, sessions, () => current, options);
  return { model, credentials, sessions, setSetting: (value) => (current = parseRegistriesSetting(value)) };
}

export async function children(node: ExplorerNode): Promise<ExplorerNode[]> {
  return node.getChildren();
}

export function labels(nodes: readonly ExplorerNode[]): string[] {
  return nodes.map((node) => node.present().label);
}

/** The child whose label is `label`; fails naming what there is. */
export function labeled(nodes: readonly ExplorerNode[], label: string): ExplorerNode {
  const found = nodes.find((node) => node.present().label === label);
  if (!found) throw new Error(`no "${label}" among: ${labels(nodes).join(', ')}`);
  return found;
}

/** `node`'s presentation once its description no longer says it is loading (`…`). */
export function loaded(model: RegistriesModel, node: ExplorerNode): Promise<NodePresentation> {
  return until(model, () => {
    const presentation = node.present();
    return presentation.description?.includes('…') ? undefined : presentation;
  });
}

/**
 * Every node of the tree, expanded all the way down, with tag details waited for: what a user
 * who opened everything would have seen.
 */
export async function wholeTree(model: RegistriesModel): Promise<NodePresentation[]> {
  const seen: NodePresentation[] = [];
  const visit = async (nodes: readonly ExplorerNode[]): Promise<void> => {
    for (const node of nodes) {
      seen.push(await loaded(model, node));
      if (node.present().collapsible !== 'none') await visit(await node.getChildren());
    }
  };
  await visit(await model.getRoots());
  return seen;
}
