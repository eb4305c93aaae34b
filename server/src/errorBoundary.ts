/**
 * The one error boundary of the language server. Feature code never catches:
 * a failure in any request becomes an empty answer (or a ResponseError where
 * the protocol wants one) plus one log line, and the server keeps serving.
 */
import { CancellationToken, LSPErrorCodes, ResponseError } from './lsp';

export interface Logger {
  error(message: string): void;
}

export function createErrorBoundary(logger: Logger) {
  /**
   * Runs a request handler. On cancellation answers `RequestCancelled` as LSP
   * requires; on any other exception logs it and answers `fallback`.
   */
  return async function guard<T>(
    request: string,
    token: CancellationToken | undefined,
    fallback: T,
    handler: () => T | Promise<T>,
  ): Promise<T | ResponseError<void>> {
    if (token?.isCancellationRequested) return cancelled();
    try {
      const result = await handler();
      return token?.isCancellationRequested ? cancelled() : result;
    } catch (error) {
      logger.error(`${request} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fallback;
    }
  };
}

/** For notifications: run, log a failure, never throw into the connection. */
export function runLogged(logger: Logger, what: string, action: () => void): void {
  try {
    action();
  } catch (error) {
    logger.error(`${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}

