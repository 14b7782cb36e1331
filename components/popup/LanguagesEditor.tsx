// Spoken languages with their level: one row each, plus a form to add one.
import { useState } from 'preact/hooks';
import { removeAt, setLanguageLevel } from '../../lib/profile/edit';
import type { LanguageLevel } from '../../lib/profile/schema';
import { FieldError, invalidProps } from '../common/FieldError';
import { useStore } from '../common/useStore';
import { profileStore } from './stores';

const LEVELS: { value: LanguageLevel; label: string }[] = [
  { value: 'basic', label: 'Basic' },
  { value: 'conversational', label: 'Conversational' },
  { value: 'fluent', label: 'Fluent' },
  { value: 'native', label: 'Native' },
];

function LevelSelect(props: { value: LanguageLevel; label: string; id?: string; onChange(l: LanguageLevel): void }) {
  return (
    <select class="language-level" id={props.id} aria-label={props.label} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value as LanguageLevel)}>
      {LEVELS.map((l) => (
        <option key={l.value} value={l.value}>
          {l.label}
        </option>
      ))}
    </select>
  );
}

export function LanguagesEditor() {
  const languages = useStore(profileStore, (s) => s.profile.languages);
  const error = useStore(profileStore, (s) => s.fieldErrors.language);
  const [name, setName] = useState('');
  const [level, setLevel] = useState<LanguageLevel>('fluent');
  const store = profileStore.getState();

  return (
    <div class="pf-stack">
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (await store.addLanguage(name, level)) setName('');
        }}
      >
        <label for="language-name">Languages you speak</label>
        <div class="pf-row">
          <input
            id="language-name"
            value={name}
            maxLength={100}
            placeholder="e.g. German"
            onInput={(e) => {
              setName(e.currentTarget.value);
              store.setFieldError('language', null);
            }}
            {...invalidProps('language-error', error)}
          />
          <LevelSelect label="Level of the new language" value={level} onChange={setLevel} />
          <button type="submit">Add</button>
        </div>
        <FieldError id="language-error" error={error} />
      </form>
      {languages.length > 0 && (
        <ul class="plain-list" aria-label="Your languages">
          {languages.map((l, i) => (
            <li key={l.name} class="pf-row">
              <span class="grow">{l.name}</span>
              <LevelSelect label={`Level in ${l.name}`} value={l.level} onChange={(lv) => void store.edit((p) => setLanguageLevel(p, i, lv))} />
              <button
                type="button"
                class="pf-icon"
                aria-label={`Remove ${l.name}`}
                title={`Remove ${l.name}`}
                onClick={() => void store.edit((p) => ({ ...p, languages: removeAt(p.languages, i) }))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
