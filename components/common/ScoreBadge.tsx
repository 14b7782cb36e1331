// The fit score as the user sees it everywhere (overlay, side panel, saved list): the number in a ring
// coloured by verdict, always with the verdict in words beside or in its accessible name, never colour alone.
import type { FitReport } from '../../lib/fit/types';

export type Verdict = FitReport['verdict'];

const WORDS: Record<Verdict, string> = {
  strong: 'Strong fit',
  partial: 'Partial fit',
  weak: 'Weak fit',
  unknown: 'Cannot judge',
};

export function verdictWord(verdict: Verdict): string {
  return WORDS[verdict];
}

/** "Strong fit", coloured by verdict. */
export function VerdictWord({ verdict }: { verdict: Verdict }) {
  return (
    <span class="pf-verdict" data-verdict={verdict}>
      {WORDS[verdict]}
    </span>
  );
}

interface BadgeProps {
  score: number | null;
  verdict: Verdict;
  /** small: a list row; large: the report's header. */
  size?: 'small' | 'large';
}

/** The score in a ring; "–" when the posting names too few requirements to judge. */
export function ScoreBadge({ score, verdict, size = 'small' }: BadgeProps) {
  const label = score == null ? `No score: ${WORDS[verdict].toLowerCase()}` : `Fit ${score} of 100, ${WORDS[verdict].toLowerCase()}`;
  return (
    <span class="pf-score" data-verdict={verdict} data-size={size} role="img" aria-label={label} title={label}>
      <span aria-hidden="true">{score == null ? '–' : score}</span>
    </span>
  );
}

/** The verdict for a stored score (saved postings keep the score, not the verdict). */
export function verdictOf(score: number | null): Verdict {
  if (score == null) return 'unknown';
  return score >= 70 ? 'strong' : score >= 45 ? 'partial' : 'weak';
}
