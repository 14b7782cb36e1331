// What the side panel says after "Evaluate this page" / "Evaluate selected text" found no posting. It names the
// cause it knows: the page was read and holds none, or Postfit was not allowed to read it (with exactly what lets
// it), or the browser lets no extension read it, or no answer came. "No job requirements found" is said only of a
// page (or selection) that was actually read.
import type { EvaluateAnswer } from '../../../lib/tab-evaluation';

export const NOT_ALLOWED_PAGE =
  'Postfit is not allowed to read this page yet. Right-click the page and choose “Evaluate this page with Postfit”, or press Alt+Shift+F: either lets it read this page, this once. To have postings found on every site, turn on “Detect postings on every site” in Postfit’s toolbar popup.';
export const NOT_ALLOWED_SELECTION =
  'Postfit is not allowed to read this page yet. Select the posting’s text, right-click it and choose “Evaluate the selected text with Postfit”.';
export const RESTRICTED = 'Your browser does not let extensions read this page (its own pages, settings and extension store).';
export const NO_ANSWER = 'The page did not answer. Reload it and try again, or right-click the page and choose “Evaluate this page with Postfit”.';
export const NONE_ON_PAGE = 'No job requirements found on this page.';
export const NONE_IN_SELECTION = 'No job requirements found in the selected text. Select the posting’s text and try again.';

/** The message for an answer without a posting; null when the answer is a posting. */
export function evaluateMessage(answer: EvaluateAnswer | null, what: 'page' | 'selection'): string | null {
  if (answer?.status === 'posting') return null;
  if (answer?.status === 'unreadable') return answer.reason === 'restricted' ? RESTRICTED : what === 'page' ? NOT_ALLOWED_PAGE : NOT_ALLOWED_SELECTION;
  if (answer?.status === 'not-posting') return what === 'page' ? NONE_ON_PAGE : NONE_IN_SELECTION;
  // A selection that was read but empty comes back as the tab's earlier state: nothing was selected.
  if (answer && what === 'selection') return NONE_IN_SELECTION;
  return NO_ANSWER;
}
