// The report for the page in the followed tab. The background evaluates pages (report:get answers with what
// it knows); the panel scores the record again itself whenever the profile changes, so "I have this" moves
// the score at once, without waiting for the background's re-evaluation.
import { liveQuery } from 'dexie';
import { createStore } from 'zustand/vanilla';
import {
  canonicalPostingUrl, dismissedKeys, getDb, getProfile, getSetting, saveProfile, setDealbreakerDismissed, StorageFullError,
  ValidationError, withDismissal, type Dismissal, type PostfitDb, type SavedPosting,
} from '../../../lib/db/index';
import { fit } from '../../../lib/fit/score';
import type { FitReport, SkillGraph } from '../../../lib/fit/types';
import { addSkill, hasSkill } from '../../../lib/profile/edit';
import type { Profile } from '../../../lib/profile/schema';
import type { TabEvaluation } from '../../../lib/tab-evaluation';
import type { PanelBus } from '../bus';
import { evaluateMessage } from './evaluate-message';
import { loadGraph } from './graph';
import { notSavedMessage, saveShown } from './save';

export type PostingEvaluation = Extract<TabEvaluation, { status: 'posting' }>;

export interface ReportState {
  tabId: number | null;
  /** True when the panel was opened for one tab (?tabId=): it then ignores tab switches. */
  pinned: boolean;
  /** null while the first answer for the tab is awaited. */
  evaluation: TabEvaluation | null;
  profile: Profile | null;
  /** Dealbreakers dismissed per posting (the dismissedDealbreakers setting), watched like the profile. */
  dismissals: Dismissal[];
  graph: SkillGraph | null;
  /** The report shown: scored here with the current profile when possible, else the background's. */
  report: FitReport | null;
  /** The saved copy of this page's posting, if any. */
  saved: SavedPosting | null;
  saving: boolean;
  /** Set after "Evaluate this page/selection" until the background answers. */
  evaluating: 'page' | 'selection' | null;
  message: string | null;
  start(pinnedTabId?: number | null): () => void;
  refresh(): Promise<void>;
  evaluate(what: 'page' | 'selection'): Promise<void>;
  highlight(sentence: string): Promise<void>;
  /** "I have this": adds the skill to the profile. Resolves false if it was not saved. */
  addSkill(id: string, name: string): Promise<boolean>;
  /** "Not a dealbreaker for me" (on) or its undo (off), for this page's posting. Resolves false if not saved. */
  dismissDealbreaker(key: string, on: boolean): Promise<boolean>;
  save(): Promise<boolean>;
}

const describe = (e: unknown) =>
  e instanceof StorageFullError ? e.message
  : e instanceof ValidationError ? `Not saved: ${e.issues.join('; ')}`
  : `Not saved: ${e instanceof Error ? e.message : String(e)}`;

export function scoreFor(
  evaluation: TabEvaluation | null,
  profile: Profile | null,
  graph: SkillGraph | null,
  dismissals: readonly Dismissal[] = [],
): FitReport | null {
  if (evaluation?.status !== 'posting') return null;
  if (profile && graph) return profile.skills.length ? fit(profile, evaluation.record, graph, dismissedKeys(dismissals, evaluation.url)) : null;
  return evaluation.report;
}

