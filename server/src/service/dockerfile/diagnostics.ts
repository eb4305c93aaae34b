/**
 * Dockerfile diagnostics, in three tiers:
 * - errors: what `docker build` rejects (kebab-case codes, linked to the Dockerfile reference);
 * - warnings: BuildKit's build checks under their own names, honouring `# check=skip=…;error=true`;
 * - hints: the notes' advice on layers and cache, each with its reason.
 * One linear pass over the instructions plus one per stage.
 */
import { Diagnostic, DiagnosticSeverity, DiagnosticTag, Range } from 'vscode-languageserver';
import type { Arg, Directive, DockerfileAst, Flag, Instruction, Stage, VariableRef } from '../../dockerfile/ast';
import {
  buildCheckHref,
  buildCheckNames,
  buildkitArgs,
  exposeProtocols,
  FlagSpec,
  instructionHref,
  instructionNames,
  instructionsByName,
  mountKey,
  mountTypes,
  mountTypesByName,
  notOnbuildTriggers,
  platformArgs,
  proxyArgs,
  reservedStageNames,
  signals,
} from '../../dockerfile/catalogue';
import type { ServiceContext } from '../mode';
import { Localized, say } from './docs';

/**
 * Every diagnostic code this file reports, by default severity: what `dockside.dockerfile.rules.<code>`
 * can turn off or re-grade. BuildKit's checks (warnings) are in the catalogue's `buildChecks`.
 */
export const dockerfileRuleCodes = {
  error: [
    'unknown-instruction', 'missing-from', 'instruction-before-from', 'argument-count', 'unknown-flag', 'duplicate-flag',
    'invalid-flag-value', 'invalid-mount', 'invalid-port', 'invalid-protocol', 'invalid-signal', 'invalid-healthcheck',
    'DuplicateStageName', 'copy-from-self', 'copy-from-later-stage', 'invalid-escape-directive', 'duplicate-directive',
    'malformed-variable', 'spaces-around-equals', 'shell-requires-json', 'invalid-onbuild-trigger',
  ],
  warning: ['malformed-exec-form', 'mount-key-ignored', 'unknown-check'],
  hint: [
    'consecutive-run', 'apt-get-update-alone', 'apt-get-install-options', 'apt-lists-not-cleaned', 'copy-all-before-install',
    'missing-dockerignore', 'prefer-copy', 'implicit-latest-tag', 'cd-in-run', 'sudo-in-run', 'no-user',
  ],
} as const;

export const bestPracticesHref = 'https://docs.docker.com/build/building/best-practices/';
const directivesHref = 'https://docs.docker.com/reference/dockerfile/#parser-directives';
const variablesHref = 'https://docs.docker.com/reference/dockerfile/#environment-replacement';
const cacheOrderHref = 'https://docs.docker.com/build/cache/optimize/#order-your-layers';
const dockerignoreHref = 'https://docs.docker.com/build/concepts/context/#dockerignore-files';

/** The `# check=` directive: which build checks are skipped, and whether they fail the build. */
export interface CheckConfig {
  readonly skipAll: boolean;
  readonly skip: ReadonlySet<string>;
  readonly error: boolean;
}

export function parseCheckDirective(directives: readonly Directive[]): CheckConfig {
  const directive = directives.find((d) => d.name === 'check');
  const skip = new Set<string>();
  let error = false;
  for (const part of directive?.value.split(';') ?? []) {
    const [key, value = ''] = part.split('=').map((s) => s.trim());
    if (key.toLowerCase() === 'skip') {
      for (const name of value.split(',')) if (name.trim()) skip.add(name.trim());
    } else if (key.toLowerCase() === 'error') error = value.toLowerCase() === 'true';
  }
  return { skipAll: skip.has('all'), skip, error };
}

// ---- Small shared readers (code actions use them too) -------------------------------------------

/** The closest instruction name to a mistyped keyword (`EXPOSEE` → `EXPOSE`), if any is close. */
export function suggestInstruction(keyword: string): string | undefined {
  const upper = keyword.toUpperCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of instructionNames) {
    const distance = editDistance(upper, name);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = name;
    }
  }
  return best && bestDistance <= Math.min(2, Math.ceil(best.length / 3)) ? best : undefined;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return Math.abs(a.length - b.length);
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0][j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2][j - 2] + 1);
      rows[i][j] = value;
    }
  }
  return rows[a.length][b.length];
}

export interface KeyValuePair {
  readonly key: string;
  readonly value: string;
  readonly range: Range;
}

/**
 * A `key=value` read from one argument. Its range is the argument's, computed on first use: reading
 * every pair of a large file must not compute a range per argument.
 */
class ArgumentPair implements KeyValuePair {
  constructor(
    readonly key: string,
    readonly value: string,
    private readonly arg: Arg,
  ) {}

  get range(): Range {
    return this.arg.range;
  }
}

/** An ARG's name and default, with the argument's range computed on first use (see ArgumentPair). */
class ArgDeclaration {
  constructor(
    readonly name: string,
    readonly defaultValue: string | undefined,
    private readonly arg: Arg,
  ) {}

  get range(): Range {
    return this.arg.range;
  }
}

/**
 * ENV/LABEL pairs. `legacy` is the old `ENV key value` form (one pair, the value is the rest);
 * `spacedEquals` is the notes' `LABEL KEY = value`, which Docker reads as the value "= value".
 */
export function keyValuePairs(instruction: Instruction): { pairs: KeyValuePair[]; legacy: boolean; spacedEquals?: Arg; missingEquals?: Arg } {
  const args = instruction.args;
  if (args.length === 0) return { pairs: [], legacy: false };
  if (!args[0].value.includes('=')) {
    const restStart = instruction.argsText.indexOf(args[0].raw) + args[0].raw.length;
    const value = instruction.argsText.slice(restStart).trim();
    const spacedEquals = args[1] && args[1].value.startsWith('=') ? args[1] : undefined;
    return { pairs: [{ key: args[0].value, value, range: instruction.argsRange ?? args[0].range }], legacy: true, spacedEquals };
  }
  const pairs: KeyValuePair[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const equals = arg.value.indexOf('=');
    if (equals < 0) {
      const previous = args[i - 1];
      return { pairs, legacy: false, ...(previous?.value.endsWith('=') ? { spacedEquals: previous } : { missingEquals: arg }) };
    }
    pairs.push(new ArgumentPair(arg.value.slice(0, equals), arg.value.slice(equals + 1), arg));
  }
  return { pairs, legacy: false };
}

/**
 * `items.map(each)`, as an array built by pushing. The array `map` returns is of another kind
 * (holey or not) depending on whether V8 has optimized the code calling it, so the code reading it
 * meets a new kind of array each time the caller is optimized, and is thrown back to slow code:
 * on the per-instruction paths below that cost the first large files several deoptimizations.
 */
function mapped<T, U>(items: readonly T[], each: (item: T) => U): U[] {
  const result: U[] = [];
  for (const item of items) result.push(each(item));
  return result;
}

/** ARG names and defaults: `ARG NAME`, `ARG NAME=default`, several per line. */
export function argDeclarations(instruction: Instruction): ArgDeclaration[] {
  return mapped(instruction.args, (arg) => {
    const equals = arg.value.indexOf('=');
    return equals < 0 ? new ArgDeclaration(arg.value, undefined, arg) : new ArgDeclaration(arg.value.slice(0, equals), arg.value.slice(equals + 1), arg);
  });
}

/** The names an ARG or ENV instruction defines. */
function definedNames(instruction: Instruction): string[] {
  if (instruction.name === 'ARG') return mapped(argDeclarations(instruction), (d) => d.name);
  if (instruction.name === 'ENV') return mapped(keyValuePairs(instruction).pairs, (p) => p.key);
  return [];
}

/** A shell-form command line split into simple commands at `&&`, `||`, `|` and `;`. */
export function shellCommands(args: readonly Arg[]): Arg[][] {
  const commands: Arg[][] = [[]];
  for (const arg of args) {
    const raw = arg.raw;
    if (raw === '&&' || raw === '||' || raw === '|' || raw === ';') {
      commands.push([]);
    } else if (raw.endsWith(';') && raw.length > 1 && !raw.endsWith('\\;')) {
      commands[commands.length - 1].push({ raw: raw.slice(0, -1), value: arg.value.replace(/;$/, ''), range: arg.range });
      commands.push([]);
    } else commands[commands.length - 1].push(arg);
  }
  return commands.filter((command) => command.length > 0);
}

/** The program of a simple command, skipping `VAR=value` prefixes and `sudo`. */
function program(command: readonly Arg[]): { name: string; index: number } | undefined {
  let i = 0;
  while (i < command.length && (/^[A-Za-z_][A-Za-z0-9_]*=/.test(command[i].value) || command[i].value === 'sudo')) i++;
  return i < command.length ? { name: command[i].value, index: i } : undefined;
}

export interface AptInstall {
  readonly install: Arg;
  readonly missingYes: boolean;
  readonly missingNoRecommends: boolean;
  /** No `rm -rf /var/lib/apt/lists/*` (nor an apt cache mount) in the same RUN. */
  readonly missingCleanup: boolean;
}

