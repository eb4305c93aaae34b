/**
 * Dockerfile diagnostics: the runner of the rule registry (./rules). It walks the document once
 * and hands each rule what it subscribed to: each instruction alone, each stage with its
 * instructions in order and the variables in scope, the document at the end. Then `# check=`
 * (the file's directive, and a `# check=` comment above an instruction) decides what is reported
 * and at which severity. An instruction's own findings are kept in the document's memory, so the
 * next run reuses them for every instruction an edit left alone.
 */
import { Diagnostic, DiagnosticSeverity } from '../../lsp';
import type { DockerfileAst, Instruction } from '../../dockerfile/ast';
import { instructionNames, notOnbuildTriggers } from '../../dockerfile/catalogue';
import { instructionAt } from '../../dockerfile/positions';
import type { DiagnosticsMemory, ServiceContext } from '../mode';
import { ruleDiagnostic } from '../rules/report';
import { type CheckConfig, commentCheckConfigs, fileCheckConfig, isReported } from './rules/checkConfig';
import { dockerfileRules } from './rules/index';
import type { DockerfileRule, RangeWhenNeeded, Report, ReportExtras, StageVisitor } from './rules/rule';
import { DocumentRun, InstructionFacts } from './rules/run';
import { definedNames } from './readers';
import type { Localized } from '../localized';

interface Finding {
  readonly rule: DockerfileRule;
  readonly diagnostic: Diagnostic;
}

const noFindings: readonly Finding[] = Object.freeze([]);

type InstructionSubscription = NonNullable<DockerfileRule['check']['instruction']>;
type LocalCheck = { readonly rule: DockerfileRule; readonly subscription: InstructionSubscription };

/** The instruction-local checks for each instruction name (those for every instruction included), and for any other name. */
const localChecks = new Map<string, LocalCheck[]>();
const checksForEveryInstruction: LocalCheck[] = [];
for (const rule of dockerfileRules.rules) {
  const subscription = rule.check.instruction;
  if (subscription && !subscription.names) checksForEveryInstruction.push({ rule, subscription });
}
for (const name of instructionNames) localChecks.set(name, [...checksForEveryInstruction]);
for (const rule of dockerfileRules.rules) {
  const subscription = rule.check.instruction;
  for (const name of subscription?.names ?? []) localChecks.get(name)?.push({ rule, subscription: subscription! });
}
const stageRules = dockerfileRules.rules.filter((rule) => rule.check.stage);
const ruleOrder = new Map<string, number>(dockerfileRules.rules.map((rule, index) => [rule.id, index]));
const documentRules = dockerfileRules.rules.filter((rule) => rule.check.document);

/**
 * What a run keeps for the document's next one: each instruction's own findings, by position, and
 * the facts they hold under. By position, not in a map by instruction: an incremental parse keeps
 * the instructions before an edit at their index and those after it shifted by the change in count,
 * so two identity checks find a kept instruction, where a map would hash every instruction each run.
 */
class KeptFindings {
  constructor(
    readonly facts: InstructionFacts,
    readonly instructions: readonly Instruction[],
    readonly byPosition: readonly (readonly Finding[])[],
  ) {}

  /** The findings kept for the instruction now at `index`, when this run's instructions are `shift` more than the kept run's. */
  of(instruction: Instruction, index: number, shift: number): readonly Finding[] | undefined {
    if (this.instructions[index] === instruction) return this.byPosition[index];
    if (this.instructions[index - shift] === instruction) return this.byPosition[index - shift];
    return undefined;
  }
}

