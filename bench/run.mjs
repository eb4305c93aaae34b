// `npm run bench`: runs every compiled benchmark (out/bench/*.js) in turn and
// prints its figures. Benchmarks measure; they never pass or fail on a time.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dir = join(root, 'out/bench');
const only = process.argv.slice(2);
const benches = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.js') && (only.length === 0 || only.some((o) => f.includes(o)))).sort() : [];
if (benches.length === 0) console.log('no benchmarks built (out/bench is empty)');
let failed = 0;
for (const file of benches) {
  console.log(`\n=== ${file.replace(/\.js$/, '')} ===`);
  const { status } = spawnSync(process.execPath, ['--expose-gc', '--enable-source-maps', join(dir, file)], { cwd: root, stdio: 'inherit' });
  if (status !== 0) failed += 1;
}
process.exitCode = failed > 0 ? 1 : 0;