/** Every `apt-get install` in a shell-form RUN, with what it lacks. */
export function aptInstalls(run: Instruction, commands = run.form === 'shell' ? shellCommands(run.args) : []): AptInstall[] {
  if (run.name !== 'RUN' || run.form !== 'shell') return [];
  const cleans = commands.some((command) => {
    const p = program(command);
    return p?.name === 'rm' && command.some((a) => a.value.startsWith('/var/lib/apt/lists'));
  });
  const aptMount = run.flags.some((f) => f.name === 'mount' && /\/var\/(lib|cache)\/apt/.test(f.value ?? ''));
  const found: AptInstall[] = [];
  for (const command of commands) {
    const p = program(command);
    if (p?.name !== 'apt-get' && p?.name !== 'apt') continue;
    const words = command.slice(p.index + 1);
    const install = words.find((w) => w.value === 'install');
    if (!install) continue;
    const options = words.filter((w) => w.value.startsWith('-')).map((w) => w.value);
    found.push({
      install,
      missingYes: !options.some((o) => o === '-y' || o === '--yes' || o === '--assume-yes' || /^-[a-z]*y[a-z]*$/.test(o) || o === '-qq'),
      missingNoRecommends: !options.includes('--no-install-recommends') && !run.argsText.includes('APT::Install-Recommends'),
      missingCleanup: !cleans && !aptMount,
    });
  }
  return found;
}

const dependencyInstall =
  /\b(npm (install|ci|i)\b|yarn( install)?\s*($|&&|;)|yarn install|pnpm (install|i)\b|pip3? install\b|poetry install|bundle install|go mod download|mvn\b|gradle\b|composer install|cargo (build|fetch)|dotnet restore)/;

/** COPY sources that are the whole build context (`.`, `./`). */
export function copiesWholeContext(instruction: Instruction): boolean {
  if ((instruction.name !== 'COPY' && instruction.name !== 'ADD') || instruction.flags.some((f) => f.name === 'from')) return false;
  const sources = sourcesOf(instruction);
  return sources.some((s) => s.value === '.' || s.value === './' || s.value === '*');
}

/** The source arguments of COPY/ADD (all but the destination; heredoc markers excluded). */
export function sourcesOf(instruction: Instruction): Arg[] {
  const args = instruction.form === 'exec' ? (instruction.execArgs ?? []) : instruction.args;
  return args.slice(0, -1).filter((a) => !a.raw.startsWith('<<'));
}

// ---- .dockerignore -----------------------------------------------------------------------------

export function directoryOf(uri: string): string {
  const slash = uri.lastIndexOf('/');
  return slash >= 0 ? uri.slice(0, slash) : uri;
}

/** The `.dockerignore` BuildKit uses for a Dockerfile: `<name>.dockerignore` beside it first. */
export function dockerignoreUris(uri: string): string[] {
  const dir = directoryOf(uri);
  const base = uri.slice(dir.length + 1);
  return [`${dir}/${base}.dockerignore`, `${dir}/.dockerignore`];
}

/** A `.dockerignore` as a matcher: the last matching pattern wins, `!` re-includes. */
export function dockerignoreMatcher(content: string): (path: string) => boolean {
  const rules: { pattern: RegExp; negated: boolean }[] = [];
  for (const rawLine of content.split(/\r?\n/)) {
    let line = rawLine.trim();
    if (!line || line.startsWith('#')) continue;
    const negated = line.startsWith('!');
    if (negated) line = line.slice(1).trim();
    line = line.replace(/^(\.\/|\/)+/, '').replace(/\/+$/, '');
    if (!line) continue;
    rules.push({ pattern: globToRegExp(line), negated });
  }
  return (path) => {
    const clean = path.replace(/^(\.\/|\/)+/, '').replace(/\/+$/, '');
    let excluded = false;
    for (const rule of rules) if (rule.pattern.test(clean)) excluded = !rule.negated;
    return excluded;
  };
}

/** Go `filepath.Match` plus `**`, matching the path itself or any of its parent directories. */
function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '*' && glob[i + 1] === '*') {
      source += '.*';
      i++;
      if (glob[i + 1] === '/') i++;
    } else if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else if (ch === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) source += '\\[';
      else {
        source += `[${glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else if (ch === '\\' && i + 1 < glob.length) source += `\\${glob[++i]}`;
    else source += ch.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}(/.*)?$`);
}

// ---- The diagnostics ---------------------------------------------------------------------------

/** Variables every base image is likely to set; BuildKit reads them from the image config, which we cannot. */
const imageEnvironment = new Set(['PATH', 'HOME', 'HOSTNAME', 'PWD', 'TERM', 'LANG', 'LANGUAGE', 'LC_ALL', 'SHELL', 'USER', 'TZ']);
const secretName = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
const publicName = /(?:_|^)public(?:_|$)/i;
// µ (micro sign) and μ (Greek mu) escaped: one character above U+00FF in the bundle makes V8 keep all its source two bytes a character.
const goDuration = /^(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|\u00b5s|\u03bcs|ms|s|m|h))+$/;
const platformPattern = /^[a-z0-9_]+(?:\/[a-z0-9_]+(?:\/[a-z0-9_.]+)?)?$/i;
const chmodPattern = /^(?:[0-7]{3,4}|[ugoa]*[-+=][rwxXst]*(?:,[ugoa]*[-+=][rwxXst]*)*)$/;
const chownPattern = /^[^:\s]+(?::[^:\s]+)?$/;
const checksumPattern = /^(?:sha256:[a-f0-9]{64}|sha384:[a-f0-9]{96}|sha512:[a-f0-9]{128}|[a-f0-9]{40}|[a-f0-9]{64})$/;
const remoteSource = /^(?:https?:\/\/|git@|ssh:\/\/|git:\/\/)/;
const archiveSource = /\.(?:tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst|tzst|gz|bz2|xz)$/i;

/** The diagnostics of each instruction alone in a parse's last run, with the context they were computed in (see `instructions()`). */
const noDiagnostics: readonly Diagnostic[] = Object.freeze([]);
/** A range, or how to work it out when a diagnostic is actually reported (most checks find nothing). */
type RangeWhenNeeded = Range | (() => Range);
const lowerNames: ReadonlyMap<string, string> = new Map(instructionNames.map((name) => [name, name.toLowerCase()]));
interface KeptRun {
  readonly context: string;
  readonly instructions: readonly Instruction[];
  /** By instruction index: its own diagnostics, and for a RUN its layer hints. */
  readonly diagnostics: readonly (readonly Diagnostic[])[];
  readonly runHints: readonly (readonly Diagnostic[] | undefined)[];
}
const ownDiagnostics = new WeakMap<DockerfileAst, KeptRun>();
/** The last parse diagnosed per document, held weakly like the parser's own. */
const lastParses = new Map<string, WeakRef<DockerfileAst>>();

export function dockerfileDiagnostics(ast: DockerfileAst, ctx: ServiceContext): Diagnostic[] {
  return new DiagnosticsRun(ast, ctx).run();
}

class DiagnosticsRun {
  private readonly diagnostics: Diagnostic[] = [];
  private readonly checks: CheckConfig;
  private readonly labs: boolean;
  private readonly stageIndexByName = new Map<string, number>();
  // What this run takes over from the document's previous run (see `instructions()`).
  private context = '';
  private previousRun: KeptRun | undefined;
  /** By instruction index: the index of the same instruction in the previous run, or -1. */
  private takenOver: number[] = [];
  private own: (readonly Diagnostic[])[] = [];
  private ownRunHints: (readonly Diagnostic[] | undefined)[] = [];
  /** By stage index: the index of its FROM among the instructions. */
  private stageStarts: number[] = [];

  constructor(
    private readonly ast: DockerfileAst,
    private readonly ctx: ServiceContext,
  ) {
    this.checks = parseCheckDirective(ast.directives);
    this.labs = ast.directives.some((d) => d.name === 'syntax' && d.value.includes('labs'));
  }

  run(): Diagnostic[] {
    this.directives();
    this.fromPresence();
    this.casing();
    this.instructions();
    this.globalArgs();
    for (const stage of this.ast.stages) this.stage(stage);
    this.contextHints();
    this.keepRun();
    return this.diagnostics;
  }

  /**
   * Each instruction's own diagnostics. They depend on the instruction and on little else (the
   * check directive, the labs frontend, the stage names), so an instruction that an incremental
   * parse took over from the document's previous parse keeps its diagnostics from that parse's
   * run, as long as those did not change. Taken-over instructions keep their order: before the
   * edit at the same index, after it shifted by the change in count.
   */
  private instructions(): void {
    this.context = [this.ctx.docsLanguage, this.labs, this.checks.skipAll, this.checks.error, [...this.checks.skip].join(','), mapped(this.ast.stages, (s) => s.name ?? '').join(',')].join('|');
    const previousAst = lastParses.get(this.ast.uri)?.deref();
    const previousRun = previousAst && ownDiagnostics.get(previousAst);
    const previous = previousRun?.context === this.context ? previousRun : undefined;
    this.previousRun = previous;
    const current = this.ast.instructions;
    const shift = current.length - (previous?.instructions.length ?? 0);
    this.takenOver = new Array<number>(current.length);
    this.own = new Array<readonly Diagnostic[]>(current.length);
    this.ownRunHints = new Array<readonly Diagnostic[] | undefined>(current.length);
    for (let i = 0; i < current.length; i++) {
      const instruction = current[i];
      if (instruction.name === 'FROM' && instruction === this.ast.stages[this.stageStarts.length]?.from) this.stageStarts.push(i);
      const before = previous?.instructions[i] === instruction ? i : previous?.instructions[i - shift] === instruction ? i - shift : -1;
      this.takenOver[i] = before;
      if (previous && before >= 0) {
        this.own[i] = previous.diagnostics[before];
        for (const diagnostic of this.own[i]) this.diagnostics.push(diagnostic);
        continue;
      }
      const first = this.diagnostics.length;
      this.instruction(instruction, false);
      this.own[i] = first === this.diagnostics.length ? noDiagnostics : this.diagnostics.slice(first);
    }
  }

