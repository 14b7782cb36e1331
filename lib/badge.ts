// The toolbar badge, the overlay's colours and the site key of a dismissal. Tiny and free of heavy imports:
// the content script uses it, and must never pull in the parser or the taxonomy.
import type { OverlayState } from './messages';

export interface Badge {
  text: string;
  color: string;
}

/** Colours shared by the toolbar badge and the overlay. */
export const VERDICT_COLORS = { strong: '#1a7f37', partial: '#9a6700', weak: '#cf222e', neutral: '#57606a' } as const;

/** The toolbar badge for a tab: the score, "?" before a profile exists, "–" for a thin posting, nothing otherwise. */
export function badgeFor(state: OverlayState | null): Badge {
  if (!state) return { text: '', color: VERDICT_COLORS.neutral };
  switch (state.kind) {
    case 'score':
      return { text: String(state.score), color: VERDICT_COLORS[state.verdict] };
    case 'no-profile':
      return { text: '?', color: VERDICT_COLORS.neutral };
    case 'thin':
      return { text: '–', color: VERDICT_COLORS.neutral };
    case 'error':
      return { text: '!', color: VERDICT_COLORS.weak };
    case 'dismissed':
      return { text: '', color: VERDICT_COLORS.neutral };
  }
}

/** The site a dismissal applies to: the hostname without a leading "www.". */
export function siteOf(url: string | null | undefined): string | null {
  try {
    const h = new URL(url ?? '').hostname.toLowerCase();
    return h ? h.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}
