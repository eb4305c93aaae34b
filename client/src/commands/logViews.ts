/**
 * Log output views: one per container, compose service or compose project,
 * each following its containers across restarts and re-creations
 * (`logSession.ts`). A chatty container is batched so the view keeps up.
 */
import * as vscode from 'vscode';
import type { EngineConnection } from '../engine/connection';
import { TextBatcher } from './logBatcher';
import { formatLogLine, LogSession, type LogSelector } from './logSession';
import { t } from './ui';

interface LogView {
  readonly channel: vscode.OutputChannel;
  readonly batcher: TextBatcher;
  session?: LogSession;
}

export class LogViews implements vscode.Disposable {
  private readonly views = new Map<string, LogView>();

  constructor(private readonly engine: EngineConnection) {}

  /** Shows the view of `selector`, titled `Logs: <title>`, and starts following unless it already does. */
  async show(selector: LogSelector, title: string): Promise<void> {
    const key = selector.kind === 'container' ? `container:${selector.id}` : `compose:${selector.project}/${selector.service ?? ''}`;
    let view = this.views.get(key);
    if (!view) {
      const channel = vscode.window.createOutputChannel(vscode.l10n.t('Logs: {0}', title));
      const batcher = new TextBatcher((text) => channel.append(text), {
        intervalMs: 100,
        maxBatchChars: 1_000_000,
        droppedMarker: (count) => vscode.l10n.t('… {0} characters skipped to keep up …', count),
      });
      view = { channel, batcher };
      this.views.set(key, view);
    }
    view.channel.show(true);
    if (view.session) return;
    const current = view;
    const withContainer = selector.kind === 'compose';
    const tail = vscode.workspace.getConfiguration('dockside').get<number>('logs.tail', 1000);
    await this.engine.connect();
    current.session = new LogSession(
      this.engine,
      selector,
      {
        line: (line) => current.batcher.push(`${formatLogLine(line, withContainer)}\n`),
        note: (note) => current.batcher.push(`── ${t(note)} ──\n`),
      },
      { tail },
    );
    try {
      await current.session.start();
    } catch (error) {
      // The view stays; showing it again starts over.
      current.session.dispose();
      current.session = undefined;
      throw error;
    }
  }

  dispose(): void {
    for (const view of this.views.values()) {
      view.session?.dispose();
      view.batcher.dispose();
      view.channel.dispose();
    }
    this.views.clear();
  }
}
