/**
 * Compose diagnostics: what `docker compose config` (and then `up`) would
 * reject, found before it runs, plus the mistakes Compose lets through but
 * users regret (plain-text passwords, `KEY= value`, obsolete `version:`).
 */
import { Diagnostic, DiagnosticSeverity, DiagnosticTag, Range } from 'vscode-languageserver';
import { isAlias, isMap, isScalar, isSeq, Node, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { composeRoot, docsBase, docsUrl, KeySpec, PathSegment, ReferenceKind, ValueKind } from '../../compose/catalogue';
import {
  ComposeDocument,
  getValue,
  keyName,
  namedEntries,
  nodeRange,
  offsetRange,
  resolvePath,
  sectionOf,
  topLevel,
} from '../../compose/model';
import { Localized, say } from '../../compose/docs';
import { closestMatch } from '../../compose/spelling';
import {
  findInterpolationProblems,
  hasInterpolation,
  isByteSize,
  isDuration,
  isHostPath,
  parsePortMapping,
  parsePortRange,
  parseShortMount,
  PortMapping,
} from '../../compose/syntax';
import type { ServiceContext } from '../mode';
import type { DocsLanguage } from '../settings';

/** Every rule's stable code: the key of `dockside.compose.rules.<code>`. */
export const ComposeRule = {
  yamlSyntax: 'yaml-syntax',
  unknownKey: 'unknown-key',
  wrongType: 'wrong-type',
  invalidValue: 'invalid-value',
  invalidName: 'invalid-name',
  unknownService: 'unknown-service',
  dependsOnCycle: 'depends-on-cycle',
  undeclaredNetwork: 'undeclared-network',
  undeclaredVolume: 'undeclared-volume',
  undeclaredSecret: 'undeclared-secret',
  undeclaredConfig: 'undeclared-config',
  undeclaredModel: 'undeclared-model',
  invalidPort: 'invalid-port',
  duplicateHostPort: 'duplicate-host-port',
  invalidDuration: 'invalid-duration',
  invalidSize: 'invalid-size',
  invalidMount: 'invalid-mount',
  missingImage: 'missing-image',
  networkModeWithNetworks: 'network-mode-with-networks',
  invalidHealthcheckTest: 'invalid-healthcheck-test',
  conflictingSources: 'conflicting-sources',
  externalWithOtherKeys: 'external-with-other-keys',
  duplicateMountTarget: 'duplicate-mount-target',
  scaleReplicasMismatch: 'scale-replicas-mismatch',
  dockerfileConflict: 'dockerfile-conflict',
  invalidInterpolation: 'invalid-interpolation',
  obsoleteVersion: 'obsolete-version',
  deprecatedKey: 'deprecated-key',
  legacyLinks: 'legacy-links',
  containerNameWithReplicas: 'container-name-with-replicas',
  missingBuildContext: 'missing-build-context',
  missingEnvFile: 'missing-env-file',
  envSpaceAroundEquals: 'env-space-around-equals',
  plainTextSecret: 'plain-text-secret',
  healthyWithoutHealthcheck: 'healthy-without-healthcheck',
  missingSource: 'missing-source',
  unusedDeclaration: 'unused-declaration',
  duplicateContainerName: 'duplicate-container-name',
} as const;

const undeclaredRule: Record<ReferenceKind, string> = {
  service: ComposeRule.unknownService,
  network: ComposeRule.undeclaredNetwork,
  volume: ComposeRule.undeclaredVolume,
  secret: ComposeRule.undeclaredSecret,
  config: ComposeRule.undeclaredConfig,
  model: ComposeRule.undeclaredModel,
};

/** What a quick fix needs to know, carried on the diagnostic. */
export interface ComposeDiagnosticData {
  /** The key or value to write instead (did-you-mean, `$$`). */
  readonly replacement?: string;
  /** For undeclared names: the top-level section to declare it in. */
  readonly declare?: { readonly section: string; readonly name: string };
  /** A single value where a list belongs: wrap it in `[…]`. */
  readonly wrapInList?: boolean;
  /** A healthcheck test list that starts with the command itself: put "CMD" in front. */
  readonly prefixCommand?: boolean;
  /** For a service written at the top level: the section to move it under. */
  readonly nestUnder?: 'services';
}

const namePattern = /^[a-zA-Z0-9._-]+$/;
const maxSyntaxErrors = 100;
const secretLikeName = /PASSW(OR)?D|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|CREDENTIAL/i;

export function composeDiagnostics(compose: ComposeDocument, ctx: ServiceContext): Diagnostic[] {
  const collector = new Collector(compose, isOverlayFile(compose, ctx), ctx.docsLanguage);
  // Past the first errors the rest are mostly echoes of them.
  for (const error of compose.yaml.errors.slice(0, maxSyntaxErrors)) {
    const [start, end] = error.pos;
    collector.add(offsetRange(compose, start, Math.max(end, start + 1)), DiagnosticSeverity.Error, ComposeRule.yamlSyntax, yamlMessage(error.message), docsBase);
  }
  const root = compose.yaml.contents;
  if (!root) return collector.diagnostics;
  if (!isMap(root)) {
    collector.add(nodeRange(compose, root), DiagnosticSeverity.Error, ComposeRule.wrongType, { en: 'A Compose file must be a mapping with a top-level `services:` key.', ko: 'Compose 파일은 최상위에 `services:` 키가 있는 매핑이어야 합니다.' }, docsBase);
    return collector.diagnostics;
  }
  checkNode(collector, root, composeRoot, []);
  checkInterpolation(collector, root);
  checkReferences(collector);
  checkDependsOnCycles(collector);
  checkServices(collector, ctx);
  checkDefinitions(collector);
  checkUnused(collector);
  checkContainerNames(collector);
  return collector.diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** What one service's own checks found, by its body node, with offsets from the body's start. */
interface LocalFindings {
  readonly name: string;
  readonly language: DocsLanguage;
  readonly text: string;
  readonly found: readonly { readonly diagnostic: Diagnostic; readonly start: number; readonly end: number }[];
}

/** Per service body: what its keys and values (with interpolation) were found to have. */
const keyFindings = new WeakMap<Node, LocalFindings>();
/** Per service body: what the consistency rules that read only the service were found to have. */
const serviceFindings = new WeakMap<Node, LocalFindings>();

class Collector {
  readonly diagnostics: Diagnostic[] = [];
  /** Nodes whose interpolation was checked with their service's own checks. */
  readonly interpolationChecked = new Set<Node>();
  constructor(
    readonly compose: ComposeDocument,
    /** The file only adds to another one (`-f base -f this`): what it lacks may be there. */
    readonly overlay: boolean,
    readonly language: DocsLanguage,
  ) {}

  add(range: Range, severity: DiagnosticSeverity, code: string, message: Localized, href: string, extra: Partial<Diagnostic> = {}): void {
    this.diagnostics.push({ range, severity, code, message: say(this.language, message), source: 'dockside', codeDescription: { href }, ...extra });
  }

  error(node: Node, code: string, message: Localized, path: readonly PathSegment[], extra: Partial<Diagnostic> = {}): void {
    this.add(nodeRange(this.compose, node), DiagnosticSeverity.Error, code, message, docsUrl(path), extra);
  }

  warning(node: Node, code: string, message: Localized, path: readonly PathSegment[], extra: Partial<Diagnostic> = {}): void {
    this.add(nodeRange(this.compose, node), DiagnosticSeverity.Warning, code, message, docsUrl(path), extra);
  }

  /**
   * Runs checks that read nothing but one service's name and body, or
   * replays what they found last time: while a service's text is unchanged,
   * incremental parsing hands back the very same body node (its ranges
   * shifted), so on a large file an edit re-checks only the edited service.
   * The name and text are compared as well, so a replay never rests on how
   * the parser reuses nodes.
   */
  local(findings: WeakMap<Node, LocalFindings>, name: string, body: Node, check: () => void): void {
    const [start, end] = body.range!;
    const text = this.compose.text.slice(start, end);
    const document = this.compose.document;
    const previous = findings.get(body);
    if (previous && previous.name === name && previous.text === text && previous.language === this.language) {
      for (const { diagnostic, start: from, end: to } of previous.found) {
        this.diagnostics.push({ ...diagnostic, range: { start: document.positionAt(start + from), end: document.positionAt(start + to) } });
      }
      return;
    }
    const before = this.diagnostics.length;
    check();
    const found = this.diagnostics.slice(before).map((diagnostic) => ({
      diagnostic,
      start: document.offsetAt(diagnostic.range.start) - start,
      end: document.offsetAt(diagnostic.range.end) - start,
    }));
    findings.set(body, { name, language: this.language, text, found });
  }
}

/** The yaml library's own explanation stays English: it is the parser's wording, not ours. */
function yamlMessage(message: string): Localized {
  const firstLine = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return { en: `YAML syntax error: ${firstLine}`, ko: `YAML 문법 오류: ${firstLine}` };
}

// ---- Structure against the catalogue ----------------------------------------------------------

function checkNode(collector: Collector, node: Node | null, spec: KeySpec, path: PathSegment[]): void {
  if (node === null || isAlias(node)) return;
  if (!checkKind(collector, node, spec, path)) return;
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const key = keyName(pair) ?? '';
      if (key === '<<' || key.startsWith('x-')) continue;
      const childPath = [...path, key];
      const child = spec.children?.[key] ?? spec.named;
      if (!child) {
        const meant = reportUnknownKey(collector, pair.key, key, spec, childPath, pair.value);
        // Check what is inside as the key the user meant, so `enviroment:` still gets its entries checked.
        if (meant) checkNode(collector, pair.value as Node | null, spec.children![meant], [...path, meant]);
        continue;
      }
      if (!spec.children?.[key] && path.length === 1 && !namePattern.test(key)) {
        collector.error(pair.key, ComposeRule.invalidName, { en: `"${key}" is not a valid name: use letters, digits, ".", "_" and "-" only.`, ko: `"${key}"는 올바른 이름이 아닙니다: 영문자, 숫자, ".", "_", "-"만 쓸 수 있습니다.` }, childPath);
      }
      if (child.deprecated) reportDeprecated(collector, pair.key, key, child, childPath);
      // `key:` with nothing after it: the value is zero-width, so point at the key instead.
      if (pair.value === null || (isScalar(pair.value) && pair.value.value === null)) {
        checkEmptyValue(collector, pair.key, child, childPath);
        continue;
      }
      if (spec === servicesSpec && isMap(pair.value) && pair.value.range) {
        const body = pair.value;
        collector.local(keyFindings, key, body, () => {
          checkNode(collector, body, child, childPath);
          checkInterpolation(collector, body);
        });
        collector.interpolationChecked.add(body);
      } else {
        checkNode(collector, pair.value as Node | null, child, childPath);
      }
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      if (spec.item) checkNode(collector, item as Node | null, spec.item, [...path, index]);
    });
  }
}

