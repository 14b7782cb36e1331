// The full fit report for one posting. Pure: everything comes from props (a TabEvaluation and the report
// to show), so it renders the same in the panel, in tests and in screenshots.
import type { SavedPosting } from '../../lib/db/index';
import type { Dealbreaker, FitItem, FitReport } from '../../lib/fit/types';
import type { TabEvaluation } from '../../lib/tab-evaluation';
import { ScoreBadge, VerdictWord } from '../common/ScoreBadge';
import { Joined } from '../common/Joined';
import { StatusMark } from '../common/StatusMark';

export interface ReportViewProps {
  evaluation: TabEvaluation | null;
  report: FitReport | null;
  saved: Pick<SavedPosting, 'status'> | null;
  saving?: boolean;
  evaluating?: 'page' | 'selection' | null;
  message?: string | null;
  onHighlight(sentence: string): void;
  onAddSkill(id: string, name: string): void;
  /** "Not a dealbreaker for me" (dismissed true) or "Count it again" (false), for this posting. */
  onDismissDealbreaker?(key: string, dismissed: boolean): void;
  onSave(): void;
  onEvaluate(what: 'page' | 'selection'): void;
  onShowSaved?(): void;
}

const GROUPS: { status: FitItem['status']; title: string }[] = [
  { status: 'met', title: 'Matched' },
  { status: 'partly', title: 'Partly met' },
  { status: 'missing', title: 'Missing' },
];

/** Space held while the report loads, with the shape of the real one: no jump when it arrives. */
export function ReportSkeleton() {
  return (
    <div class="report" aria-busy="true" aria-label="Loading the report">
      <div class="report-head">
        <span class="pf-skeleton" style={{ width: '60px', height: '60px', borderRadius: '50%' }} />
        <div class="grow">
          <span class="pf-skeleton" style={{ width: '80%', height: '18px' }} />
          <span class="pf-skeleton" style={{ width: '50%', height: '14px', marginTop: '8px' }} />
        </div>
      </div>
      {[0, 1, 2, 3, 4].map((i) => (
        <span key={i} class="pf-skeleton" style={{ height: '40px', marginTop: '12px' }} />
      ))}
    </div>
  );
}

function NotPosting(props: ReportViewProps & { evaluation: Exclude<TabEvaluation, { status: 'posting' }> }) {
  const { evaluation, evaluating, message, onEvaluate } = props;
  return (
    <div class="report-empty">
      <h2>{evaluation.status === 'not-posting' ? 'This page is not a job posting' : 'Postfit has not read this page'}</h2>
      <p class="pf-muted">
        {evaluation.status === 'not-posting'
          ? 'Postfit found no job requirements here. If it is a posting, ask Postfit to read it, or select the posting’s text first.'
          : 'Postfit reads postings on the job boards it knows. On another site, ask it to read the page or the text you selected.'}
      </p>
      <div class="pf-row report-actions">
        <button type="button" class="pf-primary" disabled={!!evaluating} onClick={() => onEvaluate('page')}>
          {evaluating === 'page' ? 'Reading the page…' : 'Evaluate this page'}
        </button>
        <button type="button" disabled={!!evaluating} onClick={() => onEvaluate('selection')}>
          {evaluating === 'selection' ? 'Reading…' : 'Evaluate selected text'}
        </button>
      </div>
      <p class="pf-error" role="status">{message}</p>
    </div>
  );
}

