/** How an Engine API failure reads to a user. `vscode`-free. */

/** The engine's own explanation of a failed request, without dockerode's `(HTTP code 409) unexpected -` prefix. */
export function engineMessage(error: unknown): string {
  const json = (error as { json?: { message?: string } | string } | undefined)?.json;
  if (json && typeof json === 'object' && json.message) return json.message;
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^\(HTTP code \d+\) [a-z ]+ - /, '').trim();
}

/** A failure to open the connection at all (no socket, refused, …), as opposed to the engine refusing a request. */
export function isConnectionFailure(error: unknown): error is NodeJS.ErrnoException {
  return (error as { syscall?: unknown } | undefined)?.syscall === 'connect';
}
