/**
 * What the Dockerfile navigation features share: ARG/ENV declarations and
 * their scopes, stage names and what refers to them, heredoc delimiters, and
 * "the symbol under the cursor". Per-stage declarations are computed lazily
 * and cached on the parse, so a request touches only the stage it is in.
 */
import type { Position, Range } from 'vscode-languageserver';
import type { DockerfileAst, Flag, Instruction, Stage } from '../../dockerfile/ast';
import { comparePositions, instructionAt, offsetAt, rangeContains, stageAt } from '../../dockerfile/positions';

export interface VariableDeclaration {
  readonly name: string;
  readonly kind: 'ARG' | 'ENV';
  /** The value or ARG default as written, `undefined` for a bare `ARG NAME`. */
  readonly value: string | undefined;
  readonly nameRange: Range;
  readonly instruction: Instruction;
  /** -1 for a global ARG (before the first FROM). */
  readonly stageIndex: number;
}

export interface StageReference {
  /** Lower-cased, as Docker compares stage names. */
  readonly name: string;
  readonly range: Range;
  readonly instruction: Instruction;
}

export interface MountOption {
  readonly key: string;
  readonly value: string | undefined;
  readonly keyRange: Range;
  readonly valueRange: Range | undefined;
}

function sameLine(range: Range): boolean {
  return range.start.line === range.end.line;
}

function shift(start: Position, from: number, to: number): Range {
  return { start: { line: start.line, character: start.character + from }, end: { line: start.line, character: start.character + to } };
}

/** The raw text of a single-line range. */
export function textOf(ast: DockerfileAst, range: Range): string {
  return ast.text.slice(offsetAt(ast, range.start), offsetAt(ast, range.end));
}

// ---- Declarations ------------------------------------------------------------------------------

/** The variables an ARG or ENV instruction declares (`ENV KEY value` legacy form included). */
export function declarationsIn(instruction: Instruction): VariableDeclaration[] {
  const name = instruction.name;
  if (name !== 'ARG' && name !== 'ENV') return [];
  const args = instruction.args;
  const declare = (variable: string, value: string | undefined, at: Range): VariableDeclaration => ({
    name: variable,
    kind: name,
    value,
    nameRange: { start: at.start, end: { line: at.start.line, character: at.start.character + variable.length } },
    instruction,
    stageIndex: instruction.stageIndex,
  });
  if (name === 'ENV' && args.length > 0 && !args[0].raw.includes('=')) {
    const rest = instruction.argsText.slice(args[0].raw.length).trim();
    return [declare(args[0].value, rest, args[0].range)];
  }
  const declarations: VariableDeclaration[] = [];
  for (const arg of args) {
    const equals = arg.raw.indexOf('=');
    const variable = equals < 0 ? arg.raw : arg.raw.slice(0, equals);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(variable)) continue;
    const valueStart = arg.value.indexOf('=');
    declarations.push(declare(variable, equals < 0 ? undefined : arg.value.slice(valueStart + 1), arg.range));
  }
  return declarations;
}

const stageDeclarationCache = new WeakMap<DockerfileAst, Map<number, readonly VariableDeclaration[]>>();

/** The ARG/ENV declarations of a stage (-1: the global ARGs), in order. Cached per parse. */
export function stageDeclarations(ast: DockerfileAst, stageIndex: number): readonly VariableDeclaration[] {
  let byStage = stageDeclarationCache.get(ast);
  if (!byStage) stageDeclarationCache.set(ast, (byStage = new Map()));
  let declarations = byStage.get(stageIndex);
  if (!declarations) {
    const instructions = stageIndex < 0 ? ast.globalArgs : (ast.stages[stageIndex]?.instructions ?? []);
    declarations = instructions.flatMap(declarationsIn);
    byStage.set(stageIndex, declarations);
  }
  return declarations;
}

/** The stage a stage builds on (`FROM build AS test`), if it names an earlier one. */
export function parentStage(ast: DockerfileAst, stage: Stage): Stage | undefined {
  const image = stage.imageName?.toLowerCase();
  if (!image) return undefined;
  for (let i = stage.index - 1; i >= 0; i--) if (ast.stages[i].name === image) return ast.stages[i];
  return undefined;
}

