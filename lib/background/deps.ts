// What the background's logic needs from the browser and the database, injected so that it runs in unit tests as it
// does in the service worker (entrypoints/background.ts wires these to browser.* and lib/background/db-deps.ts).
import type { Badge } from '../evaluate';
import type { SkillGraph } from '../fit/types';
import type { ExtensionIdentity, OverlayState, ToContentMessage } from '../messages';
import type { Profile } from '../profile/schema';
import type { PostingRecord } from '../schemas';
import type { Broadcast } from '../tab-evaluation';
import type { SessionArea } from './tab-store';

export type { ExtensionIdentity };

/** What a message's sender is, as browser.runtime.MessageSender gives it. */
export interface Sender {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number };
}

export interface SaveInput {
  url: string;
  board: string;
  title: string | null;
  company: string | null;
  record: PostingRecord;
  text: string;
  score: number | null;
  formulaVersion: string | null;
}

/** The database side of the background (lib/background/db-deps.ts). */
export interface StoreDeps {
  /** The stored profile, or null when none was saved. */
  loadProfile(): Promise<Profile | null>;
  getDismissedSites(): Promise<string[]>;
  /** The dealbreaker keys the user dismissed for the posting at this address (lib/db/dismissals.ts). */
  getDismissedDealbreakers(url: string): Promise<Set<string>>;
  setDismissedSites(sites: string[]): Promise<void>;
  savePosting(input: SaveInput): Promise<{ id: string; created: boolean }>;
}

export interface BackgroundDeps extends StoreDeps {
  graph: SkillGraph;
  /** Resolves when the taxonomy a parse needs is loaded, and, given a profile, what scoring it needs (the
   * look-up-only concepts when the profile names one). Absent where the taxonomy is read on first use (Node). */
  taxonomyReady?(profile: Profile | null): Promise<void>;
  /** The extension itself: whose messages are trusted (lib/background/senders.ts). */
  self: ExtensionIdentity;
  setBadge(tabId: number, badge: Badge): Promise<void>;
  broadcast(msg: Broadcast): void;
  /** Rejects when the tab has no Postfit script listening. */
  sendToTab(tabId: number, msg: ToContentMessage): Promise<unknown>;
  /** Must be called synchronously from the user's gesture (the caller does no await before it). */
  openPanel(tabId: number): void;
  /** Runs the on-demand evaluator in the tab (needs activeTab: a context-menu click or the toolbar). */
  injectEvaluator(tabId: number): Promise<void>;
  /** The tab's selected text and address (needs activeTab). */
  readSelection(tabId: number): Promise<{ text: string; url: string; title: string } | null>;
  session: SessionArea | null;
  now(): number;
  /** Runs a task after the current one and its answer (setTimeout 0 in the worker; tests run it at once or queue it). */
  defer(task: () => void): void;
}

export type ContentAnswer = OverlayState | { ok: boolean } | null;