/** Returns the key the user probably meant, if any. */
function reportUnknownKey(collector: Collector, keyNode: Scalar, key: string, parent: KeySpec, path: PathSegment[], value: unknown): string | undefined {
  const known = Object.keys(parent.children ?? {});
  const suggestion = closestMatch(key, known);
  const parentKey = String(path[path.length - 2]);
  const where = path.length === 1 ? 'at the top level of a Compose file' : `under "${parentKey}"`;
  const whereKo = path.length === 1 ? 'Compose 파일 최상위에' : `"${parentKey}" 아래에`;
  // The old (v1) format put services at the top level, as one of the notes does.
  if (path.length === 1 && !suggestion && looksLikeService(value)) {
    collector.error(keyNode, ComposeRule.unknownKey, { en: `"${key}" looks like a service, but services go under the top-level "services:" key (the format without it is obsolete).`, ko: `"${key}"는 서비스처럼 보이지만, 서비스는 최상위 "services:" 키 아래에 써야 합니다 (services 없이 쓰는 형식은 더 이상 쓰지 않습니다).` }, path.slice(0, -1), {
      data: { nestUnder: 'services' } satisfies ComposeDiagnosticData,
    });
    return undefined;
  }
  const hint = suggestion ? ` Did you mean "${suggestion}"?` : '';
  const hintKo = suggestion ? ` "${suggestion}"의 오타인가요?` : '';
  collector.error(keyNode, ComposeRule.unknownKey, {
    en: `Unknown key "${key}" ${where}: Compose will reject the file.${hint}`,
    ko: `${whereKo} 알 수 없는 키 "${key}"가 있어 Compose가 파일을 거부합니다.${hintKo}`,
  }, path.slice(0, -1), {
    data: suggestion ? ({ replacement: suggestion } satisfies ComposeDiagnosticData) : undefined,
  });
  return suggestion;
}

function looksLikeService(value: unknown): boolean {
  if (!isMap(value) || value.items.length === 0) return false;
  const keys = value.items.map((pair) => keyName(pair) ?? '');
  return keys.some((key) => key === 'image' || key === 'build') && keys.every((key) => serviceKeys.has(key) || key.startsWith('x-'));
}

