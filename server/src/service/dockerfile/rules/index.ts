/** The Dockerfile rule registry: every rule the diagnostics report, by kind. */
import { ruleRegistry } from '../../rules/registry';
import { consistentInstructionCasing } from './buildkit/consistentInstructionCasing';
import { copyIgnoredFile } from './buildkit/copyIgnoredFile';
import { exposeInvalidFormat, exposeProtoCasing } from './buildkit/expose';
import { fromAsCasing } from './buildkit/fromAsCasing';
import { invalidDefaultArgInFrom, undefinedArgInFrom } from './buildkit/argsInFrom';
import { invalidDefinitionDescription } from './buildkit/invalidDefinitionDescription';
import { jsonArgsRecommended } from './buildkit/jsonArgsRecommended';
import { legacyKeyValueFormat, maintainerDeprecated } from './buildkit/keyValueForms';
import { multipleInstructionsDisallowed } from './buildkit/multipleInstructionsDisallowed';
import { noEmptyContinuation } from './buildkit/noEmptyContinuation';
import { fromPlatformFlagConstDisallowed, redundantTargetPlatform } from './buildkit/platformFlag';
import { secretsUsedInArgOrEnv } from './buildkit/secretsUsedInArgOrEnv';
import { duplicateStageName, reservedStageName, stageNameCasing } from './buildkit/stageNames';
import { undefinedVar } from './buildkit/undefinedVar';
import { workdirRelativePath } from './buildkit/workdirRelativePath';
import { missingDockerignore } from './context/missingDockerignore';
import { aptGetInstallOptions, aptGetUpdateAlone, aptListsNotCleaned } from './hints/apt';
import { consecutiveRun } from './hints/consecutiveRun';
import { preferCopy } from './hints/preferCopy';
import { cdInRun, sudoInRun } from './hints/runCommands';
import { copyAllBeforeInstall, implicitLatestTag, noUser } from './hints/stageHints';
import type { DockerfileRuleKind } from './rule';
import { argumentCountRule } from './syntax/argumentCount';
import { duplicateDirective, invalidEscapeDirective, unknownCheck } from './syntax/directives';
import { invalidFlagValue } from './syntax/flagValues';
import { duplicateFlag, unknownFlag } from './syntax/flags';
import { instructionBeforeFrom, missingFrom, noInstructions } from './syntax/fromPresence';
import { invalidHealthcheck } from './syntax/invalidHealthcheck';
import { invalidPlatform } from './syntax/invalidPlatform';
import { invalidSignal } from './syntax/invalidSignal';
import { malformedVariable } from './syntax/malformedVariable';
import { invalidMount, mountKeyIgnored } from './syntax/mounts';
import { invalidPort, invalidProtocol } from './syntax/ports';
import { invalidOnbuildTrigger, jsonArrayNotStrings, malformedExecForm, shellRequiresJson } from './syntax/shellForm';
import { spacesAroundEquals } from './syntax/spacesAroundEquals';
import { copyFromLaterStage, copyFromSelf } from './syntax/stageReferences';
import { unknownInstruction } from './syntax/unknownInstruction';

const rules = [
  // What docker build rejects, and forms it reads otherwise than they look.
  noInstructions, missingFrom, instructionBeforeFrom, unknownInstruction, argumentCountRule, unknownFlag, duplicateFlag,
  invalidFlagValue, invalidPlatform, invalidMount, mountKeyIgnored, copyFromSelf, copyFromLaterStage, invalidPort, invalidProtocol,
  invalidSignal, invalidHealthcheck, duplicateDirective, invalidEscapeDirective, unknownCheck, malformedVariable,
  spacesAroundEquals, shellRequiresJson, invalidOnbuildTrigger, malformedExecForm, jsonArrayNotStrings,
  // BuildKit's build checks.
  consistentInstructionCasing, copyIgnoredFile, duplicateStageName, exposeInvalidFormat, exposeProtoCasing, fromAsCasing,
  fromPlatformFlagConstDisallowed, invalidDefaultArgInFrom, invalidDefinitionDescription, jsonArgsRecommended,
  legacyKeyValueFormat, maintainerDeprecated, multipleInstructionsDisallowed, noEmptyContinuation, redundantTargetPlatform,
  reservedStageName, secretsUsedInArgOrEnv, stageNameCasing, undefinedArgInFrom, undefinedVar, workdirRelativePath,
  // The notes' layer and cache advice, and what needs the files beside the Dockerfile.
  consecutiveRun, aptGetUpdateAlone, aptGetInstallOptions, aptListsNotCleaned, copyAllBeforeInstall, preferCopy,
  implicitLatestTag, cdInRun, sudoInRun, noUser, missingDockerignore,
] as const;

/** The code of every Dockerfile diagnostic: a rule's id. */
export type DockerfileRuleId = (typeof rules)[number]['id'];

export const dockerfileRules = ruleRegistry<(typeof rules)[number]>('dockerfile', { en: 'Dockerfile', ko: 'Dockerfile' }, [
  { id: 'syntax', title: { en: 'Syntax error', ko: '문법 오류' } },
  { id: 'buildkit', title: { en: 'BuildKit check', ko: 'BuildKit 검사' } },
  { id: 'hint', title: { en: 'Layer/cache hint', ko: '레이어·캐시 힌트' } },
  { id: 'context', title: { en: 'Context hint', ko: '컨텍스트 힌트' } },
] satisfies { id: DockerfileRuleKind; title: { en: string; ko: string } }[], rules);
