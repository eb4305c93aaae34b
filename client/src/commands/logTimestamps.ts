/**
 * Log lines as View Container Logs shows them: the engine prefixes each line
 * with an RFC 3339 time to the nanosecond in UTC (`2026-01-01T12:34:56.123456789Z`),
 * which is noise; the reader wants the local time to the second. `vscode`-free.
 */

/** `12:34:56` for a time today, `2025-12-31 12:34:56` before, in local time. */
export function logTime(date: Date, now: Date): string {
  const two = (value: number): string => String(value).padStart(2, '0');
  const time = `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
  const sameDay = date.getFullYear() === now.getFullYear() && date.getMonth() === now.getMonth() && date.getDate() === now.getDate();
  return sameDay ? time : `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${time}`;
}

/** The engine's timestamp of a line as `logTime` shows it; one it did not send as a time stays as it is. */
export function localLogTime(timestamp: string, now: Date): string {
  const date = parseTimestamp(timestamp);
  return date ? logTime(date, now) : timestamp;
}

function parseTimestamp(text: string): Date | undefined {
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(text)) return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
