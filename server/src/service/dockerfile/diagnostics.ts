/**
 * Dockerfile diagnostics: the runner of the rule registry (./rules). It walks the document once
 * and hands each rule what it subscribed to: each instruction alone, each stage with its
 * instructions in order and the variables in scope, the document at the end. Then `# check=`
 * (the file's directive, and a `# check=` comment above an instruction) decides what is reported
 * and at which severity. An instruction's own findings are kept in the document's memory, so the
 * next run reuses them for every instruction an edit left alone.
 */
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import type { DockerfileAst, Instruction } from '../../dockerfile/ast';
import { notOnbuildTriggers } from '../../dockerfile/catalogue';
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

/** The instruction-local checks, by the instruction name they subscribe to ('' for all). */
const localChecks = new Map<string, { rule: DockerfileRule; subscription: InstructionSubscription }[]>();
for (const rule of dockerfileRules.rules) {
  const subscription = rule.check.instruction;
  if (!subscription) continue;
  for (const name of subscription.names ?? ['']) {
    if (!localChecks.has(name)) localChecks.set(name, []);
    localChecks.get(name)!.push({ rule, subscription });
  }
}
const stageRules = dockerfileRules.rules.filter((rule) => rule.check.stage);
const ruleOrder = new Map<string, number>(dockerfileRules.rules.map((rule, index) => [rule.id, index]));
const documentRules = dockerfileRules.rules.filter((rule) => rule.check.document);

/** What a run keeps for the document's next one: each instruction's own findings, and the facts they hold under. */
class KeptFindings {
  constructor(
    readonly facts: InstructionFacts,
    readonly byInstruction: ReadonlyMap<Instruction, readonly Finding[]>,
  ) {}
}

export function dockerfileDiagnostics(ast: DockerfileAst, ctx: ServiceContext, memory?: DiagnosticsMemory): Diagnostic[] {
  const facts = InstructionFacts.of(ast, ctx);
  const lastRun = memory?.lastRun;
  const previous = lastRun instanceof KeptFindings && lastRun.facts.equals(facts) ? lastRun : undefined;
  const findings: Finding[] = [];
  const kept = new Map<Instruction, readonly Finding[]>();
  for (const instruction of ast.instructions) {
    const own = previous?.byInstruction.get(instruction) ?? instructionFindings(instruction, facts);
    kept.set(instruction, own);
    for (const finding of own) findings.push(finding);
  }
  if (memory) memory.lastRun = new KeptFindings(facts, kept);

  const run = new DocumentRun(ast, ctx, facts);
  const reporter = (rule: DockerfileRule): Report => (range, message, extras) => findings.push({ rule, diagnostic: diagnosticOf(rule, range, message, extras, facts) });
  for (const stage of ast.stages) {
    const visitors: StageVisitor[] = [];
    for (const rule of stageRules) {
      const visitor = rule.check.stage!(stage, run, reporter(rule));
      if (visitor) visitors.push(visitor);
    }
    if (visitors.length === 0) continue;
    const defined = new Set<string>();
    for (const parent of run.lineage(stage)) {
      if (parent === stage) continue;
      for (const instruction of parent.instructions) for (const name of definedNames(instruction)) defined.add(name);
    }
    let previousInstruction = stage.from;
    for (const instruction of stage.instructions) {
      if (instruction === stage.from) continue;
      const walk = { stage, defined, previous: previousInstruction };
      for (const visitor of visitors) visitor.instruction(instruction, walk);
      if (instruction.name === 'ARG' || instruction.name === 'ENV') for (const name of definedNames(instruction)) defined.add(name);
      previousInstruction = instruction;
    }
    for (const visitor of visitors) visitor.end?.();
  }
  for (const rule of documentRules) rule.check.document!(run, reporter(rule));
  return reported(ast, findings);
}

/** An instruction's own findings (and its ONBUILD trigger's), before `# check=` has a say. */
function instructionFindings(instruction: Instruction, facts: InstructionFacts): readonly Finding[] {
  let found: Finding[] | undefined;
  const visit = (target: Instruction, isTrigger: boolean) => {
    for (const name of [target.name, '']) {
      for (const { rule, subscription } of localChecks.get(name) ?? []) {
        if (isTrigger && subscription.triggers === false) continue;
        subscription.check(target, facts, (range, message, extras) => (found ??= []).push({ rule, diagnostic: diagnosticOf(rule, range, message, extras, facts) }));
      }
    }
  };
  visit(instruction, false);
  if (instruction.trigger && !notOnbuildTriggers.has(instruction.trigger.name)) visit(instruction.trigger, true);
  return found ?? noFindings;
}

function diagnosticOf(rule: DockerfileRule, range: RangeWhenNeeded, message: Localized, extras: ReportExtras | undefined, facts: InstructionFacts): Diagnostic {
  const diagnostic = ruleDiagnostic(rule, typeof range === 'function' ? range() : range, message, facts.ctx.docsLanguage, { tags: extras?.tags });
  if (extras?.docs) diagnostic.codeDescription = { href: extras.docs };
  return diagnostic;
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