function ItemRow({ item, onHighlight, onAddSkill }: { item: FitItem; onHighlight(s: string): void; onAddSkill(id: string, name: string): void }) {
  const names = item.name.split(' or ');
  const members = names.length === item.ids.length ? item.ids.map((id, i) => ({ id, name: names[i]! })) : [{ id: item.ids[0]!, name: item.name }];
  const body = (
    <>
      <span class="item-line">
        <StatusMark status={item.status} />
        <span class="item-name">{item.name}</span>
        <span class="item-bucket pf-small" data-bucket={item.bucket}>
          {item.bucket === 'required' ? 'Required' : 'Preferred'}
        </span>
      </span>
      {item.via && (
        <span class="item-via pf-small pf-muted">
          {item.status === 'met' ? 'via' : 'you have'} {item.via}
        </span>
      )}
      {item.sentence && (
        <span class="item-sentence pf-small">
          “<bdi>{item.sentence}</bdi>”
        </span>
      )}
    </>
  );
  return (
    <li class="item" data-status={item.status}>
      {item.sentence ? (
        <button
          type="button"
          class="item-main"
          title="Show this sentence on the page"
          onClick={() => onHighlight(item.sentence!)}
        >
          {body}
        </button>
      ) : (
        <div class="item-main">{body}</div>
      )}
      {item.status === 'missing' && (
        <div class="item-have pf-row">
          {members.length === 1 ? (
            <button type="button" class="pf-small" aria-label={`I have ${members[0]!.name}: add it to my skills`} onClick={() => onAddSkill(members[0]!.id, members[0]!.name)}>
              I have this
            </button>
          ) : (
            <>
              <span class="pf-small pf-muted">I have</span>
              {members.map((m) => (
                <button key={m.id} type="button" class="pf-small" aria-label={`I have ${m.name}: add it to my skills`} onClick={() => onAddSkill(m.id, m.name)}>
                  {m.name}
                </button>
              ))}
            </>
          )}
        </div>
      )}
    </li>
  );
}

/** A sentence of the posting, quoted; a button that shows it on the page. */
function Quote({ sentence, onHighlight }: { sentence: string; onHighlight(s: string): void }) {
  return (
    <button type="button" class="quote pf-small" title="Show this sentence on the page" onClick={() => onHighlight(sentence)}>
      “<bdi>{sentence}</bdi>”
    </button>
  );
}

function DealbreakerRow({ d, onHighlight, onDismiss }: { d: Dealbreaker; onHighlight(s: string): void; onDismiss?(key: string, on: boolean): void }) {
  return (
    <li class="dealbreaker" data-dismissed={d.dismissed ? '' : undefined}>
      <span class="dealbreaker-message">
        {d.message}
        {d.dismissed && <span class="pf-muted pf-small"> · not a dealbreaker for you here</span>}
      </span>
      {d.sentence && <Quote sentence={d.sentence} onHighlight={onHighlight} />}
      {onDismiss && (
        <button type="button" class="pf-small dealbreaker-toggle" onClick={() => onDismiss(d.key, !d.dismissed)}>
          {d.dismissed ? 'Count it again' : 'Not a dealbreaker for me'}
        </button>
      )}
    </li>
  );
}

