/**
 * Names and files a service refers to: services, networks, volumes,
 * secrets, configs and models must be declared (compose-go refuses the
 * file otherwise, `required: false` or not), and build contexts and env
 * files should exist beside the file.
 */
import { isMap, isScalar, isSeq, Node, Scalar } from 'yaml';
import type { ReferenceKind } from '../../../compose/catalogue';
import type { Localized } from '../../localized';
import { getValue, offsetRange, resolvePath, scalarText, sectionOf } from '../../../compose/model';
import { closestMatch } from '../spelling';
import { hasInterpolation } from '../../../compose/syntax';
import type { Project, ServiceEntry } from '../project';
import { ComposeRuleMeta, docsPage, ProjectCheck, ruleMaker } from './rule';

const rule = ruleMaker('reference');

const undeclared = (kind: ReferenceKind, title: Localized, example: string) =>
  rule(`undeclared-${kind}`, title, { en: `A ${kind} a service uses must be declared under the top-level "${sectionOf(kind)}:".`, ko: `서비스가 쓰는 ${kind}은(는) 최상위 "${sectionOf(kind)}:" 아래에 선언해야 합니다.` }, example, { docs: docsPage(sectionOf(kind)) });

export const referenceRules = {
  unknownService: rule('unknown-service', { en: 'Unknown service', ko: '알 수 없는 서비스' }, { en: 'A service named in `depends_on`, `links`, `extends`, `network_mode: service:…` or `volumes_from` that the file does not define ("depends on undefined service"), even with `required: false`.', ko: '`depends_on`, `links`, `extends`, `network_mode: service:…`, `volumes_from`에 쓴 서비스가 파일에 없습니다(`required: false`여도).' }, 'services:\n  web:\n    image: x\n    depends_on: [dbb]\n  db:\n    image: postgres', { docs: docsPage('services') }),
  undeclaredNetwork: undeclared('network', { en: 'Undeclared network', ko: '선언하지 않은 네트워크' }, 'services:\n  web:\n    image: x\n    networks: [front]'),
  undeclaredVolume: undeclared('volume', { en: 'Undeclared volume', ko: '선언하지 않은 볼륨' }, 'services:\n  web:\n    image: x\n    volumes: ["data:/data"]'),
  undeclaredSecret: undeclared('secret', { en: 'Undeclared secret', ko: '선언하지 않은 secret' }, 'services:\n  web:\n    image: x\n    secrets: [token]'),
  undeclaredConfig: undeclared('config', { en: 'Undeclared config', ko: '선언하지 않은 config' }, 'services:\n  web:\n    image: x\n    configs: [nginx_conf]'),
  undeclaredModel: undeclared('model', { en: 'Undeclared model', ko: '선언하지 않은 모델' }, 'services:\n  web:\n    image: x\n    models: [llm]'),
  missingBuildContext: rule('missing-build-context', { en: 'Build context not found', ko: '빌드 컨텍스트 없음' }, { en: 'The build context folder does not exist beside the file: the build will fail.', ko: '빌드 컨텍스트 폴더가 파일 옆에 없어서 빌드가 실패합니다.' }, 'services:\n  web:\n    build: ./web', { docs: docsPage('build'), defaultSeverity: 'warning' }),
  missingEnvFile: rule('missing-env-file', { en: 'Env file not found', ko: 'env 파일 없음' }, { en: 'A required env file does not exist beside the file: Compose stops with an error.', ko: '필수 env 파일이 파일 옆에 없어서 Compose가 오류로 멈춥니다.' }, 'services:\n  web:\n    image: x\n    env_file: .env', { docs: docsPage('services'), defaultSeverity: 'warning' }),
} satisfies Record<string, ComposeRuleMeta>;

const undeclaredRule: Record<ReferenceKind, ComposeRuleMeta> = {
  service: referenceRules.unknownService,
  network: referenceRules.undeclaredNetwork,
  volume: referenceRules.undeclaredVolume,
  secret: referenceRules.undeclaredSecret,
  config: referenceRules.undeclaredConfig,
  model: referenceRules.undeclaredModel,
};

export const koreanKind: Readonly<Record<string, string>> = { service: '서비스', network: '네트워크', volume: '볼륨', secret: 'secret', config: 'config', model: '모델' };

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Names may be declared in the files an override extends or `include:` pulls in. */
export function namesMayBeElsewhere(project: Project): boolean {
  const compose = project.compose;
  return project.collector.overlay || compose.layers.some((layer) => getValue(compose, layer, 'include') !== undefined);
}

