// Export and import of the JSON backup. An import is checked completely before anything is written; an
// invalid file lists its problems and changes nothing; a valid one waits for the user to pick merge or replace.
import { createStore } from 'zustand/vanilla';
import {
  exportAll, getDb, importBackup, MAX_BACKUP_CHARS, parseBackup, StorageFullError, ValidationError,
  type Backup, type ImportMode, type PostfitDb,
} from '../../../lib/db/index';

export type BackupPhase = 'idle' | 'reading' | 'choose' | 'importing';

export interface BackupState {
  phase: BackupPhase;
  /** A valid file waiting for merge/replace. */
  pending: Backup | null;
  fileName: string | null;
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

export function createBackupStore(openDb: () => Promise<PostfitDb> = () => getDb(), now = () => Date.now()) {
  return createStore<BackupState>()((set, get) => ({
    phase: 'idle',
    pending: null,
    fileName: null,
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
      set({ phase: 'reading', pending: null, fileName: file.name, errors: [], message: null, failed: false });
      if (file.size > MAX_BACKUP_CHARS) {
        return set({ phase: 'idle', errors: ['The file is too large to be a Postfit backup'] });
      }
      let text: string;
      try {
        text = await file.text();
      } catch (e) {
        return set({ phase: 'idle', errors: [`The file could not be read: ${e instanceof Error ? e.message : String(e)}`] });
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
        await importBackup(await openDb(), data, mode, now());
        const what = mode === 'merge' ? 'merged into your profile' : 'now replaces what you had';
        set({ phase: 'idle', pending: null, message: `Backup ${what}`, failed: false });
        return true;
      } catch (e) {
        set({ phase: 'idle', pending: null, message: why(e), failed: true });
        return false;
      }
    },

    cancel: () => set({ phase: 'idle', pending: null, fileName: null, errors: [] }),
  }));
}

export type BackupStore = ReturnType<typeof createBackupStore>;