function reportDeprecated(collector: Collector, keyNode: Scalar, key: string, spec: KeySpec, path: PathSegment[]): void {
  const isVersion = path.length === 1 && key === 'version';
  const message: Localized = isVersion
    ? { en: 'The top-level "version" is obsolete: Compose ignores it and warns. Remove it.', ko: '최상위 "version"은 더 이상 쓰지 않습니다: Compose는 이를 무시하고 경고합니다. 지우세요.' }
    : { en: `"${key}" is deprecated. ${spec.deprecated}`, ko: `"${key}"는 더 이상 권장되지 않습니다(deprecated). ${spec.deprecated}` };
  collector.warning(keyNode, isVersion ? ComposeRule.obsoleteVersion : ComposeRule.deprecatedKey, message, path, { tags: [DiagnosticTag.Deprecated] });
}

const kindNames: Record<ValueKind, Localized> = {
  string: { en: 'a string', ko: '문자열' },
  boolean: { en: 'true or false', ko: 'true 또는 false' },
  integer: { en: 'a whole number', ko: '정수' },
  number: { en: 'a number', ko: '숫자' },
  duration: { en: 'a duration like "30s" or "1m30s"', ko: '"30s"나 "1m30s" 같은 시간' },
  bytes: { en: 'a size like "512m" or "1g"', ko: '"512m"나 "1g" 같은 크기' },
  mapping: { en: 'a mapping (key: value lines)', ko: '매핑(key: value 줄)' },
  list: { en: 'a list ("- item" lines)', ko: '목록("- item" 줄)' },
  null: { en: 'empty', ko: '빈 값' },
};

/** Reports a value of the wrong kind; returns whether to look inside it. */
function checkKind(collector: Collector, node: Node, spec: KeySpec, path: PathSegment[]): boolean {
  if (isMap(node)) return expectKind(collector, node, spec, path, spec.kinds.includes('mapping'));
  if (isSeq(node)) return expectKind(collector, node, spec, path, spec.kinds.includes('list'));
  if (!isScalar(node)) return false;
  const value = node.value;
  if (value === null) {
    checkEmptyValue(collector, node, spec, path);
    return false;
  }
  if (typeof value === 'string' && hasInterpolation(value)) return false;
  const text = String(value);
  for (const kind of spec.kinds) {
    if (scalarFits(kind, value)) {
      checkScalarFormat(collector, node, kind, text, spec, path);
      return false;
    }
  }
  const kind = spec.kinds.find((k) => k === 'duration' || k === 'bytes');
  if (kind === 'duration' && typeof value === 'number') {
    collector.error(node, ComposeRule.invalidDuration, { en: `"${lastKey(path)}" needs a unit: write "${text}s" for seconds (or ms, m, h).`, ko: `"${lastKey(path)}"에는 단위가 필요합니다: 초라면 "${text}s"로 쓰세요 (ms, m, h도 됩니다).` }, path);
  } else {
    // A single item where a list belongs (`ports: "80:80"`) is fixed by wrapping it.
    const wrap = spec.kinds.includes('list') && spec.item && spec.item.kinds.some((itemKind) => scalarFits(itemKind, value));
    const expected = describeKinds(spec);
    const actual = describeValue(value);
    collector.error(node, ComposeRule.wrongType, { en: `"${lastKey(path)}" must be ${expected.en}, not ${actual.en}.`, ko: `"${lastKey(path)}"는 ${expected.ko}이어야 하는데 ${actual.ko}입니다.` }, path, {
      data: wrap ? ({ wrapInList: true } satisfies ComposeDiagnosticData) : undefined,
    });
  }
  return false;
}

/** An empty value reads as "not set" for collections; scalars need a value. */
function checkEmptyValue(collector: Collector, anchor: Node, spec: KeySpec, path: PathSegment[]): void {
  if (spec.kinds.some((kind) => kind === 'null' || kind === 'mapping' || kind === 'list')) return;
  const expected = describeKinds(spec);
  collector.error(anchor, ComposeRule.wrongType, { en: `"${lastKey(path)}" needs a value: ${expected.en}.`, ko: `"${lastKey(path)}"에 값이 필요합니다: ${expected.ko}.` }, path);
}

function expectKind(collector: Collector, node: YAMLMap | YAMLSeq, spec: KeySpec, path: PathSegment[], fits: boolean): boolean {
  if (!fits) {
    const what = isMap(node) ? kindNames.mapping : kindNames.list;
    const expected = describeKinds(spec);
    collector.error(node, ComposeRule.wrongType, { en: `"${lastKey(path)}" must be ${expected.en}, not ${what.en}.`, ko: `"${lastKey(path)}"는 ${expected.ko}이어야 하는데 ${what.ko}입니다.` }, path);
  }
  return fits;
}

function scalarFits(kind: ValueKind, value: unknown): boolean {
  switch (kind) {
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      // Compose still reads YAML 1.1 spellings (`yes`, `off`) as booleans.
      return typeof value === 'boolean' || (typeof value === 'string' && /^(true|false|yes|no|on|off|y|n)$/i.test(value));
    case 'integer':
      return (typeof value === 'number' && Number.isInteger(value)) || (typeof value === 'string' && /^-?\d+$/.test(value));
    case 'number':
      return typeof value === 'number' || (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value));
    case 'duration':
      return typeof value === 'string';
    case 'bytes':
      return typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value));
    default:
      return false;
  }
}

function checkScalarFormat(collector: Collector, node: Scalar, kind: ValueKind, text: string, spec: KeySpec, path: PathSegment[]): void {
  const key = lastKey(path);
  if (kind === 'duration' && !isDuration(text)) {
    collector.error(node, ComposeRule.invalidDuration, { en: `"${text}" is not a duration: write a number with a unit, like "10s", "1m30s" or "500ms".`, ko: `"${text}"는 시간 값이 아닙니다: "10s", "1m30s", "500ms"처럼 숫자에 단위를 붙여 쓰세요.` }, path);
  } else if (kind === 'bytes' && !isByteSize(text)) {
    collector.error(node, ComposeRule.invalidSize, { en: `"${text}" is not a size: write bytes or a number with a unit, like "512m", "1g" or "256k".`, ko: `"${text}"는 크기 값이 아닙니다: 바이트 수나 "512m", "1g", "256k"처럼 숫자에 단위를 붙여 쓰세요.` }, path);
  } else if (kind === 'string') {
    checkEnumeration(collector, node, text, key, spec, path);
  }
}

