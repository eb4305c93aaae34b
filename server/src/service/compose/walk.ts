/**
 * The one walk over a Compose file. It visits every node once (a node an
 * alias or `<<:` copies into several places, once per kind of place),
 * checks it against the catalogue, checks every value for interpolation
 * and every key for being a string, and runs the node checks registered at
 * its path (`services.*.ports.[]`), as compose-go's validation runs its
 * checks by path. What a service's body holds is checked inside the
 * collector's per-service cache, so an edit re-checks only its service.
 */
import { isAlias, isMap, isNode, isScalar, isSeq, Node, Pair, Scalar, YAMLMap } from 'yaml';
import { composeRoot, KeySpec, PathSegment } from '../../compose/catalogue';
import { isMergeKey, keyName, offsetRange, resolveAlias } from '../../compose/model';
import { findInterpolationProblems } from '../../compose/syntax';
import type { Collector } from './report';
import type { NodeCheck } from './rules/rule';
import { checkEmptyValue, checkName, checkRequired, checkValue, reportDeprecated, reportUnknownKey, servicesSpec } from './rules/schema';
import { syntaxRules } from './rules/syntax';

/** Node checks by path, one level per segment: keys, `*` (any key) and `[]` (any item). */
interface Trie {
  readonly keys: Map<string, Trie>;
  any?: Trie;
  item?: Trie;
  readonly checks: NodeCheck['check'][];
}

const newTrie = (): Trie => ({ keys: new Map(), checks: [] });

/** Compose's own YAML tag for taking a key away (its other, `!override`, replaces a value, which is then checked). */
const resetTag = '!reset';

export function compileChecks(checks: readonly NodeCheck[]): Trie {
  const root = newTrie();
  for (const { at, check } of checks) {
    let trie = root;
    for (const segment of at.split('.')) {
      if (segment === '*') trie = trie.any ??= newTrie();
      else if (segment === '[]') trie = trie.item ??= newTrie();
      else {
        let next = trie.keys.get(segment);
        if (!next) trie.keys.set(segment, (next = newTrie()));
        trie = next;
      }
    }
    trie.checks.push(check);
  }
  return root;
}

const nowhere: readonly Trie[] = [];

function step(tries: readonly Trie[], segment: PathSegment): readonly Trie[] {
  if (tries.length === 0) return nowhere;
  const next: Trie[] = [];
  for (const trie of tries) {
    if (typeof segment === 'number') {
      if (trie.item) next.push(trie.item);
      continue;
    }
    const exact = trie.keys.get(segment);
    if (exact) next.push(exact);
    if (trie.any) next.push(trie.any);
  }
  return next;
}

/** Nested merges deeper than this are not followed (compose-go has none that deep in practice). */
const maxMergeDepth = 8;

export class Walk {
  /** Aliases are followed only when none is unknown, cyclic or part of a bomb. */
  private readonly followAliases: boolean;
  /** Alias targets already walked, with the specs they were walked as. */
  private readonly walked = new Map<Node, Set<KeySpec | undefined>>();

  constructor(
    private readonly collector: Collector,
    private readonly checks: Trie,
  ) {
    this.followAliases = collector.compose.aliases().sound;
  }

  run(root: unknown): void {
    this.visit(root, composeRoot, [], [this.checks], undefined);
  }

  /** `anchor`: the key whose value this is, where "needs a value" and "needs a key" point. */
  private visit(node: unknown, spec: KeySpec | undefined, path: PathSegment[], tries: readonly Trie[], anchor: Scalar | undefined): void {
    if (isAlias(node)) {
      if (!this.followAliases) return;
      const target = resolveAlias(this.collector.compose, node) as Node | undefined;
      if (!target) return;
      const specs = this.walked.get(target) ?? new Set();
      this.walked.set(target, specs);
      if (specs.has(spec)) {
        // Walked as this before: what it holds was reported then; only the checks of this place are new.
        this.runChecks(target, path, tries, anchor);
        return;
      }
      specs.add(spec);
      this.visit(target, spec, path, tries, anchor);
      return;
    }
    if (!isMap(node) && !isSeq(node) && !isScalar(node)) return;
    if (spec && !checkValue(this.collector, node, spec, path, anchor ?? node)) {
      if (isScalar(node)) this.interpolation(node);
      return;
    }
    this.runChecks(node, path, tries, anchor);
    if (isMap(node)) this.mapping(node, spec, path, tries, anchor);
    else if (isSeq(node)) node.items.forEach((item, index) => this.visit(item, spec?.item, [...path, index], step(tries, index), undefined));
    else this.interpolation(node);
  }

  private runChecks(node: Node, path: readonly PathSegment[], tries: readonly Trie[], key: Scalar | undefined): void {
    for (const trie of tries) for (const check of trie.checks) check(this.collector, node, path, key);
  }

  private mapping(map: YAMLMap, spec: KeySpec | undefined, path: PathSegment[], tries: readonly Trie[], anchor: Scalar | undefined): void {
    const keys = new Set<string>();
    const visitPairs = (pairs: readonly Pair[], depth: number): void => {
      for (const pair of pairs) {
        if (isMergeKey(pair)) continue;
        if (!isScalar(pair.key)) continue;
        if (isNonStringKey(this.collector, pair.key)) {
          this.reportNonStringKey(pair.key, path);
          continue;
        }
        const key = keyName(pair) ?? '';
        // Own keys win over merged ones, and earlier merges over later ones. (An own key twice is the parser's
        // error, or the same section in two documents of the file, each checked where it is written.)
        if (depth > 0 && keys.has(key)) continue;
        keys.add(key);
        this.pair(key, pair.key, pair.value, spec, path, tries);
      }
      if (depth > maxMergeDepth) return;
      for (const pair of pairs) if (isMergeKey(pair)) for (const source of this.mergeSources(pair)) visitPairs(source.items as Pair[], depth + 1);
    };
    visitPairs(map.items as Pair[], 0);
    if (spec?.required) checkRequired(this.collector, keys, spec, path, anchor ?? firstKey(map) ?? map);
  }