  /** Keeps this run's per-instruction results for the document's next run. */
  private keepRun(): void {
    ownDiagnostics.set(this.ast, { context: this.context, instructions: this.ast.instructions, diagnostics: this.own, runHints: this.ownRunHints });
    lastParses.delete(this.ast.uri);
    lastParses.set(this.ast.uri, new WeakRef(this.ast));
    if (lastParses.size > 64) lastParses.delete(lastParses.keys().next().value!);
  }

  /**
   * A RUN's layer hints depend on it and on the instruction before it: when both were taken over
   * from the previous run, so are the hints.
   */
  private runHintsAt(index: number, run: Instruction, previous: Instruction | undefined): void {
    const before = this.takenOver[index];
    const kept = before > 0 && this.takenOver[index - 1] === before - 1 ? this.previousRun?.runHints[before] : undefined;
    if (kept) {
      this.ownRunHints[index] = kept;
      for (const diagnostic of kept) this.diagnostics.push(diagnostic);
      return;
    }
    const first = this.diagnostics.length;
    this.runHints(run, previous);
    this.ownRunHints[index] = first === this.diagnostics.length ? noDiagnostics : this.diagnostics.slice(first);
  }

  // -- emitters

  private error(code: string, range: RangeWhenNeeded, message: Localized, href: string): void {
    this.report(code, DiagnosticSeverity.Error, range, message, href);
  }

  private check(name: string, range: Range, message: Localized, tags?: DiagnosticTag[]): void {
    if (this.checks.skipAll || this.checks.skip.has(name)) return;
    this.report(name, this.checks.error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, range, message, buildCheckHref(name), tags);
  }

  private hint(code: string, range: Range, message: Localized, href: string): void {
    if (this.checks.skipAll || this.checks.skip.has(code)) return;
    this.report(code, DiagnosticSeverity.Hint, range, message, href);
  }

  private warning(code: string, range: RangeWhenNeeded, message: Localized, href: string): void {
    if (this.checks.skip.has(code)) return;
    this.report(code, DiagnosticSeverity.Warning, range, message, href);
  }

  private report(code: string, severity: DiagnosticSeverity, range: RangeWhenNeeded, message: Localized, href: string, tags?: DiagnosticTag[]): void {
    this.diagnostics.push({
      range: typeof range === 'function' ? range() : range,
      severity,
      code,
      codeDescription: { href },
      source: 'dockside',
      message: say(this.ctx.docsLanguage, message),
      ...(tags ? { tags } : {}),
    });
  }

  // -- file level

  private directives(): void {
    const seen = new Set<string>();
    for (const directive of this.ast.directives) {
      if (seen.has(directive.name)) {
        this.error('duplicate-directive', directive.range, { en: `Only one "${directive.name}" parser directive may be used; remove this one.`, ko: `"${directive.name}" 파서 지시어는 한 번만 쓸 수 있습니다. 이 줄을 지우세요.` }, directivesHref);
      }
      seen.add(directive.name);
      if (directive.name === 'escape' && directive.value !== '\\' && directive.value !== '`') {
        this.error('invalid-escape-directive', directive.valueRange,
          { en: `Invalid escape character "${directive.value}": the escape directive accepts only \\ or \` (backtick).`, ko: `잘못된 이스케이프 문자 "${directive.value}": escape 지시어에는 \\ 또는 \`(백틱)만 쓸 수 있습니다.` }, directivesHref);
      }
      if (directive.name === 'check') {
        for (const name of parseCheckDirective([directive]).skip) {
          if (name !== 'all' && !buildCheckNames.has(name) && !/^[a-z]+(-[a-z]+)*$/.test(name)) {
            this.warning('unknown-check', directive.valueRange, { en: `Unknown build check "${name}" in the check directive.`, ko: `check 지시어의 "${name}"은(는) 알 수 없는 빌드 체크입니다.` }, 'https://docs.docker.com/reference/build-checks/');
          }
        }
      }
    }
  }

  private fromPresence(): void {
    const instructions = this.ast.instructions;
    if (instructions.length === 0) return;
    if (this.ast.stages.length === 0) {
      const first = instructions[0];
      this.error('missing-from', first.keywordRange, { en: 'A Dockerfile needs a FROM instruction naming the base image (for example FROM alpine:3.20).', ko: 'Dockerfile에는 베이스 이미지를 지정하는 FROM 명령어가 필요합니다 (예: FROM alpine:3.20).' }, instructionHref('FROM'));
      return;
    }
    for (const instruction of instructions) {
      if (instruction.stageIndex >= 0) break;
      if (instruction.name !== 'ARG' && instructionsByName.has(instruction.name)) {
        this.error('instruction-before-from', instruction.keywordRange,
          { en: `${instruction.name} comes before the first FROM; only ARG may precede FROM. Move it after FROM.`, ko: `${instruction.name}이(가) 첫 FROM보다 앞에 있습니다. FROM 앞에는 ARG만 올 수 있으니 FROM 뒤로 옮기세요.` }, instructionHref('FROM'));
      }
    }
  }

  /** BuildKit's ConsistentInstructionCasing: each keyword in one case, all keywords in the majority's. */
  private casing(): void {
    const eachKeyword = (visit: (instruction: Instruction, lowerName: string) => void) => {
      const visitKnown = (instruction: Instruction) => {
        const lowerName = lowerNames.get(instruction.name);
        if (lowerName !== undefined) visit(instruction, lowerName);
      };
      for (const instruction of this.ast.instructions) {
        visitKnown(instruction);
        if (instruction.trigger) visitKnown(instruction.trigger);
      }
    };
    let upper = 0;
    let lower = 0;
    eachKeyword((instruction, lowerName) => {
      if (instruction.keyword === instruction.name) upper++;
      else if (instruction.keyword === lowerName) lower++;
    });
    const majority = lower > upper ? 'lowercase' : 'uppercase';
    eachKeyword((instruction, lowerName) => {
      const expected = majority === 'lowercase' ? lowerName : instruction.name;
      if (instruction.keyword === expected) return;
      const mixed = instruction.keyword !== instruction.name && instruction.keyword !== lowerName;
      this.check('ConsistentInstructionCasing', instruction.keywordRange, mixed
        ? { en: `Command '${instruction.keyword}' should be consistently cased: write ${expected}.`, ko: `명령어 '${instruction.keyword}'의 대소문자가 섞여 있습니다. ${expected}(으)로 쓰세요.` }
        : {
          en: `Command '${instruction.keyword}' should match the case of the command majority (${majority}): write ${expected}.`,
          ko: `명령어 '${instruction.keyword}'은(는) 다른 명령어 대부분처럼 ${majority === 'lowercase' ? '소문자' : '대문자'}로 써야 합니다: ${expected}(으)로 쓰세요.`,
        });
    });
  }

  // -- one instruction (and an ONBUILD trigger)

  private instruction(instruction: Instruction, isTrigger: boolean): void {
    const spec = instructionsByName.get(instruction.name);
    if (!spec) {
      const suggestion = suggestInstruction(instruction.keyword);
      this.error('unknown-instruction', instruction.keywordRange,
        {
          en: `Unknown instruction ${instruction.keyword}.${suggestion ? ` Did you mean ${suggestion}?` : ' Check the spelling against the Dockerfile reference.'}`,
          ko: `${instruction.keyword}은(는) 알 수 없는 명령어입니다.${suggestion ? ` ${suggestion}을(를) 쓰려던 것인가요?` : ' Dockerfile 레퍼런스에서 철자를 확인하세요.'}`,
        },
        'https://docs.docker.com/reference/dockerfile/#overview');
      return;
    }
    const href = instructionHref(instruction.name);
    this.flags(instruction, spec.flags, href);
    for (const variable of instruction.variables) this.malformedVariable(variable);
    this.argumentShape(instruction, href);
    for (const line of instruction.emptyContinuationLines) {
      this.check('NoEmptyContinuation', { start: { line, character: 0 }, end: { line: line + 1, character: 0 } },
        { en: `Empty continuation line in ${instruction.name}: remove it (a future Docker release will treat it as the end of the instruction).`, ko: `${instruction.name}에 빈 줄이 이어져 있습니다. 지우세요 (앞으로 나올 Docker 버전은 이 빈 줄을 명령어의 끝으로 봅니다).` });
    }
    if (instruction.malformedExec) {
      this.warning('malformed-exec-form', instruction.argsRange ?? instruction.keywordRange,
        { en: `${instruction.name} looks like exec (JSON) form but is not a valid JSON array of strings, so Docker runs it as a shell command. Use double quotes: ["executable", "arg"].`, ko: `${instruction.name}이(가) exec(JSON) 형식처럼 보이지만 올바른 문자열 JSON 배열이 아니어서 Docker가 셸 명령으로 실행합니다. 큰따옴표를 쓰세요: ["executable", "arg"].` }, href);
    }
    if (instruction.name === 'ONBUILD') {
      const trigger = instruction.trigger;
      if (!trigger) return;
      if (notOnbuildTriggers.has(trigger.name)) {
        this.error('invalid-onbuild-trigger', trigger.keywordRange, { en: `${trigger.name} cannot be an ONBUILD trigger (ONBUILD, FROM and MAINTAINER are not allowed).`, ko: `${trigger.name}은(는) ONBUILD 트리거가 될 수 없습니다 (ONBUILD, FROM, MAINTAINER는 허용되지 않습니다).` }, href);
      } else this.instruction(trigger, true);
    }
    if (!isTrigger && instruction.name === 'MAINTAINER') {
      this.check('MaintainerDeprecated', instruction.keywordRange,
        { en: 'MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors="…" instead.', ko: 'MAINTAINER는 더 이상 쓰지 않습니다(deprecated). 대신 LABEL org.opencontainers.image.authors="…"를 쓰세요.' }, [DiagnosticTag.Deprecated]);
    }
  }

