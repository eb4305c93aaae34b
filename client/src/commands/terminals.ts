/**
 * Terminals backed by the Engine API rather than a CLI: a `Pseudoterminal`
 * bridged to a TTY session (shell, interactive run) and a live stats view.
 */
import * as vscode from 'vscode';
import type Docker from 'dockerode';
import { formatBytes } from '../explorer/format';
import type { TtySession } from './shellSession';
import { streamStats, StatsSample } from './containerOps';
import { engineMessage } from './engineErrors';

type SessionStarter = (size: { columns: number; rows: number }, onOutput: (text: string) => void) => Promise<TtySession>;

/** Opens a terminal whose process is the TTY session `start` creates once the terminal knows its size. */
export function openSessionTerminal(name: string, start: SessionStarter): vscode.Terminal {
  const written = new vscode.EventEmitter<string>();
  const closed = new vscode.EventEmitter<number | void>();
  let session: TtySession | undefined;
  // The user may close the terminal before the session exists; it is then ended as soon as it does.
  let terminalClosed = false;
  // Keystrokes typed before the session is up are delivered once it is, in order.
  const early: string[] = [];
  // A size the terminal took before the session was up; applied once it is, or the shell would wrap lines at the wrong width.
  let resizedEarly: vscode.TerminalDimensions | undefined;
  const pty: vscode.Pseudoterminal = {
    onDidWrite: written.event,
    onDidClose: closed.event,
    open: (dimensions) => {
      const size = { columns: dimensions?.columns ?? 80, rows: dimensions?.rows ?? 24 };
      start(size, (text) => written.fire(text)).then(
        (started) => {
          if (terminalClosed) {
            started.close();
            return;
          }
          session = started;
          if (resizedEarly) void started.resize(resizedEarly.columns, resizedEarly.rows).catch(() => undefined);
          for (const data of early.splice(0)) started.write(data);
          void started.exited.then((code) => {
            closed.fire(code ?? undefined);
            written.dispose();
            closed.dispose();
          });
        },
        (error: unknown) => {
          if (!terminalClosed) written.fire(`\r\n${vscode.l10n.t('Could not start the session: {0}', engineMessage(error))}\r\n`);
        },
      );
    },
    close: () => {
      terminalClosed = true;
      session?.close();
    },
    handleInput: (data) => {
      if (session) session.write(data);
      else early.push(data);
    },
    setDimensions: (dimensions) => {
      if (session) void session.resize(dimensions.columns, dimensions.rows).catch(() => undefined);
      else resizedEarly = dimensions;
    },
  };
  const terminal = vscode.window.createTerminal({ name, pty, iconPath: new vscode.ThemeIcon('terminal') });
  terminal.show();
  return terminal;
}

/** A terminal that redraws the container's CPU, memory and network once a second until closed. */
export function openStatsTerminal(docker: Docker, containerId: string, name: string): vscode.Terminal {
  const written = new vscode.EventEmitter<string>();
  let stop: (() => void) | undefined;
  // Closed before the engine answered: the stream is stopped as soon as it arrives.
  let terminalClosed = false;
  const render = (sample: StatsSample): string =>
    [
      '\x1b[2J\x1b[H',
      `${vscode.l10n.t('Container')}: ${name}\r\n\r\n`,
      `${vscode.l10n.t('CPU')}:      ${sample.cpuPercent.toFixed(2)} %\r\n`,
      `${vscode.l10n.t('Memory')}:   ${formatBytes(sample.memoryUsage)} / ${formatBytes(sample.memoryLimit)} (${sample.memoryPercent.toFixed(2)} %)\r\n`,
      `${vscode.l10n.t('Network')}:  ↓ ${formatBytes(sample.networkRx)}  ↑ ${formatBytes(sample.networkTx)}\r\n`,
    ].join('');
  const pty: vscode.Pseudoterminal = {
    onDidWrite: written.event,
    open: () => {
      written.fire(vscode.l10n.t('Waiting for the first sample…') + '\r\n');
      streamStats(docker, containerId, (sample) => written.fire(render(sample))).then(
        (stream) => {
          if (terminalClosed) stream.stop();
          else stop = stream.stop;
        },
        (error: unknown) => {
          if (!terminalClosed) written.fire(`${vscode.l10n.t('Could not read stats: {0}', engineMessage(error))}\r\n`);
        },
      );
    },
    close: () => {
      terminalClosed = true;
      stop?.();
      written.dispose();
    },
  };
  const terminal = vscode.window.createTerminal({ name: vscode.l10n.t('Stats: {0}', name), pty, iconPath: new vscode.ThemeIcon('pulse') });
  terminal.show();
  return terminal;
}
