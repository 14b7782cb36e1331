// One saved posting in the list: score, title, company · board · date, status, note, open and delete.
// Fixed height (ROW_HEIGHT) for the windowed list.
import { POSTING_STATUSES, type PostingStatus } from '../../lib/db/statuses';
import type { ListRow } from '../../lib/saved/list';
import { ExternalLink } from '../common/ExternalLink';
import { Joined } from '../common/Joined';
import { ScoreBadge, verdictOf } from '../common/ScoreBadge';
import { useDraft } from '../common/useDraft';

export const ROW_HEIGHT = 112;

export const STATUS_WORDS: Record<PostingStatus, string> = {
  saved: 'Saved',
  applied: 'Applied',
  interviewing: 'Interviewing',
  offer: 'Offer',
  rejected: 'Rejected',
  ghosted: 'Ghosted',
};

const thisYear = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const otherYear = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' });
/** Short enough for one line at 320px: "22 Nov" this year, "Nov 2024" before. */
export function shortDate(t: number, now = Date.now()): string {
  return (new Date(t).getFullYear() === new Date(now).getFullYear() ? thisYear : otherYear).format(t);
}

interface Props {
  row: ListRow;
  onStatus(id: string, status: PostingStatus): void;
  onNote(id: string, note: string): void;
  onDelete(id: string, title: string): void;
}

export function SavedRow({ row, onStatus, onNote, onDelete }: Props) {
  const note = useDraft(row.note);
  const title = row.title ?? 'Untitled posting';
  const idBase = `row-${row.id}`;
  const commit = () => {
    onNote(row.id, note.draft);
    note.onBlur();
  };
  return (
    <div class="saved-row" data-status={row.status}>
      <div class="saved-line">
        <ScoreBadge score={row.score} verdict={verdictOf(row.score)} />
        <div class="grow saved-text">
          <div class="saved-title">
            <ExternalLink href={row.url}>{title}</ExternalLink>
          </div>
          <div class="pf-muted pf-small saved-meta">
            <Joined parts={[row.company, row.board, shortDate(row.savedAt), row.formulaVersion ? `scored by ${row.formulaVersion}` : null]} />
          </div>
        </div>
        <button type="button" class="pf-icon saved-delete" aria-label={`Delete ${title}`} title="Delete" onClick={() => onDelete(row.id, title)}>
          ×
        </button>
      </div>
      <div class="saved-line">
        <label class="pf-visually-hidden" for={`${idBase}-status`}>
          Status of {title}
        </label>
        <select id={`${idBase}-status`} class="saved-status" value={row.status} onChange={(e) => onStatus(row.id, e.currentTarget.value as PostingStatus)}>
          {POSTING_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_WORDS[s]}
            </option>
          ))}
        </select>
        <label class="pf-visually-hidden" for={`${idBase}-note`}>
          Note on {title}
        </label>
        <input
          id={`${idBase}-note`}
          class="saved-note grow"
          placeholder="Note"
          maxLength={20_000}
          value={note.draft}
          onInput={(e) => note.onInput(e.currentTarget.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            else if (e.key === 'Escape') note.onBlur();
          }}
        />
      </div>
    </div>
  );
}