  private flags(instruction: Instruction, allowed: readonly FlagSpec[], href: string): void {
    if (instruction.flags.length === 0) return;
    const seen = new Set<string>();
    for (const flag of instruction.flags) {
      const spec = allowed.find((f) => f.name === flag.name.toLowerCase());
      if (!spec || (spec.labs && !this.labs)) {
        const names = allowed.filter((f) => !f.labs || this.labs).map((f) => `--${f.name}`);
        const accepted = names.length > 0 ? `${instruction.name} accepts ${names.join(', ')}.` : `${instruction.name} takes no flags.`;
        const labsNote = spec?.labs ? ' It needs the labs frontend (# syntax=docker/dockerfile:1-labs).' : '';
        this.error('unknown-flag', flag.nameRange, {
          en: `Unknown flag --${flag.name} for ${instruction.name}. ${accepted}${labsNote}`,
          ko: `${instruction.name}에는 --${flag.name} 플래그가 없습니다. ${names.length > 0 ? `쓸 수 있는 플래그: ${names.join(', ')}.` : `${instruction.name}은(는) 플래그를 받지 않습니다.`}${spec?.labs ? ' labs 프런트엔드(# syntax=docker/dockerfile:1-labs)가 필요합니다.' : ''}`,
        }, href);
        continue;
      }
      if (seen.has(spec.name) && !spec.repeatable) {
        this.error('duplicate-flag', flag.nameRange, { en: `--${spec.name} is given more than once; ${instruction.name} accepts it once.`, ko: `--${spec.name}이(가) 여러 번 쓰였습니다. ${instruction.name}에는 한 번만 쓸 수 있습니다.` }, href);
      }
      seen.add(spec.name);
      this.flagValue(instruction, flag, spec, href);
    }
  }

  private flagValue(instruction: Instruction, flag: Flag, spec: FlagSpec, href: string): void {
    const value = flag.value;
    // Only a flag with a problem needs its range worked out.
    const range = () => flag.valueRange ?? flag.range;
    const invalid = (expected: Localized) =>
      this.error('invalid-flag-value', range, {
        en: `Invalid value ${value === undefined ? '(none)' : `"${value}"`} for --${spec.name}: expected ${expected.en}.`,
        ko: `--${spec.name}의 값 ${value === undefined ? '(없음)' : `"${value}"`}이(가) 잘못되었습니다. ${expected.ko}이어야 합니다.`,
      }, href);
    if (spec.kind === 'boolean') {
      if (value !== undefined && !/^(true|false)$/i.test(value) && !value.includes('$')) invalid({ en: 'true or false (or the bare flag)', ko: 'true 또는 false(혹은 값 없이 플래그만)' });
      return;
    }
    if (value === undefined || value === '') {
      this.error('invalid-flag-value', range, { en: `--${spec.name} needs a value: --${spec.name}=<${spec.kind}>.`, ko: `--${spec.name}에는 값이 필요합니다: --${spec.name}=<${spec.kind}>.` }, href);
      return;
    }
    if (value.includes('$')) return;
    switch (spec.kind) {
      case 'enum':
        if (!spec.values?.includes(value)) invalid({ en: `one of ${spec.values?.join(', ')}`, ko: `${spec.values?.join(', ')} 중 하나` });
        break;
      case 'duration':
        if (value !== '0' && !goDuration.test(value)) invalid({ en: 'a duration such as 30s, 1m30s or 500ms', ko: '30s, 1m30s, 500ms 같은 시간 값' });
        break;
      case 'integer':
        if (!/^\d+$/.test(value)) invalid({ en: 'a whole number', ko: '0 이상의 정수' });
        break;
      case 'platform':
        if (!value.split(',').every((p) => platformPattern.test(p))) invalid({ en: 'a platform such as linux/amd64 or linux/arm64/v8', ko: 'linux/amd64나 linux/arm64/v8 같은 플랫폼' });
        break;
      case 'chmod':
        if (!chmodPattern.test(value)) invalid({ en: 'octal permissions such as 755, or symbolic ones such as u+x', ko: '755 같은 8진수 권한이나 u+x 같은 기호 권한' });
        break;
      case 'chown':
        if (!chownPattern.test(value)) invalid({ en: 'user[:group], as names or numeric ids', ko: '이름이나 숫자 ID로 된 user[:group]' });
        break;
      case 'checksum':
        if (!checksumPattern.test(value)) invalid({ en: 'sha256:<64 hex digits> (or sha384/sha512)', ko: 'sha256:<16진수 64자리> (또는 sha384/sha512)' });
        break;
      case 'mount':
        this.mount(instruction, value, range);
        break;
      default:
        break;
    }
  }

  /** `RUN --mount=type=…,key=value,…`: the type, its keys and their values. */
  private mount(instruction: Instruction, value: string, range: RangeWhenNeeded): void {
    const fields = mapped(value.split(','), (field) => {
      const equals = field.indexOf('=');
      return equals < 0 ? { key: field.trim(), value: undefined } : { key: field.slice(0, equals).trim(), value: field.slice(equals + 1).trim() };
    });
    const typeName = (fields.find((f) => f.key.toLowerCase() === 'type')?.value ?? 'bind').toLowerCase();
    const type = mountTypesByName.get(typeName);
    const mountHref = 'https://docs.docker.com/reference/dockerfile/#run---mount';
    if (!type) {
      this.error('invalid-mount', range, { en: `Unknown mount type "${typeName}": use one of ${mountTypes.map((t) => t.type).join(', ')}.`, ko: `알 수 없는 마운트 타입 "${typeName}": ${mountTypes.map((t) => t.type).join(', ')} 중 하나를 쓰세요.` }, mountHref);
      return;
    }
    let hasTarget = false;
    for (const field of fields) {
      if (field.key === '' || field.key.toLowerCase() === 'type') continue;
      const key = mountKey(type, field.key);
      if (!key) {
        // BuildKit reads every mount key whatever the type, so a key of another type is ignored, not rejected.
        const elsewhere = mountTypes.find((other) => mountKey(other, field.key));
        if (elsewhere) {
          this.warning('mount-key-ignored', range,
            { en: `"${field.key}" has no effect on a ${type.type} mount (it belongs to ${elsewhere.type} mounts); a ${type.type} mount uses ${type.keys.map((k) => k.name).join(', ')}.`, ko: `"${field.key}"은(는) ${type.type} 마운트에서 아무 효과가 없습니다 (${elsewhere.type} 마운트의 키입니다). ${type.type} 마운트에는 ${type.keys.map((k) => k.name).join(', ')}을(를) 씁니다.` }, mountHref);
        } else {
          this.error('invalid-mount', range,
            { en: `Unknown key "${field.key}" for a ${type.type} mount: it accepts ${type.keys.map((k) => k.name).join(', ')}.`, ko: `${type.type} 마운트에 알 수 없는 키 "${field.key}": 쓸 수 있는 키는 ${type.keys.map((k) => k.name).join(', ')}입니다.` }, mountHref);
        }
        continue;
      }
      if (key.name === 'target') hasTarget = true;
      const v = field.value;
      if (v?.includes('$')) continue;
      const bad = (expected: Localized) =>
        this.error('invalid-mount', range, {
          en: `Invalid value ${v === undefined ? '(none)' : `"${v}"`} for ${key.name} in a ${type.type} mount: expected ${expected.en}.`,
          ko: `${type.type} 마운트의 ${key.name} 값 ${v === undefined ? '(없음)' : `"${v}"`}이(가) 잘못되었습니다. ${expected.ko}이어야 합니다.`,
        }, mountHref);
      if (key.kind === 'boolean') {
        if (v !== undefined && !/^(true|false)$/i.test(v)) bad({ en: 'true or false', ko: 'true 또는 false' });
      } else if (v === undefined || v === '') bad({ en: `a ${key.kind === 'path' ? 'path' : 'value'}`, ko: key.kind === 'path' ? '경로' : '값' });
      else if (key.kind === 'enum' && !key.values?.includes(v)) bad({ en: `one of ${key.values?.join(', ')}`, ko: `${key.values?.join(', ')} 중 하나` });
      else if (key.kind === 'integer' && !(key.name === 'size' ? /^\d+(\.\d+)?[kmgtpb]?i?b?$/i : /^\d+$/).test(v)) bad({ en: 'a whole number', ko: '0 이상의 정수' });
      else if (key.kind === 'octal' && !/^0?[0-7]{3,4}$/.test(v)) bad({ en: 'an octal mode such as 0755', ko: '0755 같은 8진수 모드' });
      else if (key.kind === 'stage') this.stageReference(instruction, v, range, 'from');
    }
    if (!hasTarget && (type.type === 'bind' || type.type === 'cache' || type.type === 'tmpfs')) {
      this.error('invalid-mount', range, { en: `A ${type.type} mount needs a target: --mount=type=${type.type},target=/path.`, ko: `${type.type} 마운트에는 target이 필요합니다: --mount=type=${type.type},target=/path.` }, mountHref);
    }
  }

  /** `COPY --from` / `--mount=from=` must not name this stage or a later one. */
  private stageReference(instruction: Instruction, value: string, range: RangeWhenNeeded, what: string): void {
    const current = instruction.stageIndex;
    if (current < 0 || value.includes('$')) return;
    const byIndex = /^\d+$/.test(value) ? Number(value) : undefined;
    const target = byIndex ?? this.stageIndexOf(value.toLowerCase());
    if (target === undefined) return;
    if (target === current) {
      this.error('copy-from-self', range, { en: `${what}=${value} names the stage this instruction is in; a stage cannot copy from itself.`, ko: `${what}=${value}은(는) 이 명령어가 속한 스테이지입니다. 스테이지는 자기 자신에서 복사할 수 없습니다.` }, instructionHref('COPY'));
    } else if (target > current) {
      this.error('copy-from-later-stage', range, { en: `${what}=${value} names a later stage; stages can only use stages defined before them. Move that stage up.`, ko: `${what}=${value}은(는) 뒤에 나오는 스테이지입니다. 스테이지는 앞에 정의된 스테이지만 쓸 수 있으니 그 스테이지를 위로 옮기세요.` }, instructionHref('COPY'));
    }
  }

