// The vscode tier on this machine: the mocha suite in test/vscode/suite runs
// inside a real VS Code extension host (the VS Code server from code-server),
// opened by headless Chromium, exactly as @vscode/test-electron would run it
// in the desktop build. Writes {passed, failed, skipped} to $DOCKSIDE_TEST_RESULTS.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath, ensureCodeServer, startVsCodeServer, workbenchUrl } from '../support/codeServer.mjs';
import { startUiDriver } from './uiDriver.mjs';

const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const resultsPath = process.env.DOCKSIDE_TEST_RESULTS ?? join(root, 'out/vscode-results.json');
const overallTimeoutMs = Number(process.env.DOCKSIDE_VSCODE_TIMEOUT_MS ?? 5 * 60_000);

const scratch = mkdtempSync(join(tmpdir(), 'dockside-vscode-'));
const workspace = join(scratch, 'workspace');
// The suite writes its report here; the extension host inherits the server's environment.
const suiteReport = join(scratch, 'suite-report.json');
cpSync(join(root, 'samples'), workspace, { recursive: true });

/**
 * The engine-switching suite needs a Podman and a Docker context pointing at it: the tier's Podman
 * (DOCKSIDE_PODMAN_HOST, see test/run.mjs), else one of our own, and a DOCKER_CONFIG of our own
 * whose current context stays `default` (the Docker Engine), as the other suites expect.
 */
async function podmanForSuite() {
  if (process.env.DOCKSIDE_PODMAN_HOST) return { host: process.env.DOCKSIDE_PODMAN_HOST, stop: async () => undefined };
  const { startPodmanService } = await import(join(root, 'out/test/support/podmanService.js'));
  return startPodmanService();
}
const podman = await podmanForSuite();
const dockerConfig = join(scratch, 'docker-config');
const contextMeta = join(dockerConfig, 'contexts', 'meta', createHash('sha256').update('podman-test').digest('hex'));
mkdirSync(contextMeta, { recursive: true });
writeFileSync(
  join(contextMeta, 'meta.json'),
  JSON.stringify({ Name: 'podman-test', Metadata: { Description: 'Podman for the vscode tier' }, Endpoints: { docker: { Host: podman.host, SkipTLSVerify: false } } }),
);

let server;
let browser;
let uiDriver;
let exitCode = 1;
const serverLog = [];
try {
  const serverMain = await ensureCodeServer(root);
  uiDriver = await startUiDriver();
  server = await startVsCodeServer(serverMain, {
    dataDir: join(scratch, 'vscode'),
    // A Docker configuration of its own: registry logins made by the suite never touch the user's ~/.docker.
    // The suite reads the extension host's log (activation events, warnings) from the logs folder.
    env: {
      DOCKSIDE_SUITE_REPORT: suiteReport,
      DOCKER_CONFIG: dockerConfig,
      DOCKSIDE_PODMAN_HOST: podman.host,
      DOCKSIDE_UI_DRIVER: uiDriver.url,
      DOCKSIDE_VSCODE_LOGS: join(scratch, 'vscode', 'user-data', 'logs'),
    },
    log: (text) => serverLog.push(text),
  });
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  // The size the walkthrough used: what must be visible without scrolling is checked at it.
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await uiDriver.attach(page);
  const consoleLines = [];
  page.on('console', (message) => consoleLines.push(`[${message.type()}] ${message.text()}`));
  process.on('exit', () => process.env.DOCKSIDE_VSCODE_CONSOLE && console.log(consoleLines.join('\n')));
  const finished = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (code) => resolve(code)));
  await page.goto(
    workbenchUrl(server.port, {
      folder: workspace,
      extensionDevelopmentPath: root,
      // The benchmark reuses this harness with its own runner module.
      extensionTestsPath: process.env.DOCKSIDE_VSCODE_RUNNER ?? join(root, 'out/test/vscode/suite/index.js'),
    }),
  );
  let timer;
  const timedOut = new Promise((resolve) => {
    timer = setTimeout(() => resolve('timeout'), overallTimeoutMs);
  });
  const outcome = await Promise.race([finished, timedOut]);
  clearTimeout(timer);
  if (outcome === 'timeout') {
    await page.screenshot({ path: join(root, 'out/vscode-timeout.png') }).catch(() => undefined);
    throw new Error(`the suite did not finish within ${overallTimeoutMs / 1000} s (screenshot: out/vscode-timeout.png)`);
  }
  exitCode = outcome === 0 ? 0 : 1;
} catch (error) {
  console.error(`vscode tier failed: ${error.message}`);
  if (serverLog.length > 0) console.error(`--- VS Code server output ---\n${serverLog.join('').slice(-4000)}`);
} finally {
  const report = existsSync(suiteReport) ? JSON.parse(readFileSync(suiteReport, 'utf8')) : undefined;
  if (report) console.log(report.log);
  const counts = report ? { passed: report.passed, failed: report.failed, skipped: report.skipped } : { passed: 0, failed: 1, skipped: 0 };
  if (exitCode !== 0 && counts.failed === 0) counts.failed = 1;
  writeFileSync(resultsPath, JSON.stringify(counts));
  await browser?.close().catch(() => undefined);
  await uiDriver?.close();
  await server?.stop();
  await podman.stop();
  if (process.env.DOCKSIDE_KEEP_SCRATCH) console.log(`scratch kept: ${scratch}`);
  else await removeScratch();
}

/**
 * The language server outlives the extension host by a few seconds (it checks now and then
 * whether its parent is alive) and its code cache is in the scratch folder: until it exits, a
 * removal can find a file written behind it. Each try lists the folder anew.
 */
async function removeScratch() {
  for (let attempt = 1; ; attempt++) {
    try {
      return rmSync(scratch, { recursive: true, force: true });
    } catch (error) {
      if (error.code !== 'ENOTEMPTY' || attempt === 40) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
process.exitCode = exitCode;
