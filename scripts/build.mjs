// Bundles the extension client and the language server (two entry points), and
// compiles every test/bench entry so node's test runner can run plain JS.
// Type-checking is tsc's job (`npm run typecheck`); esbuild only transpiles.
import * as esbuild from 'esbuild';
import { chmodSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const production = process.argv.includes('--production');
// `--dist=DIR`: only the bundles, into DIR (tests inspect a production build without touching dist/).
const distDir = process.argv.find((arg) => arg.startsWith('--dist='))?.slice('--dist='.length) ?? join(root, 'dist');
const bundlesOnly = process.argv.some((arg) => arg.startsWith('--dist='));

/** Every file under `dir` whose name matches `pattern`. */
function findFiles(dir, pattern) {
  const found = [];
  if (!existsSync(join(root, dir))) return found;
  for (const name of readdirSync(join(root, dir))) {
    const rel = join(dir, name);
    if (statSync(join(root, rel)).isDirectory()) found.push(...findFiles(rel, pattern));
    else if (pattern.test(name)) found.push(rel);
  }
  return found;
}

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  // dockerode reaches ssh2, whose optional native helpers are not needed for the
  // unix-socket and tcp transports; leaving them out keeps the bundle portable.
  external: ['vscode', 'cpu-features', './crypto/build/Release/sshcrypto.node'],
};

/**
 * dockerode (with gRPC and protobuf) is two thirds of the client's code and is
 * needed only once the engine is used, so it gets its own file: the extension
 * bundle requires `./dockerode.js` lazily and activation does not parse it.
 */
const dockerodeBesideTheBundle = {
  name: 'dockerode-beside-the-bundle',
  setup(build) {
    build.onResolve({ filter: /^dockerode$/ }, () => ({ path: './dockerode.js', external: true }));
  },
};

/**
 * The knowledge base is about 40% of the server's code and only hovers and
 * completion docs read it, so it gets its own file too: knowledge/index.ts
 * requires `./entries` inside a function, which becomes `./knowledge.js` beside
 * the server bundle, parsed on the first request that needs it.
 */
const knowledgeBesideTheBundle = {
  name: 'knowledge-beside-the-bundle',
  setup(build) {
    build.onResolve({ filter: /^\.\/entries$/ }, (args) =>
      args.importer.endsWith(join('server', 'src', 'knowledge', 'index.ts')) ? { path: './knowledge.js', external: true } : undefined,
    );
  },
};

await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: { extension: 'client/src/extension.ts' },
    outdir: distDir,
    minify: production,
    plugins: [dockerodeBesideTheBundle],
  }),
  esbuild.build({
    ...common,
    entryPoints: { dockerode: 'node_modules/dockerode/lib/docker.js', server: 'server/src/server.ts', knowledge: 'server/src/knowledge/entries.ts' },
    outdir: distDir,
    minify: production,
    plugins: [knowledgeBesideTheBundle],
  }),
  bundlesOnly ||
  esbuild.build({
    ...common,
    entryPoints: [...findFiles('test', /\.ts$/), ...findFiles('bench', /\.ts$/)],
    outdir: 'out',
    outbase: '.',
    sourcemap: 'inline',
    // Tests load their tools (mocha, dockerode, vscode-textmate…) from node_modules.
    packages: 'external',
  }),
]);

// `dockside-language-server` is exposed through package.json `bin`.
chmodSync(join(distDir, 'server.js'), 0o755);
