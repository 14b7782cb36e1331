// "Import from CV": the pasted text, the skills found in it and which of them the user keeps.
import { createStore } from 'zustand/vanilla';
import { readCv, type CvSkill } from '../../../lib/profile/cv';
import { addSkills, hasSkill } from '../../../lib/profile/edit';
import type { Profile } from '../../../lib/profile/schema';
import type { ProfileStore } from './profileStore';
import { loadTaxonomy } from './taxonomy';

export const MAX_CV_CHARS = 200_000;

export interface CvImportState {
  text: string;
  /** null before the text was read; [] when no skill was found. */
  found: CvSkill[] | null;
  picked: Record<string, boolean>;
  busy: boolean;
  error: string | null;
  /** How many skills the last "Add" added, for the confirmation line. */
  added: number | null;
  setText(text: string): void;
  read(): Promise<void>;
  toggle(id: string): void;
  pickAll(on: boolean): void;
  add(): Promise<boolean>;
  reset(): void;
}

const addSkillsFromCv = (p: Profile, chosen: CvSkill[]) => addSkills(p, chosen.map(({ id, name, years }) => ({ id, name, years })));

export function createCvImportStore(profile: ProfileStore, load = loadTaxonomy, now = () => new Date()) {
  return createStore<CvImportState>()((set, get) => ({
    text: '',
    found: null,
    picked: {},
    busy: false,
    error: null,
    added: null,
    setText: (text) => set({ text, error: null, added: null }),
    async read() {
      const text = get().text;
      if (!text.trim()) return set({ error: 'Paste the text of your CV first' });
      if (text.length > MAX_CV_CHARS) return set({ error: `That text is too long (over ${MAX_CV_CHARS.toLocaleString('en')} characters)` });
      set({ busy: true, error: null, added: null });
      try {
        const { matchSkills } = await load();
        const found = readCv(text, matchSkills, now());
        const p = profile.getState().profile;
        // Skills already in the profile start unticked: adding them again would only raise their years.
        const picked = Object.fromEntries(found.map((s) => [s.id, !hasSkill(p, s.id)]));
        set({ found, picked, busy: false });
      } catch (e) {
        set({ busy: false, error: `Could not read the CV: ${e instanceof Error ? e.message : String(e)}` });
      }
    },
    toggle: (id) => set({ picked: { ...get().picked, [id]: !get().picked[id] } }),
    pickAll: (on) => set({ picked: Object.fromEntries((get().found ?? []).map((s) => [s.id, on])) }),
    async add() {
      const { found, picked } = get();
      const chosen = (found ?? []).filter((s) => picked[s.id]);
      if (!chosen.length) {
        set({ error: 'Tick at least one skill to add' });
        return false;
      }
      const ok = await profile.getState().edit((p) => addSkillsFromCv(p, chosen));
      if (ok) set({ text: '', found: null, picked: {}, error: null, added: chosen.length });
      return ok;
    },
    reset: () => set({ text: '', found: null, picked: {}, error: null, added: null, busy: false }),
  }));
}

export type CvImportStore = ReturnType<typeof createCvImportStore>;
