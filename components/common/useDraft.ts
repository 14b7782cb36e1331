// What the user is typing into a field whose stored value may also change from elsewhere (liveQuery).
// The draft follows the stored value except while the user is editing it, so typing is never overwritten.
import { useEffect, useRef, useState } from 'preact/hooks';

export function useDraft(stored: string) {
  const [draft, setDraft] = useState(stored);
  const editing = useRef(false);
  useEffect(() => {
    if (!editing.current) setDraft(stored);
  }, [stored]);
  return {
    draft,
    onInput(value: string) {
      editing.current = true;
      setDraft(value);
    },
    /** Call on blur: from now on the field shows the stored value again. */
    onBlur() {
      editing.current = false;
      setDraft(stored);
    },
  };
}