export function createReportStore(bus: PanelBus, openDb: () => Promise<PostfitDb> = () => getDb(), graph = loadGraph, saveTimeoutMs?: number) {
  let request = 0;
  let saveFailure: string | null = null; // the message of the last failed save, withdrawn once the posting is saved
  let unwatchSaved = () => {};
  let watchedUrl: string | null = null;

  return createStore<ReportState>()((set, get) => {
    let graphWanted = false;
    const derive = () => {
      const { evaluation, profile, graph: g, dismissals } = get();
      // The taxonomy (a large chunk) is loaded only once there is a posting to score: the saved list opens faster.
      if (!g && !graphWanted && evaluation?.status === 'posting') {
        graphWanted = true;
        graph().then(
          (loaded) => {
            set({ graph: loaded });
            derive();
          },
          () => {
            graphWanted = false; // the background's report stays in use
          },
        );
      }
      set({ report: scoreFor(evaluation, profile, g, dismissals) });
    };

    const watchSaved = (url: string | null) => {
      if (url === watchedUrl) return;
      watchedUrl = url;
      unwatchSaved();
      unwatchSaved = () => {};
      set({ saved: null });
      if (!url) return;
      const key = canonicalPostingUrl(url);
      openDb().then(
        (db) => {
          if (watchedUrl !== url) return;
          const sub = liveQuery(() => db.postings.where('url').equals(key).first()).subscribe({
            next: (p) => {
              if (watchedUrl !== url) return;
              // A save reported as failed (timed out) may still have landed: the mark wins over the error.
              set({ saved: p ?? null, ...(p && get().message === saveFailure ? { message: null } : {}) });
            },
            error: () => {},
          });
          unwatchSaved = () => sub.unsubscribe();
        },
        () => {},
      );
    };

    const follow = (tabId: number | null) => {
      if (tabId === get().tabId) return void get().refresh();
      set({ tabId, evaluation: null, evaluating: null, message: null });
      void get().refresh();
    };

    return {
      tabId: null,
      pinned: false,
      evaluation: null,
      profile: null,
      dismissals: [],
      graph: null,
      report: null,
      saved: null,
      saving: false,
      evaluating: null,
      message: null,

      start(pinnedTabId) {
        let stopped = false;
        const stops: (() => void)[] = [];
        set({ pinned: pinnedTabId != null });
        if (pinnedTabId != null) follow(pinnedTabId);
        else void bus.activeTabId().then((id) => !stopped && follow(id), () => !stopped && follow(null));
        stops.push(
          bus.onTabChange(({ kind, tabId }) => {
            if (kind === 'activated' && !get().pinned) follow(tabId);
            else if (tabId === get().tabId) void get().refresh();
          }),
        );
        openDb().then(
          (db) => {
            if (stopped) return;
            const sub = liveQuery(() => getProfile(db)).subscribe({
              next: (profile) => {
                set({ profile });
                derive();
              },
              error: () => {},
            });
            stops.push(() => sub.unsubscribe());
            const dis = liveQuery(() => getSetting(db, 'dismissedDealbreakers')).subscribe({
              next: (dismissals) => {
                set({ dismissals });
                derive();
              },
              error: () => {},
            });
            stops.push(() => dis.unsubscribe());
          },
          (e) => set({ message: `Could not open Postfit's storage: ${describe(e)}` }),
        );
        return () => {
          stopped = true;
          stops.forEach((s) => s());
          unwatchSaved();
          watchedUrl = null;
        };
      },

      async refresh() {
        const tabId = get().tabId;
        const mine = ++request;
        if (tabId == null) {
          set({ evaluation: null });
          return;
        }
        const evaluation = await bus.getReport(tabId);
        if (mine !== request || get().tabId !== tabId) return; // a newer request or another tab won
        set({ evaluation, ...(evaluation.status === 'posting' && get().evaluating ? { evaluating: null, message: null } : {}) });
        watchSaved(evaluation.status === 'posting' ? evaluation.url : null);
        derive();
      },

      async evaluate(what) {
        const tabId = get().tabId;
        if (tabId == null) return;
        set({ evaluating: what, message: null });
        const answer = await bus.evaluate(tabId, what);
        if (answer?.status !== 'unreadable') await get().refresh(); // unreadable: the tab's state did not change
        if (get().tabId !== tabId || !get().evaluating) return;
        set({ evaluating: null, message: get().evaluation?.status === 'posting' ? null : evaluateMessage(answer, what) });
      },

      async highlight(sentence) {
        const tabId = get().tabId;
        if (tabId == null || !sentence) return;
        await bus.send({ type: 'page:highlight', tabId, sentence: sentence.slice(0, 5000) });
      },

      async addSkill(id, name) {
        const current = get().profile;
        if (!current || hasSkill(current, id)) return true;
        const next = addSkill(current, { id, name, level: 'working', years: null });
        set({ profile: next, message: null });
        derive(); // the score moves now; the stored profile follows
        try {
          const db = await openDb();
          const latest = await getProfile(db); // another page may have changed it meanwhile
          await saveProfile(db, hasSkill(latest, id) ? latest : addSkill(latest, { id, name, level: 'working', years: null }));
          return true;
        } catch (e) {
          set({ profile: current, message: describe(e) });
          derive();
          return false;
        }
      },

      async dismissDealbreaker(key, on) {
        const { evaluation, dismissals } = get();
        if (evaluation?.status !== 'posting') return false;
        set({ dismissals: withDismissal(dismissals, evaluation.url, key, on), message: null });
        derive(); // the score moves now; the stored setting (and with it the background's badge) follows
        try {
          set({ dismissals: await setDealbreakerDismissed(await openDb(), evaluation.url, key, on) });
          derive();
          return true;
        } catch (e) {
          set({ dismissals, message: describe(e) });
          derive();
          return false;
        }
      },

      async save() {
        const { evaluation, report } = get();
        if (evaluation?.status !== 'posting') return false;
        set({ saving: true, message: null });
        try {
          await saveShown(openDb, evaluation, report, saveTimeoutMs);
          set({ saving: false });
          return true;
        } catch (e) {
          saveFailure = notSavedMessage(e);
          set({ saving: false, message: saveFailure });
          return false;
        }
      },
    };
  });
}

export type ReportStore = ReturnType<typeof createReportStore>;
