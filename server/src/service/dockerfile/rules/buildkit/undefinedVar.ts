/**
 * BuildKit's UndefinedVar: a variable Docker expands (in ENV, COPY, WORKDIR… not in RUN) that
 * nothing defines at that point. BuildKit knows the base image's environment; we know it for
 * scratch, for stages built on earlier stages, and for the official images of
 * imageEnvironments.ts. After any other base image we report only what is certainly undefined:
 * a likely typo of a defined name, a name an ARG declares later in the stage, a global ARG the
 * stage did not declare, an automatic platform ARG.
 */
import type { Instruction, Stage, VariableRef } from '../../../../dockerfile/ast';
import { buildkitArgs, instructionsByName, platformArgs, proxyArgs } from '../../../../dockerfile/catalogue';
import { knownImageEnvironment } from '../../../../dockerfile/imageEnvironments';
import { argDeclarations, definedNames } from '../../readers';
import { editDistance } from '../../../spelling';
import { didYouMean } from '../../spelling';
import { buildCheckHref, dockerfileRule, type Report } from '../rule';
import type { DocumentRun } from '../run';

const platformNames = new Set(platformArgs.map((arg) => arg.name));
/** Defined for every build, or read by BuildKit and never expanded. */
const alwaysDefined = new Set([...proxyArgs, ...buildkitArgs, 'BUILDKIT_SBOM_SCAN_CONTEXT', 'BUILDKIT_SBOM_SCAN_STAGE']);

/** `${V:-d}` and friends supply their own value when V is unset. */
function isDefaulted(variable: VariableRef): boolean {
  return variable.operator !== undefined && /^:?[-+?]$/.test(variable.operator);
}

/** BuildKit's default PATH is all scratch has. */
const scratchEnvironment: ReadonlySet<string> = new Set(['PATH']);

/** The environment the stage's root image sets, when we know it (`undefined` for an image we do not). */
function baseEnvironment(stage: Stage, run: DocumentRun): ReadonlySet<string> | undefined {
  let root = stage;
  for (const ancestor of run.lineage(stage)) root = ancestor;
  const image = root.imageName;
  if (image === undefined || image.includes('$')) return undefined;
  return image.toLowerCase() === 'scratch' ? scratchEnvironment : knownImageEnvironment(image);
}

const message = {
  global: (name: string) => ({ en: `'$${name}' is a global ARG (declared before the first FROM), which a stage does not see until it says so: add ARG ${name} to this stage.`, ko: `'$${name}'은(는) 전역 ARG(첫 FROM 앞에서 선언)라서 스테이지 안에서 다시 선언해야 보입니다. 이 스테이지에 ARG ${name}을(를) 추가하세요.` }),
  platform: (name: string) => ({ en: `'$${name}' is an automatic platform ARG, but inside a stage it must be declared first: add ARG ${name} to this stage.`, ko: `'$${name}'은(는) 자동으로 정의되는 플랫폼 ARG이지만, 스테이지 안에서는 먼저 선언해야 합니다. 이 스테이지에 ARG ${name}을(를) 추가하세요.` }),
  typo: (name: string, suggestion: string) => ({ en: `Usage of undefined variable '$${name}' (did you mean $${suggestion}?).`, ko: `정의되지 않은 변수 '$${name}'을(를) 쓰고 있습니다 ($${suggestion}의 오타인가요?).` }),
  later: (name: string, line: number) => ({ en: `Usage of undefined variable '$${name}': the ${name} declared on line ${line + 1} comes after this use. Declare it before this line.`, ko: `정의되지 않은 변수 '$${name}'을(를) 쓰고 있습니다. ${line + 1}번째 줄의 ${name} 선언이 이 줄보다 뒤에 있으니 이 줄 앞에서 선언하세요.` }),
  undefined: (name: string) => ({ en: `Usage of undefined variable '$${name}': define it with ARG or ENV before this line.`, ko: `정의되지 않은 변수 '$${name}'을(를) 쓰고 있습니다. 이 줄 앞에서 ARG나 ENV로 정의하세요.` }),
};