  private stageIndexOf(name: string): number | undefined {
    if (this.stageIndexByName.size === 0) {
      for (const stage of this.ast.stages) if (stage.name && !this.stageIndexByName.has(stage.name)) this.stageIndexByName.set(stage.name, stage.index);
    }
    return this.stageIndexByName.get(name);
  }

  private malformedVariable(variable: VariableRef): void {
    if (!variable.malformed) return;
    const text = this.textOf(variable.range);
    const message = !text.endsWith('}')
      ? { en: `Unterminated variable reference ${text}: close it with }.`, ko: `변수 참조 ${text}이(가) 닫히지 않았습니다. }로 닫으세요.` }
      : variable.name === ''
        ? { en: `Empty variable reference ${text}: write \${NAME}.`, ko: `변수 참조 ${text}이(가) 비어 있습니다. \${NAME}처럼 쓰세요.` }
        : { en: `Unsupported modifier in ${text}: Docker supports \${VAR:-default}, \${VAR:+alt}, \${VAR:?error}, #, ##, %, %%, / and //.`, ko: `${text}의 수정자는 지원되지 않습니다. Docker가 지원하는 것은 \${VAR:-default}, \${VAR:+alt}, \${VAR:?error}, #, ##, %, %%, /, //입니다.` };
    this.error('malformed-variable', variable.range, message, variablesHref);
  }

  private textOf(range: Range): string {
    if (range.start.line !== range.end.line) {
      const start = this.ast.lineStarts[range.start.line] + range.start.character;
      return this.ast.text.slice(start, start + 40);
    }
    const start = this.ast.lineStarts[range.start.line];
    return this.ast.text.slice(start + range.start.character, start + range.end.character);
  }

  private argumentShape(instruction: Instruction, href: string): void {
    const name = instruction.name;
    // Worked out only when an error is reported: most instructions have none.
    const whole = () => instruction.argsRange ?? instruction.keywordRange;
    const count = instruction.form === 'exec' ? (instruction.execArgs?.length ?? 0) : instruction.argCount;
    const tooFew = (message: Localized) => this.error('argument-count', whole, message, href);
    switch (name) {
      case 'ADD':
      case 'COPY':
        if (count < 2) {
          const given = count === 1 ? (instruction.execArgs ?? instruction.args)[0].value : undefined;
          tooFew({
            en: `${name} needs a source and a destination: ${name} <src>... <dest>${given !== undefined ? ` (only "${given}" is given)` : ''}.`,
            ko: `${name}에는 원본과 대상 경로가 모두 필요합니다: ${name} <src>... <dest>${given !== undefined ? ` ("${given}" 하나만 있습니다)` : ''}.`,
          });
        }
        else if (name === 'ADD') this.addHints(instruction);
        break;
      case 'RUN':
        if (count === 0 && instruction.form !== 'exec') tooFew({ en: 'RUN needs a command to run.', ko: 'RUN에는 실행할 명령이 필요합니다.' });
        break;
      case 'FROM':
        this.fromShape(instruction, href);
        break;
      case 'ARG':
      case 'ENV':
      case 'LABEL':
        if (count === 0) tooFew({ en: `${name} needs at least one ${name === 'ARG' ? 'name' : 'key=value pair'}.`, ko: `${name}에는 ${name === 'ARG' ? '이름' : 'key=value 쌍'}이 하나 이상 필요합니다.` });
        else if (name !== 'ARG') this.keyValues(instruction, href);
        else this.secrets(instruction);
        break;
      case 'EXPOSE':
        if (count === 0) tooFew({ en: 'EXPOSE needs at least one port, such as EXPOSE 80 or EXPOSE 53/udp.', ko: 'EXPOSE에는 포트가 하나 이상 필요합니다 (예: EXPOSE 80, EXPOSE 53/udp).' });
        for (const arg of instruction.args) this.exposedPort(arg, href);
        break;
      case 'STOPSIGNAL':
        if (count !== 1) tooFew({ en: 'STOPSIGNAL takes exactly one signal, such as SIGTERM or 15.', ko: 'STOPSIGNAL에는 시그널을 정확히 하나 씁니다 (예: SIGTERM 또는 15).' });
        else this.stopSignal(instruction.args[0], href);
        break;
      case 'USER':
        if (count !== 1) tooFew({ en: 'USER takes exactly one user[:group], such as USER node or USER 1000:1000.', ko: 'USER에는 user[:group]을 정확히 하나 씁니다 (예: USER node, USER 1000:1000).' });
        break;
      case 'WORKDIR':
      case 'VOLUME':
      case 'MAINTAINER':
        if (count === 0) tooFew({ en: `${name} needs an argument: ${instructionsByName.get(name)?.syntax[0]}.`, ko: `${name}에는 인자가 필요합니다: ${instructionsByName.get(name)?.syntax[0]}.` });
        break;
      case 'ONBUILD':
        if (!instruction.trigger) tooFew({ en: 'ONBUILD needs the instruction to run later, such as ONBUILD COPY . /app.', ko: 'ONBUILD에는 나중에 실행할 명령어가 필요합니다 (예: ONBUILD COPY . /app).' });
        break;
      case 'SHELL':
        if (instruction.form !== 'exec') this.error('shell-requires-json', whole, { en: 'SHELL requires JSON form: SHELL ["/bin/bash", "-c"].', ko: 'SHELL은 JSON 형식으로 써야 합니다: SHELL ["/bin/bash", "-c"].' }, href);
        else if (count === 0) tooFew({ en: 'SHELL needs the shell executable: SHELL ["/bin/bash", "-c"].', ko: 'SHELL에는 셸 실행 파일이 필요합니다: SHELL ["/bin/bash", "-c"].' });
        break;
      case 'HEALTHCHECK':
        this.healthcheck(instruction, href);
        break;
      default:
        break;
    }
  }

  private fromShape(from: Instruction, href: string): void {
    const args = from.args;
    const valid = args.length === 1 || (args.length === 3 && args[1].value.toLowerCase() === 'as');
    if (!valid) {
      this.error('argument-count', from.argsRange ?? from.keywordRange,
        args.length === 0
          ? { en: 'FROM needs a base image, such as FROM alpine:3.20.', ko: 'FROM에는 베이스 이미지가 필요합니다 (예: FROM alpine:3.20).' }
          : { en: 'FROM takes an image and optionally AS <name>: FROM <image> [AS <name>].', ko: 'FROM에는 이미지 하나와, 필요하면 AS <이름>을 씁니다: FROM <image> [AS <name>].' },
        href);
    }
  }

  private keyValues(instruction: Instruction, href: string): void {
    const name = instruction.name;
    const { legacy, spacedEquals, missingEquals, pairs } = keyValuePairs(instruction);
    if (spacedEquals) {
      this.error('spaces-around-equals', instruction.argsRange ?? spacedEquals.range,
        { en: `${name} ${pairs[pairs.length - 1]?.key ?? ''} has spaces around "=": Docker would not read it as key=value. Write ${name} key=value with no spaces (quote the value if it has spaces).`, ko: `${name} ${pairs[pairs.length - 1]?.key ?? ''}의 "=" 앞뒤에 공백이 있어 Docker가 key=value로 읽지 못합니다. 공백 없이 ${name} key=value로 쓰세요 (값에 공백이 있으면 따옴표로 감싸세요).` }, href);
      return;
    }
    if (missingEquals) {
      this.error('argument-count', missingEquals.range,
        { en: `"${missingEquals.value}" has no "=": in the key=value form every ${name} item must be key=value.`, ko: `"${missingEquals.value}"에 "="가 없습니다. key=value 형식에서는 ${name}의 모든 항목이 key=value여야 합니다.` }, href);
      return;
    }
    if (legacy) {
      if (instruction.args.length < 2) {
        this.error('argument-count', instruction.argsRange ?? instruction.keywordRange, { en: `${name} ${pairs[0].key} needs a value: ${name} ${pairs[0].key}=<value>.`, ko: `${name} ${pairs[0].key}에 값이 없습니다: ${name} ${pairs[0].key}=<value>.` }, href);
        return;
      }
      this.check('LegacyKeyValueFormat', instruction.argsRange ?? instruction.keywordRange,
        { en: `"${name} key value" is the legacy format: write ${name} ${pairs[0].key}=${quoteValue(pairs[0].value)}.`, ko: `"${name} key value"는 옛 형식입니다. ${name} ${pairs[0].key}=${quoteValue(pairs[0].value)}(으)로 쓰세요.` });
    }
    for (const pair of pairs) {
      if (pair.key === '') this.error('argument-count', pair.range, { en: `${name} names cannot be blank: write key=value.`, ko: `${name}의 이름(key)은 비워 둘 수 없습니다. key=value로 쓰세요.` }, href);
    }
    if (name === 'ENV') this.secrets(instruction);
  }

  private secrets(instruction: Instruction): void {
    for (const defined of definedNames(instruction)) {
      if (secretName.test(defined) && !publicName.test(defined)) {
        const range = instruction.args.find((a) => a.value.startsWith(defined))?.range ?? instruction.keywordRange;
        this.check('SecretsUsedInArgOrEnv', range,
          { en: `Do not put sensitive data in ${instruction.name} ("${defined}"): it stays in the image and its history. Pass it at run time, or use RUN --mount=type=secret while building.`, ko: `${instruction.name}에 민감한 정보("${defined}")를 넣지 마세요. 이미지와 히스토리에 그대로 남습니다. 실행할 때 넘기거나, 빌드 중에는 RUN --mount=type=secret을 쓰세요.` });
      }
    }
  }

