/** Every Compose rule's cases, by id: the harness checks there is one entry per rule of the registry. */
import type { RuleCases } from '../../../support/ruleCases';
import { cases as aliasCycle } from './alias-cycle';
import { cases as conflictingResources } from './conflicting-resources';
import { cases as conflictingSources } from './conflicting-sources';
import { cases as containerNameWithReplicas } from './container-name-with-replicas';
import { cases as dependsOnCycle } from './depends-on-cycle';
import { cases as deprecatedKey } from './deprecated-key';
import { cases as dockerfileConflict } from './dockerfile-conflict';
import { cases as duplicateContainerName } from './duplicate-container-name';
import { cases as duplicateHostPort } from './duplicate-host-port';
import { cases as duplicateMountTarget } from './duplicate-mount-target';
import { cases as emptyFile } from './empty-file';
import { cases as envNameSpace } from './env-name-space';
import { cases as envSpaceAroundEquals } from './env-space-around-equals';
import { cases as excessiveAliasing } from './excessive-aliasing';
import { cases as extendsCycle } from './extends-cycle';
import { cases as externalNameConflict } from './external-name-conflict';
import { cases as externalWithOtherKeys } from './external-with-other-keys';
import { cases as healthyWithoutHealthcheck } from './healthy-without-healthcheck';
import { cases as invalidDeviceRequest } from './invalid-device-request';
import { cases as invalidDuration } from './invalid-duration';
import { cases as invalidHealthcheckTest } from './invalid-healthcheck-test';
import { cases as invalidInterpolation } from './invalid-interpolation';
import { cases as invalidMerge } from './invalid-merge';
import { cases as invalidMount } from './invalid-mount';
import { cases as invalidName } from './invalid-name';
import { cases as invalidPort } from './invalid-port';
import { cases as invalidSize } from './invalid-size';
import { cases as invalidValue } from './invalid-value';
import { cases as legacyLinks } from './legacy-links';
import { cases as missingBuildContext } from './missing-build-context';
import { cases as missingEnvFile } from './missing-env-file';
import { cases as missingImage } from './missing-image';
import { cases as missingKey } from './missing-key';
import { cases as missingSource } from './missing-source';
import { cases as networkModeWithNetworks } from './network-mode-with-networks';
import { cases as nonStringKey } from './non-string-key';
import { cases as obsoleteVersion } from './obsolete-version';
import { cases as plainTextSecret } from './plain-text-secret';
import { cases as platformNotBuilt } from './platform-not-built';
import { cases as scaleReplicasMismatch } from './scale-replicas-mismatch';
import { cases as undeclaredConfig } from './undeclared-config';
import { cases as undeclaredModel } from './undeclared-model';
import { cases as undeclaredNetwork } from './undeclared-network';
import { cases as undeclaredSecret } from './undeclared-secret';
import { cases as undeclaredVolume } from './undeclared-volume';
import { cases as unknownKey } from './unknown-key';
import { cases as unknownService } from './unknown-service';
import { cases as unresolvedAlias } from './unresolved-alias';
import { cases as unusedDeclaration } from './unused-declaration';
import { cases as watchTargetRequired } from './watch-target-required';
import { cases as wrongType } from './wrong-type';
import { cases as yamlSyntax } from './yaml-syntax';

export const composeRuleCases: Readonly<Record<string, RuleCases>> = {
  'alias-cycle': aliasCycle,
  'conflicting-resources': conflictingResources,
  'conflicting-sources': conflictingSources,
  'container-name-with-replicas': containerNameWithReplicas,
  'depends-on-cycle': dependsOnCycle,
  'deprecated-key': deprecatedKey,
  'dockerfile-conflict': dockerfileConflict,
  'duplicate-container-name': duplicateContainerName,
  'duplicate-host-port': duplicateHostPort,
  'duplicate-mount-target': duplicateMountTarget,
  'empty-file': emptyFile,
  'env-name-space': envNameSpace,
  'env-space-around-equals': envSpaceAroundEquals,
  'excessive-aliasing': excessiveAliasing,
  'extends-cycle': extendsCycle,
  'external-name-conflict': externalNameConflict,
  'external-with-other-keys': externalWithOtherKeys,
  'healthy-without-healthcheck': healthyWithoutHealthcheck,
  'invalid-device-request': invalidDeviceRequest,
  'invalid-duration': invalidDuration,
  'invalid-healthcheck-test': invalidHealthcheckTest,
  'invalid-interpolation': invalidInterpolation,
  'invalid-merge': invalidMerge,
  'invalid-mount': invalidMount,
  'invalid-name': invalidName,
  'invalid-port': invalidPort,
  'invalid-size': invalidSize,
  'invalid-value': invalidValue,
  'legacy-links': legacyLinks,
  'missing-build-context': missingBuildContext,
  'missing-env-file': missingEnvFile,
  'missing-image': missingImage,
  'missing-key': missingKey,
  'missing-source': missingSource,
  'network-mode-with-networks': networkModeWithNetworks,
  'non-string-key': nonStringKey,
  'obsolete-version': obsoleteVersion,
  'plain-text-secret': plainTextSecret,
  'platform-not-built': platformNotBuilt,
  'scale-replicas-mismatch': scaleReplicasMismatch,
  'undeclared-config': undeclaredConfig,
  'undeclared-model': undeclaredModel,
  'undeclared-network': undeclaredNetwork,
  'undeclared-secret': undeclaredSecret,
  'undeclared-volume': undeclaredVolume,
  'unknown-key': unknownKey,
  'unknown-service': unknownService,
  'unresolved-alias': unresolvedAlias,
  'unused-declaration': unusedDeclaration,
  'watch-target-required': watchTargetRequired,
  'wrong-type': wrongType,
  'yaml-syntax': yamlSyntax,
};
