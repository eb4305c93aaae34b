import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { registeredCommands } from './support/fakeVscode';
import { registerCommands } from '../../../client/src/commands';
import { silentLog } from '../../../client/src/log';

const repoRoot = resolve(__dirname, '../../../..');
const commandsDir = join(repoRoot, 'client/src/commands');
const readJson = (path: string) => JSON.parse(readFileSync(join(repoRoot, path), 'utf8')) as Record<string, unknown>;
const sources = readdirSync(commandsDir)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => ({ name, text: readFileSync(join(commandsDir, name), 'utf8') }));

interface Manifest {
  contributes: {
    commands: { command: string; title: string }[];
    menus: Record<string, { command: string; when?: string }[]>;
  };
}
const manifest = readJson('package.json') as unknown as Manifest;
const declared = new Set(manifest.contributes.commands.map((command) => command.command));

describe('commands in the manifest', () => {
  test('every command the code registers is declared, and every declared dockside command is registered', () => {
    const context = { subscriptions: [] as unknown[] };
    registerCommands(context as never, {} as never, { dockerfileBuildInfo: async () => null }, { credentials: {} as never, view: {} as never }, {} as never, silentLog);
    assert.equal(new Set(registeredCommands).size, registeredCommands.length, 'no command registered twice');
    // The Registries view registers its own Refresh and Load more, as the explorer does its Refresh.
    const registeredByViews = new Set(['dockside.registries.refresh', 'dockside.registries.loadMore']);
    const ours = [...declared].filter((id) => /^dockside\.(container|image|volume|network|prune|compose|registry|registries)\./.test(id) && !registeredByViews.has(id));
    assert.deepEqual([...registeredCommands].sort(), ours.sort());
    assert.equal(context.subscriptions.length >= registeredCommands.length, true, 'every registration is disposed with the extension');
  });

  test('every title is localized in English and Korean', () => {
    const en = readJson('package.nls.json');
    const ko = readJson('package.nls.ko.json');
    for (const { command, title } of manifest.contributes.commands) {
      const key = /^%(.+)%$/.exec(title)?.[1];
      assert.ok(key, `${command} has a %key% title`);
      assert.ok(typeof en[key] === 'string', `${key} in package.nls.json`);
      assert.ok(typeof ko[key] === 'string', `${key} in package.nls.ko.json`);
    }
  });

  test('every title names what it acts on, and the engine commands are in the category people type: Docker', () => {
    const en = readJson('package.nls.json');
    const ours = manifest.contributes.commands as Array<{ command: string; title: string; category?: string }>;
    for (const { command, title, category } of ours) {
      const english = en[/^%(.+)%$/.exec(title)![1]] as string;
      assert.doesNotMatch(english, /^(Start|Stop|Restart|Pause|Unpause|Kill|Remove|Inspect|Refresh|Retry)\W*$/, `${command}: "${english}" names no object`);
      if (/^dockside\.(container|image|volume|network|prune|compose|engine|explorer)\./.test(command)) assert.equal(category, 'Docker', command);
    }
  });

  test('menus only name declared commands; build, run and compose entries require a trusted workspace', () => {
    for (const [menu, entries] of Object.entries(manifest.contributes.menus)) {
      for (const entry of entries) {
        assert.ok(declared.has(entry.command), `${menu}: ${entry.command} is declared`);
        const executesWorkspaceFiles =
          /^dockside\.(image\.(build|run|runInteractive)|compose\..*)$/.test(entry.command) && !/\.(logs|openDefinition|serviceLogs)$/.test(entry.command);
        if (executesWorkspaceFiles && menu !== 'commandPalette') assert.match(entry.when ?? '', /isWorkspaceTrusted/, `${menu}: ${entry.command}`);
      }
    }
  });

  test('container menu clauses use the explorer context values', () => {
    const itemMenu = manifest.contributes.menus['view/item/context'];
    for (const entry of itemMenu.filter((e) => e.command.startsWith('dockside.container.'))) {
      assert.match(entry.when ?? '', /viewItem =~ \/\^container\\\./, entry.command);
    }
  });
});

describe('client strings', () => {
  test('every string the commands show has a Korean translation', () => {
    const bundle = readJson('l10n/bundle.l10n.ko.json');
    const missing: string[] = [];
    for (const { name, text } of sources) {
      for (const match of text.matchAll(/(?:l10n\.t|\bmsg)\(\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/g)) {
        const english = (JSON.parse(match[1].startsWith("'") ? `"${match[1].slice(1, -1).replace(/\\'/g, "'").replace(/"/g, '\\"')}"` : match[1]) as string);
        if (typeof bundle[english] !== 'string') missing.push(`${name}: ${english}`);
      }
    }
    assert.deepEqual(missing, []);
  });
});
