// The toolbar badge, what the on-page badge says (its content model), the colours and the site key of a dismissal. Tiny and free of heavy imports:
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

/** What the on-page badge shows for a state. components/overlay draws it in a box of one fixed size whatever it
 * says (a longer text is cut, never measured), so a new line of content (detail) changes nothing a page can see. */
export interface OverlayContent {
  /** In the round badge: the score, or a sign. */
  badge: string;
  word: string;
  /** A second, smaller line; null: none. */
  detail: string | null;
  color: string;
  /** The button's accessible name: the visible text as it reads (WCAG 2.5.3, label in name), then what it means. */
  label: string;
}

const VERDICT_WORD = { strong: 'Strong fit', partial: 'Partial fit', weak: 'Weak fit' } as const;

/** The badge's content for a state; null when nothing should show. */
export function overlayContent(state: OverlayState): OverlayContent | null {
  switch (state.kind) {
    case 'score': {
      const word = VERDICT_WORD[state.verdict];
      const missing = state.missingRequired ? `, ${state.missingRequired} required skill${state.missingRequired === 1 ? '' : 's'} missing` : '';
      // The second line: visa and work-authorisation statements first (a blocking one, see overlayFor; the rest
      // counted), else how much the posting asked, so a verdict on two items reads as what it is. Sentences go into
      // the name and tooltip only.
      const work = state.work ?? [];
      const found = state.found == null ? null : `${state.found} requirement${state.found === 1 ? '' : 's'} found`;
      const detail = work.length ? `${work[0]!.label}${work.length > 1 ? ` +${work.length - 1}` : ''}` : found;
      const said = work.map((w) => `${w.label}${w.blocking ? ' (a dealbreaker for you)' : ''}${w.sentence ? `: “${w.sentence}”` : ''}`).join('. ');
      const label = `Postfit: ${state.score} ${word.toLowerCase()}${work.length ? ` ${detail}` : ''}, a score of ${state.score} out of 100${missing}${found ? `, ${found}` : ''}.${said ? ` ${said}.` : ''} Open the report`;
      return { badge: String(state.score), word, detail, color: VERDICT_COLORS[state.verdict], label };
    }
    case 'no-profile':
      return { badge: '?', word: 'Set up your profile', detail: null, color: VERDICT_COLORS.neutral, label: 'Postfit: set up your profile to see how this job fits. Open Postfit' };
    case 'thin':
      return { badge: '–', word: 'Too few requirements found', detail: null, color: VERDICT_COLORS.neutral, label: 'Postfit: too few requirements found to judge this job. Open the report' };
    case 'error':
      return { badge: '!', word: 'Could not read this job', detail: null, color: VERDICT_COLORS.weak, label: 'Postfit could not read this job. Open Postfit' };
    case 'dismissed':
      return null;
  }
}
