/** Copying the whole build context with no `.dockerignore` beside the Dockerfile. */
import { TextEdit } from '../../../../lsp';
import { copiesWholeContext } from '../../readers';
import { eolOf, titledFix } from '../fixes';
import { dockerfileRule, dockerignoreHref } from '../rule';
import { directoryOf } from '../run';
import { dockerignoreOf } from './dockerignoreFiles';

/** What a new `.dockerignore` starts with: VCS data, dependencies, build output, secrets, the Docker files themselves. */
export const defaultDockerignore = [
  '# Keep the build context small and free of secrets.',
  '.git',
  '.gitignore',
  '**/node_modules',
  '**/__pycache__',
  '**/*.pyc',
  '**/.venv',
  '**/target',
  '**/dist',
  '**/build',
  '**/.env',
  '**/*.env',
  '**/*.pem',
  '**/*.key',
  '**/.DS_Store',
  '**/npm-debug.log*',
  'Dockerfile*',
  '.dockerignore',
  'docker-compose*.yml',
  'compose*.yaml',
  '',
].join('\n');

export const missingDockerignore = dockerfileRule({
  id: 'missing-dockerignore',
  kind: 'context',
  defaultSeverity: 'hint',
  docs: dockerignoreHref,
  title: { en: 'No .dockerignore', ko: '.dockerignore 없음' },
  description: { en: 'The whole build context is copied and there is no .dockerignore: .git, node_modules and secrets go to the builder and into the image.', ko: '빌드 컨텍스트 전체를 복사하는데 .dockerignore가 없습니다. .git, node_modules, 비밀 정보가 빌더와 이미지로 들어갑니다.' },
  example: 'FROM node:20\nCOPY . /app',
  check: {
    document(run, report) {
      if (!run.ast.uri.startsWith('file:')) return;
      const whole = run.ast.instructions.find(copiesWholeContext);
      if (!whole || dockerignoreOf(run)) return;
      report(whole.keywordRange, { en: 'This copies the whole build context, and there is no .dockerignore beside the Dockerfile: .git, node_modules and secrets get sent to the builder and into the image. Add a .dockerignore.', ko: '빌드 컨텍스트 전체를 복사하는데 Dockerfile 옆에 .dockerignore가 없습니다. .git, node_modules, 비밀 정보가 빌더와 이미지로 들어갑니다. .dockerignore를 추가하세요.' });
    },
  },
  fix({ ast, diagnostic, language }) {
    const uri = `${directoryOf(ast.uri)}/.dockerignore`;
    return [titledFix(language, { en: 'Create a .dockerignore', ko: '.dockerignore 만들기' }, diagnostic, {
      documentChanges: [
        { kind: 'create', uri, options: { ignoreIfExists: true } },
        { textDocument: { uri, version: null }, edits: [TextEdit.insert({ line: 0, character: 0 }, defaultDockerignore.replace(/\n/g, eolOf(ast)))] },
      ],
    })];
  },
});
