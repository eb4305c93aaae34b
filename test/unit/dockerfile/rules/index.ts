/**
 * Every Dockerfile rule's cases, by id; the type requires one entry per rule of the registry.
 */
import type { RuleCases } from '../../../support/ruleCases';
import type { DockerfileRuleId } from '../../../../server/src/service/dockerfile/rules/index';
import { cases as consistentInstructionCasing } from './ConsistentInstructionCasing';
import { cases as copyIgnoredFile } from './CopyIgnoredFile';
import { cases as duplicateStageName } from './DuplicateStageName';
import { cases as exposeInvalidFormat } from './ExposeInvalidFormat';
import { cases as exposeProtoCasing } from './ExposeProtoCasing';
import { cases as fromAsCasing } from './FromAsCasing';
import { cases as fromPlatformFlagConstDisallowed } from './FromPlatformFlagConstDisallowed';
import { cases as invalidDefaultArgInFrom } from './InvalidDefaultArgInFrom';
import { cases as invalidDefinitionDescription } from './InvalidDefinitionDescription';
import { cases as jSONArgsRecommended } from './JSONArgsRecommended';
import { cases as legacyKeyValueFormat } from './LegacyKeyValueFormat';
import { cases as maintainerDeprecated } from './MaintainerDeprecated';
import { cases as multipleInstructionsDisallowed } from './MultipleInstructionsDisallowed';
import { cases as noEmptyContinuation } from './NoEmptyContinuation';
import { cases as redundantTargetPlatform } from './RedundantTargetPlatform';
import { cases as reservedStageName } from './ReservedStageName';
import { cases as secretsUsedInArgOrEnv } from './SecretsUsedInArgOrEnv';
import { cases as stageNameCasing } from './StageNameCasing';
import { cases as undefinedArgInFrom } from './UndefinedArgInFrom';
import { cases as undefinedVar } from './UndefinedVar';
import { cases as workdirRelativePath } from './WorkdirRelativePath';
import { cases as aptGetInstallOptions } from './apt-get-install-options';
import { cases as aptGetUpdateAlone } from './apt-get-update-alone';
import { cases as aptListsNotCleaned } from './apt-lists-not-cleaned';
import { cases as argumentCount } from './argument-count';
import { cases as cdInRun } from './cd-in-run';
import { cases as consecutiveRun } from './consecutive-run';
import { cases as copyAllBeforeInstall } from './copy-all-before-install';
import { cases as copyFromLaterStage } from './copy-from-later-stage';
import { cases as copyFromSelf } from './copy-from-self';
import { cases as duplicateDirective } from './duplicate-directive';
import { cases as duplicateFlag } from './duplicate-flag';
import { cases as implicitLatestTag } from './implicit-latest-tag';
import { cases as instructionBeforeFrom } from './instruction-before-from';
import { cases as invalidEscapeDirective } from './invalid-escape-directive';
import { cases as invalidFlagValue } from './invalid-flag-value';
import { cases as invalidHealthcheck } from './invalid-healthcheck';
import { cases as invalidMount } from './invalid-mount';
import { cases as invalidOnbuildTrigger } from './invalid-onbuild-trigger';
import { cases as invalidPlatform } from './invalid-platform';
import { cases as invalidPort } from './invalid-port';
import { cases as invalidProtocol } from './invalid-protocol';
import { cases as invalidSignal } from './invalid-signal';
import { cases as jsonArrayNotStrings } from './json-array-not-strings';
import { cases as malformedExecForm } from './malformed-exec-form';
import { cases as malformedVariable } from './malformed-variable';
import { cases as missingDockerignore } from './missing-dockerignore';
import { cases as missingFrom } from './missing-from';
import { cases as mountKeyIgnored } from './mount-key-ignored';
import { cases as noInstructions } from './no-instructions';
import { cases as noUser } from './no-user';
import { cases as preferCopy } from './prefer-copy';
import { cases as shellRequiresJson } from './shell-requires-json';
import { cases as spacesAroundEquals } from './spaces-around-equals';
import { cases as sudoInRun } from './sudo-in-run';
import { cases as unknownCheck } from './unknown-check';
import { cases as unknownFlag } from './unknown-flag';
import { cases as unknownInstruction } from './unknown-instruction';

export const dockerfileRuleCases: Record<DockerfileRuleId, RuleCases> = {
  ConsistentInstructionCasing: consistentInstructionCasing,
  CopyIgnoredFile: copyIgnoredFile,
  DuplicateStageName: duplicateStageName,
  ExposeInvalidFormat: exposeInvalidFormat,
  ExposeProtoCasing: exposeProtoCasing,
  FromAsCasing: fromAsCasing,
  FromPlatformFlagConstDisallowed: fromPlatformFlagConstDisallowed,
  InvalidDefaultArgInFrom: invalidDefaultArgInFrom,
  InvalidDefinitionDescription: invalidDefinitionDescription,
  JSONArgsRecommended: jSONArgsRecommended,
  LegacyKeyValueFormat: legacyKeyValueFormat,
  MaintainerDeprecated: maintainerDeprecated,
  MultipleInstructionsDisallowed: multipleInstructionsDisallowed,
  NoEmptyContinuation: noEmptyContinuation,
  RedundantTargetPlatform: redundantTargetPlatform,
  ReservedStageName: reservedStageName,
  SecretsUsedInArgOrEnv: secretsUsedInArgOrEnv,
  StageNameCasing: stageNameCasing,
  UndefinedArgInFrom: undefinedArgInFrom,
  UndefinedVar: undefinedVar,
  WorkdirRelativePath: workdirRelativePath,
  "apt-get-install-options": aptGetInstallOptions,
  "apt-get-update-alone": aptGetUpdateAlone,
  "apt-lists-not-cleaned": aptListsNotCleaned,
  "argument-count": argumentCount,
  "cd-in-run": cdInRun,
  "consecutive-run": consecutiveRun,
  "copy-all-before-install": copyAllBeforeInstall,
  "copy-from-later-stage": copyFromLaterStage,
  "copy-from-self": copyFromSelf,
  "duplicate-directive": duplicateDirective,
  "duplicate-flag": duplicateFlag,
  "implicit-latest-tag": implicitLatestTag,
  "instruction-before-from": instructionBeforeFrom,
  "invalid-escape-directive": invalidEscapeDirective,
  "invalid-flag-value": invalidFlagValue,
  "invalid-healthcheck": invalidHealthcheck,
  "invalid-mount": invalidMount,
  "invalid-onbuild-trigger": invalidOnbuildTrigger,
  "invalid-platform": invalidPlatform,
  "invalid-port": invalidPort,
  "invalid-protocol": invalidProtocol,
  "invalid-signal": invalidSignal,
  "json-array-not-strings": jsonArrayNotStrings,
  "malformed-exec-form": malformedExecForm,
  "malformed-variable": malformedVariable,
  "missing-dockerignore": missingDockerignore,
  "missing-from": missingFrom,
  "mount-key-ignored": mountKeyIgnored,
  "no-instructions": noInstructions,
  "no-user": noUser,
  "prefer-copy": preferCopy,
  "shell-requires-json": shellRequiresJson,
  "spaces-around-equals": spacesAroundEquals,
  "sudo-in-run": sudoInRun,
  "unknown-check": unknownCheck,
  "unknown-flag": unknownFlag,
  "unknown-instruction": unknownInstruction,
};