  private exposedPort(arg: Arg, href: string): void {
    const value = arg.value;
    if (value.includes('$')) return;
    if (value.includes(':')) {
      this.check('ExposeInvalidFormat', arg.range,
        { en: `EXPOSE ${value}: EXPOSE takes container ports only; IP addresses and host ports belong to docker run -p.`, ko: `EXPOSE ${value}: EXPOSE에는 컨테이너 포트만 씁니다. IP 주소와 호스트 포트는 docker run -p에서 지정합니다.` });
      return;
    }
    const match = /^(\d+)(?:-(\d+))?(?:\/([A-Za-z]+))?$/.exec(value);
    if (!match) {
      this.error('invalid-port', arg.range, { en: `Invalid port "${value}": write a port or range with an optional protocol, such as 80, 8000-8010 or 53/udp.`, ko: `잘못된 포트 "${value}": 80, 8000-8010, 53/udp처럼 포트나 범위에 필요하면 프로토콜을 붙여 쓰세요.` }, href);
      return;
    }
    const low = Number(match[1]);
    const high = match[2] ? Number(match[2]) : low;
    if (low < 1 || high > 65535 || high < low) {
      this.error('invalid-port', arg.range, { en: `Invalid port "${value}": ports run from 1 to 65535${match[2] ? ' and a range goes low-high' : ''}.`, ko: `잘못된 포트 "${value}": 포트는 1부터 65535까지입니다${match[2] ? '. 범위는 작은 값-큰 값 순서로 씁니다' : ''}.` }, href);
    }
    const protocol = match[3];
    if (protocol && !exposeProtocols.includes(protocol.toLowerCase())) {
      this.error('invalid-protocol', arg.range, { en: `Invalid protocol "${protocol}": use tcp, udp or sctp.`, ko: `잘못된 프로토콜 "${protocol}": tcp, udp, sctp 중 하나를 쓰세요.` }, href);
    } else if (protocol && protocol !== protocol.toLowerCase()) {
      this.check('ExposeProtoCasing', arg.range, { en: `Protocol "${protocol}" should be lowercase: ${match[1]}${match[2] ? `-${match[2]}` : ''}/${protocol.toLowerCase()}.`, ko: `프로토콜 "${protocol}"은(는) 소문자로 써야 합니다: ${match[1]}${match[2] ? `-${match[2]}` : ''}/${protocol.toLowerCase()}.` });
    }
  }

  private stopSignal(arg: Arg, href: string): void {
    const value = arg.value;
    if (value.includes('$') || /^\d+$/.test(value) && Number(value) > 0 && Number(value) <= 64) return;
    const name = value.toUpperCase().startsWith('SIG') ? value.toUpperCase() : `SIG${value.toUpperCase()}`;
    if (signals.includes(name) || /^SIGRT(MIN\+\d+|MAX-\d+)$/.test(name)) return;
    this.error('invalid-signal', arg.range, { en: `Invalid signal "${value}": use a name such as SIGTERM, SIGINT or SIGQUIT, or a number.`, ko: `잘못된 시그널 "${value}": SIGTERM, SIGINT, SIGQUIT 같은 이름이나 번호를 쓰세요.` }, href);
  }

  private healthcheck(instruction: Instruction, href: string): void {
    const args = instruction.args;
    const range = () => instruction.argsRange ?? instruction.keywordRange;
    const kind = args[0]?.value.toUpperCase();
    if (kind === 'NONE') {
      if (args.length > 1) this.error('invalid-healthcheck', range, { en: 'HEALTHCHECK NONE takes no other arguments.', ko: 'HEALTHCHECK NONE 뒤에는 다른 인자를 쓸 수 없습니다.' }, href);
      else if (instruction.flags.length > 0) this.error('invalid-healthcheck', instruction.flags[0].range, { en: 'HEALTHCHECK NONE takes no flags.', ko: 'HEALTHCHECK NONE에는 플래그를 쓸 수 없습니다.' }, href);
    } else if (kind !== 'CMD') {
      this.error('invalid-healthcheck', range, { en: 'HEALTHCHECK needs CMD <command> or NONE, such as HEALTHCHECK CMD curl -f http://localhost/ || exit 1.', ko: 'HEALTHCHECK에는 CMD <명령> 또는 NONE이 필요합니다 (예: HEALTHCHECK CMD curl -f http://localhost/ || exit 1).' }, href);
    } else if (args.length === 1) {
      this.error('invalid-healthcheck', range, { en: 'HEALTHCHECK CMD needs the command that checks the container.', ko: 'HEALTHCHECK CMD 뒤에 컨테이너를 검사할 명령이 필요합니다.' }, href);
    }
  }

  private addHints(add: Instruction): void {
    if (add.flags.some((f) => f.name === 'checksum' || f.name === 'keep-git-dir' || f.name === 'unpack')) return;
    const sources = sourcesOf(add);
    if (sources.length === 0 || sources.some((s) => remoteSource.test(s.value) || archiveSource.test(s.value) || s.value.includes('$'))) return;
    this.hint('prefer-copy', add.keywordRange,
      { en: 'ADD is doing what COPY does here: use COPY, whose behavior is plain (ADD also downloads URLs and unpacks archives, which surprises readers).', ko: '여기서 ADD는 COPY와 같은 일을 합니다. 동작이 단순한 COPY를 쓰세요 (ADD는 URL을 내려받고 압축도 풀어서 읽는 사람을 놀라게 합니다).' }, `${bestPracticesHref}#add-or-copy`);
  }

  // -- global ARGs and stages

  private globalArgs(): void {
    const declared = new Set<string>();
    for (const arg of this.ast.globalArgs) {
      this.undefinedIn(arg, declared);
      for (const name of definedNames(arg)) declared.add(name);
    }
  }

  private stage(stage: Stage): void {
    const from = stage.from;
    const globalNames = new Set<string>();
    for (const arg of this.ast.globalArgs) if (arg.range.start.line < from.range.start.line) for (const n of definedNames(arg)) globalNames.add(n);
    this.fromChecks(stage, globalNames);

    // Names in scope at each instruction: this stage's ARG/ENV, ENV inherited from a parent stage.
    const scope = new Set<string>(this.inheritedEnv(stage));
    const lastOf = new Map<string, Instruction>();
    let previous: Instruction | undefined;
    let shellChanged = false;
    let workdirKnown = this.parentStage(stage) !== undefined;
    const knowsBaseEnv = this.baseIsKnown(stage);
    for (let position = 0; position < stage.instructions.length; position++) {
      const instruction = stage.instructions[position];
      if (instruction === from) continue;
      const name = instruction.name;
      this.undefinedVariables(instruction, scope, knowsBaseEnv, globalNames);
      if (name === 'ARG' || name === 'ENV') for (const defined of definedNames(instruction)) scope.add(defined);
      if (name === 'CMD' || name === 'ENTRYPOINT' || name === 'HEALTHCHECK') {
        const earlier = lastOf.get(name);
        if (earlier) {
          this.check('MultipleInstructionsDisallowed', earlier.keywordRange,
            { en: `Multiple ${name} instructions in one stage: only the last one applies, so this one has no effect. Remove it or merge them.`, ko: `한 스테이지에 ${name}이(가) 여러 개 있습니다. 마지막 것만 적용되므로 이 줄은 효과가 없습니다. 지우거나 하나로 합치세요.` });
        }
        lastOf.set(name, instruction);
      }
      if (name === 'SHELL') shellChanged = true;
      if ((name === 'CMD' || name === 'ENTRYPOINT') && instruction.form === 'shell' && !shellChanged && !instruction.malformedExec) {
        this.check('JSONArgsRecommended', instruction.argsRange ?? instruction.keywordRange,
          { en: `JSON arguments recommended for ${name} to prevent unintended behavior related to OS signals: write ${name} ${toJsonForm(instruction.args)}.`, ko: `OS 시그널 처리 문제를 막으려면 ${name}은(는) JSON 형식으로 쓰는 것이 좋습니다: ${name} ${toJsonForm(instruction.args)}.` });
      }
      if (name === 'WORKDIR' && instruction.args[0]) {
        const path = instruction.args[0].value;
        const absolute = path.startsWith('/') || path.startsWith('$') || /^[A-Za-z]:[\\/]/.test(path);
        if (!absolute && !workdirKnown) {
          this.check('WorkdirRelativePath', instruction.args[0].range,
            { en: `Relative WORKDIR "${path}" depends on the base image's working directory: use an absolute path such as /${path.replace(/^\.\/?/, '')}.`, ko: `상대 경로 WORKDIR "${path}"은(는) 베이스 이미지의 작업 디렉터리에 따라 달라집니다. /${path.replace(/^\.\/?/, '')} 같은 절대 경로를 쓰세요.` });
        }
        // Once one WORKDIR is reported, the ones after it follow from it.
        workdirKnown = true;
      }
      if (name === 'COPY' || name === 'ADD') {
        const fromFlag = instruction.flags.find((f) => f.name === 'from');
        if (fromFlag?.value) this.stageReference(instruction, fromFlag.value, () => fromFlag.valueRange ?? fromFlag.range, '--from');
      }
      if (name === 'RUN') this.runHintsAt(this.stageStarts[stage.index] + position, instruction, previous);
      previous = instruction;
    }
    this.cacheOrder(stage);
    if (stage.index === this.ast.stages.length - 1 && stage.image?.value.toLowerCase() !== 'scratch' && !this.hasUser(stage)) {
      this.hint('no-user', from.keywordRange,
        { en: 'The final stage runs as root: add USER with a non-root user (for example USER node, or create one with useradd) so a compromised process has less power.', ko: '마지막 스테이지가 root로 실행됩니다. 프로세스가 탈취되어도 피해가 적도록 root가 아닌 사용자로 USER를 추가하세요 (예: USER node, 또는 useradd로 사용자를 만드세요).' }, `${bestPracticesHref}#user`);
    }
  }

