import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { changesContainer, EngineEventDecoder } from '../../../client/src/engine/events';

const start = '{"status":"start","id":"abc","Type":"container","Action":"start","Actor":{"ID":"abc","Attributes":{"name":"web"}},"time":1,"timeNano":1}';
const destroy = '{"Type":"container","Action":"destroy","Actor":{"ID":"def"}}';

describe('engine event stream', () => {
  test('one chunk may carry several events', () => {
    const events = new EngineEventDecoder().push(`${start}\n${destroy}\n`);
    assert.deepEqual(
      events.map((event) => [event.Action, event.Actor.ID]),
      [
        ['start', 'abc'],
        ['destroy', 'def'],
      ],
    );
  });

  test('an event split across chunks is decoded once complete', () => {
    const decoder = new EngineEventDecoder();
    assert.deepEqual(decoder.push(start.slice(0, 40)), []);
    assert.deepEqual(decoder.push(start.slice(40)), []);
    assert.deepEqual(decoder.push(`\n${destroy.slice(0, 5)}`).map((event) => event.Action), ['start']);
    assert.deepEqual(decoder.push(`${destroy.slice(5)}\n`).map((event) => event.Action), ['destroy']);
  });

  test('blank lines, CRLF endings and messages that are not events are skipped', () => {
    const events = new EngineEventDecoder().push(`\n{"message":"hi"}\nnot json\n${start}\r\n`);
    assert.deepEqual(events.map((event) => event.Action), ['start']);
  });

  test('exec, attach and resize do not change a container; state changes do', () => {
    for (const action of ['exec_create: sh', 'exec_start: sh', 'exec_die', 'attach', 'resize', 'top', 'archive-path', 'prune']) {
      assert.equal(changesContainer(action), false, action);
    }
    for (const action of ['create', 'start', 'die', 'stop', 'kill', 'pause', 'unpause', 'restart', 'rename', 'destroy', 'health_status: unhealthy']) {
      assert.equal(changesContainer(action), true, action);
    }
  });
});