function checkEnumeration(collector: Collector, node: Scalar, text: string, key: string, spec: KeySpec, path: PathSegment[]): void {
  if (key === 'restart' && path[0] === 'services' && path.length === 3) {
    if (spec.values!.includes(text) || /^on-failure:\d+$/.test(text)) return;
  } else if (key === 'pull_policy' && path.length === 3) {
    if (isPullPolicy(text)) return;
    return reportInvalidValue(collector, node, text, key, ['always', 'never', 'missing', 'build', 'daily', 'weekly', 'every_12h'], path);
  } else if (!spec.values || spec.values.includes(text)) {
    return;
  }
  reportInvalidValue(collector, node, text, key, spec.values!, path);
}

function reportInvalidValue(collector: Collector, node: Scalar, text: string, key: string, allowed: readonly string[], path: PathSegment[]): void {
  const suggestion = closestMatch(text, allowed);
  const list = allowed.map((value) => `"${value}"`).join(', ');
  collector.error(node, ComposeRule.invalidValue, { en: `"${text}" is not a valid ${key}: use one of ${list}.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`, ko: `"${text}"는 올바른 ${key} 값이 아닙니다: ${list} 중 하나를 쓰세요.${suggestion ? ` "${suggestion}"의 오타인가요?` : ''}` }, path, {
    data: suggestion ? ({ replacement: suggestion } satisfies ComposeDiagnosticData) : undefined,
  });
}

function isPullPolicy(text: string): boolean {
  if (['always', 'never', 'missing', 'if_not_present', 'build', 'daily', 'weekly', 'refresh'].includes(text)) return true;
  const every = /^every_(.+)$/.exec(text);
  return !!every && isDuration(every[1]);
}

function describeKinds(spec: KeySpec): Localized {
  const kinds = spec.kinds.filter((kind) => kind !== 'null');
  return {
    en: kinds.map((kind) => kindNames[kind].en).join(' or '),
    ko: kinds.map((kind) => kindNames[kind].ko).join(' 또는 '),
  };
}

function describeValue(value: unknown): Localized {
  if (typeof value === 'string') return { en: `the text "${value}"`, ko: `문자열 "${value}"` };
  if (typeof value === 'number') return { en: `the number ${value}`, ko: `숫자 ${value}` };
  if (typeof value === 'boolean') return { en: `the boolean ${value}`, ko: `불리언 ${value}` };
  return { en: 'this value', ko: '이 값' };
}

function lastKey(path: readonly PathSegment[]): string {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return '';
}

// ---- Interpolation ------------------------------------------------------------------------------

function checkInterpolation(collector: Collector, root: Node): void {
  const compose = collector.compose;
  const visit = (node: unknown): void => {
    if (collector.interpolationChecked.has(node as Node)) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        visit(pair.key);
        visit(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item);
    } else if (isScalar(node) && typeof node.value === 'string' && node.value.includes('$') && node.range) {
      // Look at the source text so offsets land on the very `$`.
      const [start, end] = node.range;
      const raw = compose.text.slice(start, end);
      for (const problem of findInterpolationProblems(raw)) {
        collector.add(
          offsetRange(compose, start + problem.offset, start + problem.offset + problem.length),
          DiagnosticSeverity.Error,
          ComposeRule.invalidInterpolation,
          { en: problem.message, ko: `변수 치환(interpolation) 오류: ${problem.message}` },
          `${docsBase}interpolation/`,
          { data: problem.loneDollar ? ({ replacement: '$$' } satisfies ComposeDiagnosticData) : undefined },
        );
      }
    }
  };
  visit(root);
}

// ---- Names --------------------------------------------------------------------------------------