  private hasUser(stage: Stage): boolean {
    for (let s: Stage | undefined = stage; s; s = this.parentStage(s)) if (s.instructions.some((i) => i.name === 'USER')) return true;
    return false;
  }

  private parentStage(stage: Stage): Stage | undefined {
    const base = stage.image?.value.toLowerCase();
    const index = base === undefined ? undefined : this.stageIndexOf(base);
    return index !== undefined && index < stage.index ? this.ast.stages[index] : undefined;
  }

  /** Whether the base's whole environment is visible here: scratch, or a chain of stages ending at scratch. */
  private baseIsKnown(stage: Stage): boolean {
    for (let s: Stage | undefined = stage; s; s = this.parentStage(s)) {
      if (s.image?.value.toLowerCase() === 'scratch') return true;
      if (!this.parentStage(s)) return false;
    }
    return false;
  }

  private inheritedEnv(stage: Stage): string[] {
    const names: string[] = [];
    for (let s = this.parentStage(stage); s; s = this.parentStage(s)) {
      for (const instruction of s.instructions) if (instruction.name === 'ENV') names.push(...definedNames(instruction));
    }
    return names;
  }

  private fromChecks(stage: Stage, globalNames: ReadonlySet<string>): void {
    const from = stage.from;
    const asWord = from.args.length === 3 ? from.args[1] : undefined;
    if (asWord && asWord.value.toLowerCase() === 'as') {
      const fromUpper = from.keyword === from.keyword.toUpperCase();
      const asUpper = asWord.value === asWord.value.toUpperCase();
      if (fromUpper !== asUpper) {
        this.check('FromAsCasing', asWord.range, { en: `'${asWord.value}' and '${from.keyword}' keywords' casing do not match: write ${fromUpper ? 'AS' : 'as'}.`, ko: `'${asWord.value}'과(와) '${from.keyword}'의 대소문자가 다릅니다. ${fromUpper ? 'AS' : 'as'}(으)로 쓰세요.` });
      }
    }
    if (stage.name && stage.nameRange) {
      const written = from.args[2].value;
      if (written !== stage.name) this.check('StageNameCasing', stage.nameRange, { en: `Stage name '${written}' should be lowercase: ${stage.name}.`, ko: `스테이지 이름 '${written}'은(는) 소문자로 써야 합니다: ${stage.name}.` });
      if (reservedStageNames.includes(stage.name)) {
        this.check('ReservedStageName', stage.nameRange, { en: `Stage name '${written}' is reserved (scratch and context mean something else to Docker); choose another name.`, ko: `스테이지 이름 '${written}'은(는) 예약어입니다 (Docker에서 scratch와 context는 다른 뜻입니다). 다른 이름을 고르세요.` });
      }
      if (this.stageIndexOf(stage.name) !== stage.index) {
        this.error('DuplicateStageName', stage.nameRange, { en: `Duplicate stage name '${stage.name}': stage names must be unique, and docker build fails here. Rename one of them.`, ko: `스테이지 이름 '${stage.name}'이(가) 중복됩니다. 스테이지 이름은 고유해야 하며 docker build가 여기서 실패합니다. 하나의 이름을 바꾸세요.` }, buildCheckHref('DuplicateStageName'));
      }
    }
    const platform = from.flags.find((f) => f.name === 'platform');
    if (platform?.value !== undefined) {
      const value = platform.value;
      const range = platform.valueRange ?? platform.range;
      if (/^\$\{?TARGETPLATFORM\}?$/.test(value)) {
        this.check('RedundantTargetPlatform', range, { en: 'Setting --platform to $TARGETPLATFORM is redundant: it is already the default. Remove the flag.', ko: '--platform을 $TARGETPLATFORM으로 지정할 필요는 없습니다. 이미 기본값이니 플래그를 지우세요.' });
      } else if (!value.includes('$') && !(stage.name && value.split('/').some((part) => stage.name?.includes(part.toLowerCase())))) {
        this.check('FromPlatformFlagConstDisallowed', range,
          { en: `FROM --platform should not use the constant "${value}": it pins the stage to one platform. Use $BUILDPLATFORM or $TARGETPLATFORM, or let --platform on the command line decide.`, ko: `FROM --platform에 상수 "${value}"을(를) 쓰면 스테이지가 한 플랫폼에 고정됩니다. $BUILDPLATFORM이나 $TARGETPLATFORM을 쓰거나, 명령줄의 --platform에 맡기세요.` });
      }
    }
    const known = (name: string) => globalNames.has(name) || platformArgs.some((a) => a.name === name) || proxyArgs.includes(name) || buildkitArgs.includes(name);
    for (const variable of from.variables) {
      if (!variable.malformed && !known(variable.name)) {
        this.check('UndefinedArgInFrom', variable.range, { en: `FROM uses the argument '${variable.name}', which no ARG before the first FROM declares. Add ARG ${variable.name}=<default> at the top of the file.`, ko: `FROM이 인자 '${variable.name}'을(를) 쓰지만 첫 FROM 앞의 어떤 ARG도 선언하지 않았습니다. 파일 맨 위에 ARG ${variable.name}=<기본값>을 추가하세요.` });
      }
    }
    this.imageReference(stage, globalNames);
  }

