// `npm start`: install if needed, build, and open the extension in a real
// VS Code on the samples/ workspace.
//   - With a desktop `code` on PATH: `code --extensionDevelopmentPath=<repo> samples`.
//   - Otherwise: the VS Code server from code-server (installed from npm on first
//     use into .vscode-test/, like @vscode/test-electron's cache), on 127.0.0.1,
//     and the URL to open in a browser is printed. Ctrl-C stops it.
// Environment: DOCKSIDE_PORT picks the server's port (default: 8484, 0 = any).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const samples = join(root, 'samples');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function runOrExit(command, args, what) {
  const { status } = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (status !== 0) {
    console.error(`${what} failed (exit code ${status}).`);
    process.exit(status ?? 1);
  }
}

if (!existsSync(join(root, 'node_modules/.package-lock.json'))) runOrExit(npm, ['install', '--no-audit', '--no-fund'], 'npm install');
runOrExit(process.execPath, [join(root, 'scripts/build.mjs')], 'the build');

const desktopCode = spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' }).stdout.trim();
if (desktopCode && !process.env.DOCKSIDE_USE_SERVER) {
  console.log(`Opening VS Code (${desktopCode}) with Dockside under development on ${samples}`);
  runOrExit(desktopCode, [`--extensionDevelopmentPath=${root}`, samples], 'code');
} else {
  const { ensureCodeServer, startVsCodeServer, workbenchUrl } = await import('../test/support/codeServer.mjs');
  const serverMain = await ensureCodeServer(root);
  const dataDir = join(root, '.vscode-test', 'start-data');
  mkdirSync(dataDir, { recursive: true });
  const server = await startVsCodeServer(serverMain, { dataDir, port: Number(process.env.DOCKSIDE_PORT ?? 8484) });
  const url = workbenchUrl(server.port, { folder: samples, extensionDevelopmentPath: root });
  console.log('\nVS Code (server) is running with Dockside under development.');
  console.log(`Open this URL in a browser on this machine:\n\n  ${url}\n`);
  console.log('Press Ctrl-C to stop.');
  server.process.once('exit', (code) => {
    console.log(`The VS Code server stopped (exit code ${code}).`);
    process.exit(code ?? 0);
  });
  const stop = () => void server.stop();
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
