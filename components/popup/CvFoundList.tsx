// The skills found in the pasted CV, each with a tick box; the years shown are what the CV implies.
import { FieldError } from '../common/FieldError';
import { Joined } from '../common/Joined';
import { useStore } from '../common/useStore';
import { cvImportStore, profileStore } from './stores';

export function CvFoundList() {
  const found = useStore(cvImportStore, (s) => s.found) ?? [];
  const picked = useStore(cvImportStore, (s) => s.picked);
  const error = useStore(cvImportStore, (s) => s.error);
  const skills = useStore(profileStore, (s) => s.profile.skills);
  const store = cvImportStore.getState();
  const owned = new Set(skills.map((s) => s.id));
  const count = found.filter((s) => picked[s.id]).length;

  if (!found.length) {
    return <p class="pf-small">No known skills were found in this text. Add them by name above instead.</p>;
  }
  return (
    <fieldset class="cv-found">
      <legend>
        Found {found.length === 1 ? '1 skill' : `${found.length} skills`}: tick the ones to add
      </legend>
      <div class="pf-row cv-found-tools">
        <button type="button" onClick={() => store.pickAll(true)}>Tick all</button>
        <button type="button" onClick={() => store.pickAll(false)}>Untick all</button>
      </div>
      <ul class="cv-found-list">
        {found.map((s) => (
          <li key={s.id}>
            <label class="pf-check">
              <input type="checkbox" checked={!!picked[s.id]} onChange={() => store.toggle(s.id)} />
              <span class="cv-found-name">{s.name}</span>
              <span class="pf-muted pf-small">
                <Joined
                  parts={[
                    s.years !== null ? `${s.years} yr${s.years === 1 ? '' : 's'}${s.source === 'dates' ? ' (from dates)' : ''}` : null,
                    s.surface.toLowerCase() !== s.name.toLowerCase() ? `“${s.surface}”` : null,
                    owned.has(s.id) ? 'in profile' : null,
                  ]}
                />
              </span>
            </label>
          </li>
        ))}
      </ul>
      <FieldError id="cv-add-error" error={error} />
      <div class="pf-row">
        <button type="button" class="pf-primary" disabled={count === 0} onClick={() => void store.add()}>
          Add {count === 1 ? '1 skill' : `${count} skills`}
        </button>
        <button type="button" onClick={() => store.reset()}>Cancel</button>
      </div>
    </fieldset>
  );
}
