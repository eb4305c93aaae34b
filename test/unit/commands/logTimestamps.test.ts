import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatLogLine } from '../../../client/src/commands/logSession';
import { localLogTime, logTime } from '../../../client/src/commands/logTimestamps';

// Local times, so the expectations hold in any time zone the tests run in.
const at = (year: number, month: number, day: number, hour: number, minute: number, second: number): Date => new Date(year, month - 1, day, hour, minute, second, 123);
const now = at(2026, 1, 2, 18, 0, 0);
const stamp = (date: Date): string => `${date.toISOString().slice(0, -1)}456789Z`;

describe('log timestamps: local time to the second', () => {
  test('today: the time; another day: the date and the time', () => {
    assert.equal(logTime(at(2026, 1, 2, 9, 5, 7), now), '09:05:07');
    assert.equal(logTime(at(2025, 12, 31, 23, 59, 59), now), '2025-12-31 23:59:59');
  });

  test("a line's nanosecond UTC timestamp becomes its local time; anything else stays as it is", () => {
    assert.equal(localLogTime(stamp(at(2026, 1, 2, 9, 5, 7)), now), '09:05:07');
    assert.equal(localLogTime(stamp(at(2025, 12, 31, 1, 2, 3)), now), '2025-12-31 01:02:03');
    assert.equal(localLogTime('2026-01-02T09:05:07+09:00', now), logTime(new Date('2026-01-02T09:05:07+09:00'), now));
    assert.equal(localLogTime('no-stamp', now), 'no-stamp');
  });

  test('a view line: the container for a compose view, the local time while timestamps are on', () => {
    const line = { container: 'shop-web-1', timestamp: stamp(at(2026, 1, 2, 9, 5, 7)), text: 'ready' };
    assert.equal(formatLogLine(line, false, now), '09:05:07 ready');
    assert.equal(formatLogLine(line, true, now), 'shop-web-1 | 09:05:07 ready');
    assert.equal(formatLogLine(line, true, undefined), 'shop-web-1 | ready', 'timestamps off: as the container wrote it');
  });
});
