/**
 * Lazy, paged children for the Registries view (pure, `vscode`-free): what has been fetched, how
 * much of it is shown, and whether "Load more…" has more to show; and a limit on how many
 * requests the view has in flight, so a page of 50 tags does not open 100 connections at once.
 */
import type { Page } from '../../registry/distribution';
import { abortError } from '../../registry/http';

/**
 * A list shown a page at a time. The server's pages and the view's pages need not agree: a
 * registry that answers every tag at once is still shown `pageSize` at a time, and one that
 * pages is asked for its next page only when what was fetched has all been shown.
 */
export class PagedList<T> {
  private fetched: T[] = [];
  private shownCount = 0;
  private cursor: string | undefined;
  private exhausted = false;
  private started = false;

  constructor(
    readonly pageSize: number,
    /** Orders what was fetched (applied to the whole list after each fetch); server order when absent. */
    private readonly order?: (a: T, b: T) => number,
  ) {}

  /** The items shown now. */
  get shown(): readonly T[] {
    return this.fetched.length === this.shownCount ? this.fetched : this.fetched.slice(0, this.shownCount);
  }

  /** Whether a first page was fetched. */
  get isStarted(): boolean {
    return this.started;
  }

  /** Whether "Load more…" would show anything. */
  get hasMore(): boolean {
    return this.shownCount < this.fetched.length || !this.exhausted;
  }

  /** Whether showing another page needs the server's next page first; its cursor (`undefined` for the first). */
  get needsFetch(): { readonly cursor: string | undefined } | undefined {
    if (this.exhausted || (this.started && this.shownCount + this.pageSize <= this.fetched.length)) return undefined;
    return { cursor: this.cursor };
  }

  /** Adds a page the server answered. */
  add(page: Page<T>): void {
    this.started = true;
    this.fetched.push(...page.items);
    if (this.order) this.fetched.sort(this.order);
    this.cursor = page.next;
    this.exhausted = page.next === undefined || page.items.length === 0;
  }

  /** Shows up to one more page of what was fetched. */
  showMore(): void {
    this.shownCount = Math.min(this.fetched.length, this.shownCount + this.pageSize);
  }

  /** Takes items out (a deleted tag). */
  remove(predicate: (item: T) => boolean): void {
    const before = this.fetched.length;
    this.fetched = this.fetched.filter((item) => !predicate(item));
    this.shownCount = Math.max(0, this.shownCount - (before - this.fetched.length));
  }
}

/** At most `limit` tasks at once; the rest wait in order. A task whose signal aborts while waiting never starts. */
export class RequestLimit {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly limit: number) {}

  async run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running += 1;
    try {
      if (signal?.aborted) throw abortError();
      return await task();
    } finally {
      const next = this.waiting.shift();
      // The slot passes straight to the next task; only when none waits is it freed.
      if (next) next();
      else this.running -= 1;
    }
  }
}
