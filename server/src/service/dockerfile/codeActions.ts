/**
 * Quick fixes for Dockerfile diagnostics. Each fix is computed from the
 * parse (never from the diagnostic's text), so it stays right even when the
 * client sends back a diagnostic from a slightly older version.
 */
import { CodeAction, CodeActionContext, CodeActionKind, Diagnostic, DiagnosticSeverity, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { DockerfileAst, Instruction } from '../../dockerfile/ast';
import { buildCheckNames } from '../../dockerfile/catalogue';
import { comparePositions, instructionAt, offsetAt, rangeContains } from '../../dockerfile/positions';
import {
  aptInstalls,
  directoryOf,
  keyValuePairs,
  mergeable,
  quoteValue,
  suggestInstruction,
  toJsonForm,
} from './diagnostics';
import { inline } from './docs';
import type { ServiceContext } from '../mode';
import type { DocsLanguage } from '../settings';

/** What a new `.dockerignore` starts with: VCS data, dependencies, build output, secrets, the Docker files themselves. */
export const defaultDockerignore = [
  '# Keep the build context small and free of secrets.',
  '.git',
  '.gitignore',
  '**/node_modules',
  '**/__pycache__',
  '**/*.pyc',
  '**/.venv',
  '**/target',
  '**/dist',
  '**/build',
  '**/.env',
  '**/*.env',
  '**/*.pem',
  '**/*.key',
  '**/.DS_Store',
  '**/npm-debug.log*',
  'Dockerfile*',
  '.dockerignore',
  'docker-compose*.yml',
  'compose*.yaml',
  '',
].join('\n');

type Fix = (ast: DockerfileAst, diagnostic: Diagnostic, language: DocsLanguage) => CodeAction[];

export function dockerfileCodeActions(ast: DockerfileAst, _range: Range, context: CodeActionContext, ctx?: ServiceContext): CodeAction[] {
  const language = ctx?.docsLanguage ?? 'en';
  const actions: CodeAction[] = [];
  for (const diagnostic of context.diagnostics) {
    if (diagnostic.source !== 'dockside' || typeof diagnostic.code !== 'string') continue;
    actions.push(...(fixes[diagnostic.code]?.(ast, diagnostic, language) ?? []));
    if (isSkippable(diagnostic.code, diagnostic.severity)) actions.push(skipRule(ast, diagnostic, language));
  }
  return actions;
}

/** Build checks (even when `error=true` grades them errors) and our warnings and hints; never what docker build rejects. */
function isSkippable(code: string, severity: DiagnosticSeverity | undefined): boolean {
  return buildCheckNames.has(code) ? code !== 'DuplicateStageName' : severity !== DiagnosticSeverity.Error;
}

/** The title of a fix that writes `replacement` in place of what is there. */
function changeToTitle(language: DocsLanguage, replacement: string): string {
  return inline(language, { en: `Change to ${replacement}`, ko: `${replacement}(으)로 고치기` });
}

function quickFix(title: string, diagnostic: Diagnostic, edit: WorkspaceEdit, isPreferred = false): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit, ...(isPreferred ? { isPreferred } : {}) };
}

function edits(ast: DockerfileAst, ...textEdits: TextEdit[]): WorkspaceEdit {
  return { changes: { [ast.uri]: textEdits } };
}

/** The instruction (or ONBUILD trigger) a diagnostic is about. */
function instructionOf(ast: DockerfileAst, diagnostic: Diagnostic): Instruction | undefined {
  const outer = instructionAt(ast, diagnostic.range.start);
  if (outer?.trigger && comparePositions(diagnostic.range.start, outer.trigger.keywordRange.start) >= 0) return outer.trigger;
  return outer;
}

function eolOf(ast: DockerfileAst): string {
  return ast.text.includes('\r\n') ? '\r\n' : '\n';
}

/** `word` in the case of `like` (lower when it is all lower-case). */
function inCaseOf(word: string, like: string): string {
  return like === like.toLowerCase() ? word.toLowerCase() : word.toUpperCase();
}

function textIn(ast: DockerfileAst, range: Range): string {
  return ast.text.slice(offsetAt(ast, range.start), offsetAt(ast, range.end));
}

