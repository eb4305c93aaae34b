import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, mock, test } from 'node:test';
import { untranslated } from '../../../client/src/explorer/format';
import { MinuteRedraw } from '../../../client/src/explorer/minuteRedraw';
import { ContainersModel } from '../../../client/src/explorer/model/containers';
import type { ExplorerNode } from '../../../client/src/explorer/nodes/base';
import { FakeEngine, inspectResult } from './fakeEngine';

const second = 1000;

describe('container status texts follow the clock (a fake one)', () => {
  let clock: number;
  let engine: FakeEngine;
  let model: ContainersModel;
  let changes: Array<ExplorerNode | undefined>;
  let redraw: MinuteRedraw;

  beforeEach(async () => {
    mock.timers.enable({ apis: ['setInterval'] });
    clock = Date.parse('2026-01-01T12:00:00Z');
    engine = new FakeEngine();
    engine.now = clock;
    const web = inspectResult('web', 'running');
    web.State.StartedAt = new Date(clock - 8 * second).toISOString();
    const job = inspectResult('job', 'exited');
    job.State.FinishedAt = new Date(clock - 2 * 60 * second).toISOString();
    engine.containers.set('web', web);
    engine.containers.set('job', job);
    model = new ContainersModel({ engine, t: untranslated, locale: 'en', now: () => clock });
    await model.getRoots();
    changes = [];
    model.onDidChange((node) => changes.push(node));
    redraw = new MinuteRedraw(() => model.redraw());
  });

  afterEach(() => {
    redraw.dispose();
    model.dispose();
    mock.timers.reset();
  });

  const description = (id: string): string | undefined => model.findContainer(id)?.present().description;
  const tooltipStatus = (id: string): string | undefined => /^Status: (.*)$/m.exec(model.findContainer(id)?.present().tooltip ?? '')?.[1];

  test('the texts are worked out from the start and finish times, and age with the clock', () => {
    assert.equal(description('web'), 'busybox · Up 8 seconds');
    assert.equal(description('job'), 'busybox · Exited (0) 2 minutes ago');
    clock += 75 * second;
    assert.equal(description('web'), 'busybox · Up About a minute', 'not "Up 8 seconds" 75 s later');
    assert.equal(tooltipStatus('web'), 'Up About a minute');
    assert.equal(description('job'), 'busybox · Exited (0) 3 minutes ago');
  });

  test('while the view is shown it is redrawn once a minute, asking the engine nothing', () => {
    engine.requests.length = 0;
    redraw.setVisible(true);
    assert.deepEqual(changes, [undefined], 'shown: redrawn at once');
    clock += 60 * second;
    mock.timers.tick(60 * second);
    clock += 60 * second;
    mock.timers.tick(60 * second);
    assert.deepEqual(changes, [undefined, undefined, undefined], 'and every minute');
    assert.equal(description('web'), 'busybox · Up 2 minutes');
    assert.deepEqual(engine.requests, [], 'no engine calls');
  });

  test('hidden, it is not redrawn; shown again, at once', () => {
    redraw.setVisible(true);
    redraw.setVisible(false);
    changes.length = 0;
    mock.timers.tick(10 * 60 * second);
    assert.deepEqual(changes, []);
    redraw.setVisible(true);
    assert.deepEqual(changes, [undefined]);
  });

  test('a listing learns the times of the containers whose text tells one; created ones are not inspected', async () => {
    engine.containers.set('fresh', inspectResult('fresh', 'created'));
    engine.requests.length = 0;
    await model.refresh();
    assert.deepEqual(engine.requests.sort(), ['inspect job', 'inspect web', 'listContainers']);
    assert.equal(description('fresh'), 'busybox · Created');
  });
});