export function dockerfileDiagnostics(ast: DockerfileAst, ctx: ServiceContext, memory?: DiagnosticsMemory): Diagnostic[] {
  const facts = InstructionFacts.of(ast, ctx);
  const lastRun = memory?.lastRun;
  const previous = lastRun instanceof KeptFindings && lastRun.facts.equals(facts) ? lastRun : undefined;
  const findings: Finding[] = [];
  const instructions = ast.instructions;
  const byPosition: (readonly Finding[])[] = [];
  const shift = instructions.length - (previous?.instructions.length ?? 0);
  const checker = new InstructionChecker(facts);
  for (let index = 0; index < instructions.length; index++) {
    const instruction = instructions[index];
    const own = previous?.of(instruction, index, shift) ?? checker.findings(instruction);
    byPosition.push(own);
    for (const finding of own) findings.push(finding);
  }
  if (memory) memory.lastRun = new KeptFindings(facts, instructions, byPosition);

  const run = new DocumentRun(ast, ctx, facts);
  const reporter = (rule: DockerfileRule): Report => (range, message, extras) => findings.push({ rule, diagnostic: diagnosticOf(rule, range, message, extras, facts) });
  const experimentalOn = mayEnableExperimental(ast);
  const enabled = (rule: DockerfileRule) => !rule.experimental || experimentalOn;
  const stageReporters = stageRules.filter(enabled).map((rule) => ({ rule, report: reporter(rule) }));
  for (const stage of ast.stages) {
    const visitors: StageVisitor[] = [];
    for (const { rule, report } of stageReporters) {
      const visitor = rule.check.stage!(stage, run, report);
      if (visitor) visitors.push(visitor);
    }
    if (visitors.length === 0) continue;
    const defined = new Set<string>();
    for (const parent of run.lineage(stage)) {
      if (parent === stage) continue;
      for (const instruction of parent.instructions) for (const name of definedNames(instruction)) defined.add(name);
    }
    const walk = { stage, defined, previous: stage.from };
    for (const instruction of stage.instructions) {
      if (instruction === stage.from) continue;
      for (const visitor of visitors) visitor.instruction(instruction, walk);
      if (instruction.name === 'ARG' || instruction.name === 'ENV') for (const name of definedNames(instruction)) defined.add(name);
      walk.previous = instruction;
    }
    for (const visitor of visitors) visitor.end?.();
  }
  for (const rule of documentRules) if (enabled(rule)) rule.check.document!(run, reporter(rule));
  return reported(ast, findings);
}

/** Runs the instruction-local checks; one per run, so that checking an instruction allocates only what it finds. */
class InstructionChecker {
  private found: Finding[] | undefined = undefined;
  private rule: DockerfileRule | undefined = undefined;
  private readonly report: Report = (range, message, extras) => (this.found ??= []).push({ rule: this.rule!, diagnostic: diagnosticOf(this.rule!, range, message, extras, this.facts) });

  constructor(private readonly facts: InstructionFacts) {}

  /** An instruction's own findings (and its ONBUILD trigger's), before `# check=` has a say. */
  findings(instruction: Instruction): readonly Finding[] {
    this.found = undefined;
    this.visit(instruction, false);
    if (instruction.trigger && !notOnbuildTriggers.has(instruction.trigger.name)) this.visit(instruction.trigger, true);
    return this.found ?? noFindings;
  }

  private visit(target: Instruction, isTrigger: boolean): void {
    for (const { rule, subscription } of localChecks.get(target.name) ?? checksForEveryInstruction) {
      if (isTrigger && subscription.triggers === false) continue;
      this.rule = rule;
      subscription.check(target, this.facts, this.report);
    }
  }
}

/** Whether an experimental check may be turned on: only `# check=experimental=…`, in the directive or a comment, does. */
function mayEnableExperimental(ast: DockerfileAst): boolean {
  return ast.directives.some((d) => d.name === 'check' && d.value.includes('experimental')) || ast.comments.some((c) => /^#\s*check\s*=.*experimental/i.test(c.text));
}

function diagnosticOf(rule: DockerfileRule, range: RangeWhenNeeded, message: Localized, extras: ReportExtras | undefined, facts: InstructionFacts): Diagnostic {
  return ruleDiagnostic(rule, typeof range === 'function' ? range() : range, message, facts.ctx.docsLanguage, extras);
}

/** What `# check=` lets through, at the severity it sets. */
function reported(ast: DockerfileAst, findings: readonly Finding[]): Diagnostic[] {
  const file = fileCheckConfig(ast);
  const comments = commentCheckConfigs(ast);
  const commentOf = (finding: Finding): CheckConfig | undefined => {
    if (comments.size === 0) return undefined;
    const instruction = instructionAt(ast, finding.diagnostic.range.start);
    return instruction && comments.get(instruction.range.start.line);
  };
  const diagnostics: Diagnostic[] = [];
  for (const finding of findings) {
    if (!isReported(finding.rule, file, commentOf(finding))) continue;
    const { diagnostic, rule } = finding;
    diagnostics.push(file.error && rule.kind === 'buildkit' ? { ...diagnostic, severity: DiagnosticSeverity.Error } : diagnostic);
  }
  // In line order; on one line, in the registry's order of the rules.
  return diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || ruleOrder.get(String(a.code))! - ruleOrder.get(String(b.code))!);
}
