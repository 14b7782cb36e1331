// The profile being edited. Dexie is the source of truth: start() follows the stored profile with liveQuery,
// so a change made in another page shows at once. Edits apply to the screen immediately and are saved in
// order; a rejected save (full disk, invalid data) restores what is stored and says why.
import { liveQuery } from 'dexie';
import { createStore } from 'zustand/vanilla';
import { getDb, getProfile, saveProfile, StorageFullError, ValidationError, type PostfitDb } from '../../../lib/db/index';
import { emptyProfile, type LanguageLevel, type Profile, type SkillLevel } from '../../../lib/profile/schema';
import * as edit from '../../../lib/profile/edit';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error';

export interface ProfileState {
  profile: Profile;
  loaded: boolean;
  status: SaveStatus;
  /** Why the last save failed, in words for the user. */
  message: string | null;
  /** Problems with what was typed, by field key (e.g. "years:python", "salary.amount"); shown beside the field. */
  fieldErrors: Record<string, string>;
  start(): () => void;
  /** Applies an edit and saves it; `field` clears that field's error. Resolves false if the save failed. */
  edit(change: (p: Profile) => Profile, field?: string): Promise<boolean>;
  setFieldError(field: string, error: string | null): void;
  addSkill(skill: { id: string; name: string }): Promise<boolean>;
  setYears(id: string, raw: string): Promise<boolean>;
  setLevel(id: string, level: SkillLevel): Promise<boolean>;
  removeSkill(id: string): Promise<boolean>;
  addLanguage(name: string, level: LanguageLevel): Promise<boolean>;
  /** Adds a name to a string list (certifications or titles of interest), checked for duplicates. */
  addToList(list: 'certifications' | 'titles' | 'authorizedIn', raw: string): Promise<boolean>;
  setMinSalary(amount: string, currency: string, period: 'year' | 'month' | 'hour'): Promise<boolean>;
}

const describe = (e: unknown) =>
  e instanceof StorageFullError ? e.message
  : e instanceof ValidationError ? `Not saved: ${e.issues.join('; ')}`
  : `Not saved: ${e instanceof Error ? e.message : String(e)}`;

export function createProfileStore(openDb: () => Promise<PostfitDb> = () => getDb()) {
  let pending = 0;
  let queue: Promise<unknown> = Promise.resolve();

  return createStore<ProfileState>()((set, get) => {
    const withoutError = (field: string | undefined) => {
      if (!field || !(field in get().fieldErrors)) return get().fieldErrors;
      const { [field]: _, ...rest } = get().fieldErrors;
      return rest;
    };
    const reject = (field: string, error: string) => {
      get().setFieldError(field, error);
      return Promise.resolve(false);
    };

    return {
      profile: emptyProfile(),
      loaded: false,
      status: 'idle',
      message: null,
      fieldErrors: {},

      start() {
        let stopped = false;
        let unsubscribe = () => {};
        openDb().then(
          (db) => {
            if (stopped) return;
            const sub = liveQuery(() => getProfile(db)).subscribe({
              // While our own saves are in flight the screen is ahead of the database: don't step back.
              next: (profile) => pending === 0 && set({ profile, loaded: true }),
              error: (e) => set({ loaded: true, status: 'error', message: describe(e) }),
            });
            unsubscribe = () => sub.unsubscribe();
          },
          (e) => set({ loaded: true, status: 'error', message: `Could not open Postfit's storage: ${describe(e)}` }),
        );
        return () => {
          stopped = true;
          unsubscribe();
        };
      },

      async edit(change, field) {
        const next = change(get().profile);
        set({ profile: next, status: 'saving', message: null, fieldErrors: withoutError(field) });
        pending++;
        // Saves run one after another so that the last edit is the one stored.
        const run = queue.then(async () => {
          const db = await openDb();
          await saveProfile(db, next);
          return db;
        });
        queue = run.catch(() => undefined);
        let ok = true;
        let db: PostfitDb | undefined;
        try {
          db = await run;
        } catch (e) {
          ok = false;
          set({ status: 'error', message: describe(e) });
        }
        pending--;
        if (pending > 0) return ok;
        if (ok && get().status === 'saving') set({ status: 'saved' });
        // Catch up with the database: it holds the real state after a refused save, and liveQuery updates
        // that arrived while saving were skipped.
        const stored = await (db ? Promise.resolve(db) : openDb()).then(getProfile).catch(() => null);
        if (stored && pending === 0) set({ profile: stored });
        return ok;
      },

      setFieldError(field, error) {
        if (error === null) set({ fieldErrors: withoutError(field) });
        else set({ fieldErrors: { ...get().fieldErrors, [field]: error } });
      },

      addSkill(skill) {
        if (edit.hasSkill(get().profile, skill.id)) return reject('skill', `${skill.name} is already in your profile`);
        return get().edit((p) => edit.addSkill(p, skill), 'skill');
      },

      setYears(id, raw) {
        const r = edit.parseYears(raw);
        if (!r.ok) return reject(`years:${id}`, r.error);
        return get().edit((p) => edit.updateSkill(p, id, { years: r.value }), `years:${id}`);
      },

      setLevel: (id, level) => get().edit((p) => edit.updateSkill(p, id, { level })),
      removeSkill: (id) => get().edit((p) => edit.removeSkill(p, id), `years:${id}`),

      addLanguage(name, level) {
        const r = edit.checkName(name, get().profile.languages.map((l) => l.name), 'language', 100);
        if (!r.ok) return reject('language', r.error);
        return get().edit((p) => edit.addLanguage(p, r.value, level), 'language');
      },

      addToList(list, raw) {
        const p0 = get().profile;
        if (list === 'authorizedIn') {
          const r = edit.checkName(raw, p0.preferences.authorizedIn, 'country or region', 100);
          if (!r.ok) return reject(list, r.error);
          return get().edit((p) => ({ ...p, preferences: { ...p.preferences, authorizedIn: [...p.preferences.authorizedIn, r.value] } }), list);
        }
        const current = list === 'titles' ? p0.preferences.titles : p0.certifications;
        const r = edit.checkName(raw, current, list === 'titles' ? 'job title' : 'certification');
        if (!r.ok) return reject(list, r.error);
        return get().edit(
          (p) =>
            list === 'titles'
              ? { ...p, preferences: { ...p.preferences, titles: [...p.preferences.titles, r.value] } }
              : { ...p, certifications: [...p.certifications, r.value] },
          list,
        );
      },

      setMinSalary(amount, currency, period) {
        const a = edit.parseAmount(amount);
        if (!a.ok) return reject('salary.amount', a.error);
        get().setFieldError('salary.amount', null);
        if (a.value === null) return get().edit((p) => edit.setMinSalary(p, null), 'salary.currency');
        const c = edit.parseCurrency(currency);
        if (!c.ok) return reject('salary.currency', c.error);
        return get().edit((p) => edit.setMinSalary(p, { amount: a.value as number, currency: c.value, period }), 'salary.currency');
      },
    };
  });
}

export type ProfileStore = ReturnType<typeof createProfileStore>;