function checkReferences(project: Project): void {
  if (namesMayBeElsewhere(project)) return;
  const compose = project.compose;
  const index = compose.symbols();
  for (const reference of index.references) {
    const declared = index.declarations.get(reference.kind)!;
    if (declared.has(reference.name)) continue;
    // Every project has a `default` network without declaring it.
    if (reference.kind === 'network' && reference.name === 'default') continue;
    if (hasInterpolation(reference.name)) continue;
    const section = sectionOf(reference.kind);
    const suggestion = closestMatch(reference.name, declared.keys());
    const message: Localized =
      reference.kind === 'service'
        ? {
          en: `No service named "${reference.name}" in this file.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
          ko: `이 파일에 "${reference.name}"(이)라는 서비스가 없습니다.${suggestion ? ` "${suggestion}"의 오타인가요?` : ''}`,
        }
        : {
          en: `${capitalize(reference.kind)} "${reference.name}" is used but not declared under the top-level "${section}:". ${suggestion ? `Did you mean "${suggestion}"?` : 'Declare it there.'}`,
          ko: `${koreanKind[reference.kind] ?? reference.kind} "${reference.name}"을(를) 쓰지만 최상위 "${section}:" 아래에 선언되어 있지 않습니다. ${suggestion ? `"${suggestion}"의 오타인가요?` : '그곳에 선언하세요.'}`,
        };
    project.collector.report(undeclaredRule[reference.kind], offsetRange(compose, reference.start, reference.end), message, undefined, {
      replacement: suggestion,
      declare: reference.kind === 'service' ? undefined : { section, name: reference.name },
    });
  }
}

/** A path on this machine (not a Git URL and not waiting for interpolation). */
function isLocalPath(text: string): boolean {
  return text !== '' && !hasInterpolation(text) && !/^[a-z][a-z0-9+.-]*:\/\//i.test(text) && !/^git@/.test(text) && !text.startsWith('~');
}

function checkFiles(project: Project): void {
  for (const service of project.services) {
    checkBuildContext(project, service);
    checkEnvFiles(project, service);
  }
}

function checkBuildContext(project: Project, service: ServiceEntry): void {
  const build = project.value(service, 'build');
  const context = isMap(build) ? getValue(project.compose, build, 'context') : build;
  const text = scalarText(context);
  if (!isScalar(context) || text === undefined || !isLocalPath(text)) return;
  const uri = resolvePath(project.compose, text);
  if (!uri || project.ctx.workspace.exists(uri)) return;
  const path = ['services', service.name, 'build', ...(isMap(build) ? ['context'] : [])];
  project.collector.report(referenceRules.missingBuildContext, context, { en: `The build context "${text}" does not exist (relative to this file): the build will fail.`, ko: `빌드 컨텍스트 "${text}"이(가) (이 파일 기준으로) 없습니다: 빌드가 실패합니다.` }, path);
}

function checkEnvFiles(project: Project, service: ServiceEntry): void {
  const envFile = project.value(service, 'env_file');
  const entries: { node: Scalar; required: boolean }[] = [];
  if (isScalar(envFile)) entries.push({ node: envFile, required: true });
  if (isSeq(envFile)) {
    for (const item of envFile.items) {
      if (isScalar(item)) entries.push({ node: item, required: true });
      else if (isMap(item) && isScalar(item.get('path', true))) {
        entries.push({ node: item.get('path', true) as Scalar, required: scalarText(item.get('required', true)) !== 'false' });
      }
    }
  }
  for (const { node, required } of entries) {
    const text = scalarText(node);
    if (!required || text === undefined || !isLocalPath(text)) continue;
    const uri = resolvePath(project.compose, text);
    if (!uri || project.ctx.workspace.exists(uri)) continue;
    project.collector.report(referenceRules.missingEnvFile, node as Node, { en: `The env file "${text}" does not exist (relative to this file): Compose will stop with an error. Create it, or mark it "required: false".`, ko: `env 파일 "${text}"이(가) (이 파일 기준으로) 없습니다: Compose가 오류로 멈춥니다. 파일을 만들거나 "required: false"로 표시하세요.` }, ['services', service.name, 'env_file']);
  }
}

export const referenceProjectChecks: readonly ProjectCheck[] = [checkReferences, checkFiles];
