// `npm run rules`: regenerates what the rule registries decide — the manifest's
// `dockside.<family>.rules` settings, their descriptions in package.nls*.json, and
// docs/rules*.md — and prints the files it changed. A unit test fails while any is stale.
import * as esbuild from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const { outputFiles } = await esbuild.build({
  stdin: {
    contents: `export { ruleRegistries } from './server/src/service/rules/families';
export { generatedFiles } from './server/src/service/rules/generatedFiles';`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  packages: 'external',
  write: false,
  logLevel: 'warning',
});
const module = { exports: {} };
new Function('module', 'exports', 'require', outputFiles[0].text)(module, module.exports, createRequire(join(root, 'package.json')));
const { ruleRegistries, generatedFiles } = module.exports;

for (const file of generatedFiles(ruleRegistries, (path) => readFileSync(join(root, path), 'utf8'))) {
  const path = join(root, file.path);
  let current;
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === file.content) continue;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.content);
  console.log(`wrote ${file.path}`);
}
