// What the user is looking for: remote only, a minimum salary, visa sponsorship and where they may work, job titles.
import { removeAt } from '../../lib/profile/edit';
import { ChipListEditor } from '../common/ChipListEditor';
import { useStore } from '../common/useStore';
import { SalaryFields } from './SalaryFields';
import { profileStore } from './stores';

export function PreferencesForm() {
  const remoteOnly = useStore(profileStore, (s) => s.profile.preferences.remoteOnly);
  const titles = useStore(profileStore, (s) => s.profile.preferences.titles);
  const titleError = useStore(profileStore, (s) => s.fieldErrors.titles);
  const needsSponsorship = useStore(profileStore, (s) => s.profile.preferences.needsSponsorship);
  const authorizedIn = useStore(profileStore, (s) => s.profile.preferences.authorizedIn);
  const placeError = useStore(profileStore, (s) => s.fieldErrors.authorizedIn);
  const store = profileStore.getState();

  return (
    <div class="pf-stack preferences-form">
      <label class="pf-check">
        <input
          type="checkbox"
          checked={remoteOnly}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            void store.edit((p) => ({ ...p, preferences: { ...p.preferences, remoteOnly: on } }));
          }}
        />
        Remote jobs only
      </label>
      <SalaryFields />
      <label class="pf-check">
        <input
          type="checkbox"
          checked={needsSponsorship}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            void store.edit((p) => ({ ...p, preferences: { ...p.preferences, needsSponsorship: on } }));
          }}
        />
        I need visa sponsorship
      </label>
      <ChipListEditor
        id="authorized-in"
        label="Authorised to work in"
        placeholder="e.g. US, EU, United Kingdom"
        items={authorizedIn}
        error={placeError}
        onType={() => store.setFieldError('authorizedIn', null)}
        onAdd={(v) => store.addToList('authorizedIn', v)}
        onRemove={(i) =>
          void store.edit((p) => ({ ...p, preferences: { ...p.preferences, authorizedIn: removeAt(p.preferences.authorizedIn, i) } }))
        }
      />
      <ChipListEditor
        id="title"
        label="Job titles you are interested in"
        placeholder="e.g. Backend engineer"
        items={titles}
        error={titleError}
        onType={() => store.setFieldError('titles', null)}
        onAdd={(v) => store.addToList('titles', v)}
        onRemove={(i) => void store.edit((p) => ({ ...p, preferences: { ...p.preferences, titles: removeAt(p.preferences.titles, i) } }))}
      />
    </div>
  );
}
