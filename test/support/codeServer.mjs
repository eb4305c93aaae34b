// A real VS Code without a download: code-server from the npm registry bundles
// VS Code's server and web workbench. Installed on first use into
// .vscode-test/ (where @vscode/test-electron caches its downloads) and reused.
// See shared/recipes/real-vscode.md.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const codeServerVersion = '4.100.3';

export function codeServerDir(root) {
  return join(root, '.vscode-test', `code-server-${codeServerVersion}`);
}

/** Installs code-server once; resolves with the path of the VS Code server's entry script. */
export async function ensureCodeServer(root, log = console.log) {
  const dir = codeServerDir(root);
  const serverMain = join(dir, 'node_modules/code-server/lib/vscode/out/server-main.js');
  const marker = join(dir, '.installed');
  if (existsSync(marker) && existsSync(serverMain)) return serverMain;

  log(`Installing code-server ${codeServerVersion} (VS Code server) into ${dir} …`);
  provideRipgrepDownload();
  mkdirSync(dir, { recursive: true });
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const code = await new Promise((resolve) => {
    const child = spawn(npm, ['install', '--no-audit', '--no-fund', '--no-save', '--prefix', dir, `code-server@${codeServerVersion}`], {
      stdio: ['ignore', 'inherit', 'inherit'],
      // As root, code-server's install script needs both.
      env: { ...process.env, npm_config_unsafe_perm: 'true', npm_config_yes: 'true' },
    });
    child.on('exit', (exitCode) => resolve(exitCode));
  });
  if (code !== 0 || !existsSync(serverMain)) throw new Error(`installing code-server failed (npm exit code ${code})`);
  writeFileSync(marker, `${new Date().toISOString()}\n`);
  return serverMain;
}

/**
 * @vscode/ripgrep's install step downloads rg from the internet. It first looks
 * for a cached download in os.tmpdir(); Debian's rg, packed as that download,
 * makes the install work offline.
 */
function provideRipgrepDownload() {
  const cache = join(tmpdir(), 'vscode-ripgrep-cache-1.15.11');
  const tarball = join(cache, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');
  if (existsSync(tarball)) return;
  const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
  if (!rg) throw new Error('ripgrep is needed to install the VS Code server offline (apt-get install ripgrep)');
  const staging = mkdtempSync(join(tmpdir(), 'dockside-rg-'));
  copyFileSync(rg, join(staging, 'rg'));
  mkdirSync(cache, { recursive: true });
  const tar = spawnSync('tar', ['czf', tarball, '-C', staging, 'rg']);
  rmSync(staging, { recursive: true, force: true });
  if (tar.status !== 0) throw new Error(`packing ripgrep failed: ${tar.stderr}`);
}

/**
 * Starts the VS Code server on 127.0.0.1 (port 0: any free port) and resolves once it
 * announces the port. `stop()` ends only this process.
 */
export function startVsCodeServer(serverMain, { dataDir, port = 0, env = {}, log = () => {} }) {
  // The server scans this folder for installed extensions and logs errors when it is missing.
  mkdirSync(join(dataDir, 'server-data', 'extensions'), { recursive: true });
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        serverMain,
        '--host', '127.0.0.1',
        '--port', String(port),
        '--without-connection-token',
        '--accept-server-license-terms',
        '--telemetry-level', 'off',
        '--server-data-dir', join(dataDir, 'server-data'),
        '--user-data-dir', join(dataDir, 'user-data'),
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } },
    );
    let output = '';
    const onData = (chunk) => {
      const text = chunk.toString();
      output += text;
      log(text);
      const port = output.match(/Extension host agent listening on (\d+)/)?.[1];
      if (port) {
        child.stdout.off('data', onData);
        child.stdout.on('data', (more) => log(more.toString()));
        resolve({
          port: Number(port),
          process: child,
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => log(chunk.toString()));
    child.once('exit', (code) => reject(new Error(`the VS Code server exited with code ${code} before listening:\n${output}`)));
  });
}

/** The workbench URL that loads an extension under development (and optionally a test runner). */
export function workbenchUrl(port, { folder, extensionDevelopmentPath, extensionTestsPath }) {
  const host = `127.0.0.1:${port}`;
  const payload = [
    ['extensionDevelopmentPath', `vscode-remote://${host}${extensionDevelopmentPath}`],
    ...(extensionTestsPath ? [['extensionTestsPath', `vscode-remote://${host}${extensionTestsPath}`]] : []),
    ['skipWelcome', 'true'],
  ];
  return `http://${host}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** Chromium flags for this machine's closed network (see shared/recipes/real-vscode.md). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
