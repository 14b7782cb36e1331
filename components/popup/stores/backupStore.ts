// Export and import of the JSON backup. An import is checked completely before anything is written; an
// invalid file lists its problems and changes nothing; a valid one waits for the user to pick merge or replace.
// A profile file (skills by name, as lib/profile/by-name.ts reads them) is accepted too: it changes only the profile.
import { createStore } from 'zustand/vanilla';
import {
  BACKUP_FORMAT, BACKUP_VERSION, exportAll, getDb, importBackup, importProfile, MAX_BACKUP_CHARS, parseBackup,
  StorageFullError, ValidationError, type Backup, type ImportMode, type PostfitDb,
} from '../../../lib/db/index';
import { parseProfileFile } from '../../../lib/profile/by-name';
import { loadTaxonomy } from './taxonomy';

export type BackupPhase = 'idle' | 'reading' | 'choose' | 'importing';

export interface BackupState {
  phase: BackupPhase;
  /** A valid file waiting for merge/replace. */
  pending: Backup | null;
  fileName: string | null;
  /** The pending file is a profile alone; its skill names the taxonomy does not know (kept as typed). */
  profileFile: { unknown: string[] } | null;
  /** What is wrong with the chosen file, one line per problem. */
  errors: string[];
  /** Outcome of the last export/import, for the status line. */
  message: string | null;
  failed: boolean;
  exportJson(): Promise<{ json: string; fileName: string } | null>;
  readFile(file: Pick<File, 'name' | 'size' | 'text'>): Promise<void>;
  confirm(mode: ImportMode): Promise<boolean>;
  cancel(): void;
}

const why = (e: unknown) =>
  e instanceof StorageFullError ? e.message
  : e instanceof ValidationError ? `The backup was not imported: ${e.issues.join('; ')}`
  : `Something went wrong: ${e instanceof Error ? e.message : String(e)}`;

const day = (t: number) => new Date(t).toISOString().slice(0, 10);

/** A file without the backup tag but with a "skills" list is meant as a profile, not as a broken backup. */
function looksLikeProfile(text: string): boolean {
  try {
    const v: unknown = JSON.parse(text);
    return !!v && typeof v === 'object' && !Array.isArray(v) && 'skills' in v && !('format' in v);
  } catch {
    return false;
  }
}

export function createBackupStore(openDb: () => Promise<PostfitDb> = () => getDb(), now = () => Date.now(), taxonomy = loadTaxonomy) {
  return createStore<BackupState>()((set, get) => ({
    phase: 'idle',
    pending: null,
    fileName: null,
    profileFile: null,
    errors: [],
    message: null,
    failed: false,

    async exportJson() {
      try {
        const data = await exportAll(await openDb(), now());
        set({ message: 'Backup downloaded', failed: false, errors: [] });
        return { json: JSON.stringify(data, null, 2), fileName: `postfit-backup-${day(data.exportedAt)}.json` };
      } catch (e) {
        set({ message: why(e), failed: true });
        return null;
      }
    },

    async readFile(file) {
      set({ phase: 'reading', pending: null, profileFile: null, fileName: file.name, errors: [], message: null, failed: false });
      if (file.size > MAX_BACKUP_CHARS) {
        return set({ phase: 'idle', errors: ['The file is too large to be a Postfit backup'] });
      }
      let text: string;
      try {
        text = await file.text();
      } catch (e) {
        return set({ phase: 'idle', errors: [`The file could not be read: ${e instanceof Error ? e.message : String(e)}`] });
      }
      if (looksLikeProfile(text)) {
        let lookup;
        try {
          lookup = (await taxonomy()).conceptByName;
        } catch (e) {
          return set({ phase: 'idle', errors: [`The skills list could not be loaded: ${e instanceof Error ? e.message : String(e)}`] });
        }
        const p = parseProfileFile(text, lookup, now());
        if (!p.ok) return set({ phase: 'idle', errors: p.errors });
        const pending: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now(), profile: p.profile, postings: [], settings: [] };
        return set({ phase: 'choose', pending, profileFile: { unknown: p.unknown } });
      }
      const r = parseBackup(text);
      if (!r.ok) set({ phase: 'idle', errors: r.errors });
      else set({ phase: 'choose', pending: r.data });
    },

    async confirm(mode) {
      const data = get().pending;
      if (!data) return false;
      set({ phase: 'importing' });
      try {
        const profileOnly = get().profileFile !== null && data.profile;
        if (profileOnly) await importProfile(await openDb(), profileOnly, mode, now());
        else await importBackup(await openDb(), data, mode, now());
        const what = mode === 'merge' ? 'merged into your profile' : profileOnly ? 'now replaces your profile' : 'now replaces what you had';
        set({ phase: 'idle', pending: null, profileFile: null, message: `${profileOnly ? 'Profile' : 'Backup'} ${what}`, failed: false });
        return true;
      } catch (e) {
        set({ phase: 'idle', pending: null, profileFile: null, message: why(e), failed: true });
        return false;
      }
    },

    cancel: () => set({ phase: 'idle', pending: null, profileFile: null, fileName: null, errors: [] }),
  }));
}

export type BackupStore = ReturnType<typeof createBackupStore>;
