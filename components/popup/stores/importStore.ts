// "Import from CV": a pasted CV text or a chosen file (PDF, Word, JSON Resume, LinkedIn export), read into a
// proposal; the user ticks what to keep and the ticked items are added to the profile. A file that cannot be read
// leaves a message and changes nothing.
import { createStore } from 'zustand/vanilla';
import { applyProposal, initialPicks } from '../../../lib/import/apply';
import { MAX_CV_CHARS, MAX_FILE_BYTES } from '../../../lib/import/limits';
import { itemKeys, type ImportLookups, type ImportProposal, type ImportResult } from '../../../lib/import/proposal';
import type { ProfileStore } from './profileStore';

/** What the store needs from the browser: the taxonomy, and the file readers (pdf.js and unzip load on demand). */
export interface ImportPorts {
  lookups(): Promise<ImportLookups>;
  readFile(name: string, bytes: Uint8Array, lookups: ImportLookups, onProgress: (message: string) => void): Promise<ImportResult>;
}

/** The parts of a File the store reads; a test passes a plain object. */
export interface ChosenFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface ImportState {
  text: string;
  busy: boolean;
  /** What a long read is doing ("Reading page 3 of 12…"), or null. */
  progress: string | null;
  /** The file being read or reviewed; null for pasted text. */
  fileName: string | null;
  /** null before anything was read. */
  proposal: ImportProposal | null;
  picked: Record<string, boolean>;
  error: string | null;
  /** How many items the last "Add" took, for the confirmation line. */
  added: number | null;
  setText(text: string): void;
  read(): Promise<void>;
  readFile(file: ChosenFile): Promise<void>;
  toggle(key: string): void;
  pickAll(on: boolean): void;
  add(): Promise<boolean>;
  reset(): void;
}

/** Nothing read, nothing proposed: the state at the start and after Stop. */
const EMPTY = { text: '', busy: false, progress: null, fileName: null, proposal: null, picked: {}, error: null, added: null } as const;

const MB = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function createImportStore(profile: ProfileStore, ports: ImportPorts) {
  // Each read takes a ticket; a read that finishes after a newer one started, or after Cancel, is dropped.
  let ticket = 0;
  return createStore<ImportState>()((set, get) => {
    const begin = (fileName: string | null) => {
      set({ busy: true, progress: null, fileName, proposal: null, picked: {}, error: null, added: null });
      return ++ticket;
    };
    const finish = (mine: number, r: ImportResult) => {
      if (mine !== ticket) return;
      if (!r.ok) return set({ busy: false, progress: null, error: r.error });
      const picks = initialPicks(r.proposal, profile.getState().profile);
      set({ busy: false, progress: null, proposal: r.proposal, picked: Object.fromEntries(itemKeys(r.proposal).map((k) => [k, picks.has(k)])) });
    };
    const fail = (mine: number, what: string, e: unknown) => {
      if (mine === ticket) set({ busy: false, progress: null, error: `${what}: ${message(e)}` });
    };

    return {
      ...EMPTY,
      setText: (text) => set({ text, error: null, added: null }),
      async read() {
        const text = get().text;
        if (!text.trim()) return set({ error: 'Paste the text of your CV first' });
        if (text.length > MAX_CV_CHARS) return set({ error: `That text is too long (over ${MAX_CV_CHARS.toLocaleString('en')} characters)` });
        const mine = begin(null);
        try {
          // The CV reader pulls in the parser's degree, language and certificate readers: loaded when first used.
          const [{ readCvText }, lookups] = await Promise.all([import('../../../lib/import/cv-text'), ports.lookups()]);
          finish(mine, readCvText(text, lookups, 'text'));
        } catch (e) {
          fail(mine, 'Could not read the CV', e);
        }
      },
      async readFile(file) {
        if (get().busy) return;
        if (file.size > MAX_FILE_BYTES) {
          return set({ error: `“${file.name}” is ${MB(file.size)}; Postfit reads files up to ${MB(MAX_FILE_BYTES)}. Nothing was changed.`, added: null, proposal: null });
        }
        const mine = begin(file.name);
        try {
          const bytes = new Uint8Array(await file.arrayBuffer());
          const lookups = await ports.lookups();
          const r = await ports.readFile(file.name, bytes, lookups, (progress) => {
            if (mine === ticket) set({ progress });
          });
          if (r.ok) return finish(mine, r);
          // Readers that name the file (a name that claims another kind) are not prefixed with it again.
          const said = r.error.includes(file.name) ? r.error : `“${file.name}” was not imported: ${r.error}`;
          finish(mine, { ok: false, error: `${said} Nothing was changed.` });
        } catch (e) {
          fail(mine, `Could not read “${file.name}”`, e);
        }
      },
      toggle: (key) => set({ picked: { ...get().picked, [key]: !get().picked[key] } }),
      pickAll: (on) => set({ picked: Object.fromEntries(Object.keys(get().picked).map((k) => [k, on])) }),
      async add() {
        const { proposal, picked } = get();
        const picks = new Set(Object.keys(picked).filter((k) => picked[k]));
        if (!proposal || picks.size === 0) {
          set({ error: 'Tick at least one item to add' });
          return false;
        }
        let count = 0;
        const ok = await profile.getState().edit((p) => {
          const applied = applyProposal(p, proposal, picks);
          count = applied.count;
          return applied.profile;
        });
        if (ok) set({ text: '', proposal: null, picked: {}, fileName: null, error: null, added: count });
        return ok;
      },
      reset: () => {
        ticket++;
        set({ ...EMPTY });
      },
    };
  });
}

export type ImportStore = ReturnType<typeof createImportStore>;
