// "Import from CV": choose a file (PDF, Word, JSON Resume, LinkedIn export) or paste the CV's text; the review
// below lists what was found and the user ticks what to keep.
import { useRef } from 'preact/hooks';
import { FieldError, invalidProps } from '../common/FieldError';
import { useStore } from '../common/useStore';
import { ImportReview } from './ImportReview';
import { importStore } from './stores';
import { MAX_CV_CHARS } from '../../lib/import/limits';

const ACCEPT = '.pdf,.docx,.json,.zip,.txt,application/pdf,application/json,application/zip,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function CvImport() {
  const text = useStore(importStore, (s) => s.text);
  const proposal = useStore(importStore, (s) => s.proposal);
  const busy = useStore(importStore, (s) => s.busy);
  const progress = useStore(importStore, (s) => s.progress);
  const fileName = useStore(importStore, (s) => s.fileName);
  const error = useStore(importStore, (s) => s.error);
  const added = useStore(importStore, (s) => s.added);
  const fileInput = useRef<HTMLInputElement>(null);
  const store = importStore.getState();
  const fileError = fileName !== null && proposal === null ? error : null;
  const textError = fileName === null && proposal === null ? error : null;

  return (
    <div class="cv-import pf-stack">
      <p class="pf-muted pf-small">
        Choose your CV (PDF or Word), a JSON Resume, or the ZIP of your LinkedIn data export, or paste your CV’s text.
        Postfit proposes the skills, years, degree, languages and certificates it finds, and you pick what to keep. The
        file is read here, in your browser; nothing is uploaded.
      </p>
      <div class="pf-row">
        <button type="button" disabled={busy} onClick={() => fileInput.current?.click()}>
          Choose a file…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept={ACCEPT}
          hidden
          aria-label="CV or profile file to import"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void store.readFile(file);
          }}
        />
        {busy && (
          <button type="button" onClick={() => store.reset()}>
            Stop
          </button>
        )}
      </div>
      <p role="status" class="pf-small cv-progress">
        {busy && (progress ?? (fileName ? `Reading “${fileName}”…` : 'Reading…'))}
      </p>
      {fileError && (
        <p role="alert" class="pf-error pf-small">
          {fileError}
        </p>
      )}
      <form
        class="pf-stack"
        onSubmit={(e) => {
          e.preventDefault();
          void store.read();
        }}
      >
        <label for="cv-text">Or paste the text of your CV</label>
        <textarea
          id="cv-text"
          rows={4}
          maxLength={MAX_CV_CHARS}
          value={text}
          onInput={(e) => store.setText(e.currentTarget.value)}
          {...invalidProps('cv-error', textError)}
        />
        <FieldError id="cv-error" error={textError} />
        <button type="submit" disabled={busy}>
          {busy && fileName === null ? 'Reading…' : 'Find skills'}
        </button>
      </form>
      {proposal !== null && <ImportReview />}
      <p role="status" class="pf-small cv-added">
        {added !== null && `Added ${added === 1 ? '1 item' : `${added} items`} to your profile.`}
      </p>
    </div>
  );
}
