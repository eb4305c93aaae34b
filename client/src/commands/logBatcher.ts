/**
 * Keeps an output view responsive under a chatty container: text arriving in
 * many small chunks is appended in one call per interval, and when a burst
 * exceeds what anyone can read, the oldest part of the burst is dropped with
 * a marker instead of flooding the view. `vscode`-free; the timer is injectable.
 */
export interface BatcherOptions {
  /** Milliseconds between appends. */
  readonly intervalMs: number;
  /** The most characters one append carries; older text beyond it is dropped. */
  readonly maxBatchChars: number;
  /** The line that stands for dropped text, given how many characters were dropped. */
  readonly droppedMarker: (droppedChars: number) => string;
  readonly schedule?: (callback: () => void, ms: number) => { cancel(): void };
}

export class TextBatcher {
  private pending: string[] = [];
  private pendingChars = 0;
  private droppedChars = 0;
  private timer: { cancel(): void } | undefined;
  private readonly schedule: (callback: () => void, ms: number) => { cancel(): void };

  constructor(
    private readonly sink: (text: string) => void,
    private readonly options: BatcherOptions,
  ) {
    this.schedule =
      options.schedule ??
      ((callback, ms) => {
        const handle = setTimeout(callback, ms);
        return { cancel: () => clearTimeout(handle) };
      });
  }

  push(text: string): void {
    if (text === '') return;
    this.pending.push(text);
    this.pendingChars += text.length;
    while (this.pendingChars > this.options.maxBatchChars && this.pending.length > 1) {
      const oldest = this.pending.shift() as string;
      this.pendingChars -= oldest.length;
      this.droppedChars += oldest.length;
    }
    this.timer ??= this.schedule(() => this.flush(), this.options.intervalMs);
  }

  /** Appends everything pending now (also called when the stream ends). */
  flush(): void {
    this.timer?.cancel();
    this.timer = undefined;
    if (this.pending.length === 0) return;
    const marker = this.droppedChars > 0 ? `${this.options.droppedMarker(this.droppedChars)}\n` : '';
    this.sink(marker + this.pending.join(''));
    this.pending = [];
    this.pendingChars = 0;
    this.droppedChars = 0;
  }

  dispose(): void {
    this.flush();
  }
}
