import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readlinkSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type Docker from 'dockerode';
import { stepOf } from '../../../client/src/commands/buildImage';
import { computeStats, containerRemovalConfirmation, formatChanges, splitReference } from '../../../client/src/commands/containerOps';
import { imageRemovalConfirmation } from '../../../client/src/commands/imageOps';
import { formatMessage } from '../../../client/src/commands/localizable';
import { TextBatcher } from '../../../client/src/commands/logBatcher';
import { extractTar, parseTar } from '../../../client/src/commands/tar';
import { networkRemovalConfirmation, volumeRemovalConfirmation } from '../../../client/src/commands/volumeNetworkOps';

describe('removal confirmations say exactly what goes', () => {
  test('a running container needs force and says so', () => {
    const confirmation = containerRemovalConfirmation('web', 'running', []);
    assert.equal(confirmation.needsForce, true);
    assert.equal(formatMessage(confirmation.message), 'Container web is running. Stop it and remove it?');
  });
  test('an exited container lists its anonymous volumes', () => {
    const confirmation = containerRemovalConfirmation('db', 'exited', ['a'.repeat(64)]);
    assert.equal(confirmation.needsForce, false);
    assert.equal(formatMessage(confirmation.message), 'Remove container db?');
    assert.match(formatMessage(confirmation.detail), /anonymous volumes are removed with it: aaaaaaaaaaaa\./);
  });
  test('an image used by containers names them; a running one blocks removal', () => {
    const stopped = imageRemovalConfirmation('web:1', [{ name: 'old', state: 'exited' }]);
    assert.equal(stopped.needsForce, true);
    assert.equal(stopped.blocked, false);
    assert.match(formatMessage(stopped.detail), /Used by containers: old \(exited\)/);
    const running = imageRemovalConfirmation('web:1', [{ name: 'live', state: 'running' }, { name: 'old', state: 'exited' }]);
    assert.equal(running.blocked, true);
    assert.match(formatMessage(running.detail), /live \(running\), old \(exited\)\. Stop and remove the running ones first/);
    assert.equal(imageRemovalConfirmation('web:1', []).needsForce, false);
    assert.match(formatMessage(imageRemovalConfirmation('web:1', []).detail), /^Untags web:1;/);
    assert.match(formatMessage(imageRemovalConfirmation('localhost:5000/web:1', []).detail), /^Untags localhost:5000\/web:1;/);
    const untagged = imageRemovalConfirmation('sha256:0123456789abcdef', []);
    assert.equal(formatMessage(untagged.message), 'Remove image 0123456789ab?');
    assert.match(formatMessage(untagged.detail), /^Deletes the untagged image 0123456789ab/);
  });
  test('volumes and networks in use are blocked and name their containers', () => {
    assert.equal(volumeRemovalConfirmation('data', ['db']).blocked, true);
    assert.match(formatMessage(volumeRemovalConfirmation('data', ['db']).detail), /Used by containers: db/);
    assert.match(formatMessage(volumeRemovalConfirmation('data', []).detail), /All data stored in the volume is deleted/);
    assert.equal(networkRemovalConfirmation('net', []).blocked, false);
    assert.match(formatMessage(networkRemovalConfirmation('net', ['a', 'b']).detail), /Containers attached: a, b/);
  });
});

describe('computeStats', () => {
  const sample = {
    cpu_stats: { cpu_usage: { total_usage: 400_000_000 }, system_cpu_usage: 2_000_000_000, online_cpus: 2 },
    precpu_stats: { cpu_usage: { total_usage: 300_000_000 }, system_cpu_usage: 1_000_000_000 },
    memory_stats: { usage: 60_000_000, limit: 200_000_000, stats: { inactive_file: 10_000_000 } },
    networks: { eth0: { rx_bytes: 1000, tx_bytes: 200 }, eth1: { rx_bytes: 24, tx_bytes: 0 } },
  } as unknown as Docker.ContainerStats;
  test('CPU, memory without page cache, and network totals like `docker stats`', () => {
    assert.deepEqual(computeStats(sample), {
      cpuPercent: 20,
      memoryUsage: 50_000_000,
      memoryLimit: 200_000_000,
      memoryPercent: 25,
      networkRx: 1024,
      networkTx: 200,
    });
  });
  test('the first sample (no previous CPU reading) shows 0 %', () => {
    const first = { ...sample, precpu_stats: {} } as unknown as Docker.ContainerStats;
    assert.equal(computeStats({ ...first, cpu_stats: { ...sample.cpu_stats, system_cpu_usage: 0 } }).cpuPercent, 0);
  });
});

describe('small formatters', () => {
  test('formatChanges like `docker diff`', () => {
    assert.deepEqual(formatChanges([{ Path: '/tmp/x', Kind: 1 }, { Path: '/etc', Kind: 0 }, { Path: '/etc/motd', Kind: 2 }]), [
      'C /etc',
      'D /etc/motd',
      'A /tmp/x',
    ]);
  });
  test('splitReference keeps registry ports in the repository', () => {
    assert.deepEqual(splitReference('localhost:5000/app:1.0'), { repo: 'localhost:5000/app', tag: '1.0' });
    assert.deepEqual(splitReference('localhost:5000/app'), { repo: 'localhost:5000/app', tag: 'latest' });
    assert.deepEqual(splitReference('app'), { repo: 'app', tag: 'latest' });
  });
  test('stepOf parses the classic builder progress line', () => {
    assert.deepEqual(stepOf('Step 3/7 : RUN make\n'), { step: 3, total: 7, instruction: 'RUN make' });
    assert.equal(stepOf(' ---> Running in abc'), undefined);
  });
});

