// A windowed list: every row has the same height, and only the rows in view (plus `overscan` on each side)
// are in the DOM, so 10,000 items scroll and filter as fast as 20. The scroll box fills its parent's height
// (give the parent a bounded height, e.g. a flex child with min-height: 0).
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

interface Props<T> {
  items: readonly T[];
  rowHeight: number;
  overscan?: number;
  itemKey(item: T): string;
  renderRow(item: T, index: number): ComponentChildren;
  /** Accessible name of the list. */
  label: string;
  class?: string;
  /** Shown instead of the list when items is empty. */
  empty?: ComponentChildren;
  /** Scroll back to the top when this changes (a new sort or search). */
  resetKey?: unknown;
  onRendered?(count: number): void;
}

export function windowRange(scrollTop: number, viewport: number, rowHeight: number, count: number, overscan: number) {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + viewport) / rowHeight) + overscan);
  return { first, last: Math.max(first, last) };
}

export function VirtualList<T>({ items, rowHeight, overscan = 4, itemKey, renderRow, label, empty, resetKey, onRendered, ...rest }: Props<T>) {
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  // Until measured, assume a tall side panel: a few rows too many is harmless, a blank list is not.
  const [viewport, setViewport] = useState(800);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    setViewport(el.clientHeight || 800);
    const ro = new ResizeObserver(() => setViewport(el.clientHeight || 800));
    ro.observe(el);
    return () => ro.disconnect();
  }, [items.length === 0]);

  useLayoutEffect(() => {
    if (box.current) box.current.scrollTop = 0;
    setScrollTop(0);
  }, [resetKey]);

  const { first, last } = windowRange(scrollTop, viewport, rowHeight, items.length, overscan);
  useLayoutEffect(() => onRendered?.(last - first));

  if (items.length === 0) return <div class={rest.class}>{empty}</div>;

  const rows = [];
  for (let i = first; i < last; i++) {
    const item = items[i]!;
    rows.push(
      <div
        key={itemKey(item)}
        role="listitem"
        aria-setsize={items.length}
        aria-posinset={i + 1}
        class="pf-vrow"
        style={{ top: `${i * rowHeight}px`, height: `${rowHeight}px` }}
      >
        {renderRow(item, i)}
      </div>,
    );
  }
  return (
    <div
      ref={box}
      class={`pf-vlist ${rest.class ?? ''}`}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      // Rows leaving the window lose focus; keeping focus inside scrolls it with the keyboard.
      onFocusIn={(e) => (e.target as HTMLElement).closest('.pf-vrow')?.scrollIntoView({ block: 'nearest' })}
    >
      <div role="list" aria-label={label} class="pf-vlist-inner" style={{ height: `${items.length * rowHeight}px` }}>
        {rows}
      </div>
    </div>
  );
}