const fixes: Record<string, Fix> = {
  'unknown-instruction': (ast, diagnostic, language) => {
    const instruction = instructionOf(ast, diagnostic);
    const suggestion = instruction && suggestInstruction(instruction.keyword);
    if (!instruction || !suggestion) return [];
    const replacement = inCaseOf(suggestion, instruction.keyword);
    return [quickFix(changeToTitle(language, replacement), diagnostic, edits(ast, TextEdit.replace(instruction.keywordRange, replacement)), true)];
  },

  ConsistentInstructionCasing: (ast, diagnostic, language) => {
    const instruction = instructionOf(ast, diagnostic);
    if (!instruction) return [];
    const upper = ast.instructions.filter((i) => i.keyword === i.name).length;
    const lower = ast.instructions.filter((i) => i.keyword === i.name.toLowerCase()).length;
    const replacement = lower > upper ? instruction.name.toLowerCase() : instruction.name;
    return [quickFix(changeToTitle(language, replacement), diagnostic, edits(ast, TextEdit.replace(instruction.keywordRange, replacement)), true)];
  },

  FromAsCasing: (ast, diagnostic, language) => {
    const from = instructionOf(ast, diagnostic);
    if (!from || from.name !== 'FROM') return [];
    const replacement = from.keyword === from.keyword.toUpperCase() ? 'AS' : 'as';
    return [quickFix(changeToTitle(language, replacement), diagnostic, edits(ast, TextEdit.replace(diagnostic.range, replacement)), true)];
  },

  StageNameCasing: (ast, diagnostic, language) => {
    const name = textIn(ast, diagnostic.range);
    return [quickFix(changeToTitle(language, name.toLowerCase()), diagnostic, edits(ast, TextEdit.replace(diagnostic.range, name.toLowerCase())), true)];
  },

  ExposeProtoCasing: (ast, diagnostic, language) => {
    const port = textIn(ast, diagnostic.range);
    return [quickFix(changeToTitle(language, port.toLowerCase()), diagnostic, edits(ast, TextEdit.replace(diagnostic.range, port.toLowerCase())), true)];
  },

  JSONArgsRecommended: (ast, diagnostic, language) => {
    const instruction = instructionOf(ast, diagnostic);
    if (!instruction?.argsRange || instruction.form !== 'shell') return [];
    const json = toJsonForm(instruction.args);
    return [quickFix(inline(language, { en: `Convert to JSON form: ${json}`, ko: `JSON 형식으로 바꾸기: ${json}` }), diagnostic, edits(ast, TextEdit.replace(instruction.argsRange, json)), true)];
  },

  'consecutive-run': (ast, diagnostic, language) => {
    const run = instructionOf(ast, diagnostic);
    const index = run ? ast.instructions.indexOf(run) : -1;
    const previous = index > 0 ? ast.instructions[index - 1] : undefined;
    if (!run?.argsRange || !previous?.argsRange || !mergeable(run) || !mergeable(previous)) return [];
    const indent = ' '.repeat(4);
    const joined = `${textIn(ast, { start: previous.argsRange.start, end: previous.range.end })} && ${ast.escapeChar}${eolOf(ast)}${indent}${textIn(ast, { start: run.argsRange.start, end: run.range.end })}`;
    return [quickFix(inline(language, { en: 'Merge with the previous RUN (&&)', ko: '앞의 RUN과 합치기 (&&)' }), diagnostic, edits(ast, TextEdit.replace({ start: previous.argsRange.start, end: run.range.end }, joined)), true)];
  },

  MaintainerDeprecated: (ast, diagnostic, language) => {
    const maintainer = instructionOf(ast, diagnostic);
    if (!maintainer || maintainer.name !== 'MAINTAINER') return [];
    const label = `${inCaseOf('LABEL', maintainer.keyword)} org.opencontainers.image.authors=${JSON.stringify(maintainer.argsText)}`;
    return [quickFix(inline(language, { en: 'Replace with LABEL org.opencontainers.image.authors', ko: 'LABEL org.opencontainers.image.authors로 바꾸기' }), diagnostic, edits(ast, TextEdit.replace(maintainer.range, label)), true)];
  },

  LegacyKeyValueFormat: (ast, diagnostic, language) => {
    const instruction = instructionOf(ast, diagnostic);
    if (!instruction?.argsRange) return [];
    const [pair] = keyValuePairs(instruction).pairs;
    if (!pair) return [];
    const replacement = `${pair.key}=${quoteValue(pair.value)}`;
    return [quickFix(changeToTitle(language, `${instruction.name} ${replacement}`), diagnostic, edits(ast, TextEdit.replace(instruction.argsRange, replacement)), true)];
  },

  'spaces-around-equals': (ast, diagnostic, language) => {
    const instruction = instructionOf(ast, diagnostic);
    if (!instruction?.argsRange) return [];
    const { legacy, spacedEquals, pairs } = keyValuePairs(instruction);
    if (!spacedEquals) return [];
    if (legacy) {
      const value = pairs[0].value.replace(/^=\s*/, '');
      const replacement = `${pairs[0].key}=${quoteValue(value)}`;
      return [quickFix(changeToTitle(language, `${instruction.name} ${replacement}`), diagnostic, edits(ast, TextEdit.replace(instruction.argsRange, replacement)), true)];
    }
    // `KEY= value`: join the value to its key.
    // Arguments are made afresh on each read, so the one after it is found by where it starts.
    const next = instruction.args.find((arg) => comparePositions(arg.range.start, spacedEquals.range.end) > 0);
    if (!next) return [];
    return [quickFix(inline(language, { en: `Remove the space after ${spacedEquals.value}`, ko: `${spacedEquals.value} 뒤의 공백 지우기` }), diagnostic, edits(ast, TextEdit.del({ start: spacedEquals.range.end, end: next.range.start })), true)];
  },

  NoEmptyContinuation: (ast, diagnostic, language) => [
    quickFix(inline(language, { en: 'Remove the empty continuation line', ko: '빈 연속 줄 지우기' }), diagnostic, edits(ast, TextEdit.del(diagnostic.range)), true),
  ],

  'apt-get-install-options': aptFix,
  'apt-lists-not-cleaned': aptFix,

  'prefer-copy': (ast, diagnostic, language) => {
    const add = instructionOf(ast, diagnostic);
    if (!add) return [];
    return [quickFix(inline(language, { en: 'Change ADD to COPY', ko: 'ADD를 COPY로 바꾸기' }), diagnostic, edits(ast, TextEdit.replace(add.keywordRange, inCaseOf('COPY', add.keyword))), true)];
  },

  WorkdirRelativePath: (ast, diagnostic, language) => {
    const path = textIn(ast, diagnostic.range);
    const absolute = `/${path.replace(/^\.\/?/, '')}`;
    return [quickFix(changeToTitle(language, absolute), diagnostic, edits(ast, TextEdit.replace(diagnostic.range, absolute)))];
  },

  RedundantTargetPlatform: (ast, diagnostic, language) => {
    const from = instructionOf(ast, diagnostic);
    const flag = from?.flags.find((f) => f.name === 'platform');
    if (!flag) return [];
    const end = from?.args[0]?.range.start ?? flag.range.end;
    return [quickFix(inline(language, { en: 'Remove --platform', ko: '--platform 지우기' }), diagnostic, edits(ast, TextEdit.del({ start: flag.range.start, end })), true)];
  },

  'missing-dockerignore': (ast, diagnostic, language) => {
    const uri = `${directoryOf(ast.uri)}/.dockerignore`;
    const text = defaultDockerignore.replace(/\n/g, eolOf(ast));
    return [
      quickFix(inline(language, { en: 'Create a .dockerignore', ko: '.dockerignore 만들기' }), diagnostic, {
        documentChanges: [
          { kind: 'create', uri, options: { ignoreIfExists: true } },
          { textDocument: { uri, version: null }, edits: [TextEdit.insert({ line: 0, character: 0 }, text)] },
        ],
      }, true),
    ];
  },
};