describe('TextBatcher', () => {
  function manualTimer() {
    const pending: (() => void)[] = [];
    return {
      schedule: (callback: () => void) => {
        pending.push(callback);
        return { cancel: () => pending.splice(pending.indexOf(callback), 1) };
      },
      fire: () => pending.splice(0).forEach((callback) => callback()),
      get scheduled() {
        return pending.length;
      },
    };
  }
  test('many chunks become one append per interval', () => {
    const timer = manualTimer();
    const appended: string[] = [];
    const batcher = new TextBatcher((text) => appended.push(text), { intervalMs: 50, maxBatchChars: 1000, droppedMarker: (n) => `[${n} dropped]`, schedule: timer.schedule });
    for (let i = 0; i < 100; i++) batcher.push(`tick ${i}\n`);
    assert.equal(timer.scheduled, 1);
    assert.equal(appended.length, 0);
    timer.fire();
    assert.equal(appended.length, 1);
    assert.ok(appended[0].startsWith('tick 0\n') && appended[0].endsWith('tick 99\n'));
  });
  test('a burst beyond the cap drops the oldest text and says how much', () => {
    const timer = manualTimer();
    const appended: string[] = [];
    const batcher = new TextBatcher((text) => appended.push(text), { intervalMs: 50, maxBatchChars: 20, droppedMarker: (n) => `[${n} dropped]`, schedule: timer.schedule });
    for (const chunk of ['aaaaaaaaaa', 'bbbbbbbbbb', 'cccccccccc']) batcher.push(chunk);
    batcher.dispose();
    assert.deepEqual(appended, ['[10 dropped]\nbbbbbbbbbbcccccccccc']);
    assert.equal(timer.scheduled, 0);
  });
});

/** A ustar header block for `name` with the given type and content length. */
function header(name: string, type: string, size: number, extra: { linkName?: string; mode?: number } = {}): Buffer {
  const block = Buffer.alloc(512);
  block.write(name, 0, 'utf8');
  block.write(`${(extra.mode ?? 0o644).toString(8).padStart(7, '0')}\0`, 100);
  block.write(`${size.toString(8).padStart(11, '0')}\0`, 124);
  block.write(type, 156);
  if (extra.linkName) block.write(extra.linkName, 157);
  block.write('ustar\0', 257);
  return block;
}
const padded = (content: Buffer) => Buffer.concat([content, Buffer.alloc((512 - (content.length % 512)) % 512)]);

describe('tar extraction', () => {
  const longName = `${'deep/'.repeat(30)}file.txt`;
  const paxRecord = (key: string, value: string) => {
    const body = ` ${key}=${value}\n`;
    let length = body.length + 2;
    if (String(length).length + body.length !== length) length = String(length).length + body.length;
    return `${length}${body}`;
  };
  const pax = Buffer.from(paxRecord('path', longName));
  const archive = Buffer.concat([
    header('etc/', '5', 0, { mode: 0o755 }),
    header('etc/hostname', '0', 5, { mode: 0o600 }),
    padded(Buffer.from('box1\n')),
    header('etc/link', '2', 0, { linkName: 'hostname' }),
    header('PaxHeaders/x', 'x', pax.length),
    padded(pax),
    header('truncated-name', '0', 2),
    padded(Buffer.from('ok')),
    Buffer.alloc(1024),
  ]);
  test('parses files, directories, symlinks and PAX long names', () => {
    assert.deepEqual(
      parseTar(archive).map((entry) => [entry.path, entry.type]),
      [['etc/', 'directory'], ['etc/hostname', 'file'], ['etc/link', 'symlink'], [longName, 'file']],
    );
  });
  test('extracts with contents, modes and links', () => {
    const destination = mkdtempSync(join(tmpdir(), 'dockside-tar-'));
    try {
      const written = extractTar(archive, destination);
      assert.deepEqual(written, ['etc', 'etc/hostname', 'etc/link', longName]);
      assert.equal(readFileSync(join(destination, 'etc/hostname'), 'utf8'), 'box1\n');
      assert.equal(statSync(join(destination, 'etc/hostname')).mode & 0o777, 0o600);
      assert.equal(readlinkSync(join(destination, 'etc/link')), 'hostname');
      assert.equal(readFileSync(join(destination, longName), 'utf8'), 'ok');
    } finally {
      rmSync(destination, { recursive: true, force: true });
    }
  });
  test('refuses entries that escape the destination', () => {
    const destination = mkdtempSync(join(tmpdir(), 'dockside-tar-'));
    try {
      const evil = Buffer.concat([header('../evil', '0', 1), padded(Buffer.from('x')), Buffer.alloc(1024)]);
      assert.throws(() => extractTar(evil, destination), /refusing to extract \.\.\/evil/);
    } finally {
      rmSync(destination, { recursive: true, force: true });
    }
  });
});
