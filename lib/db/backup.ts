// Backup files: one versioned JSON object holding everything the user has. Import is all or nothing:
// the file is validated completely first, then written in a single transaction.
import { z } from 'zod';
import { ProfileSchema } from '../profile/schema';
import { PROFILE_KEY, type PostfitDb } from './database';
import { guardWrite } from './errors';
import { formatIssues, formatPath, parseOrThrow, ValidationError } from './issues';
import { jsonShapeIssues } from './json-shape';
import { mergeProfiles } from './merge';
import { newPostingId } from './postings';
import { SavedPostingSchema, SettingRowSchema, type SavedPosting } from './records';

export const BACKUP_FORMAT = 'postfit-backup';
export const BACKUP_VERSION = 1;
export const MAX_BACKUP_POSTINGS = 50_000;
/** Checked before JSON.parse: a file this large is not a Postfit backup and would stall the page. */
export const MAX_BACKUP_CHARS = 512 * 1024 * 1024;

/** Ids and urls identify postings; a file repeating one would silently drop a record on import.
 * Runs even when other fields are invalid (hence the defensive reads) so that all problems are listed at once. */
function uniqueIn(b: unknown, list: string, field: string, ctx: z.RefinementCtx) {
  const rows = (b as Record<string, unknown> | null)?.[list];
  if (!Array.isArray(rows)) return;
  const seen = new Map<unknown, number>();
  rows.forEach((r: unknown, i) => {
    const v = r && typeof r === 'object' ? (r as Record<string, unknown>)[field] : undefined;
    if (typeof v !== 'string') return;
    const first = seen.get(v);
    if (first === undefined) seen.set(v, i);
    else ctx.addIssue({ code: 'custom', path: [list, i, field], message: `same ${field} as ${list}[${first}]` });
  });
}

export const BackupSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_VERSION),
    exportedAt: z.number().int().min(0),
    /** null when no profile had been saved. */
    profile: ProfileSchema.nullable(),
    postings: z.array(SavedPostingSchema).max(MAX_BACKUP_POSTINGS),
    settings: z.array(SettingRowSchema).max(1000),
  })
  .superRefine(
    (b, ctx) => {
      uniqueIn(b, 'postings', 'id', ctx);
      uniqueIn(b, 'postings', 'url', ctx);
      uniqueIn(b, 'settings', 'key', ctx);
    },
    { when: () => true },
  );
export type Backup = z.infer<typeof BackupSchema>;

export type ParseResult = { ok: true; data: Backup } | { ok: false; errors: string[] };

/** Everything in the database, in a fixed order (postings by savedAt) so two exports of one state match. */
export function exportAll(db: PostfitDb, now = Date.now()): Promise<Backup> {
  return db.transaction('r', db.profile, db.postings, db.settings, async () => ({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now,
    profile: (await db.profile.get(PROFILE_KEY)) ?? null,
    postings: await db.postings.orderBy('savedAt').toArray(),
    settings: await db.settings.toArray(),
  }));
}

/** Accepts the file's text or already parsed JSON. Never throws; errors name the record and field. */
export function parseBackup(json: unknown): ParseResult {
  let value = json;
  if (typeof json === 'string') {
    if (json.length > MAX_BACKUP_CHARS) return { ok: false, errors: ['the file is too large to be a Postfit backup'] };
    try {
      value = JSON.parse(json);
    } catch (e) {
      return { ok: false, errors: [`not valid JSON: ${e instanceof Error ? e.message : String(e)}`] };
    }
  }
  // Check the envelope first: a wrong file should get one clear sentence, not a list of missing fields.
  const head = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  if (!head || head.format !== BACKUP_FORMAT) return { ok: false, errors: ['not a Postfit backup file (format tag "postfit-backup" missing)'] };
  if (typeof head.version === 'number' && head.version > BACKUP_VERSION) {
    return { ok: false, errors: [`backup version ${head.version} was made by a newer Postfit; update the extension to import it`] };
  }
  return validate(value);
}

/** The schema check behind both entry points, after the shape check that keeps zod from recursing into a value
 * nested too deep or copying a "__proto__" key. */
function validate(value: unknown): ParseResult {
  try {
    const shape = jsonShapeIssues(value);
    if (shape.length) return { ok: false, errors: shape };
    const r = BackupSchema.safeParse(value);
    return r.success ? { ok: true, data: r.data } : { ok: false, errors: formatIssues(r.error.issues) };
  } catch (e) {
    return { ok: false, errors: [`${formatPath([])}: ${e instanceof Error ? e.message : String(e)}`] };
  }
}

export type ImportMode = 'merge' | 'replace';

/** Writes a backup. 'replace': the database becomes exactly the file. 'merge': profiles are merged
 * (see merge.ts), postings upserted by url (the local id is kept), settings already set locally win.
 * One transaction: any failure (invalid data, full disk) leaves the database as it was. */
export async function importBackup(db: PostfitDb, data: Backup, mode: ImportMode, now = Date.now()): Promise<void> {
  // Callers may pass data that never went through parseBackup.
  const checked = validate(data);
  if (!checked.ok) throw new ValidationError(checked.errors);
  const b = checked.data;
  await guardWrite(() =>
    db.transaction('rw', db.profile, db.postings, db.settings, async () => {
      if (mode === 'replace') {
        await Promise.all([db.profile.clear(), db.postings.clear(), db.settings.clear()]);
        if (b.profile) await db.profile.put(b.profile, PROFILE_KEY);
        await db.postings.bulkPut(b.postings);
        await db.settings.bulkPut(b.settings);
        return;
      }
      if (b.profile) {
        const local = await db.profile.get(PROFILE_KEY);
        const merged = local ? mergeProfiles(local, b.profile, now) : b.profile;
        await db.profile.put(parseOrThrow(ProfileSchema, merged, ['profile']), PROFILE_KEY);
      }
      await db.postings.bulkPut(await matchLocalIds(db, b.postings));
      const localKeys = new Set(await db.settings.toCollection().primaryKeys());
      await db.settings.bulkPut(b.settings.filter((s) => !localKeys.has(s.key)));
    }),
  );
}

/** Gives each incoming posting the id of the local posting with the same url, or a fresh id if its own
 * id is already used locally by a different url (two installs generate ids independently). */
async function matchLocalIds(db: PostfitDb, incoming: SavedPosting[]): Promise<SavedPosting[]> {
  // Keys only, in url order, so that thousands of local postings are matched without loading their text.
  const urls = await db.postings.orderBy('url').keys();
  const ids = await db.postings.orderBy('url').primaryKeys();
  const idByUrl = new Map(urls.map((u, i) => [String(u), ids[i] as string]));
  const urlById = new Map(urls.map((u, i) => [ids[i] as string, String(u)]));
  return incoming.map((p) => {
    const localId = idByUrl.get(p.url);
    if (localId !== undefined) return { ...p, id: localId };
    const taken = urlById.get(p.id);
    return taken !== undefined && taken !== p.url ? { ...p, id: newPostingId() } : p;
  });
}
