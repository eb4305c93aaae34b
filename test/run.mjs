// Runs every test tier and ends with one line over all of them:
//   N passed, N failed, N skipped
// A tier whose prerequisite is missing prints `SKIPPED <tier>: <reason>`,
// unless CI=true, where a missing prerequisite is a failure.
// Usage: node test/run.mjs [tier…]   (tiers: unit protocol engine vscode)
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { engineUnavailableReason, koreanFontMissingReason } from './support/prerequisites.mjs';

const root = new URL('..', import.meta.url).pathname;
const inCi = process.env.CI === 'true';
const tiers = ['unit', 'protocol', 'engine', 'vscode'];
const wanted = process.argv.slice(2).filter((arg) => tiers.includes(arg));
const totals = { passed: 0, failed: 0, skipped: 0 };

function testFiles(tier) {
  const dir = join(root, 'out/test', tier);
  if (!existsSync(dir)) return [];
  const found = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.test.js')) found.push(path);
    }
  };
  walk(dir);
  return found.sort();
}

function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Node's test runner over a tier's compiled files, counted from its TAP summary. */
async function nodeTestTier(tier, { serial = false } = {}) {
  const files = testFiles(tier);
  if (files.length === 0) return { passed: 0, failed: 1, note: `no test files in out/test/${tier}` };
  // Per run, so two runs at once (say, two terminals) cannot read each other's summary.
  const tap = join(root, 'out', `${tier}-${process.pid}.tap`);
  rmSync(tap, { force: true });
  const code = await run(process.execPath, [
    '--enable-source-maps',
    '--test',
    ...(serial ? ['--test-concurrency=1'] : []),
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tap}`,
    ...files,
  ]);
  const summary = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  rmSync(tap, { force: true });
  const count = (name) => Number(summary.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  const result = { passed: count('pass'), failed: count('fail') + count('cancelled'), skipped: count('skipped') + count('todo') };
  // A runner that died before its summary still failed.
  if (code !== 0 && result.failed === 0) result.failed = 1;
  return result;
}

/** The vscode tier reports its own counts in out/vscode-results.json. */
async function vscodeTier() {
  const results = join(root, 'out/vscode-results.json');
  rmSync(results, { force: true });
  const code = await run(process.execPath, ['--enable-source-maps', join(root, 'test/vscode/runInCodeServer.mjs')], {
    DOCKSIDE_TEST_RESULTS: results,
  });
  const counted = existsSync(results) ? JSON.parse(readFileSync(results, 'utf8')) : { passed: 0, failed: 0, skipped: 0 };
  if (code !== 0 && counted.failed === 0) counted.failed = 1;
  return counted;
}

const prerequisites = {
  unit: async () => undefined,
  protocol: async () => (existsSync(join(root, 'dist/server.js')) ? undefined : 'dist/server.js is not built (npm run bundle)'),
  // Both tiers run against the Docker Engine and a real Podman.
  engine: async () => (await engineUnavailableReason()) ?? (await podmanSupport()).podmanUnavailableReason(),
  // The suite drives the explorer and its commands against the engines too.
  vscode: async () => {
    const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
    if (!existsSync(chromium)) return `no Chromium at ${chromium} (apt-get install chromium, or set CHROMIUM_PATH)`;
    return koreanFontMissingReason() ?? (await engineUnavailableReason()) ?? (await podmanSupport()).podmanUnavailableReason();
  },
};

/** test/support/podmanService.ts, compiled (the build runs before the tiers). */
const podmanSupport = () => import(join(root, 'out/test/support/podmanService.js'));

/** One `podman system service` on a private socket for a tier, handed to its tests as DOCKSIDE_PODMAN_HOST. */
async function withPodman(runTier) {
  const service = await (await podmanSupport()).startPodmanService();
  process.env.DOCKSIDE_PODMAN_HOST = service.host;
  try {
    return await runTier();
  } finally {
    delete process.env.DOCKSIDE_PODMAN_HOST;
    await service.stop();
  }
}

const runners = {
  unit: () => nodeTestTier('unit'),
  protocol: () => nodeTestTier('protocol'),
  engine: () => withPodman(() => nodeTestTier('engine', { serial: true })),
  vscode: () => withPodman(vscodeTier),
};

const summaries = [];

// Static checks first: the type-checker and the linter, each counted as one test.
if (wanted.length === 0) {
  for (const [name, args] of [
    ['typecheck', [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', root]],
    ['lint', [join(root, 'node_modules/eslint/bin/eslint.js'), root]],
  ]) {
    console.log(`\n=== ${name} ===`);
    const ok = (await run(process.execPath, args)) === 0;
    totals[ok ? 'passed' : 'failed'] += 1;
    summaries.push(`${name}: ${ok ? 'passed' : 'failed'}`);
  }
}

for (const tier of wanted.length > 0 ? wanted : tiers) {
  const missing = await prerequisites[tier]();
  if (missing) {
    if (inCi) {
      console.log(`FAILED ${tier}: prerequisite missing under CI: ${missing}`);
      totals.failed += 1;
      summaries.push(`${tier}: prerequisite missing`);
    } else {
      console.log(`SKIPPED ${tier}: ${missing}`);
      totals.skipped += 1;
      summaries.push(`${tier}: skipped`);
    }
    continue;
  }
  console.log(`\n=== ${tier} tier ===`);
  const result = await runners[tier]();
  totals.passed += result.passed;
  totals.failed += result.failed;
  totals.skipped += result.skipped ?? 0;
  summaries.push(`${tier}: ${result.passed} passed, ${result.failed} failed${result.note ? ` (${result.note})` : ''}`);
}

console.log(`\n${summaries.join('\n')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exitCode = totals.failed > 0 ? 1 : 0;