export function ReportView(props: ReportViewProps) {
  const { evaluation, report, saved, saving, message, onHighlight, onAddSkill, onDismissDealbreaker, onSave, onShowSaved } = props;
  if (!evaluation) return <ReportSkeleton />;
  if (evaluation.status !== 'posting') return <NotPosting {...props} evaluation={evaluation} />;
  const { record } = evaluation;
  const items = report?.items ?? [];
  const required = items.filter((i) => i.bucket === 'required');
  const metRequired = required.filter((i) => i.status === 'met').length;

  return (
    <article class="report" aria-labelledby="report-title">
      <header class="report-head">
        <ScoreBadge score={report?.score ?? null} verdict={report?.verdict ?? 'unknown'} size="large" />
        <div class="grow">
          <h2 id="report-title" class="report-title">{record.title ?? 'Untitled posting'}</h2>
          <p class="pf-muted pf-small report-sub">
            <Joined parts={[record.company, evaluation.board]} />
          </p>
          <p class="report-verdict">
            {report ? <VerdictWord verdict={report.verdict} /> : <span class="pf-muted">No skills in your profile yet</span>}
            {report && required.length > 0 && (
              <span class="pf-muted pf-small"> · {metRequired} of {required.length} required met</span>
            )}
            {report && (
              <span class="pf-muted pf-small report-found">
                {' '}
                · {report.found} requirement{report.found === 1 ? '' : 's'} found
              </span>
            )}
          </p>
        </div>
      </header>

      <div class="pf-row report-actions">
        {saved ? (
          <>
            <span class="saved-mark" role="status">✓ Saved{saved.status !== 'saved' ? ` · ${saved.status}` : ''}</span>
            {onShowSaved && (
              <button type="button" onClick={onShowSaved}>
                Open saved list
              </button>
            )}
          </>
        ) : (
          <button type="button" class="pf-primary" disabled={saving} onClick={onSave}>
            {saving ? 'Saving…' : 'Save posting'}
          </button>
        )}
      </div>
      {message && (
        <p class="pf-error" role="alert">
          {message}
        </p>
      )}

      {!report && (
        <p class="report-note">
          Add your skills in Postfit’s toolbar popup to see how this posting fits. It asks for:{' '}
          {[...record.required, ...record.preferred].join(', ') || 'no skills Postfit recognises'}.
        </p>
      )}

      {report && report.dealbreakers.length > 0 && (
        <section class="dealbreakers" aria-labelledby="dealbreakers-title">
          <h3 id="dealbreakers-title">Dealbreakers</h3>
          <ul>
            {report.dealbreakers.map((d) => (
              <DealbreakerRow key={d.key} d={d} onHighlight={onHighlight} onDismiss={onDismissDealbreaker} />
            ))}
          </ul>
        </section>
      )}

      {report?.work && report.work.length > 0 && (
        <section class="work" aria-labelledby="work-title">
          <h3 id="work-title">Visa and work authorisation</h3>
          <ul>
            {report.work.map((w) => (
              <li key={w.label} class="work-statement" data-blocking={w.blocking ? '' : undefined}>
                <span class="work-label">{w.label}</span>
                {w.sentence && <Quote sentence={w.sentence} onHighlight={onHighlight} />}
              </li>
            ))}
          </ul>
        </section>
      )}

      {report?.pay && (
        <section class="pay" aria-labelledby="pay-title">
          <h3 id="pay-title">Pay</h3>
          <p class="pay-line" data-below={report.pay.belowMinimum ? '' : undefined}>
            {report.pay.text}
          </p>
        </section>
      )}

      {report &&
        GROUPS.map(({ status, title }) => {
          const group = items.filter((i) => i.status === status);
          if (!group.length) return null;
          // Required before preferred within each group (fit() sorts by bucket first; keep it explicit).
          group.sort((a, b) => (a.bucket === b.bucket ? 0 : a.bucket === 'required' ? -1 : 1));
          return (
            <section key={status} class="items" aria-labelledby={`items-${status}`}>
              <h3 id={`items-${status}`}>
                {title} <span class="pf-muted pf-small">({group.length})</span>
              </h3>
              <ul>
                {group.map((item) => (
                  <ItemRow key={item.ids.join('|') + item.bucket} item={item} onHighlight={onHighlight} onAddSkill={onAddSkill} />
                ))}
              </ul>
            </section>
          );
        })}

      {report && (report.notes.length > 0 || report.adjustments.length > 0) && (
        <section class="notes" aria-label="Notes">
          <ul>
            {report.adjustments.map((a, i) => (
              <li key={`a${i}`} class="pf-small">
                {a.label} ({a.points} points)
              </li>
            ))}
            {report.notes.map((n, i) => (
              <li key={i} class="pf-muted pf-small">
                {n}
              </li>
            ))}
          </ul>
        </section>
      )}
      {report && items.some((i) => i.sentence) && (
        <p class="pf-muted pf-small report-hint">Select an item to see its sentence on the page.</p>
      )}
    </article>
  );
}
