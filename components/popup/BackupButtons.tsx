// Export (downloads the JSON backup) and import (reads a chosen file; checks it before anything changes).
import { useRef } from 'preact/hooks';
import { useStore } from '../common/useStore';
import { downloadText } from '../common/download';
import { ImportChoice } from './ImportChoice';
import { backupStore, profileStore } from './stores';

export function BackupButtons() {
  const phase = useStore(backupStore, (s) => s.phase);
  const errors = useStore(backupStore, (s) => s.errors);
  const fileName = useStore(backupStore, (s) => s.fileName);
  const message = useStore(backupStore, (s) => s.message);
  const failed = useStore(backupStore, (s) => s.failed);
  const fileInput = useRef<HTMLInputElement>(null);
  const store = backupStore.getState();

  const exportNow = async () => {
    const r = await store.exportJson();
    if (r) downloadText(r.json, r.fileName);
  };
  // The profile alone, in the JSON Resume format other tools read; Import from CV reads it back.
  const exportResume = async () => {
    const { profileToJsonResume } = await import('../../lib/import/json-resume-export');
    const resume = profileToJsonResume(profileStore.getState().profile);
    downloadText(JSON.stringify(resume, null, 2), 'postfit-profile.resume.json');
  };

  return (
    <div class="pf-stack backup">
      <p class="pf-muted pf-small">Your profile and saved postings live only in this browser. Keep a copy, or move them to another browser. Import also takes a profile file listing skills by name.</p>
      <div class="pf-row">
        <button type="button" onClick={() => void exportNow()}>Export backup</button>
        <button type="button" onClick={() => void exportResume()}>Export JSON Resume</button>
        <button type="button" disabled={phase !== 'idle'} onClick={() => fileInput.current?.click()}>
          Import backup…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label="Backup file to import"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void store.readFile(file);
          }}
        />
      </div>
      {phase === 'choose' && <ImportChoice />}
      {errors.length > 0 && (
        <div role="alert" class="backup-errors">
          <p class="pf-error">
            {fileName ? (
              <>
                “<bdi>{fileName}</bdi>” was not imported
              </>
            ) : (
              'The file was not imported'
            )}
            ; nothing was changed. Problems found:
          </p>
          {/* Scrolls when long (popup style.css): focusable, so the keyboard can scroll it too. */}
          <ul class="pf-small" tabindex={0} aria-label="Problems found">
            {errors.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      <p role="status" class={failed ? 'pf-error' : 'pf-small'}>
        {message}
      </p>
    </div>
  );
}
