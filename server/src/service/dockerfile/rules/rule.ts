/**
 * What a Dockerfile rule is: its `RuleMeta`, the parts of the document its check subscribes to,
 * and its fix. The runner (../diagnostics.ts) walks the document once and hands each rule what it
 * asked for; the quick fixes (../codeActions.ts) ask the rule of a diagnostic for its fix.
 */
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver';
import type { DockerfileAst, Instruction, Stage } from '../../../dockerfile/ast';
import { instructionHref, instructionNames } from '../../../dockerfile/catalogue';
import type { Localized } from '../../localized';
import type { ReportOptions } from '../../rules/report';
import type { RuleMeta } from '../../rules/rule';
import type { DocsLanguage } from '../../settings';
import type { DocumentRun, InstructionFacts, StageWalk } from './run';

/**
 * - `syntax`: what `docker build` rejects (and a few forms it reads otherwise than it looks);
 * - `buildkit`: BuildKit's build checks, under their own names, honouring `# check=`;
 * - `hint`: the notes' advice on layers and cache;
 * - `context`: advice that needs the files beside the Dockerfile.
 */
export type DockerfileRuleKind = 'syntax' | 'buildkit' | 'hint' | 'context';

/** A range, or how to work it out when a diagnostic is actually reported (most checks find nothing). */
export type RangeWhenNeeded = Range | (() => Range);

/** A diagnostic's tags (unnecessary, deprecated), and a more precise docs page than the rule's own. */
export type ReportExtras = Pick<ReportOptions, 'tags' | 'docs'>;

/** Reports the rule's own diagnostic. */
export type Report = (range: RangeWhenNeeded, message: Localized, extras?: ReportExtras) => void;

/** Visits a stage's instructions (after its FROM) in order. */
export interface StageVisitor {
  instruction(instruction: Instruction, walk: StageWalk): void;
  end?(): void;
}

/** The parts of the document a rule's check subscribes to. */
export interface DockerfileCheck {
  /**
   * Each instruction alone (an ONBUILD trigger too), optionally only those named in `names`. What
   * it reports depends only on the instruction and `facts`, so an instruction an edit left alone
   * keeps its findings from the document's previous run.
   */
  readonly instruction?: {
    readonly names?: readonly string[];
    /** `false` for checks that mean nothing in the build that runs an ONBUILD trigger (stage references). */
    readonly triggers?: boolean;
    check(instruction: Instruction, facts: InstructionFacts, report: Report): void;
  };
  /** Each stage: its FROM, and a visitor for the instructions after it. */
  stage?(stage: Stage, run: DocumentRun, report: Report): StageVisitor | void;
  /** The whole document, once, at the end. */
  document?(run: DocumentRun, report: Report): void;
}

/** What a fix is computed from: the parse (never the diagnostic's text), so it stays right for a diagnostic of an older version. */
export interface FixTarget {
  readonly ast: DockerfileAst;
  readonly diagnostic: Diagnostic;
  readonly language: DocsLanguage;
  /** The instruction (or ONBUILD trigger) the diagnostic is on. */
  readonly instruction: Instruction | undefined;
}

export interface DockerfileRule<Id extends string = string> extends RuleMeta<Id, DockerfileRuleKind> {
  readonly check: DockerfileCheck;
  fix?(target: FixTarget): CodeAction[];
}

/** Declares a rule, keeping its id's literal type for the registry's `DockerfileRuleId`. */
export function dockerfileRule<const Id extends string>(rule: DockerfileRule<Id>): DockerfileRule<Id> {
  return rule;
}

/** The build-check reference page of a BuildKit check: `JSONArgsRecommended` → …/json-args-recommended/. */
export function buildCheckHref(name: string): string {
  const kebab = name
    .replace(/JSON/g, 'Json')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();
  return `https://docs.docker.com/reference/build-checks/${kebab}/`;
}

export const referenceHref = 'https://docs.docker.com/reference/dockerfile/';
export const bestPracticesHref = 'https://docs.docker.com/build/building/best-practices/';
export const directivesHref = `${referenceHref}#parser-directives`;
export const variablesHref = `${referenceHref}#environment-replacement`;
export const mountHref = `${referenceHref}#run---mount`;
export const cacheOrderHref = 'https://docs.docker.com/build/cache/optimize/#order-your-layers';
export const dockerignoreHref = 'https://docs.docker.com/build/concepts/context/#dockerignore-files';

const instructionDocsByName = new Map(instructionNames.map((name) => [name, { docs: instructionHref(name) }]));

/** The link to an instruction's reference page, as a finding's extras: made once per name, not per instruction checked; `undefined` for an unknown instruction. */
export function instructionDocs(name: string): ReportExtras | undefined {
  return instructionDocsByName.get(name);
}
