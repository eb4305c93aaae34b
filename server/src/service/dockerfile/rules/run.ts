/**
 * What a diagnostics run knows about the document beyond one instruction, worked out once per
 * run and only when a rule asks: stages by name and their parents, the global ARGs a FROM sees,
 * the comments above an instruction.
 */
import type { DockerfileAst, Instruction, Stage } from '../../../dockerfile/ast';
import type { ServiceContext } from '../../mode';
import { argDeclarations, definedNames } from '../readers';

/**
 * Everything an instruction's own checks may read besides the instruction. A previous run's
 * findings for an instruction are reused only when its facts equal this run's in every field.
 */
export class InstructionFacts {
  private stageIndexes: Map<string, number> | undefined = undefined;

  constructor(
    /** The settings and language the findings were written for. */
    readonly ctx: ServiceContext,
    /** `# syntax=docker/dockerfile:1-labs`: the labs frontend's flags are allowed. */
    readonly labs: boolean,
    /** Each stage's name, by index. */
    readonly stageNames: readonly (string | undefined)[],
  ) {}

  /** The index of the first stage named `name` (lower-case). */
  stageIndexOf(name: string): number | undefined {
    if (!this.stageIndexes) {
      this.stageIndexes = new Map();
      this.stageNames.forEach((stageName, index) => {
        if (stageName !== undefined && !this.stageIndexes!.has(stageName)) this.stageIndexes!.set(stageName, index);
      });
    }
    return this.stageIndexes.get(name);
  }

  equals(other: InstructionFacts): boolean {
    return (
      this.ctx.settings === other.ctx.settings &&
      this.ctx.docsLanguage === other.ctx.docsLanguage &&
      this.labs === other.labs &&
      this.stageNames.length === other.stageNames.length &&
      this.stageNames.every((name, index) => name === other.stageNames[index])
    );
  }

  static of(ast: DockerfileAst, ctx: ServiceContext): InstructionFacts {
    const labs = ast.directives.some((d) => d.name === 'syntax' && d.value.includes('labs'));
    return new InstructionFacts(ctx, labs, ast.stages.map((stage) => stage.name));
  }
}

/** Where a stage's walk is when it hands a rule an instruction. */
export interface StageWalk {
  readonly stage: Stage;
  /** The variables defined before this instruction: the ARGs and ENVs of this stage and of the stages it builds on. */
  readonly defined: ReadonlySet<string>;
  /** The instruction before this one (the FROM, for the first). */
  readonly previous: Instruction;
}

export class DocumentRun {
  private commentLines: Map<number, string> | undefined = undefined;
  private readonly worked = new Map<string, unknown>();

  constructor(
    readonly ast: DockerfileAst,
    readonly ctx: ServiceContext,
    readonly facts: InstructionFacts,
  ) {}

  /** The earlier stage a stage builds on (`FROM base`), if its image names one. */
  parentStage(stage: Stage): Stage | undefined {
    const base = stage.imageName?.toLowerCase();
    const index = base === undefined ? undefined : this.facts.stageIndexOf(base);
    return index !== undefined && index < stage.index ? this.ast.stages[index] : undefined;
  }

  /** The stage, then its parent, and so on. */
  *lineage(stage: Stage): Generator<Stage> {
    for (let s: Stage | undefined = stage; s; s = this.parentStage(s)) yield s;
  }

  /** The global ARGs (before the first FROM) declared above `line`, in order. */
  globalArgsBefore(line: number): Instruction[] {
    return this.ast.globalArgs.filter((arg) => arg.range.start.line < line);
  }

  /** The names the global ARGs above a stage's FROM declare. */
  globalNames(stage: Stage): Set<string> {
    const names = new Set<string>();
    for (const arg of this.globalArgsBefore(stage.from.range.start.line)) for (const name of definedNames(arg)) names.add(name);
    return names;
  }

  /** The global ARGs declared above a line, with their defaults (`undefined`: declared without one). */
  globalDefaults(line: number): Map<string, string | undefined> {
    const defaults = new Map<string, string | undefined>();
    for (const arg of this.globalArgsBefore(line)) for (const d of argDeclarations(arg)) defaults.set(d.name, d.defaultValue);
    return defaults;
  }

  /**
   * BuildKit's description comments of an instruction: the comment lines directly above it,
   * without their `#`, after the last empty `#` line; none across a blank line.
   */
  commentsAbove(instruction: Instruction): string[] {
    this.commentLines ??= new Map(this.ast.comments.map((comment) => [comment.range.start.line, comment.text.slice(1).trim()]));
    const comments: string[] = [];
    for (let line = instruction.range.start.line - 1; this.commentLines.has(line); line--) {
      const text = this.commentLines.get(line)!;
      if (text === '') break;
      comments.unshift(text);
    }
    return comments;
  }

  /** What `work` gives, worked out once per run however many rules ask for it by `key`. */
  once<T>(key: string, work: () => T): T {
    if (!this.worked.has(key)) this.worked.set(key, work());
    return this.worked.get(key) as T;
  }

  /** The text of a file beside the Dockerfile, by name; `undefined` when it does not exist. */
  fileBeside(name: string): string | undefined {
    return this.ctx.workspace.readFile(`${directoryOf(this.ast.uri)}/${name}`);
  }
}

export function directoryOf(uri: string): string {
  const slash = uri.lastIndexOf('/');
  return slash >= 0 ? uri.slice(0, slash) : uri;
}
