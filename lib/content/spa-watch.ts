// When to look at the page again. Single-page apps (LinkedIn, Indeed, SEEK) change the URL with pushState and
// swap the job's markup afterwards, without a reload. Two signals, one debounced callback:
//   - the URL changed (WXT's wxt:locationchange, which uses the Navigation API, or polling where there is none);
//   - the document's body changed (one MutationObserver, childList + subtree).
// The callback runs once things are quiet for `quietMs`, and at least every `maxWaitMs` while they are not (a page
// that never stops mutating must not starve it). Everything is registered through the host (WXT's ctx in the
// extension), so invalidating the content script removes the listener, the observer and the timer.

export interface WatchHost {
  /** The document whose body is observed, and its window (URL-change events). */
  doc: Document;
  win: EventTarget;
  MutationObserver: typeof MutationObserver;
  /** ctx.addEventListener: removed when the script is invalidated. */
  listen(target: EventTarget, type: string, handler: () => void): void;
  setTimeout(cb: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
  onInvalidated(cb: () => void): void;
  now(): number;
}

export interface WatchOptions {
  quietMs?: number;
  maxWaitMs?: number;
}

export interface Watch {
  /** Runs the callback after the usual delay, as if the page had changed. */
  poke(): void;
  stop(): void;
}

export function watchPage(host: WatchHost, onChange: () => void, opts: WatchOptions = {}): Watch {
  const quietMs = opts.quietMs ?? 200;
  const maxWaitMs = opts.maxWaitMs ?? 1000;
  let timer: unknown = null;
  let firstPending: number | null = null;
  let stopped = false;

  const fire = () => {
    timer = null;
    firstPending = null;
    if (!stopped) onChange();
  };

  const poke = () => {
    if (stopped) return;
    const now = host.now();
    firstPending ??= now;
    if (timer != null) host.clearTimeout(timer);
    const wait = Math.max(0, Math.min(quietMs, firstPending + maxWaitMs - now));
    timer = host.setTimeout(fire, wait);
  };

  const observer = new host.MutationObserver(poke);
  const observe = () => {
    const target = host.doc.body ?? host.doc.documentElement;
    if (target) observer.observe(target, { childList: true, subtree: true });
  };
  observe();
  host.listen(host.win, 'wxt:locationchange', poke);
  host.listen(host.win, 'popstate', poke);

  const stop = () => {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    if (timer != null) host.clearTimeout(timer);
    timer = null;
  };
  host.onInvalidated(stop);
  return { poke, stop };
}
