// The review step of an import: every proposed item with where it came from ("8 yrs · 2017–2025 at Acme"), each
// with a tick box; only the ticked items are added.
import type { ComponentChildren } from 'preact';
import { FieldError } from '../common/FieldError';
import { Joined } from '../common/Joined';
import { useStore } from '../common/useStore';
import { KIND_LABEL, itemKey } from '../../lib/import/proposal';
import { importStore, profileStore } from './stores';

const DEGREE_NAME = { bachelor: 'Bachelor’s degree', master: 'Master’s degree', phd: 'PhD' } as const;
const yrs = (n: number) => `${n} yr${n === 1 ? '' : 's'}`;

function Item({ k, name, details }: { k: string; name: string; details: (string | null)[] }) {
  const checked = useStore(importStore, (s) => !!s.picked[k]);
  return (
    <li>
      <label class="pf-check">
        <input type="checkbox" checked={checked} onChange={() => importStore.getState().toggle(k)} />
        <span class="cv-found-text">
          <span class="cv-found-name">
            <bdi>{name}</bdi>
          </span>
          <span class="pf-muted pf-small cv-found-source">
            <Joined parts={details} />
          </span>
        </span>
      </label>
    </li>
  );
}

// A label, not a heading: the review sits inside a collapsible section whose title is not a heading either.
function Group({ title, children }: { title: string; children: ComponentChildren }) {
  const id = `cv-found-${title.toLowerCase()}`;
  return (
    <>
      <p class="cv-found-group" id={id}>
        {title}
      </p>
      <ul class="cv-found-list" aria-labelledby={id}>
        {children}
      </ul>
    </>
  );
}

export function ImportReview() {
  const proposal = useStore(importStore, (s) => s.proposal);
  const picked = useStore(importStore, (s) => s.picked);
  const fileName = useStore(importStore, (s) => s.fileName);
  const error = useStore(importStore, (s) => s.error);
  const owned = useStore(profileStore, (s) => s.profile);
  const store = importStore.getState();
  if (!proposal) return null;

  const { skills, degree, languages, certifications } = proposal;
  const total = skills.length + (degree ? 1 : 0) + languages.length + certifications.length;
  const count = Object.values(picked).filter(Boolean).length;
  const has = new Set(owned.skills.map((s) => s.id));
  const from = fileName ? `“${fileName}” (${KIND_LABEL[proposal.kind]})` : 'the pasted text';

  if (total === 0) {
    return (
      <p class="pf-small" role="alert">
        Nothing Postfit knows was found in {from}. Add your skills by name above instead.
      </p>
    );
  }
  return (
    <fieldset class="cv-found">
      <legend>
        Found {total === 1 ? '1 item' : `${total} items`} in <bdi>{from}</bdi>: tick the ones to add
      </legend>
      <div class="pf-row cv-found-tools">
        <button type="button" onClick={() => store.pickAll(true)}>Tick all</button>
        <button type="button" onClick={() => store.pickAll(false)}>Untick all</button>
      </div>
      {skills.length > 0 && (
        <Group title="Skills">
          {skills.map((s) => (
            <Item
              key={s.id}
              k={itemKey.skill(s)}
              name={s.name}
              details={[
                s.years !== null ? yrs(s.years) : null,
                s.level ?? null,
                s.source,
                s.known ? null : 'not in the skills list, kept as written',
                has.has(s.id) ? 'in profile' : null,
              ]}
            />
          ))}
        </Group>
      )}
      {degree && (
        <Group title="Degree">
          <Item k={itemKey.degree()} name={DEGREE_NAME[degree.value]} details={[degree.source]} />
        </Group>
      )}
      {languages.length > 0 && (
        <Group title="Languages">
          {languages.map((l) => (
            <Item key={l.name} k={itemKey.language(l)} name={l.name} details={[l.level, l.source]} />
          ))}
        </Group>
      )}
      {certifications.length > 0 && (
        <Group title="Certifications">
          {certifications.map((c) => (
            <Item key={c.name} k={itemKey.certification(c)} name={c.name} details={[c.source]} />
          ))}
        </Group>
      )}
      <FieldError id="cv-add-error" error={error} />
      <div class="pf-row">
        <button type="button" class="pf-primary" disabled={count === 0} onClick={() => void store.add()}>
          Add {count === 1 ? '1 item' : `${count} items`}
        </button>
        <button type="button" onClick={() => store.reset()}>Cancel</button>
      </div>
    </fieldset>
  );
}