  /** With the global ARGs' defaults filled in, the image must still be a valid reference; an unpinned one is a hint. */
  private imageReference(stage: Stage, globalNames: ReadonlySet<string>): void {
    const image = stage.image;
    if (!image) return;
    const defaults = new Map<string, string>();
    for (const arg of this.ast.globalArgs) {
      if (arg.range.start.line > stage.from.range.start.line) continue;
      for (const d of argDeclarations(arg)) defaults.set(d.name, d.defaultValue ?? '');
    }
    const usesArgs = image.value.includes('$');
    const expanded = image.value.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}?/g, (_all, name: string, fallback: string | undefined) =>
      (defaults.get(name) || fallback) ?? '');
    if (usesArgs) {
      const onlyDeclared = stage.from.variables.every((v) => globalNames.has(v.name));
      if (onlyDeclared && !/^[a-z0-9]([a-z0-9._\-/:@]*[a-z0-9])?$/i.test(expanded.trim()) && expanded !== '') {
        this.check('InvalidDefaultArgInFrom', image.range, { en: `With the ARGs' default values, the base image is "${expanded}", which is not a valid image name. Give the ARG a default.`, ko: `ARG 기본값을 넣으면 베이스 이미지가 "${expanded}"이(가) 되는데, 올바른 이미지 이름이 아닙니다. ARG에 기본값을 주세요.` });
      } else if (onlyDeclared && expanded === '') {
        this.check('InvalidDefaultArgInFrom', image.range, { en: 'With the ARGs\' default values the base image name is empty. Give the ARG a default.', ko: 'ARG 기본값을 넣으면 베이스 이미지 이름이 비어 있습니다. ARG에 기본값을 주세요.' });
      }
      return;
    }
    const name = image.value.toLowerCase();
    if (name === 'scratch' || this.stageIndexOf(name) !== undefined) return;
    const lastSegment = name.slice(name.lastIndexOf('/') + 1);
    if (!lastSegment.includes(':') && !name.includes('@')) {
      this.hint('implicit-latest-tag', image.range,
        { en: `"${image.value}" has no tag, so it means ${image.value}:latest, which changes whenever the image is updated. Pin a version (for example ${image.value}:<version>) for repeatable builds.`, ko: `"${image.value}"에는 태그가 없어서 ${image.value}:latest를 뜻하며, 이미지가 업데이트될 때마다 바뀝니다. 같은 결과로 빌드하려면 버전을 고정하세요 (예: ${image.value}:<version>).` },
        `${bestPracticesHref}#pin-base-image-versions`);
    }
  }

  /** A global ARG's default may only use ARGs declared above it. */
  private undefinedIn(instruction: Instruction, scope: ReadonlySet<string>): void {
    for (const variable of instruction.variables) {
      if (!variable.malformed && !scope.has(variable.name) && !isDefaulted(variable) && !isBuiltin(variable.name)) {
        this.check('UndefinedVar', variable.range, { en: `Usage of undefined variable '$${variable.name}': declare it with ARG before this line.`, ko: `정의되지 않은 변수 '$${variable.name}'을(를) 쓰고 있습니다. 이 줄 앞에서 ARG로 선언하세요.` });
      }
    }
  }

  /** BuildKit's UndefinedVar for Docker-expanded instructions; with an unseen base image, only likely typos. */
  private undefinedVariables(instruction: Instruction, scope: ReadonlySet<string>, knowsBaseEnv: boolean, globalNames: ReadonlySet<string>): void {
    const target = instruction.trigger ? undefined : instruction;
    if (!target || !instructionsByName.get(target.name)?.expandsVariables) return;
    for (const variable of target.variables) {
      const name = variable.name;
      if (variable.malformed || scope.has(name) || isDefaulted(variable) || proxyArgs.includes(name) || buildkitArgs.includes(name)) continue;
      const isPlatform = platformArgs.some((a) => a.name === name);
      const typoOf = isPlatform ? undefined : [...scope].find((defined) => defined.length > 3 && editDistance(defined, name) <= 1);
      if (globalNames.has(name)) {
        this.check('UndefinedVar', variable.range, { en: `'$${name}' is a global ARG (declared before the first FROM), which a stage does not see until it says so: add ARG ${name} to this stage.`, ko: `'$${name}'은(는) 전역 ARG(첫 FROM 앞에서 선언)라서 스테이지 안에서 다시 선언해야 보입니다. 이 스테이지에 ARG ${name}을(를) 추가하세요.` });
      } else if (isPlatform) {
        this.check('UndefinedVar', variable.range, { en: `'$${name}' is an automatic platform ARG, but inside a stage it must be declared first: add ARG ${name} to this stage.`, ko: `'$${name}'은(는) 자동으로 정의되는 플랫폼 ARG이지만, 스테이지 안에서는 먼저 선언해야 합니다. 이 스테이지에 ARG ${name}을(를) 추가하세요.` });
      } else if (typoOf) {
        this.check('UndefinedVar', variable.range, { en: `Usage of undefined variable '$${name}' (did you mean $${typoOf}?).`, ko: `정의되지 않은 변수 '$${name}'을(를) 쓰고 있습니다 ($${typoOf}의 오타인가요?).` });
      } else if (knowsBaseEnv && !imageEnvironment.has(name)) {
        this.check('UndefinedVar', variable.range, { en: `Usage of undefined variable '$${name}': define it with ARG or ENV before this line.`, ko: `정의되지 않은 변수 '$${name}'을(를) 쓰고 있습니다. 이 줄 앞에서 ARG나 ENV로 정의하세요.` });
      }
    }
  }

  // -- the notes' layer and cache advice

  private runHints(run: Instruction, previous: Instruction | undefined): void {
    if (run.form !== 'shell') return;
    const runHref = `${bestPracticesHref}#run`;
    if (previous?.name === 'RUN' && previous.form === 'shell' && mergeable(previous) && mergeable(run)) {
      this.hint('consecutive-run', run.keywordRange,
        { en: 'Consecutive RUN instructions each add a layer: join them into one RUN with && to keep the image smaller and the steps cached together.', ko: '연속된 RUN은 각각 레이어를 만듭니다. &&로 하나의 RUN으로 합치면 이미지가 작아지고 캐시도 함께 관리됩니다.' }, runHref);
    }
    const commands = shellCommands(run.args);
    const programs = mapped(commands, program);
    const updates = programs.findIndex((p, i) => (p?.name === 'apt-get' || p?.name === 'apt') && commands[i][p.index + 1]?.value === 'update');
    if (updates >= 0 && !programs.some((p, i) => (p?.name === 'apt-get' || p?.name === 'apt') && commands[i].some((a) => a.value === 'install'))) {
      this.hint('apt-get-update-alone', commands[updates][0].range,
        { en: 'apt-get update alone in a RUN is cached as its own layer, so a later apt-get install can use stale package lists. Run update and install in the same RUN: apt-get update && apt-get install -y ….', ko: 'apt-get update만 따로 RUN에 있으면 별도 레이어로 캐시되어, 나중의 apt-get install이 오래된 패키지 목록을 쓸 수 있습니다. update와 install을 한 RUN에서 실행하세요: apt-get update && apt-get install -y ….' }, runHref);
    }
    for (const install of aptInstalls(run, commands)) {
      const missing = [install.missingYes ? '-y (without it apt-get waits for an answer and the build fails)' : '', install.missingNoRecommends ? '--no-install-recommends (recommended packages bloat the image)' : '']
        .filter(Boolean);
      if (missing.length > 0) {
        const missingKo = [install.missingYes ? '-y (없으면 apt-get이 응답을 기다리다 빌드가 실패합니다)' : '', install.missingNoRecommends ? '--no-install-recommends (추천 패키지까지 설치되어 이미지가 커집니다)' : '']
          .filter(Boolean);
        this.hint('apt-get-install-options', install.install.range, { en: `apt-get install without ${missing.join(' and ')}.`, ko: `apt-get install에 ${missingKo.join(', ')}이(가) 빠져 있습니다.` }, runHref);
      }
      if (install.missingCleanup) {
        this.hint('apt-lists-not-cleaned', install.install.range,
          { en: 'The package lists in /var/lib/apt/lists stay in this layer: end the RUN with && rm -rf /var/lib/apt/lists/* to keep the image small.', ko: '/var/lib/apt/lists의 패키지 목록이 이 레이어에 남습니다. 이미지를 작게 하려면 RUN 끝에 && rm -rf /var/lib/apt/lists/*를 붙이세요.' }, runHref);
      }
    }
    for (const [i, command] of commands.entries()) {
      const p = programs[i];
      if (p?.name === 'cd' && command.length > p.index + 1) {
        this.hint('cd-in-run', command[p.index].range, { en: 'Use WORKDIR instead of cd: WORKDIR persists for the following instructions and makes the path explicit.', ko: 'cd 대신 WORKDIR를 쓰세요. WORKDIR는 뒤따르는 명령어에도 유지되고 경로가 분명해집니다.' }, `${bestPracticesHref}#workdir`);
      }
      const sudo = command.find((a) => a.value === 'sudo');
      if (sudo && command.indexOf(sudo) <= (p?.index ?? 0)) {
        this.hint('sudo-in-run', sudo.range, { en: 'Avoid sudo in RUN: the build already runs as root unless USER changed it, and sudo brings TTY and signal surprises. Switch USER around the step instead.', ko: 'RUN에서 sudo는 피하세요. USER를 바꾸지 않았다면 빌드는 이미 root로 실행되고, sudo는 TTY와 시그널 문제를 일으킵니다. 대신 그 단계 앞뒤로 USER를 바꾸세요.' }, `${bestPracticesHref}#user`);
      }
    }
  }

  /** `COPY . .` before the dependency install means every source edit re-runs the install. */
  private cacheOrder(stage: Stage): void {
    const copyAll = stage.instructions.find(copiesWholeContext);
    if (!copyAll) return;
    const after = stage.instructions.slice(stage.instructions.indexOf(copyAll) + 1);
    const install = after.find((i) => i.name === 'RUN' && dependencyInstall.test(i.argsText));
    if (!install) return;
    this.hint('copy-all-before-install', copyAll.keywordRange,
      { en: `Copying the whole context before "${install.argsText.slice(0, 40)}" invalidates the install's cache on every source change. Copy only the dependency manifest first (for example COPY package*.json ./), install, then COPY . .`, ko: `"${install.argsText.slice(0, 40)}" 전에 컨텍스트 전체를 복사하면 소스를 고칠 때마다 설치 단계의 캐시가 무효가 됩니다. 의존성 목록만 먼저 복사하고(예: COPY package*.json ./) 설치한 뒤 COPY . .를 하세요.` },
      cacheOrderHref);
  }

  /** Hints that need the files beside the Dockerfile: .dockerignore presence and CopyIgnoredFile. */
  private contextHints(): void {
    if (!this.ast.uri.startsWith('file:')) return;
    const copies = this.ast.instructions.filter((i) => (i.name === 'COPY' || i.name === 'ADD') && !i.flags.some((f) => f.name === 'from'));
    if (copies.length === 0) return;
    let ignore: string | undefined;
    for (const uri of dockerignoreUris(this.ast.uri)) {
      ignore = this.ctx.workspace.readFile(uri);
      if (ignore !== undefined) break;
    }
    if (ignore === undefined) {
      const whole = copies.find(copiesWholeContext);
      if (whole) {
        this.hint('missing-dockerignore', whole.keywordRange,
          { en: 'This copies the whole build context, and there is no .dockerignore beside the Dockerfile: .git, node_modules and secrets get sent to the builder and into the image. Add a .dockerignore.', ko: '빌드 컨텍스트 전체를 복사하는데 Dockerfile 옆에 .dockerignore가 없습니다. .git, node_modules, 비밀 정보가 빌더와 이미지로 들어갑니다. .dockerignore를 추가하세요.' },
          dockerignoreHref);
      }
      return;
    }
    const ignored = dockerignoreMatcher(ignore);
    for (const copy of copies) {
      for (const source of sourcesOf(copy)) {
        if (remoteSource.test(source.value) || source.value.includes('$') || source.value === '.' || source.value === './') continue;
        if (ignored(source.value)) {
          this.check('CopyIgnoredFile', source.range, { en: `Attempting to ${copy.name} "${source.value}", which .dockerignore excludes: remove it from .dockerignore or from this ${copy.name}.`, ko: `.dockerignore가 제외하는 "${source.value}"을(를) ${copy.name}하려고 합니다. .dockerignore나 이 ${copy.name}에서 빼세요.` });
        }
      }
    }
  }
}

/** `${V:-d}` and friends supply their own value when V is unset. */
function isDefaulted(variable: VariableRef): boolean {
  return variable.operator !== undefined && /^:?[-+?]$/.test(variable.operator);
}

function isBuiltin(name: string): boolean {
  return proxyArgs.includes(name) || buildkitArgs.includes(name) || platformArgs.some((a) => a.name === name);
}

/** A RUN that can be merged with its neighbour: no flags (mounts differ) and no heredoc. */
export function mergeable(run: Instruction): boolean {
  return run.name === 'RUN' && run.form === 'shell' && run.flags.length === 0 && run.heredocs.length === 0;
}

/** A value as it may appear after `key=` (quoted when it has blanks or quotes). */
export function quoteValue(value: string): string {
  return /^[^\s"'\\]*$/.test(value) && value !== '' ? value : JSON.stringify(value);
}

/** The exec (JSON) form of a shell-form command: its words when plain, otherwise through /bin/sh -c. */
export function toJsonForm(args: readonly Arg[]): string {
  const text = args.map((a) => a.raw).join(' ');
  const plain = args.every((a) => /^[A-Za-z0-9_@%+=:,./-]+$/.test(a.raw));
  return JSON.stringify(plain ? args.map((a) => a.value) : ['/bin/sh', '-c', text]).replace(/","/g, '", "');
}
