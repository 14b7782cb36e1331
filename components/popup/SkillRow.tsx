// One skill of the profile: its name, years of experience, level, and a remove button.
import type { ProfileSkill, SkillLevel } from '../../lib/profile/schema';
import { FieldError, invalidProps } from '../common/FieldError';
import { useDraft } from '../common/useDraft';
import { useStore } from '../common/useStore';
import { profileStore } from './stores';

export const LEVELS: { value: SkillLevel; label: string }[] = [
  { value: 'learning', label: 'Learning' },
  { value: 'working', label: 'Working' },
  { value: 'expert', label: 'Expert' },
];

export function SkillRow({ skill }: { skill: ProfileSkill }) {
  const key = `years:${skill.id}`;
  const error = useStore(profileStore, (s) => s.fieldErrors[key]);
  const years = useDraft(skill.years === null ? '' : String(skill.years));
  const base = `skill-${skill.id}`;
  const errId = `${base}-error`;
  const store = profileStore.getState();

  return (
    <li class="skill-row">
      <div class="skill-line">
        <span class="skill-name" id={`${base}-name`}>
          {skill.name}
        </span>
        <input
          class="skill-years"
          type="text"
          inputMode="decimal"
          maxLength={5}
          aria-label={`Years of ${skill.name}`}
          placeholder="yrs"
          value={years.draft}
          onInput={(e) => {
            years.onInput(e.currentTarget.value);
            void store.setYears(skill.id, e.currentTarget.value);
          }}
          onBlur={() => {
            if (!error) years.onBlur();
          }}
          {...invalidProps(errId, error)}
        />
        <select
          class="skill-level"
          aria-label={`Level in ${skill.name}`}
          value={skill.level}
          onChange={(e) => void store.setLevel(skill.id, e.currentTarget.value as SkillLevel)}
        >
          {LEVELS.map((l) => (
            <option key={l.value} value={l.value}>
              {l.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          class="pf-icon"
          aria-label={`Remove ${skill.name}`}
          title={`Remove ${skill.name}`}
          onClick={() => void store.removeSkill(skill.id)}
        >
          ×
        </button>
      </div>
      <FieldError id={errId} error={error} />
    </li>
  );
}