/** Whether the FROM line of the instruction at `position` (or no stage yet) puts it in global scope. */
function inGlobalScope(ast: DockerfileAst, position: Position): boolean {
  const instruction = instructionAt(ast, position);
  if (instruction?.name === 'FROM') return true;
  return stageAt(ast, position) === undefined;
}

export interface ScopedVariable {
  readonly declaration: VariableDeclaration;
  /** For a bare `ARG NAME` in a stage: the global ARG it brings in (and whose default it takes). */
  readonly imported?: VariableDeclaration;
}

/**
 * The variables visible at `position`: global ARGs on FROM lines; inside a stage, the ENVs of the
 * stages it builds on, then its own ARG/ENV declared by earlier instructions (latest wins).
 */
export function variablesInScope(ast: DockerfileAst, position: Position): Map<string, ScopedVariable> {
  const visible = new Map<string, ScopedVariable>();
  const current = instructionAt(ast, position);
  const before = (declaration: VariableDeclaration) =>
    declaration.instruction !== current && comparePositions(declaration.instruction.range.start, position) < 0;
  const globals = stageDeclarations(ast, -1);
  if (inGlobalScope(ast, position)) {
    for (const declaration of globals) if (before(declaration)) visible.set(declaration.name, { declaration });
    return visible;
  }
  const stage = stageAt(ast, position)!;
  const chain: Stage[] = [];
  for (let parent = parentStage(ast, stage); parent && chain.length < ast.stages.length; parent = parentStage(ast, parent)) chain.unshift(parent);
  for (const ancestor of chain) {
    for (const declaration of stageDeclarations(ast, ancestor.index)) if (declaration.kind === 'ENV') visible.set(declaration.name, { declaration });
  }
  for (const declaration of stageDeclarations(ast, stage.index)) {
    if (!before(declaration)) continue;
    const imported = declaration.kind === 'ARG' && declaration.value === undefined ? findLast(globals, declaration.name) : undefined;
    visible.set(declaration.name, imported ? { declaration, imported } : { declaration });
  }
  return visible;
}

function findLast(declarations: readonly VariableDeclaration[], name: string): VariableDeclaration | undefined {
  for (let i = declarations.length - 1; i >= 0; i--) if (declarations[i].name === name) return declarations[i];
  return undefined;
}

// ---- Stages --------------------------------------------------------------------------------------

const stagesByNameCache = new WeakMap<DockerfileAst, ReadonlyMap<string, Stage>>();

/** The (first) stage declared with `AS name`, compared lower-cased as Docker does. O(1) after the first call per parse. */
export function stageNamed(ast: DockerfileAst, name: string): Stage | undefined {
  let byName = stagesByNameCache.get(ast);
  if (!byName) {
    const map = new Map<string, Stage>();
    for (const stage of ast.stages) if (stage.name && !map.has(stage.name)) map.set(stage.name, stage);
    stagesByNameCache.set(ast, (byName = map));
  }
  return byName.get(name.toLowerCase());
}

