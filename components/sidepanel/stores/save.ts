// The panel's "Save posting": the posting shown, with the score the panel shows, written to IndexedDB by the panel
// itself, so a save never waits on the service worker (which the browser may stop at any moment). A save that
// does not finish in time (IndexedDB waits without end on an open blocked by another connection) is reported as
// not saved, so the button comes back instead of saying "Saving…" forever. Saving is idempotent by the posting's
// canonical URL (lib/db/postings.ts), so trying again never makes a second copy, even if the first write lands.
import { savePosting, StorageFullError, ValidationError, type PostfitDb } from '../../../lib/db/index';
import type { FitReport } from '../../../lib/fit/types';
import type { TabEvaluation } from '../../../lib/tab-evaluation';

export const SAVE_TIMEOUT_MS = 10_000;

export class SaveTimeoutError extends Error {
  override readonly name = 'SaveTimeoutError';
  constructor() {
    super('Postfit’s storage did not answer in time');
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.slice(0, 100);
  } catch {
    return 'page';
  }
}

/** What the panel says when a write failed: what happened, and that trying again is safe. */
export function notSavedMessage(e: unknown): string {
  if (e instanceof StorageFullError) return e.message;
  if (e instanceof ValidationError) return `Not saved: ${e.issues.join('; ')}`;
  // Dexie repeats the cause on further lines ("…aborted.\n AbortError: …aborted."): the first line says it.
  const detail = (e instanceof Error ? e.message : String(e)).split('\n')[0]!.replace(/[.\s]+$/, '');
  return `Not saved: ${detail}. Try again.`;
}

/** Saves the posting of a tab's evaluation; rejects with SaveTimeoutError after `timeoutMs`. */
export function saveShown(
  openDb: () => Promise<PostfitDb>,
  evaluation: Extract<TabEvaluation, { status: 'posting' }>,
  report: FitReport | null,
  timeoutMs = SAVE_TIMEOUT_MS,
): Promise<void> {
  const write = (async () => {
    await savePosting(await openDb(), {
      url: evaluation.url,
      board: evaluation.board ?? hostOf(evaluation.url),
      title: evaluation.record.title,
      company: evaluation.record.company,
      record: evaluation.record,
      text: evaluation.text,
      score: report?.score ?? null,
      formulaVersion: report?.formulaVersion ?? null,
    });
  })();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SaveTimeoutError()), timeoutMs);
  });
  return Promise.race([write, late]).finally(() => clearTimeout(timer));
}