  /** The mappings a `<<:` merges in, reporting anything else it names. */
  private mergeSources(pair: Pair): YAMLMap[] {
    if (!this.followAliases) return [];
    const compose = this.collector.compose;
    const value = resolveAlias(compose, pair.value);
    const sources: YAMLMap[] = [];
    for (const item of isSeq(value) ? value.items : [pair.value]) {
      const source = resolveAlias(compose, item);
      if (isMap(source)) sources.push(source);
      else if (source !== undefined && source !== null) {
        this.collector.report(syntaxRules.invalidMerge, item as Node, {
          en: '"<<" merges mappings: this is not a mapping (nor a list of mappings). Point it at an anchored mapping, e.g. "<<: *defaults".',
          ko: '"<<"는 매핑을 합칩니다: 이 값은 매핑(이나 매핑 목록)이 아닙니다. "<<: *defaults"처럼 앵커를 단 매핑을 가리키세요.',
        });
      }
    }
    return sources;
  }

  private pair(key: string, keyNode: Scalar, value: unknown, spec: KeySpec | undefined, path: PathSegment[], tries: readonly Trie[]): void {
    const childPath = [...path, key];
    const childTries = step(tries, key);
    if (!spec) return this.visit(value, undefined, childPath, childTries, keyNode);
    let child = spec.children?.[key];
    if (!child && spec.named) {
      checkName(this.collector, keyNode, key, spec, childPath);
      child = spec.named;
    }
    if (!child) {
      // `x-` keys are extensions wherever a mapping allows them; their content is the user's.
      const extension = key.startsWith('x-') && spec.otherKeys !== 'none';
      const meant = extension || spec.otherKeys === 'any' ? undefined : reportUnknownKey(this.collector, keyNode, key, spec, childPath, value);
      // Check what is inside as the key the user meant, so `enviroment:` still gets its entries checked.
      if (meant) this.visit(value, spec.children![meant], [...path, meant], step(tries, meant), keyNode);
      else this.visit(value, undefined, childPath, childTries, keyNode);
      return;
    }
    if (child.deprecated) reportDeprecated(this.collector, keyNode, key, child, childPath);
    // `ports: !reset []` removes what an earlier file set: whatever follows the tag is not a value.
    if (isNode(value) && value.tag === resetTag) return;
    // `key:` with nothing after it: the value is zero-width, so point at the key instead.
    if (value === null || (isScalar(value) && value.value === null)) return checkEmptyValue(this.collector, keyNode, child, childPath);
    if (spec === servicesSpec && isMap(value) && value.range) {
      this.collector.local(key, value, () => this.visit(value, child, childPath, childTries, keyNode));
      return;
    }
    this.visit(value, child, childPath, childTries, keyNode);
  }

  private interpolation(node: Scalar): void {
    if (typeof node.value !== 'string' || !node.value.includes('$') || !node.range) return;
    const compose = this.collector.compose;
    // Look at the source text so offsets land on the very `$`.
    const [start, end] = node.range;
    const raw = compose.text.slice(start, end);
    for (const problem of findInterpolationProblems(raw)) {
      this.collector.report(
        syntaxRules.invalidInterpolation,
        offsetRange(compose, start + problem.offset, start + problem.offset + problem.length),
        { en: problem.message, ko: `변수 치환(interpolation) 오류: ${problem.message}` },
        undefined,
        problem.loneDollar ? { replacement: '$$' } : undefined,
      );
    }
  }

  private reportNonStringKey(key: Scalar, path: readonly PathSegment[]): void {
    // Written as compose-go writes the place: `networks.default.ipam.config[0]`.
    const place = path.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`)).join('');
    const where = path.length === 0 ? 'at the top level' : `in ${place}`;
    const whereKo = path.length === 0 ? '최상위에' : `${place} 안에`;
    const text = this.collector.compose.text.slice(key.range![0], key.range![1]);
    this.collector.report(syntaxRules.nonStringKey, key, {
      en: `The key ${text} ${where} is a ${typeof key.value === 'number' ? 'number' : key.value === null ? 'null' : 'boolean'}, not a string ("non-string key"): quote it, "${text}".`,
      ko: `${whereKo} 있는 키 ${text}은(는) 문자열이 아닙니다("non-string key"): "${text}"처럼 따옴표로 감싸세요.`,
    });
  }
}

/** A bare number, boolean or null as a key: compose-go refuses keys that YAML does not read as strings. */
function isNonStringKey(collector: Collector, key: Scalar): boolean {
  const value = key.value;
  if (typeof value === 'number' || typeof value === 'boolean') return true;
  return value === null && !!key.range && collector.compose.text.slice(key.range[0], key.range[1]).trim() !== '';
}

function firstKey(map: YAMLMap): Scalar | undefined {
  const key = map.items[0]?.key;
  return isScalar(key) ? key : undefined;
}
