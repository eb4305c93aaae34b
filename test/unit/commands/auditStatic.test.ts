/**
 * Audit of issue 6's standing rules that only the source and the manifest can
 * show, because each is about something being absent everywhere, which no
 * behaviour test can provoke:
 *   - no shell anywhere: no `exec`/`execSync`, no spawn with `shell`, no
 *     `sendText`, and child_process only in the one program runner
 *     (processes.ts), which runs the compose CLI and credential helpers (what
 *     hostile names do to the commands that exist is the engine tier's
 *     auditSafety; that a credential helper's name cannot make it a path, the
 *     registry unit tests);
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
