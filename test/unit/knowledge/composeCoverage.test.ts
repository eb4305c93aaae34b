/**
 * Every Compose key the notes use (and the service keys people commonly write)
 * has a knowledge entry in both languages with its note reference. The Compose
 * hover looks entries up as `compose.key.<path>`, `*` for any name.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { allEntries, getEntry } from '../../../server/src/knowledge/index';

const notesDir = join(resolve(__dirname, '../../../..'), '..', 'shared', 'notes');

const keysInNotes = [
  'version', // 001 docker-compose.yml 예시: `version : '3'` (obsolete)
  'services', // 001 docker-compose.yml 예시
  'services.*.image', // 001 `image: mysql`
  'services.*.restart', // 001 `restart: always`
  'services.*.volumes', // 001 `- ./mysqldata:/var/lib/mysql`
  'services.*.environment', // 001 `enviroment:` (sic)
  'services.*.ports', // 000 `- "3000:3000"`; 001 `- "3307:3306"`
  'services.*.build', // 000 Docker compose: `build: "."`
  'services.*.container_name', // 000 `container_name: "node_test"`
  'services.*.working_dir', // 000 `working_dir: "/app"`
  'networks', // 004 애플리케이션 구성 (a user network for three tiers)
  'services.*.networks', // 004 `--network leafy-network`, as Compose writes it
  'volumes', // 004 볼륨
  'services.*.links', // 001 Container간의 연결 (--link, as Compose writes it)
];

const commonKeys = [
  'name', 'secrets', 'configs', 'include',
  ...['expose', 'env_file', 'depends_on', 'network_mode', 'command', 'entrypoint', 'user', 'healthcheck', 'secrets', 'configs',
    'stdin_open', 'tty', 'deploy', 'labels', 'profiles', 'logging', 'hostname', 'privileged', 'pull_policy', 'extra_hosts']
    .map((key) => `services.*.${key}`),
  ...['context', 'dockerfile', 'args', 'target'].map((key) => `services.*.build.${key}`),
  ...['test', 'interval', 'timeout', 'retries', 'start_period'].map((key) => `services.*.healthcheck.${key}`),
  'networks.*.driver', 'networks.*.external', 'volumes.*.driver', 'volumes.*.external', 'secrets.*.file', 'secrets.*.environment',
];

describe('every Compose key in the notes has an entry', () => {
  for (const path of [...keysInNotes, ...commonKeys]) {
    test(path, () => {
      const entry = getEntry(`compose.key.${path}`);
      assert.ok(entry, `no knowledge entry compose.key.${path}`);
      assert.equal(entry.kind, 'compose-key');
      assert.equal(entry.title, path.split('.').pop());
      for (const lang of ['ko', 'en'] as const) {
        assert.ok(entry[lang].summary.trim().length > 5, `${path}: ${lang} summary`);
        assert.ok(entry[lang].details.trim().length > 10, `${path}: ${lang} details`);
      }
      assert.ok(entry.sources.length > 0, `${path}: no note reference`);
      assert.match(entry.reference, /^https:\/\/docs\.docker\.com\/reference\/compose-file\//);
    });
  }

  test('values that carry meaning are explained', () => {
    const values = (path: string) => Object.keys(getEntry(`compose.key.${path}`)?.values ?? {}).sort();
    assert.deepEqual(values('services.*.restart'), ['always', 'no', 'on-failure', 'unless-stopped']);
    assert.deepEqual(values('services.*.depends_on'), ['service_completed_successfully', 'service_healthy', 'service_started']);
    assert.ok(values('services.*.network_mode').includes('host'));
    assert.ok(values('services.*.pull_policy').includes('missing'));
  });

  test("the notes' outdated Compose is corrected", () => {
    const text = (path: string) => JSON.stringify(getEntry(`compose.key.${path}`));
    assert.match(text('version'), /obsolete/i);
    assert.match(text('services.*.environment'), /`enviroment:` is a typo/);
    assert.match(text('services'), /V1/);
  });
});

describe('every Compose entry points at a real place in the notes', () => {
  const cache = new Map<string, Set<string>>();
  const sectionsOf = (note: string): Set<string> => {
    let lines = cache.get(note);
    if (!lines) {
      const text = readFileSync(join(notesDir, note), 'utf8');
      lines = new Set(text.split(/\r?\n/).map((line) => line.replace(/^\s*#+\s*/, '').replace(/[*_]{2,}/g, '').trim()));
      cache.set(note, lines);
    }
    return lines;
  };
  for (const entry of allEntries().filter((e) => e.kind === 'compose-key')) {
    test(entry.id, () => {
      for (const source of entry.sources) assert.ok(sectionsOf(source.note).has(source.section), `${entry.id}: no section "${source.section}"`);
    });
  }
});