/** `type=cache,target=/root/.npm` of a `--mount` flag, with ranges when the value sits on one line. */
export function mountOptions(ast: DockerfileAst, flag: Flag): MountOption[] {
  if (flag.value === undefined || !flag.valueRange) return [];
  const raw = sameLine(flag.valueRange) ? textOf(ast, flag.valueRange) : flag.value;
  const options: MountOption[] = [];
  let offset = 0;
  for (const part of raw.split(',')) {
    const equals = part.indexOf('=');
    const key = equals < 0 ? part : part.slice(0, equals);
    const at = flag.valueRange.start;
    options.push({
      key: key.toLowerCase(),
      value: equals < 0 ? undefined : part.slice(equals + 1).replace(/^["']|["']$/g, ''),
      keyRange: shift(at, offset, offset + key.length),
      valueRange: equals < 0 ? undefined : shift(at, offset + equals + 1, offset + part.length),
    });
    offset += part.length + 1;
  }
  return options;
}

const stageReferenceCache = new WeakMap<DockerfileAst, readonly StageReference[]>();

/** Every place a stage name is used: `FROM <stage>`, `COPY --from=<stage>`, `--mount=…,from=<stage>`. */
export function stageReferences(ast: DockerfileAst): readonly StageReference[] {
  const cached = stageReferenceCache.get(ast);
  if (cached) return cached;
  const names = new Set(ast.stages.map((stage) => stage.name).filter((name): name is string => name !== undefined));
  const references: StageReference[] = [];
  if (names.size > 0) {
    for (const instruction of ast.instructions) {
      if (instruction.name === 'FROM') {
        const image = instruction.args[0];
        if (image && names.has(image.value.toLowerCase())) references.push({ name: image.value.toLowerCase(), range: image.range, instruction });
        continue;
      }
      for (const flag of instruction.flags) {
        if (flag.name === 'from' && flag.value && flag.valueRange && names.has(flag.value.toLowerCase())) {
          references.push({ name: flag.value.toLowerCase(), range: flag.valueRange, instruction });
        } else if (flag.name === 'mount') {
          for (const option of mountOptions(ast, flag)) {
            if (option.key === 'from' && option.value && option.valueRange && names.has(option.value.toLowerCase())) {
              references.push({ name: option.value.toLowerCase(), range: option.valueRange, instruction });
            }
          }
        }
      }
    }
  }
  stageReferenceCache.set(ast, references);
  return references;
}

// ---- The symbol under the cursor -----------------------------------------------------------------

export type DockerfileSymbol =
  | { readonly kind: 'stage'; readonly name: string; readonly at: Range; readonly stage: Stage | undefined; readonly declarations: Range[]; readonly references: Range[] }
  | { readonly kind: 'variable'; readonly name: string; readonly at: Range; readonly declarations: Range[]; readonly references: Range[] }
  | { readonly kind: 'heredoc'; readonly name: string; readonly at: Range; readonly declarations: Range[]; readonly references: Range[] };

/** The heredoc delimiters of an instruction: the name inside its `<<EOF` marker and on its terminator line. */
export function heredocDelimiters(ast: DockerfileAst, instruction: Instruction): { name: string; marker: Range; terminator: Range | undefined }[] {
  return instruction.heredocs.map((heredoc) => {
    const raw = textOf(ast, heredoc.markerRange);
    const at = raw.indexOf(heredoc.delimiter);
    const marker = shift(heredoc.markerRange.start, Math.max(at, 0), Math.max(at, 0) + heredoc.delimiter.length);
    let terminator: Range | undefined;
    if (heredoc.terminatorRange) {
      const line = textOf(ast, heredoc.terminatorRange);
      const tabs = line.length - line.replace(/^\t+/, '').length;
      terminator = shift(heredoc.terminatorRange.start, tabs, tabs + heredoc.delimiter.length);
    }
    return { name: heredoc.delimiter, marker, terminator };
  });
}

/** What is under the cursor, by name only: found in the instruction there, without looking further. */
export type SymbolName =
  | { readonly kind: 'stage' | 'variable'; readonly name: string; readonly at: Range; readonly instruction: Instruction }
  | { readonly kind: 'heredoc'; readonly name: string; readonly at: Range; readonly instruction: Instruction; readonly marker: Range; readonly terminator: Range | undefined };

export function symbolNameAt(ast: DockerfileAst, position: Position): SymbolName | undefined {
  const instruction = instructionAt(ast, position);
  if (!instruction) return undefined;
  for (const delimiter of heredocDelimiters(ast, instruction)) {
    const at = [delimiter.marker, delimiter.terminator].find((range) => range && rangeContains(range, position));
    if (at) return { kind: 'heredoc', name: delimiter.name, at, instruction, marker: delimiter.marker, terminator: delimiter.terminator };
  }
  const stage = stageNameAt(ast, instruction, position);
  if (stage) return { kind: 'stage', ...stage, instruction };
  const variable = (instruction.trigger ?? instruction).variables.find((ref) => rangeContains(ref.nameRange, position) && ref.name.length > 0);
  if (variable) return { kind: 'variable', name: variable.name, at: variable.nameRange, instruction };
  const declaration = declarationsIn(instruction).find((d) => rangeContains(d.nameRange, position));
  if (declaration) return { kind: 'variable', name: declaration.name, at: declaration.nameRange, instruction };
  return undefined;
}

/** The symbol under the cursor with all its declarations and uses (scans its scope, or the file for a stage). */
export function symbolAt(ast: DockerfileAst, position: Position): DockerfileSymbol | undefined {
  const found = symbolNameAt(ast, position);
  switch (found?.kind) {
    case undefined:
      return undefined;
    case 'heredoc':
      return { kind: 'heredoc', name: found.name, at: found.at, declarations: [found.marker], references: found.terminator ? [found.terminator] : [] };
    case 'stage': {
      const declarations = ast.stages.filter((s) => s.name === found.name && s.nameRange).map((s) => s.nameRange!);
      const references = stageReferences(ast).filter((ref) => ref.name === found.name).map((ref) => ref.range);
      return { kind: 'stage', name: found.name, at: found.at, stage: stageNamed(ast, found.name), declarations, references };
    }
    case 'variable':
      return variableSymbol(ast, found.name, found.at, found.instruction);
  }
}

/** The stage name under the cursor, found in the instruction alone (no document scan). */
function stageNameAt(ast: DockerfileAst, instruction: Instruction, position: Position): { name: string; at: Range } | undefined {
  if (instruction.name === 'FROM') {
    const stage = ast.stages[instruction.stageIndex];
    if (stage?.name && stage.nameRange && rangeContains(stage.nameRange, position)) return { name: stage.name, at: stage.nameRange };
    const image = instruction.args[0];
    if (image && rangeContains(image.range, position) && stageNamed(ast, image.value)) return { name: image.value.toLowerCase(), at: image.range };
    return undefined;
  }
  for (const flag of instruction.flags) {
    if (!flag.valueRange || !rangeContains(flag.valueRange, position)) continue;
    if (flag.name === 'from' && flag.value && stageNamed(ast, flag.value)) return { name: flag.value.toLowerCase(), at: flag.valueRange };
    if (flag.name === 'mount') {
      const option = mountOptions(ast, flag).find((o) => o.key === 'from' && o.valueRange && rangeContains(o.valueRange, position));
      if (option?.value && option.valueRange && stageNamed(ast, option.value)) return { name: option.value.toLowerCase(), at: option.valueRange };
    }
  }
  return undefined;
}

/**
 * The declarations and uses that are the same variable as `name` at `instruction`: within one stage,
 * or, for a global ARG, its FROM-line uses and every stage that brings it in with a bare `ARG NAME`.
 */
function variableSymbol(ast: DockerfileAst, name: string, at: Range, instruction: Instruction): DockerfileSymbol {
  const declarations: Range[] = [];
  const references: Range[] = [];
  const collect = (instructions: readonly Instruction[], skipFrom: boolean) => {
    for (const each of instructions) {
      if (skipFrom && each.name === 'FROM') continue;
      for (const declaration of declarationsIn(each)) if (declaration.name === name) declarations.push(declaration.nameRange);
      for (const ref of (each.trigger ?? each).variables) if (ref.name === name) references.push(ref.nameRange);
    }
  };
  const importsGlobal = (stage: Stage) => stageDeclarations(ast, stage.index).some((d) => d.name === name && d.kind === 'ARG' && d.value === undefined);
  const globalDeclared = stageDeclarations(ast, -1).some((d) => d.name === name);
  const stage = instruction.stageIndex >= 0 ? ast.stages[instruction.stageIndex] : undefined;
  const isGlobal = !stage || instruction.name === 'FROM' || (globalDeclared && importsGlobal(stage));
  if (isGlobal) {
    collect(ast.globalArgs, false);
    collect(ast.stages.map((s) => s.from), false);
    for (const each of ast.stages) if (importsGlobal(each)) collect(each.instructions, true);
  } else {
    collect(stage.instructions, true);
  }
  return { kind: 'variable', name, at, declarations: sortRanges(declarations), references: sortRanges(references) };
}

function sortRanges(ranges: Range[]): Range[] {
  return ranges.sort((a, b) => comparePositions(a.start, b.start));
}

