// Storage errors as the UI needs them: one typed error for "the browser's storage is full", with a message
// a user can act on, whatever shape the underlying IndexedDB / Dexie error had.

export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  constructor(readonly cause?: unknown) {
    super(
      'Your browser has no storage space left for Postfit, so this change was not saved. ' +
        'Nothing already saved was lost. Free some disk space or delete old saved postings, then try again.',
    );
  }
}

type ErrLike = { name?: unknown; code?: unknown; inner?: unknown; failures?: unknown; cause?: unknown };

/** True for a native QuotaExceededError (DOMException name or legacy code 22), Dexie's QuotaExceededError,
 * and wrappers whose cause is one: Dexie's AbortError (.inner), BulkError/ModifyError (.failures). */
export function isQuotaError(e: unknown, depth = 0): boolean {
  if (!e || typeof e !== 'object' || depth > 5) return false;
  const err = e as ErrLike;
  if (err.name === 'QuotaExceededError' || err.name === 'NS_ERROR_DOM_QUOTA_REACHED' || err.code === 22) return true;
  if (isQuotaError(err.inner, depth + 1) || isQuotaError(err.cause, depth + 1)) return true;
  const failures = Array.isArray(err.failures) ? err.failures : err.failures && typeof err.failures === 'object' ? Object.values(err.failures) : [];
  return failures.some((f) => isQuotaError(f, depth + 1));
}

/** Runs a write; a quota failure becomes StorageFullError, other errors pass through unchanged. Callers run
 * their writes in one transaction, so a failure rolls the whole write back. */
export async function guardWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (e instanceof StorageFullError) throw e;
    if (isQuotaError(e)) throw new StorageFullError(e);
    throw e;
  }
}
