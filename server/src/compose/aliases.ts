/**
 * Anchors and aliases as compose-go reads them: every alias is replaced by
 * a copy of what its anchor names before anything else looks at the file,
 * and the copying stops with "excessive aliasing" once it would create more
 * than a million nodes (an alias bomb: nine aliases of nine aliases of …).
 * One pass in document order resolves every alias, finds the ones that
 * cannot be resolved or that sit inside their own anchor, and counts the
 * nodes the copies would make without making them, so a bomb is found in
 * the time it takes to read it.
 */
import { Alias, isAlias, isMap, isPair, isScalar, isSeq, Node } from 'yaml';

/** compose-go's cap on the nodes alias copies may create. */
export const maxAliasNodes = 1_000_000;

export type AliasProblem =
  | { readonly kind: 'unresolved'; readonly alias: Alias }
  | { readonly kind: 'cycle'; readonly alias: Alias }
  | { readonly kind: 'excessive'; readonly alias: Alias; readonly nodes: number };

export interface AliasTable {
  /** Where each resolvable alias points. */
  readonly targets: ReadonlyMap<Alias, Node>;
  readonly problems: readonly AliasProblem[];
  /** Whether following aliases is safe: none is unresolved, cyclic or part of a bomb. */
  readonly sound: boolean;
}

export const noAliases: AliasTable = { targets: new Map(), problems: [], sound: true };

/** Resolves every alias under the given document roots (each with its own anchors). */
export function analyzeAliases(roots: readonly unknown[]): AliasTable {
  const targets = new Map<Alias, Node>();
  const problems: AliasProblem[] = [];
  const sizes = new Map<Node, number>();
  let created = 0;
  let excessive = false;

  /** The nodes a copy of `node` holds once its own aliases are copied too. */
  const size = (node: unknown): number => {
    if (node === null || node === undefined) return 1;
    if (isAlias(node)) {
      const target = targets.get(node);
      return target ? size(target) : 1;
    }
    const known = sizes.get(node as Node);
    if (known !== undefined) return known;
    let total = 1;
    if (isMap(node)) for (const pair of node.items) total += size(pair.key) + size(pair.value);
    else if (isSeq(node)) for (const item of node.items) total += size(item);
    sizes.set(node as Node, total);
    return total;
  };

  for (const root of roots) {
    const anchors = new Map<string, Node>();
    const open = new Set<Node>();
    const visit = (node: unknown): void => {
      if (isPair(node)) {
        visit(node.key);
        visit(node.value);
        return;
      }
      if (isAlias(node)) {
        const target = anchors.get(node.source);
        if (!target) return void problems.push({ kind: 'unresolved', alias: node });
        // Left unresolved, so that nothing following aliases can go round the loop.
        if (open.has(target)) return void problems.push({ kind: 'cycle', alias: node });
        targets.set(node, target);
        if (excessive) return;
        created += size(target);
        if (created > maxAliasNodes) {
          excessive = true;
          problems.push({ kind: 'excessive', alias: node, nodes: created });
        }
        return;
      }
      if (!isMap(node) && !isSeq(node) && !isScalar(node)) return;
      // An anchor names its node from here on, so an alias inside it is the node containing itself.
      if (node.anchor) anchors.set(node.anchor, node);
      if (isScalar(node)) return;
      open.add(node);
      for (const item of node.items) visit(item);
      open.delete(node);
    };
    visit(root);
  }
  return { targets, problems, sound: problems.length === 0 };
}
