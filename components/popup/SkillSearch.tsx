// The "add a skill" box: an ARIA 1.2 combobox with a listbox of taxonomy suggestions. Arrow keys move
// through the options, Enter adds the highlighted one, Escape closes the list. The last option adds the
// text as typed, for skills the taxonomy does not know.
import { useEffect } from 'preact/hooks';
import { FieldError, invalidProps } from '../common/FieldError';
import { useStore } from '../common/useStore';
import { profileStore, suggestionsStore } from './stores';
import { suggestionOptions } from './stores/suggestionsStore';
import { pickSkill } from './stores/pickSkill';
import { loadTaxonomy } from './stores/taxonomy';

const LIST_ID = 'skill-suggestions';
const ERR_ID = 'skill-search-error';
const optionId = (i: number) => `skill-option-${i}`;

export function SkillSearch() {
  const query = useStore(suggestionsStore, (s) => s.query);
  const results = useStore(suggestionsStore, (s) => s.results);
  const active = useStore(suggestionsStore, (s) => s.active);
  const open = useStore(suggestionsStore, (s) => s.open);
  const known = useStore(suggestionsStore, (s) => s.known);
  const ready = useStore(suggestionsStore, (s) => s.ready);
  const pickPending = useStore(suggestionsStore, (s) => s.pickPending);
  const skills = useStore(profileStore, (s) => s.profile.skills);
  const error = useStore(profileStore, (s) => s.fieldErrors.skill);

  const options = suggestionOptions({ query, results, known });
  const expanded = open && options.length > 0;
  const owned = new Set(skills.map((s) => s.id));
  useEffect(() => {
    if (expanded && active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [expanded, active]);

  const pick = (i: number) => {
    const o = options[i];
    if (o) void pickSkill(o, profileStore, suggestionsStore);
  };
  // Enter pressed while the suggestions were loading: pick what is highlighted once they are there.
  useEffect(() => {
    if (ready && pickPending && suggestionsStore.getState().takePendingPick()) pick(active < 0 ? 0 : active);
  }, [ready, pickPending]);

  const onKeyDown = (e: KeyboardEvent) => {
    const s = suggestionsStore.getState();
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      s.move(e.key === 'ArrowDown' ? 1 : -1, options.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (!s.ready) s.requestPick();
      else if (expanded) pick(active < 0 ? 0 : active);
    } else if (e.key === 'Escape' && expanded) {
      e.preventDefault();
      s.close();
    }
  };

  return (
    <div class="skill-search">
      <label for="skill-search">Add a skill</label>
      <input
        id="skill-search"
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        maxLength={200}
        placeholder="e.g. Python, k8s, Postgres"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={LIST_ID}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        value={query}
        onInput={(e) => {
          profileStore.getState().setFieldError('skill', null);
          void suggestionsStore.getState().setQuery(e.currentTarget.value);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => void loadTaxonomy().catch(() => {})}
        onBlur={() => suggestionsStore.getState().close()}
        {...invalidProps(ERR_ID, error)}
      />
      <ul id={LIST_ID} role="listbox" aria-label="Suggested skills" class="suggestions" hidden={!expanded}>
        {expanded &&
          options.map((o, i) => (
            <li
              id={optionId(i)}
              key={`${o.id}:${i}`}
              role="option"
              aria-selected={i === active}
              class={i === active ? 'active' : undefined}
              // mousedown, not click: the input must keep the focus (and its blur must not close the list first)
              onMouseDown={(e) => {
                e.preventDefault();
                pick(i);
              }}
            >
              <span class="suggestion-name">{o.name}</span>
              <span class="pf-muted pf-small">{owned.has(o.id) ? 'in your profile' : o.note}</span>
            </li>
          ))}
      </ul>
      <FieldError id={ERR_ID} error={error} />
    </div>
  );
}
