// "What to learn next": missing skills ranked by how many saved postings ask for them, each posting weighted
// by how close you already are to it. A bar chart of plain elements; each bar opens its postings.
import { useStore } from '../common/useStore';
import { ExternalLink } from '../common/ExternalLink';
import { learnOf } from './stores/derive';
import type { SavedStore } from './stores/savedStore';

export function LearnNext({ store }: { store: SavedStore }) {
  const postings = useStore(store, (x) => x.postings);
  const scored = useStore(store, (x) => x.scored);
  const complete = useStore(store, (x) => x.complete);
  const scoring = useStore(store, (x) => x.scoring);
  const hasSkills = useStore(store, (x) => x.hasSkills);
  const entries = learnOf(postings, scored);
  const max = entries[0]?.weight ?? 1;
  const urlOf = new Map(postings.map((p) => [p.id, p.url]));

  let empty: string | null = null;
  if (!complete || (scoring && !entries.length)) empty = 'Working out what your saved postings ask for…';
  else if (!hasSkills) empty = 'Add your skills in Postfit’s toolbar popup first: this list is what your saved postings ask for that you do not have.';
  else if (!postings.length) empty = 'Save a few postings you like: this list will show the skills they ask for that you lack.';
  else if (!entries.length) empty = 'Your saved postings ask for nothing you lack. Well done.';

  return (
    <section class="learn" aria-labelledby="learn-title">
      <h2 id="learn-title">What to learn next</h2>
      <p class="pf-muted pf-small">
        Skills your saved postings ask for and you lack. Each posting counts by how close you are to it (its score), so a skill that
        blocks a near-fit comes first. Preferred skills count half.
      </p>
      {empty ? (
        <p class="learn-empty">{empty}</p>
      ) : (
        <ol class="learn-list">
          {entries.map((e, i) => {
            const pct = Math.max(4, Math.round((100 * e.weight) / max));
            return (
              <li key={e.key} class="learn-item">
                <details>
                  <summary>
                    <span class="learn-label">
                      <span class="learn-rank pf-muted" aria-hidden="true">
                        {i + 1}.
                      </span>
                      <span class="learn-name">{e.name}</span>
                      <span class="pf-muted pf-small learn-count">
                        {e.postings.length} {e.postings.length === 1 ? 'posting' : 'postings'}
                      </span>
                    </span>
                    <span class="learn-bar" aria-hidden="true">
                      <span style={{ width: `${pct}%` }} />
                    </span>
                  </summary>
                  <ul class="learn-postings">
                    {e.postings.map((p) => (
                      <li key={p.id} class="pf-small">
                        <span class="learn-score">{p.score ?? '–'}</span>{' '}
                        <ExternalLink href={urlOf.get(p.id) ?? ''}>
                          <bdi>{p.title ?? 'Untitled posting'}</bdi>
                        </ExternalLink>
                        {p.company && (
                          <span class="pf-muted">
                            {' · '}
                            <bdi>{p.company}</bdi>
                          </span>
                        )}
                        {p.bucket === 'preferred' && <span class="pf-muted"> (preferred)</span>}
                      </li>
                    ))}
                  </ul>
                </details>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
