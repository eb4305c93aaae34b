/**
 * Keeps a view's relative times ("Up 5 minutes", "Exited (0) 2 hours ago")
 * in step with the clock: once a minute while the view is visible, and at
 * once when it is shown again, the view is redrawn from what its model holds.
 * A redraw asks the engine nothing; events keep the model itself current.
 */
import type { Disposable } from '../engine/emitter';

export class MinuteRedraw implements Disposable {
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly redraw: () => void,
    private readonly periodMs = 60_000,
  ) {}

  setVisible(visible: boolean): void {
    if (visible === (this.timer !== undefined)) return;
    if (!visible) {
      this.stop();
      return;
    }
    this.redraw();
    this.timer = setInterval(() => this.redraw(), this.periodMs);
  }

  dispose(): void {
    this.stop();
  }

  private stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