/** The first line of the stage on which an ARG or ENV defines each name. */
function declarationLines(stage: Stage): Map<string, number> {
  const lines = new Map<string, number>();
  for (const instruction of stage.instructions) {
    for (const name of definedNames(instruction)) if (!lines.has(name)) lines.set(name, instruction.range.start.line);
  }
  return lines;
}

interface StageContext {
  readonly globals: ReadonlySet<string>;
  readonly environment: ReadonlySet<string> | undefined;
  /** Worked out only when a name is undefined after an image we do not know. */
  declared(): Map<string, number>;
}

function checkInstruction(instruction: Instruction, defined: ReadonlySet<string>, context: StageContext, report: Report): void {
  if (instruction.name === 'ONBUILD' || !instructionsByName.get(instruction.name)?.expandsVariables) return;
  for (const variable of instruction.variables) {
    const name = variable.name;
    if (variable.malformed || defined.has(name) || isDefaulted(variable) || alwaysDefined.has(name) || context.environment?.has(name)) continue;
    if (context.globals.has(name)) {
      report(variable.range, message.global(name));
    } else if (platformNames.has(name)) {
      report(variable.range, message.platform(name));
    } else if (context.environment) {
      const suggestion = didYouMean(name, [...defined, ...context.environment]);
      report(variable.range, suggestion ? message.typo(name, suggestion) : message.undefined(name));
    } else {
      // An image we do not know may define the name; report only what is wrong whatever it defines.
      const typo = [...defined].find((candidate) => candidate.length > 3 && editDistance(candidate, name) <= 1);
      const declaredOn = context.declared().get(name);
      if (typo) report(variable.range, message.typo(name, typo));
      else if (declaredOn !== undefined && declaredOn > instruction.range.start.line) report(variable.range, message.later(name, declaredOn));
    }
  }
}

export const undefinedVar = dockerfileRule({
  id: 'UndefinedVar',
  kind: 'buildkit',
  defaultSeverity: 'warning',
  docs: buildCheckHref('UndefinedVar'),
  title: { en: 'Undefined variable', ko: '정의되지 않은 변수' },
  description: { en: 'A variable Docker expands (in ENV, COPY, WORKDIR…) that no ARG, ENV or base image defines at that point: it becomes an empty string.', ko: 'Docker가 치환하는 변수(ENV, COPY, WORKDIR 등)인데 그 시점에 ARG, ENV, 베이스 이미지 어느 것도 정의하지 않았습니다. 빈 문자열이 됩니다.' },
  example: 'FROM alpine\nENV PATH=$PAHT:/opt/bin',
  check: {
    stage(stage, run, report) {
      let declared: Map<string, number> | undefined;
      const context: StageContext = { globals: run.globalNames(stage), environment: baseEnvironment(stage, run), declared: () => (declared ??= declarationLines(stage)) };
      return {
        instruction(instruction, walk) {
          checkInstruction(instruction, walk.defined, context, report);
        },
      };
    },
    /** A global ARG's default may use only the ARGs declared above it. */
    document(run, report) {
      const declared = new Set<string>();
      for (const arg of run.ast.globalArgs) {
        for (const variable of arg.variables) {
          const name = variable.name;
          if (variable.malformed || declared.has(name) || isDefaulted(variable) || alwaysDefined.has(name) || platformNames.has(name)) continue;
          report(variable.range, { en: `Usage of undefined variable '$${name}': declare it with ARG before this line.`, ko: `정의되지 않은 변수 '$${name}'을(를) 쓰고 있습니다. 이 줄 앞에서 ARG로 선언하세요.` });
        }
        for (const declaration of argDeclarations(arg)) declared.add(declaration.name);
      }
    },
  },
});
