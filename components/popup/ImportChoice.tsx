// Asks how a valid backup should be imported: merged with what is here, or replacing it.
import { useEffect, useRef } from 'preact/hooks';
import { useStore } from '../common/useStore';
import { backupStore } from './stores';

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export function ImportChoice() {
  const pending = useStore(backupStore, (s) => s.pending);
  const fileName = useStore(backupStore, (s) => s.fileName);
  const profileFile = useStore(backupStore, (s) => s.profileFile);
  const heading = useRef<HTMLHeadingElement>(null);
  const store = backupStore.getState();
  useEffect(() => heading.current?.focus(), []);
  if (!pending) return null;

  const skills = pending.profile?.skills.length ?? 0;
  return (
    <section class="import-choice" role="group" aria-labelledby="import-choice-title">
      <h3 id="import-choice-title" tabIndex={-1} ref={heading}>
        Import “<bdi>{fileName}</bdi>”?
      </h3>
      {profileFile ? (
        <p class="pf-small">
          A profile with {plural(skills, 'skill')}
          {profileFile.unknown.length > 0 && <>; not in the skills list, kept as typed: <bdi>{profileFile.unknown.join(', ')}</bdi></>}.
          Your saved postings stay as they are.
        </p>
      ) : (
        <p class="pf-small">
          It holds {plural(skills, 'skill')} and {plural(pending.postings.length, 'saved posting')}.
        </p>
      )}
      <ul class="pf-small pf-muted">
        <li><strong>Merge</strong> keeps everything you have and adds what the file has.</li>
        <li><strong>Replace</strong> deletes {profileFile ? 'your profile' : 'what you have here'} and uses the file instead.</li>
      </ul>
      <div class="pf-row">
        <button type="button" class="pf-primary" onClick={() => void store.confirm('merge')}>Merge</button>
        <button type="button" onClick={() => void store.confirm('replace')}>Replace</button>
        <button type="button" onClick={() => store.cancel()}>Cancel</button>
      </div>
    </section>
  );
}
