// What the background knows about each tab. The service worker can be stopped at any time, so every entry is
// kept in memory and mirrored to a session store (browser.storage.session: cleared when the browser quits);
// after a restart the first read of a tab comes back from there.
import { z } from 'zod';
import { OverlayStateSchema, PageHeaderSchema, parseMessage, type OverlayState, type PageExtractionMessage } from '../messages';
import { TabEvaluationSchema, type TabEvaluation } from '../tab-evaluation';

export const TabEntrySchema = z.object({
  evaluation: TabEvaluationSchema,
  /** What the overlay shows (before any dismissal), null when the tab shows no posting. */
  overlay: z.custom<OverlayState | null>((v) => v === null || parseMessage(OverlayStateSchema, v) !== null),
  /** The page's header as extracted: needed to parse the text again when the profile changes. */
  header: z.custom<PageExtractionMessage['header'] | null>((v) => v === null || parseMessage(PageHeaderSchema, v) !== null),
  source: z.string().nullable(),
  /** profileStamp of the profile the report was made with; another stamp means the report is out of date. */
  profileKey: z.string(),
});
export type TabEntry = z.infer<typeof TabEntrySchema>;

/** The part of browser.storage.session the store uses; injectable for tests. */
export interface SessionArea {
  /** null: every item. */
  get(key: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const keyOf = (tabId: number) => `tab:${tabId}`;

export class TabStore {
  private readonly mem = new Map<number, TabEntry>();
  constructor(private readonly session: SessionArea | null) {}

  async get(tabId: number): Promise<TabEntry | null> {
    const hit = this.mem.get(tabId);
    if (hit) return hit;
    if (!this.session) return null;
    try {
      const raw = (await this.session.get(keyOf(tabId)))[keyOf(tabId)];
      const r = TabEntrySchema.safeParse(raw);
      if (!r.success) return null;
      this.mem.set(tabId, r.data);
      return r.data;
    } catch {
      return null;
    }
  }

  /** The entry in memory, as set (no session read): what is current for the tab right now. */
  peek(tabId: number): TabEntry | undefined {
    return this.mem.get(tabId);
  }

  /** Memory only, at once; set() (later) mirrors it to the session store. */
  remember(tabId: number, entry: TabEntry): void {
    this.mem.set(tabId, entry);
  }

  async set(tabId: number, entry: TabEntry): Promise<void> {
    this.mem.set(tabId, entry);
    try {
      await this.session?.set({ [keyOf(tabId)]: entry });
    } catch {
      // Quota (10 MB in Chrome) or a closing browser: memory still has it; a restart then recomputes on demand.
    }
  }

  async delete(tabId: number): Promise<void> {
    this.mem.delete(tabId);
    try {
      await this.session?.remove(keyOf(tabId));
    } catch {
      // nothing to do
    }
  }

  /** Every tab with an entry, in memory or (after a restart) in the session store. */
  async tabIds(): Promise<number[]> {
    const ids = new Set(this.mem.keys());
    try {
      for (const k of Object.keys((await this.session?.get(null)) ?? {})) {
        const m = /^tab:(\d+)$/.exec(k);
        if (m) ids.add(Number(m[1]));
      }
    } catch {
      // memory only
    }
    return [...ids];
  }
}

export const unknownTab = (tabId: number): TabEvaluation => ({ status: 'unknown', tabId });