function checkReferences(collector: Collector): void {
  const compose = collector.compose;
  // Names may be declared in the files an override extends or `include:` pulls in.
  if (collector.overlay || topLevel(compose, 'include') || getValue(compose, compose.yaml.contents, 'include')) return;
  const index = compose.symbols();
  for (const reference of index.references) {
    const declared = index.declarations.get(reference.kind)!;
    if (declared.has(reference.name) || reference.optional) continue;
    // Every project has a `default` network without declaring it.
    if (reference.kind === 'network' && reference.name === 'default') continue;
    if (hasInterpolation(reference.name)) continue;
    const section = sectionOf(reference.kind);
    const suggestion = closestMatch(reference.name, declared.keys());
    const message: Localized =
      reference.kind === 'service'
        ? {
          en: `No service named "${reference.name}" in this file.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
          ko: `이 파일에 "${reference.name}"라는 서비스가 없습니다.${suggestion ? ` "${suggestion}"의 오타인가요?` : ''}`,
        }
        : {
          en: `${capitalize(reference.kind)} "${reference.name}" is used but not declared under the top-level "${section}:". ${
            suggestion ? `Did you mean "${suggestion}"?` : `Declare it there.`
          }`,
          ko: `${koreanKind[reference.kind] ?? reference.kind} "${reference.name}"를 쓰지만 최상위 "${section}:" 아래에 선언되어 있지 않습니다. ${
            suggestion ? `"${suggestion}"의 오타인가요?` : '그곳에 선언하세요.'
          }`,
        };
    collector.add(offsetRange(compose, reference.start, reference.end), DiagnosticSeverity.Error, undeclaredRule[reference.kind], message, `${docsBase}${section}/`, {
      data: {
        replacement: suggestion,
        declare: reference.kind === 'service' ? undefined : { section, name: reference.name },
      } satisfies ComposeDiagnosticData,
    });
  }
}

function checkDependsOnCycles(collector: Collector): void {
  const compose = collector.compose;
  const edges = new Map<string, { target: string; node: Scalar }[]>();
  for (const service of namedEntries(topLevel(compose, 'services'))) {
    const dependsOn = isMap(service.value) ? service.value.get('depends_on', true) : undefined;
    const targets: { target: string; node: Scalar }[] = [];
    if (isSeq(dependsOn)) for (const item of dependsOn.items) if (isScalar(item)) targets.push({ target: String(item.value), node: item });
    if (isMap(dependsOn)) for (const pair of dependsOn.items) if (isScalar(pair.key)) targets.push({ target: String(pair.key.value), node: pair.key });
    edges.set(service.name, targets);
  }
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const reported = new Set<Scalar>();
  const visit = (name: string): void => {
    state.set(name, 'visiting');
    stack.push(name);
    for (const edge of edges.get(name) ?? []) {
      const targetState = state.get(edge.target);
      if (targetState === 'visiting' && !reported.has(edge.node)) {
        reported.add(edge.node);
        const cycle = [...stack.slice(stack.indexOf(edge.target)), edge.target].join(' → ');
        collector.error(edge.node, ComposeRule.dependsOnCycle, { en: `depends_on forms a cycle (${cycle}): Compose cannot decide which service to start first.`, ko: `depends_on이 순환합니다 (${cycle}): Compose가 어느 서비스를 먼저 시작할지 정할 수 없습니다.` }, [
          'services',
          name,
          'depends_on',
        ]);
      } else if (targetState === undefined && edges.has(edge.target)) {
        visit(edge.target);
      }
    }
    stack.pop();
    state.set(name, 'done');
  };
  for (const name of edges.keys()) if (!state.has(name)) visit(name);
}

// ---- Service consistency ------------------------------------------------------------------------

interface HostBinding {
  readonly node: Node;
  readonly service: string;
}

function checkServices(collector: Collector, ctx: ServiceContext): void {
  const compose = collector.compose;
  const hostPorts = new Map<string, HostBinding>();
  for (const service of namedEntries(topLevel(compose, 'services'))) {
    const body = service.value;
    const path = ['services', service.name];
    if (!isMap(body)) {
      if ((body === null || (isScalar(body) && body.value === null)) && !collector.overlay) {
        collector.error(service.key, ComposeRule.missingImage, { en: `Service "${service.name}" needs "image", "build" or "provider" to say what to run.`, ko: `서비스 "${service.name}"에는 무엇을 실행할지 정하는 "image", "build" 또는 "provider"가 필요합니다.` }, path);
      }
      continue;
    }
    const has = (key: string) => getValue(compose, body, key) !== undefined;
    if (!has('image') && !has('build') && !has('provider') && !has('extends') && !collector.overlay) {
      collector.error(service.key, ComposeRule.missingImage, { en: `Service "${service.name}" needs "image", "build" or "provider" to say what to run.`, ko: `서비스 "${service.name}"에는 무엇을 실행할지 정하는 "image", "build" 또는 "provider"가 필요합니다.` }, path);
    }
    if (body.range) collector.local(serviceFindings, service.name, body, () => checkServiceOnItsOwn(collector, service.name, body, path));
    // What depends on the other services, on anchors merged in (`<<: *defaults`) and on the files beside this one.
    const networkMode = getValue(compose, body, 'network_mode');
    const networks = body.get('networks', true) as Node | undefined;
    if (networkMode !== undefined && networks) {
      collector.error(networks, ComposeRule.networkModeWithNetworks, { en: `"network_mode" and "networks" cannot be used together in service "${service.name}": keep one.`, ko: `서비스 "${service.name}"에서 "network_mode"와 "networks"는 함께 쓸 수 없습니다: 하나만 남기세요.` }, [...path, 'networks']);
    }
    checkPorts(collector, service.name, body.get('ports', true), [...path, 'ports'], hostPorts);
    checkBuild(collector, body.get('build', true), [...path, 'build'], ctx);
    checkEnvFiles(collector, body.get('env_file', true), [...path, 'env_file'], ctx);
    checkHealthyDependencies(collector, body.get('depends_on', true), [...path, 'depends_on']);
  }
}

/** The consistency rules one service's own text decides (keys an anchor merges in with `<<:` are not read here). */
function checkServiceOnItsOwn(collector: Collector, name: string, body: YAMLMap, path: PathSegment[]): void {
  checkHealthcheck(collector, body.get('healthcheck', true), [...path, 'healthcheck']);
  checkMounts(collector, body.get('volumes', true), [...path, 'volumes']);
  checkReplicas(collector, name, body, path);
  checkEnvironment(collector, keyOrTypo(body, 'environment'), [...path, 'environment']);
  const links = body.get('links', true);
  const linksKey = body.items.find((pair) => keyName(pair) === 'links')?.key;
  if (links && isScalar(linksKey)) {
    collector.warning(linksKey, ComposeRule.legacyLinks, { en: '"links" is a legacy feature: services on the same network already reach each other by service name. Use "networks" (and "depends_on" for start order).', ko: '"links"는 옛 기능입니다: 같은 네트워크의 서비스는 이미 서비스 이름으로 서로 접근할 수 있습니다. "networks"를 쓰세요 (시작 순서는 "depends_on"으로).' }, [...path, 'links'], {
      tags: [DiagnosticTag.Deprecated],
    });
  }
}

/** The value of `key`, or of a misspelling of it (`enviroment:`), whose entries deserve checking all the same. */
function keyOrTypo(body: YAMLMap, key: string): unknown {
  const exact = body.get(key, true);
  if (exact !== undefined) return exact;
  const typo = body.items.find((pair) => {
    const name = keyName(pair);
    return name !== undefined && !serviceKeys.has(name) && closestMatch(name, serviceKeys) === key;
  });
  return typo?.value;
}

const servicesSpec = composeRoot.children!.services;
const serviceKeys = new Set(Object.keys(servicesSpec.named!.children!));

/**
 * `condition: service_healthy` waits for a health status that only a
 * healthcheck produces: without one here, the image must define HEALTHCHECK
 * or `docker compose up` fails. A warning, since the image may have one.
 */
function checkHealthyDependencies(collector: Collector, dependsOn: unknown, path: PathSegment[]): void {
  if (!isMap(dependsOn)) return;
  const compose = collector.compose;
  const services = topLevel(compose, 'services');
  for (const pair of dependsOn.items) {
    const name = keyName(pair);
    if (name === undefined || !isMap(pair.value) || scalarValue(pair.value.get('condition', true)) !== 'service_healthy') continue;
    const target = getValue(compose, services, name);
    if (!isMap(target)) continue;
    const healthcheck = getValue(compose, target, 'healthcheck');
    const disabled = isMap(healthcheck) && ['true', 'True'].includes(scalarValue(healthcheck.get('disable', true)) ?? '');
    if (healthcheck !== undefined && !disabled) continue;
    collector.warning(pair.value.get('condition', true) as Node, ComposeRule.healthyWithoutHealthcheck, { en: `"${name}" has no healthcheck${disabled ? ' (it is disabled)' : ''}: "service_healthy" fails unless its image defines HEALTHCHECK. Add a "healthcheck:" to "${name}", or wait for "service_started".`, ko: `"${name}"에 healthcheck가 없습니다${disabled ? ' (꺼져 있습니다)' : ''}: 이미지에 HEALTHCHECK가 없으면 "service_healthy"는 실패합니다. "${name}"에 "healthcheck:"를 추가하거나 "service_started"를 기다리세요.` }, [...path, name, 'condition']);
  }
}

const baseFileNames = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];

/**
 * `compose.override.yaml` always adds to the base file; `docker-compose.prod.yml`
 * and the like do when a base file sits beside them.
 */
function isOverlayFile(compose: ComposeDocument, ctx: ServiceContext): boolean {
  const uri = compose.document.uri;
  if (/\.override\.ya?ml$/i.test(uri)) return true;
  const name = /[^/]*$/.exec(uri)![0];
  if (!/^(docker-)?compose\.[^/]+\.ya?ml$/i.test(name)) return false;
  return baseFileNames.some((base) => {
    const sibling = resolvePath(compose, `./${base}`);
    return sibling !== undefined && sibling !== uri && ctx.workspace.exists(sibling);
  });
}

function checkHealthcheck(collector: Collector, healthcheck: unknown, path: PathSegment[]): void {
  if (!isMap(healthcheck)) return;
  const test = healthcheck.get('test', true);
  if (!isSeq(test)) return;
  const first = test.items[0];
  const word = isScalar(first) ? String(first.value) : undefined;
  if (word === 'CMD' || word === 'CMD-SHELL' || word === 'NONE') return;
  const target = (isScalar(first) ? first : test) as Node;
  // `CMD_SHELL` is a typo to correct; `curl` is a command that needs "CMD" in front of it.
  const typo = word === undefined ? undefined : closestMatch(word, ['CMD', 'CMD-SHELL', 'NONE']);
  collector.error(target, ComposeRule.invalidHealthcheckTest, { en: `A healthcheck "test" list must start with "CMD", "CMD-SHELL" or "NONE", e.g. ["CMD", "curl", "-f", "http://localhost"].${typo ? ` Did you mean "${typo}"?` : ''}`, ko: `healthcheck의 "test" 목록은 "CMD", "CMD-SHELL", "NONE" 중 하나로 시작해야 합니다. 예: ["CMD", "curl", "-f", "http://localhost"].${typo ? ` "${typo}"의 오타인가요?` : ''}` }, [...path, 'test'], {
    data: (typo ? { replacement: typo } : word ? { prefixCommand: true } : undefined) satisfies ComposeDiagnosticData | undefined,
  });
}

function checkPorts(collector: Collector, service: string, ports: unknown, path: PathSegment[], hostPorts: Map<string, HostBinding>): void {
  if (!isSeq(ports)) return;
  ports.items.forEach((item, index) => {
    const itemPath = [...path, index];
    let mapping: PortMapping | undefined;
    if (isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number')) {
      const text = String(item.value);
      if (hasInterpolation(text)) return;
      const parsed = parsePortMapping(text);
      if (!parsed.ok) return collector.error(item, ComposeRule.invalidPort, { en: parsed.message, ko: `잘못된 포트: ${parsed.message}` }, itemPath);
      mapping = parsed.value;
    } else if (isMap(item)) {
      const target = item.get('target', true);
      const published = item.get('published', true);
      const targetText = isScalar(target) ? String(target.value) : undefined;
      if (!target) return collector.error(item, ComposeRule.invalidPort, { en: 'A port in long syntax needs "target": the container port.', ko: '긴 형식의 포트에는 컨테이너 포트인 "target"이 필요합니다.' }, itemPath);
      if (targetText === undefined || hasInterpolation(targetText)) return;
      const targetRange = parsePortRange(targetText, 'container');
      if (!targetRange.ok) return collector.error(target as Node, ComposeRule.invalidPort, { en: targetRange.message, ko: `잘못된 포트: ${targetRange.message}` }, [...itemPath, 'target']);
      let publishedRange;
      if (isScalar(published) && published.value !== null) {
        const text = String(published.value);
        if (hasInterpolation(text)) return;
        const parsed = parsePortRange(text, 'host');
        if (!parsed.ok) return collector.error(published, ComposeRule.invalidPort, { en: parsed.message, ko: `잘못된 포트: ${parsed.message}` }, [...itemPath, 'published']);
        publishedRange = parsed.value;
      }
      mapping = {
        hostIp: scalarValue(item.get('host_ip', true)),
        published: publishedRange,
        target: targetRange.value,
        protocol: scalarValue(item.get('protocol', true)) ?? 'tcp',
      };
    }
    if (!mapping?.published) return;
    const { start, end } = mapping.published;
    // Ranges are short in practice; cap the walk so a typo like 1-65535 stays cheap.
    for (let port = start; port <= Math.min(end, start + 1024); port++) {
      const key = `${normalizeHostIp(mapping.hostIp)}|${mapping.protocol}|${port}`;
      const first = hostPorts.get(key);
      if (!first) {
        hostPorts.set(key, { node: item as Node, service });
        continue;
      }
      const where = first.service === service ? 'earlier in this service' : `by service "${first.service}"`;
      const whereKo = first.service === service ? '이 서비스 앞쪽에서' : `서비스 "${first.service}"에서`;
      collector.error(item as Node, ComposeRule.duplicateHostPort, {
        en: `Host port ${port}/${mapping.protocol}${mapping.hostIp ? ` on ${mapping.hostIp}` : ''} is already published ${where}: the second container would fail to start. Pick another host port.`,
        ko: `${mapping.hostIp ? `${mapping.hostIp}의 ` : ''}호스트 포트 ${port}/${mapping.protocol}는 이미 ${whereKo} 공개했습니다: 두 번째 컨테이너는 시작하지 못합니다. 다른 호스트 포트를 고르세요.`,
      }, itemPath);
      break;
    }
  });
}

function normalizeHostIp(ip: string | undefined): string {
  return !ip || ip === '0.0.0.0' || ip === '::' ? '*' : ip;
}

function scalarValue(node: unknown): string | undefined {
  return isScalar(node) && node.value !== null ? String(node.value) : undefined;
}

function checkMounts(collector: Collector, volumes: unknown, path: PathSegment[]): void {
  if (!isSeq(volumes)) return;
  const targets = new Map<string, Node>();
  volumes.items.forEach((item, index) => {
    let target: string | undefined;
    if (isScalar(item) && typeof item.value === 'string') {
      const parsed = parseShortMount(item.value);
      if (!parsed.ok) return collector.error(item, ComposeRule.invalidMount, { en: parsed.message, ko: `잘못된 마운트: ${parsed.message}` }, [...path, index]);
      target = parsed.value.target;
    } else if (isMap(item)) {
      target = scalarValue(item.get('target', true));
      const type = scalarValue(item.get('type', true));
      const source = scalarValue(item.get('source', true));
      if (type === 'bind' && source !== undefined && !isHostPath(source) && !hasInterpolation(source)) {
        collector.error(item.get('source', true) as Node, ComposeRule.invalidMount, { en: `A bind mount needs a host path as "source": write "./${source}" for a folder beside this file.`, ko: `바인드 마운트의 "source"는 호스트 경로여야 합니다: 이 파일 옆 폴더라면 "./${source}"로 쓰세요.` }, [...path, index, 'source']);
      }
    }
    if (!target || hasInterpolation(target)) return;
    const normalized = target.replace(/\/+$/, '') || '/';
    if (targets.has(normalized)) {
      collector.error(item as Node, ComposeRule.duplicateMountTarget, { en: `Two mounts use the same container path "${target}": Compose rejects duplicate mount targets. Remove one or change its target.`, ko: `두 마운트가 같은 컨테이너 경로 "${target}"를 씁니다: Compose는 중복된 마운트 대상을 거부합니다. 하나를 지우거나 target을 바꾸세요.` }, [...path, index]);
    } else {
      targets.set(normalized, item as Node);
    }
  });
}

function checkReplicas(collector: Collector, service: string, body: YAMLMap, path: PathSegment[]): void {
  const scaleNode = body.get('scale', true);
  const deploy = body.get('deploy', true);
  const replicasNode = isMap(deploy) ? deploy.get('replicas', true) : undefined;
  const scale = integerValue(scaleNode);
  const replicas = integerValue(replicasNode);
  if (scale !== undefined && replicas !== undefined && scale !== replicas) {
    collector.error(scaleNode as Node, ComposeRule.scaleReplicasMismatch, { en: `"scale: ${scale}" disagrees with "deploy.replicas: ${replicas}" in service "${service}": keep one of them.`, ko: `서비스 "${service}"에서 "scale: ${scale}"와 "deploy.replicas: ${replicas}"가 다릅니다: 하나만 남기세요.` }, [...path, 'scale']);
  }
  const count = Math.max(scale ?? 1, replicas ?? 1);
  const containerName = body.items.find((pair) => keyName(pair) === 'container_name');
  if (count > 1 && containerName && isScalar(containerName.key)) {
    collector.warning(containerName.key, ComposeRule.containerNameWithReplicas, { en: `"container_name" names one container, but service "${service}" asks for ${count}: the extra replicas cannot start. Remove "container_name".`, ko: `"container_name"은 컨테이너 하나의 이름인데 서비스 "${service}"는 ${count}개를 만듭니다: 나머지 복제본은 시작하지 못합니다. "container_name"을 지우세요.` }, [...path, 'container_name']);
  }
}

function integerValue(node: unknown): number | undefined {
  if (!isScalar(node)) return undefined;
  const value = typeof node.value === 'string' && /^\d+$/.test(node.value) ? Number(node.value) : node.value;
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

function checkBuild(collector: Collector, build: unknown, path: PathSegment[], ctx: ServiceContext): void {
  let context: Scalar | undefined;
  if (isScalar(build)) context = build;
  else if (isMap(build)) {
    const value = build.get('context', true);
    if (isScalar(value)) context = value;
    const dockerfile = build.items.find((pair) => keyName(pair) === 'dockerfile');
    if (dockerfile && build.has('dockerfile_inline') && isScalar(dockerfile.key)) {
      collector.error(dockerfile.key, ComposeRule.dockerfileConflict, { en: '"dockerfile" and "dockerfile_inline" cannot be used together: keep one.', ko: '"dockerfile"과 "dockerfile_inline"은 함께 쓸 수 없습니다: 하나만 남기세요.' }, [...path, 'dockerfile']);
    }
  }
  const text = scalarValue(context);
  if (!context || text === undefined || !isLocalPath(text)) return;
  const uri = resolvePath(collector.compose, text);
  if (uri && !ctx.workspace.exists(uri)) {
    collector.warning(context, ComposeRule.missingBuildContext, { en: `The build context "${text}" does not exist (relative to this file): the build will fail.`, ko: `빌드 컨텍스트 "${text}"가 (이 파일 기준으로) 없습니다: 빌드가 실패합니다.` }, isMap(build) ? [...path, 'context'] : path);
  }
}

function checkEnvFiles(collector: Collector, envFile: unknown, path: PathSegment[], ctx: ServiceContext): void {
  const entries: { node: Scalar; required: boolean }[] = [];
  if (isScalar(envFile)) entries.push({ node: envFile, required: true });
  if (isSeq(envFile)) {
    for (const item of envFile.items) {
      if (isScalar(item)) entries.push({ node: item, required: true });
      else if (isMap(item) && isScalar(item.get('path', true))) {
        entries.push({ node: item.get('path', true) as Scalar, required: scalarValue(item.get('required', true)) !== 'false' });
      }
    }
  }
  for (const { node, required } of entries) {
    const text = scalarValue(node);
    if (!required || text === undefined || !isLocalPath(text)) continue;
    const uri = resolvePath(collector.compose, text);
    if (uri && !ctx.workspace.exists(uri)) {
      collector.warning(node, ComposeRule.missingEnvFile, { en: `The env file "${text}" does not exist (relative to this file): Compose will stop with an error. Create it, or mark it "required: false".`, ko: `env 파일 "${text}"가 (이 파일 기준으로) 없습니다: Compose가 오류로 멈춥니다. 파일을 만들거나 "required: false"로 표시하세요.` }, path);
    }
  }
}

/** A path on this machine (not a Git URL and not waiting for interpolation). */
function isLocalPath(text: string): boolean {
  return text !== '' && !hasInterpolation(text) && !/^[a-z][a-z0-9+.-]*:\/\//i.test(text) && !/^git@/.test(text) && !text.startsWith('~');
}

function checkEnvironment(collector: Collector, environment: unknown, path: PathSegment[]): void {
  if (isSeq(environment)) {
    environment.items.forEach((item, index) => {
      if (!isScalar(item) || typeof item.value !== 'string') return;
      const match = /^([^=\s]*)(\s*)=(\s*)(.*)$/.exec(item.value);
      if (!match) return;
      const [, name, spaceBefore, spaceAfter, value] = match;
      if (spaceBefore || spaceAfter) {
        const where = spaceAfter ? `The value of ${name} starts with a space: Compose keeps it, so the value is "${spaceAfter}${value}".` : `The name "${name}${spaceBefore}" ends with a space.`;
        const whereKo = spaceAfter ? `${name}의 값이 공백으로 시작합니다: Compose는 공백을 그대로 두므로 값은 "${spaceAfter}${value}"가 됩니다.` : `이름 "${name}${spaceBefore}"가 공백으로 끝납니다.`;
        collector.warning(item, ComposeRule.envSpaceAroundEquals, { en: `${where} Remove the spaces around "=": ${name}=${value}.`, ko: `${whereKo} "=" 앞뒤의 공백을 지우세요: ${name}=${value}.` }, [...path, index], {
          data: { replacement: `${name}=${value}` } satisfies ComposeDiagnosticData,
        });
      }
      checkSecretValue(collector, item, name, value, [...path, index]);
    });
  } else if (isMap(environment)) {
    for (const pair of environment.items) {
      const name = keyName(pair);
      if (name === undefined || !isScalar(pair.value) || pair.value.value === null) continue;
      checkSecretValue(collector, pair.value, name, String(pair.value.value), [...path, name]);
    }
  }
}

function checkSecretValue(collector: Collector, node: Scalar, name: string, value: string, path: PathSegment[]): void {
  if (!secretLikeName.test(name) || /_FILE$/i.test(name) || value.trim() === '' || hasInterpolation(value)) return;
  collector.warning(node, ComposeRule.plainTextSecret, { en: `${name} is written in plain text in the Compose file. Use "secrets:" (and ${name}_FILE=/run/secrets/…) or an interpolated \${${name}} from a git-ignored .env file.`, ko: `${name}이(가) Compose 파일에 평문으로 적혀 있습니다. "secrets:"(와 ${name}_FILE=/run/secrets/…)를 쓰거나, git에서 제외한 .env 파일의 \${${name}} 치환을 쓰세요.` }, path);
}

// ---- Top-level definitions ----------------------------------------------------------------------

function checkDefinitions(collector: Collector): void {
  const compose = collector.compose;
  for (const section of ['networks', 'volumes', 'secrets', 'configs']) {
    for (const entry of namedEntries(topLevel(compose, section))) {
      if (entry.name.startsWith('x-')) continue;
      const path = [section, entry.name];
      const body = isMap(entry.value) ? entry.value : undefined;
      const keys = (body?.items ?? []).map((pair) => ({ name: keyName(pair) ?? '', key: pair.key as Node }));
      const external: unknown = body?.get('external', true);
      const isExternal = isMap(external) || (isScalar(external) && (external.value === true || external.value === 'true'));
      if (isExternal) {
        for (const key of keys) {
          if (key.name === 'external' || key.name === 'name' || key.name.startsWith('x-')) continue;
          collector.error(key.key, ComposeRule.externalWithOtherKeys, { en: `"${key.name}" conflicts with "external: true": Compose does not create or configure external ${section}. Remove "${key.name}" or "external".`, ko: `"${key.name}"는 "external: true"와 충돌합니다: Compose는 외부 ${section}를 만들거나 설정하지 않습니다. "${key.name}"나 "external"을 지우세요.` }, [...path, key.name]);
        }
      }
      if (section !== 'secrets' && section !== 'configs') continue;
      const kind = section.slice(0, -1);
      const sources = keys.filter((key) => key.name === 'file' || key.name === 'environment' || (section === 'configs' && key.name === 'content'));
      if (sources.length > 1) {
        const quoted = sources.map((key) => `"${key.name}"`);
        for (const source of sources.slice(1)) {
          collector.error(source.key, ComposeRule.conflictingSources, {
            en: `A ${kind} takes its value from one place: ${quoted.join(' and ')} are both set. Keep one.`,
            ko: `${kind}의 값은 한 곳에서만 가져옵니다: ${quoted.join(', ')}가 모두 설정되어 있습니다. 하나만 남기세요.`,
          }, [...path, source.name]);
        }
      }
      if (sources.length === 0 && !isExternal && !keys.some((key) => key.name.startsWith('x-'))) {
        const options = section === 'configs' ? '"file:", "environment:" or "content:"' : '"file:" or "environment:"';
        const optionsKo = section === 'configs' ? '"file:", "environment:", "content:"' : '"file:"이나 "environment:"';
        collector.warning(entry.key, ComposeRule.missingSource, { en: `${capitalize(kind)} "${entry.name}" does not say where its value comes from: add ${options}, or "external: true".`, ko: `${kind} "${entry.name}"의 값을 어디서 가져올지 정해져 있지 않습니다: ${optionsKo}, 또는 "external: true"를 추가하세요.` }, path);
      }
    }
  }
}

/** Declared networks, volumes, secrets and configs no service uses: leftovers, shown faded. */
function checkUnused(collector: Collector): void {
  const compose = collector.compose;
  if (collector.overlay || getValue(compose, compose.yaml.contents, 'include') !== undefined) return;
  const index = compose.symbols();
  for (const kind of ['network', 'volume', 'secret', 'config'] as const) {
    const used = new Set(index.references.filter((reference) => reference.kind === kind).map((reference) => reference.name));
    for (const declaration of index.declarations.get(kind)!.values()) {
      // `networks: default:` configures the network every service joins.
      if (used.has(declaration.name) || (kind === 'network' && declaration.name === 'default')) continue;
      collector.add(offsetRange(compose, declaration.start, declaration.end), DiagnosticSeverity.Hint, ComposeRule.unusedDeclaration, { en: `${capitalize(kind)} "${declaration.name}" is declared but no service uses it.`, ko: `${koreanKind[kind] ?? kind} "${declaration.name}"는 선언되었지만 어떤 서비스도 쓰지 않습니다.` }, `${docsBase}${sectionOf(kind)}/`, {
        tags: [DiagnosticTag.Unnecessary],
      });
    }
  }
}

/** Container names are global on the engine: two services with the same one cannot both run. */
function checkContainerNames(collector: Collector): void {
  const seen = new Map<string, string>();
  for (const service of namedEntries(topLevel(collector.compose, 'services'))) {
    const node: unknown = isMap(service.value) ? service.value.get('container_name', true) : undefined;
    const name = scalarValue(node);
    if (name === undefined || hasInterpolation(name)) continue;
    const first = seen.get(name);
    if (first === undefined) seen.set(name, service.name);
    else collector.error(node as Node, ComposeRule.duplicateContainerName, { en: `Service "${first}" already uses the container name "${name}": the second container cannot be created. Pick another name.`, ko: `서비스 "${first}"가 이미 컨테이너 이름 "${name}"을 씁니다: 두 번째 컨테이너는 만들 수 없습니다. 다른 이름을 고르세요.` }, ['services', service.name, 'container_name']);
  }
}

const koreanKind: Readonly<Record<string, string>> = { service: '서비스', network: '네트워크', volume: '볼륨', secret: 'secret', config: 'config', model: '모델' };

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
