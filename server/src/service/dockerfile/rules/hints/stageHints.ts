/** A stage's layers and user: a pinned base image, the dependency install cached apart from the sources, a non-root final user. */
import { copiesWholeContext } from '../../readers';
import { bestPracticesHref, cacheOrderHref, dockerfileRule } from '../rule';

const dependencyInstall =
  /\b(npm (install|ci|i)\b|yarn( install)?\s*($|&&|;)|yarn install|pnpm (install|i)\b|pip3? install\b|poetry install|bundle install|go mod download|mvn\b|gradle\b|composer install|cargo (build|fetch)|dotnet restore)/;

export const implicitLatestTag = dockerfileRule({
  id: 'implicit-latest-tag',
  kind: 'hint',
  defaultSeverity: 'hint',
  docs: `${bestPracticesHref}#pin-base-image-versions`,
  title: { en: 'Base image without a tag', ko: '태그 없는 베이스 이미지' },
  description: { en: 'A base image with no tag means :latest, which changes whenever the image is updated: pin a version for repeatable builds.', ko: '태그 없는 베이스 이미지는 :latest를 뜻하며 이미지가 업데이트될 때마다 바뀝니다. 같은 결과로 빌드하려면 버전을 고정하세요.' },
  example: 'FROM node',
  check: {
    stage(stage, run, report) {
      const image = stage.imageName;
      if (image === undefined || image.includes('$')) return;
      const name = image.toLowerCase();
      if (name === 'scratch' || run.facts.stageIndexOf(name) !== undefined) return;
      if (name.slice(name.lastIndexOf('/') + 1).includes(':') || name.includes('@')) return;
      report(stage.from.argRange(0)!, {
        en: `"${image}" has no tag, so it means ${image}:latest, which changes whenever the image is updated. Pin a version (for example ${image}:<version>) for repeatable builds.`,
        ko: `"${image}"에는 태그가 없어서 ${image}:latest를 뜻하며, 이미지가 업데이트될 때마다 바뀝니다. 같은 결과로 빌드하려면 버전을 고정하세요 (예: ${image}:<version>).`,
      });
    },
  },
});

export const copyAllBeforeInstall = dockerfileRule({
  id: 'copy-all-before-install',
  kind: 'hint',
  defaultSeverity: 'hint',
  docs: cacheOrderHref,
  title: { en: 'Whole context copied before the install', ko: '설치 전에 복사한 컨텍스트 전체' },
  description: { en: 'COPY . . before the dependency install: every source edit invalidates the install\'s cache. Copy the manifest, install, then copy the rest.', ko: '의존성 설치 전에 COPY . .를 했습니다. 소스를 고칠 때마다 설치 단계의 캐시가 무효가 됩니다. 목록 파일을 복사해 설치한 뒤 나머지를 복사하세요.' },
  example: 'FROM node:20\nCOPY . .\nRUN npm ci',
  check: {
    stage(stage, _run, report) {
      const copyAll = stage.instructions.find(copiesWholeContext);
      if (!copyAll) return;
      const install = stage.instructions.slice(stage.instructions.indexOf(copyAll) + 1).find((i) => i.name === 'RUN' && dependencyInstall.test(i.argsText));
      if (!install) return;
      const step = install.argsText.slice(0, 40);
      report(copyAll.keywordRange, {
        en: `Copying the whole context before "${step}" invalidates the install's cache on every source change. Copy only the dependency manifest first (for example COPY package*.json ./), install, then COPY . .`,
        ko: `"${step}" 전에 컨텍스트 전체를 복사하면 소스를 고칠 때마다 설치 단계의 캐시가 무효가 됩니다. 의존성 목록만 먼저 복사하고(예: COPY package*.json ./) 설치한 뒤 COPY . .를 하세요.`,
      });
    },
  },
});

export const noUser = dockerfileRule({
  id: 'no-user',
  kind: 'hint',
  defaultSeverity: 'hint',
  docs: `${bestPracticesHref}#user`,
  title: { en: 'Final stage runs as root', ko: 'root로 실행되는 마지막 스테이지' },
  description: { en: 'No USER in the final stage (or the stages it builds on): the container runs as root, so a compromised process has full power.', ko: '마지막 스테이지(와 그 바탕 스테이지)에 USER가 없습니다. 컨테이너가 root로 실행되어 프로세스가 탈취되면 모든 권한을 가집니다.' },
  example: 'FROM alpine:3.20\nCMD ["sh"]',
  check: {
    stage(stage, run, report) {
      if (stage.index !== run.ast.stages.length - 1 || stage.imageName?.toLowerCase() === 'scratch') return;
      if ([...run.lineage(stage)].some((s) => s.instructions.some((i) => i.name === 'USER'))) return;
      report(stage.from.keywordRange, {
        en: 'The final stage runs as root: add USER with a non-root user (for example USER node, or create one with useradd) so a compromised process has less power.',
        ko: '마지막 스테이지가 root로 실행됩니다. 프로세스가 탈취되어도 피해가 적도록 root가 아닌 사용자로 USER를 추가하세요 (예: USER node, 또는 useradd로 사용자를 만드세요).',
      });
    },
  },
});
