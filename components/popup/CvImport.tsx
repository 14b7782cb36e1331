// "Import from CV": paste the CV's text, read it, tick the skills to keep, add them.
import { FieldError, invalidProps } from '../common/FieldError';
import { useStore } from '../common/useStore';
import { CvFoundList } from './CvFoundList';
import { cvImportStore } from './stores';
import { MAX_CV_CHARS } from './stores/cvImportStore';

export function CvImport() {
  const text = useStore(cvImportStore, (s) => s.text);
  const found = useStore(cvImportStore, (s) => s.found);
  const busy = useStore(cvImportStore, (s) => s.busy);
  const error = useStore(cvImportStore, (s) => s.error);
  const added = useStore(cvImportStore, (s) => s.added);
  const store = cvImportStore.getState();

  return (
    <div class="cv-import pf-stack">
      <p class="pf-muted pf-small">
        Paste the text of your CV. Postfit finds the skills it names, with years where the CV says (“5 years of
        Python”, or the dates of a job). Nothing leaves your browser.
      </p>
      <form
        class="pf-stack"
        onSubmit={(e) => {
          e.preventDefault();
          void store.read();
        }}
      >
        <label for="cv-text">Text of your CV</label>
        <textarea
          id="cv-text"
          rows={5}
          maxLength={MAX_CV_CHARS}
          value={text}
          onInput={(e) => store.setText(e.currentTarget.value)}
          {...invalidProps('cv-error', found === null ? error : null)}
        />
        {found === null && <FieldError id="cv-error" error={error} />}
        <button type="submit" disabled={busy}>
          {busy ? 'Reading…' : 'Find skills'}
        </button>
      </form>
      {found !== null && <CvFoundList />}
      <p role="status" class="pf-small cv-added">
        {added !== null && `Added ${added === 1 ? '1 skill' : `${added} skills`} to your profile.`}
      </p>
    </div>
  );
}
