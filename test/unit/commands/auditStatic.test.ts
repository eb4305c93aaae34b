/**
 * Audit of issue 6's standing rules that live in the source and the manifest
 * rather than in behaviour a test can provoke, kept as regression guards:
 *   - no command builds a shell string: no `exec`/`execSync`, no spawn with
 *     `shell`, no `sendText`, and the processes started are `docker` with
 *     an argument array (`execFile`), the Docker credential helper config.json
 *     names (`docker-credential-<name>`, its name checked so it cannot be a path),
 *     with its action as the one argument, and the compose CLI (a program from a
 *     fixed list, or the machine-scoped `dockside.compose.command`) with an argument
 *     array, from one place (`compose/run.ts`) or a terminal's `shellPath`/`shellArgs`;
 *   - the explorer has no polling timer: the one `setInterval` in the client
 *     redraws relative times from the model (minuteRedraw.ts), never asking the engine;
 *   - `dockside.engine.host` is machine-scoped (a workspace cannot redirect
 *     the engine) and untrusted workspaces are supported in limited mode.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, test } from 'node:test';

const repoRoot = resolve(__dirname, '../../../..');

function clientSources(): Array<{ path: string; text: string }> {
  const found: Array<{ path: string; text: string }> = [];
  const walk = (directory: string): void => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) found.push({ path: relative(repoRoot, path), text: readFileSync(path, 'utf8') });
    }
  };
  walk(join(repoRoot, 'client/src'));
  return found;
}

/** Source lines matching `pattern`, as `path:line: text`, comments excluded. */
function occurrences(pattern: RegExp): string[] {
  return clientSources().flatMap(({ path, text }) =>
    text
      .split('\n')
      .map((line, index) => ({ line: line.trim(), number: index + 1 }))
      .filter(({ line }) => !line.startsWith('*') && !line.startsWith('//') && !line.startsWith('/*') && pattern.test(line))
      .map(({ line, number }) => `${path}:${number}: ${line}`),
  );
}

describe('audit: standing safety rules in the client source', () => {
  test('the client has sources to check', () => {
    assert.ok(clientSources().length > 20);
    assert.ok(occurrences(/\bspawn\(/).length > 0, 'the scan finds what it looks for');
  });

  test('no shell: nothing runs a command line, and no terminal is sent text', () => {
    // Bare calls only: `.exec(` is RegExp#exec or the Engine API's exec, whose Cmd is an array.
    assert.deepEqual(occurrences(/(?<![.\w])(exec|execSync|spawnSync|execFileSync)\(|\bshell:\s*true|\.sendText\(/), []);
    assert.deepEqual(
      occurrences(/from 'node:child_process'|from 'child_process'/).filter(
        (line) => !/^client\/src\/processes\.ts:\d+: import \{ spawn \} from 'node:child_process'/.test(line),
      ),
      [],
      'only processes.ts (the one program runner) starts processes',
    );
    assert.deepEqual(
      occurrences(/\brunProgram\(/).map((line) => line.split(':')[0]).sort(),
      ['client/src/compose/run.ts', 'client/src/compose/run.ts', 'client/src/processes.ts', 'client/src/registry/credentialHelper.ts'],
      'the program runner runs the compose CLI and credential helpers, nothing else',
    );
  });

  test('an Engine API exec never hands a shell a string built from data', () => {
    const shellCommands = occurrences(/'-c',/);
    assert.ok(shellCommands.length > 0, 'the shell probe is found');
    for (const line of shellCommands) assert.match(line, /'-c', '[^']*'\]/, `the -c script is a fixed literal: ${line}`);
  });

  test('the only processes started are `docker`, credential helpers and the compose CLI, with an argument array', () => {
    const starts = occurrences(/\b(execFile|spawn|fork)\(|createTerminal\(/);
    assert.ok(starts.length > 0);
    for (const start of starts) {
      if (/createTerminal\(/.test(start)) {
        // A terminal either runs our own pseudo-terminal or the compose CLI with `shellArgs` from an array.
        assert.match(start, /createTerminal\(\{.*(\bpty\b|shellPath: invocation\.program, shellArgs: \[\.\.\.invocation\.args\])/, start);
      } else if (start.startsWith('client/src/processes.ts:')) {
        assert.match(start, /spawn\(program, \[\.\.\.args\], \{$/, start);
      } else {
        assert.match(start, /execFile\('docker', \[/, start);
      }
    }
  });

  test('a credential helper is run by a name that cannot be a path', () => {
    const source = clientSources().find(({ path }) => path === join('client', 'src', 'registry', 'credentialHelper.ts'))!.text;
    assert.match(source, /const program = credentialHelperProgram\(helper\);/);
    assert.match(source, /if \(!\/\^\[\\w\]\[\\w\.-\]\*\$\/\.test\(helper\)\) throw/);
  });

  test('no polling timer: the explorer follows the engine\'s events', () => {
    // The relative-time redraw is tested to make no engine call (test/unit/explorer/minuteRedraw.test.ts).
    assert.deepEqual(
      occurrences(/\bsetInterval\(/).map((line) => line.split(':')[0]),
      ['client/src/explorer/minuteRedraw.ts'],
    );
  });
});

describe('audit: manifest', () => {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
    capabilities?: { untrustedWorkspaces?: { supported?: unknown; description?: unknown } };
    contributes: { configuration: { properties: Record<string, { scope?: string }> } | Array<{ properties: Record<string, { scope?: string }> }> };
  };
  const properties = Object.assign({}, ...[manifest.contributes.configuration].flat().map((section) => section.properties)) as Record<string, { scope?: string }>;

  test('dockside.engine.host is machine-scoped: workspace settings cannot redirect the engine', () => {
    assert.equal(properties['dockside.engine.host']?.scope, 'machine');
  });

  test('dockside.compose.command is machine-scoped: a workspace cannot name the program Dockside runs', () => {
    assert.equal(properties['dockside.compose.command']?.scope, 'machine');
  });

  test('untrusted workspaces are supported in limited mode, with the limits described', () => {
    assert.equal(manifest.capabilities?.untrustedWorkspaces?.supported, 'limited');
    assert.match(String(manifest.capabilities?.untrustedWorkspaces?.description), /^%.+%$/, 'a localized description');
  });
});
