/**
 * Log output views: one per container, compose service or compose project,
 * each following its containers across restarts and re-creations
 * (`logSession.ts`). A chatty container is batched so the view keeps up. Each
 * line starts with its local time to the second while `dockside.logs.timestamps`
 * is on; changing it follows the open views anew.
 */
import * as vscode from 'vscode';
import type { EngineConnection } from '../engine/connection';
import { engineMessage } from './engineErrors';
import { TextBatcher } from './logBatcher';
import { formatLogLine, LogSession, type LogSelector } from './logSession';
import { t } from './ui';

interface LogView {
  readonly selector: LogSelector;
  readonly channel: vscode.OutputChannel;
  readonly batcher: TextBatcher;
  session?: LogSession;
}

export class LogViews implements vscode.Disposable {
  private readonly views = new Map<string, LogView>();
  private readonly settingWatch = vscode.workspace.onDidChangeConfiguration((change) => {
    if (change.affectsConfiguration('dockside.logs.timestamps')) this.followAllAnew();
  });

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
      view = { selector, channel, batcher };
      this.views.set(key, view);
    }
    view.channel.show(true);
    if (!view.session) await this.follow(view);
  }

  private async follow(current: LogView): Promise<void> {
    const { selector } = current;
    const withContainer = selector.kind === 'compose';
    const settings = vscode.workspace.getConfiguration('dockside');
    const tail = settings.get<number>('logs.tail', 1000);
    const timestamps = settings.get<boolean>('logs.timestamps', true);
    await this.engine.connect();
    current.session = new LogSession(
      this.engine,
      selector,
      {
        line: (line) => current.batcher.push(`${formatLogLine(line, withContainer, timestamps ? new Date() : undefined)}\n`),
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

  private followAllAnew(): void {
    for (const view of this.views.values()) {
      if (!view.session) continue;
      view.session.dispose();
      view.session = undefined;
      view.batcher.flush();
      view.channel.clear();
      void this.follow(view).catch((error: unknown) => view.channel.appendLine(vscode.l10n.t('Could not follow the logs: {0}', engineMessage(error))));
    }
  }

  dispose(): void {
    this.settingWatch.dispose();
    for (const view of this.views.values()) {
      view.session?.dispose();
      view.batcher.dispose();
      view.channel.dispose();
    }
    this.views.clear();
  }
}
