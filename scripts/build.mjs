// Bundles the extension client and the language server (two entry points), and
// compiles every test/bench entry so node's test runner can run plain JS.
// Type-checking is tsc's job (`npm run typecheck`); esbuild only transpiles.
import * as esbuild from 'esbuild';
import { chmodSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const requireFromBuild = createRequire(import.meta.url);
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
 * gRPC and protobuf come with dockerode (the BuildKit session and trace decoder use them): the
 * extension's imports of them resolve to stand-ins that take dockerode's copies from
 * `dist/dockerode.js` (client/src/engine/dockerodeBundle.ts) on first use, so they are not
 * bundled twice and load with dockerode, after activation.
 */
const sharedFromDockerode = ['@grpc/grpc-js', 'protobufjs/light'];
const dockerodeDependenciesFromItsBundle = {
  name: 'dockerode-dependencies-from-its-bundle',
  setup(build) {
    const filter = new RegExp(`^(${sharedFromDockerode.map((name) => name.replace(/[/.]/g, '\\$&')).join('|')})$`);
    build.onResolve({ filter }, (args) => (args.namespace === 'file' ? { path: args.path, namespace: 'from-dockerode' } : undefined));
    build.onResolve({ filter: /^\.\/dockerode\.js$/, namespace: 'from-dockerode' }, () => ({ path: './dockerode.js', external: true }));
    build.onLoad({ filter: /.*/, namespace: 'from-dockerode' }, (args) => ({
      contents: standIn(Object.keys(requireFromBuild(args.path)), `require('./dockerode.js').sharedModules[${JSON.stringify(args.path)}]`),
      loader: 'js',
    }));
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

/**
 * Module text standing in for `target`: one getter per export of `module` (the real module, loaded
 * here at build time) that requires `target` on its first read. esbuild's interop copies exports as
 * getters, so importers see the real values, yet nothing is loaded until one is used.
 */
async function onFirstUse(target, module) {
  return standIn(Object.keys(await import(module)), `require(${JSON.stringify(target)})`);
}

/** Module text with a getter per name in `exportNames` that evaluates `load` on the first read. */
function standIn(exportNames, load) {
  return `let loaded;
for (const name of ${JSON.stringify(exportNames.filter((name) => name !== 'default'))}) {
  Object.defineProperty(exports, name, { enumerable: true, get: () => (loaded ??= ${load})[name] });
}`;
}

/**
 * vscode-languageserver's node entry requires `child_process` and `crypto` at load time for
 * transports and module resolution the server never uses over stdio (IPC pipe names, forking a
 * Node module). Node compiles each built-in on first require; here those requires, from the
 * protocol libraries only, get a stand-in that loads the built-in on first use.
 */
const protocolLibraryBuiltinsOnFirstUse = {
  name: 'protocol-library-builtins-on-first-use',
  setup(build) {
    build.onResolve({ filter: /^(child_process|crypto)$/ }, (args) =>
      /[\\/]node_modules[\\/]vscode-(languageserver|jsonrpc)/.test(args.importer) ? { path: args.path, namespace: 'builtin-on-first-use' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'builtin-on-first-use' }, async (args) => ({
      contents: await onFirstUse(`node:${args.path}`, `node:${args.path}`),
      loader: 'js',
    }));
  },
};

/**
 * The `yaml` package is needed only once a Compose file is opened, so it gets its own file,
 * `dist/yaml.js`, and the server's imports of it resolve to a stand-in that requires that file on
 * first use.
 */
const yamlOnFirstUse = {
  name: 'yaml-on-first-use',
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, (args) =>
      args.importer.includes(join('server', 'src')) ? { path: 'yaml', namespace: 'yaml-on-first-use' } : undefined,
    );
    build.onResolve({ filter: /^\.\/yaml\.js$/, namespace: 'yaml-on-first-use' }, () => ({ path: './yaml.js', external: true }));
    build.onLoad({ filter: /.*/, namespace: 'yaml-on-first-use' }, async () => ({
      contents: await onFirstUse('./yaml.js', 'yaml'),
      loader: 'js',
    }));
  },
};

/**
 * yaml's parser and composer test `process.env.LOG_TOKENS` / `LOG_STREAM` for every token, and each
 * read of `process.env` is a getenv() call into the C++ side: ≈ 15% of parsing a large compose
 * file. yaml's `process` resolves to one whose `env` holds those two variables as they were when
 * the server started, which is all yaml reads from it besides `emitWarning`.
 */
const yamlProcessEnvReadOnce = {
  name: 'yaml-process-env-read-once',
  setup(build) {
    // Checked on every build, so a yaml upgrade that reads more of `process` fails here, not at run time.
    const readByYaml = new Set(['env.LOG_TOKENS', 'env.LOG_STREAM', 'emitWarning']);
    build.onResolve({ filter: /^(node:)?process$/ }, (args) => {
      if (!/[\\/]node_modules[\\/]yaml[\\/]/.test(args.importer)) return undefined;
      const reads = [...readFileSync(args.importer, 'utf8').matchAll(/node_process\.([\w.]+)/g)].map((match) => match[1]);
      const unexpected = reads.filter((read) => !readByYaml.has(read));
      if (reads.length === 0 || unexpected.length > 0) {
        return { errors: [{ text: `${args.importer} reads ${unexpected.join(', ') || 'process under another name'}: extend the yaml-process-env-read-once stand-in` }] };
      }
      return { path: 'process', namespace: 'yaml-process' };
    });
    build.onLoad({ filter: /.*/, namespace: 'yaml-process' }, () => ({
      contents: `const env = { LOG_TOKENS: process.env.LOG_TOKENS, LOG_STREAM: process.env.LOG_STREAM };
module.exports = { env, emitWarning: (...warning) => process.emitWarning(...warning) };`,
      loader: 'js',
    }));
  },
};

await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: { extension: 'client/src/extension.ts' },
    outdir: distDir,
    minify: production,
    plugins: [dockerodeBesideTheBundle, dockerodeDependenciesFromItsBundle],
  }),
  esbuild.build({
    ...common,
    entryPoints: {
      dockerode: 'client/src/engine/dockerodeBundle.ts',
      server: 'server/src/start.ts',
      'server-main': 'server/src/server.ts',
      knowledge: 'server/src/knowledge/entries.ts',
      yaml: 'node_modules/yaml/dist/index.js',
    },
    outdir: distDir,
    minify: production,
    plugins: [knowledgeBesideTheBundle, protocolLibraryBuiltinsOnFirstUse, yamlOnFirstUse, yamlProcessEnvReadOnce],
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
