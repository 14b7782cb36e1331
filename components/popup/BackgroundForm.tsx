// Degree, spoken languages and certifications.
import { removeAt } from '../../lib/profile/edit';
import type { ProfileDegree } from '../../lib/profile/schema';
import { ChipListEditor } from '../common/ChipListEditor';
import { useStore } from '../common/useStore';
import { LanguagesEditor } from './LanguagesEditor';
import { profileStore } from './stores';

const DEGREES: { value: string; label: string }[] = [
  { value: '', label: 'Not set' },
  { value: 'none', label: 'No degree' },
  { value: 'bachelor', label: "Bachelor's" },
  { value: 'master', label: "Master's" },
  { value: 'phd', label: 'PhD / doctorate' },
];

export function BackgroundForm() {
  const degree = useStore(profileStore, (s) => s.profile.degree);
  const certifications = useStore(profileStore, (s) => s.profile.certifications);
  const certError = useStore(profileStore, (s) => s.fieldErrors.certifications);
  const store = profileStore.getState();

  return (
    <div class="pf-stack background-form">
      <div>
        <label for="degree">Highest degree</label>
        <select
          id="degree"
          value={degree ?? ''}
          onChange={(e) => {
            const v = e.currentTarget.value;
            void store.edit((p) => ({ ...p, degree: v === '' ? null : (v as ProfileDegree) }));
          }}
        >
          {DEGREES.map((d) => (
            <option key={d.value} value={d.value}>
              {d.label}
            </option>
          ))}
        </select>
      </div>
      <LanguagesEditor />
      <ChipListEditor
        id="certification"
        label="Certifications"
        placeholder="e.g. AWS Solutions Architect"
        items={certifications}
        error={certError}
        onType={() => store.setFieldError('certifications', null)}
        onAdd={(v) => store.addToList('certifications', v)}
        onRemove={(i) => void store.edit((p) => ({ ...p, certifications: removeAt(p.certifications, i) }))}
      />
    </div>
  );
}