/** Adds the missing apt-get options and the list cleanup to the RUN in one edit. */
function aptFix(ast: DockerfileAst, diagnostic: Diagnostic, language: DocsLanguage): CodeAction[] {
  const run = instructionOf(ast, diagnostic);
  if (!run) return [];
  const install = aptInstalls(run).find((i) => rangeContains(i.install.range, diagnostic.range.start));
  if (!install) return [];
  const options = `${install.missingYes ? ' -y' : ''}${install.missingNoRecommends ? ' --no-install-recommends' : ''}`;
  const textEdits: TextEdit[] = [];
  if (options) textEdits.push(TextEdit.insert(install.install.range.end, options));
  if (install.missingCleanup) textEdits.push(TextEdit.insert(run.range.end, ` ${ast.escapeChar}${eolOf(ast)}    && rm -rf /var/lib/apt/lists/*`));
  if (textEdits.length === 0) return [];
  return [quickFix(inline(language, { en: 'Add --no-install-recommends and clean up /var/lib/apt/lists', ko: '--no-install-recommends 추가하고 /var/lib/apt/lists 정리하기' }), diagnostic, edits(ast, ...textEdits), true)];
}

/** `# check=skip=<code>`: adds to an existing check directive, or adds one after the other directives. */
function skipRule(ast: DockerfileAst, diagnostic: Diagnostic, language: DocsLanguage): CodeAction {
  const code = String(diagnostic.code);
  const title = inline(language, { en: `Disable ${code} for this file (# check=skip=${code})`, ko: `이 파일에서 ${code} 끄기 (# check=skip=${code})` });
  const check = ast.directives.find((d) => d.name === 'check');
  if (check) {
    const skip = /(^|;)\s*skip\s*=([^;]*)/i.exec(check.value);
    const value = skip
      ? `${check.value.slice(0, skip.index + skip[0].length)},${code}${check.value.slice(skip.index + skip[0].length)}`
      : `skip=${code};${check.value}`;
    return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edits(ast, TextEdit.replace(check.valueRange, value)) };
  }
  const line = ast.directives.length > 0 ? ast.directives[ast.directives.length - 1].range.start.line + 1 : 0;
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edits(ast, TextEdit.insert({ line, character: 0 }, `# check=skip=${code}${eolOf(ast)}`)) };
}
