// How a posting's item is met, as a symbol plus hidden words: ✓ met, ◐ partly, ✕ missing.
import type { FitItem } from '../../lib/fit/types';

const MARK: Record<FitItem['status'], { symbol: string; words: string }> = {
  met: { symbol: '✓', words: 'Met' },
  partly: { symbol: '◐', words: 'Partly met' },
  missing: { symbol: '✕', words: 'Missing' },
};

export function StatusMark({ status }: { status: FitItem['status'] }) {
  const m = MARK[status];
  return (
    <span class="pf-mark" data-status={status}>
      <span aria-hidden="true">{m.symbol}</span>
      <span class="pf-visually-hidden">{m.words}: </span>
    </span>
  );
}
