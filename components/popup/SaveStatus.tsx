// "Saving…" / "Saved" / why a save failed, announced to screen readers as it changes.
import { useStore } from '../common/useStore';
import { profileStore } from './stores';

export function SaveStatus() {
  const status = useStore(profileStore, (s) => s.status);
  const message = useStore(profileStore, (s) => s.message);
  return (
    <>
      <p class="save-status pf-small" role="status" aria-live="polite" data-status={status}>
        {status === 'saved' && <span aria-hidden="true">✓ </span>}
        {status === 'saving' ? 'Saving…' : status === 'saved' ? 'Saved' : status === 'idle' ? 'Changes save automatically' : ''}
      </p>
      {status === 'error' && message && (
        <p class="save-error" role="alert">
          {message}
        </p>
      )}
    </>
  );
}
