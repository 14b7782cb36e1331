// After an install or an update (a reload, for an unpacked extension), Chrome does not run the new content script
// in tabs that are already open: the old script there is cut off from the extension, and the board's badge would
// stay away until the user reloads the page. So the background runs the new script in every open tab its
// content_scripts match (Firefox does this itself). The old script sees its context invalidated and removes its
// badge; the new one removes any badge left behind before showing its own (lib/content/runner.ts).
// A tab whose page was loading at install time may already have the manifest's script (the page committed after
// the extension was loaded): the tab is let finish loading, then asked; a live script answers and is left alone,
// so its badge is not torn down and drawn again. A script cut off by the update cannot answer.
// Needs host access to those pages: wxt.config.ts lists the content scripts' matches as host_permissions, since in
// Chromium a content script's matches alone do not let scripting.executeScript into the page.
import { z } from 'zod';

const ContentScriptsSchema = z.array(
  z.object({ matches: z.array(z.string()).optional(), js: z.array(z.string()).optional() }),
);

export interface OpenTab {
  id?: number;
  discarded?: boolean;
  status?: string;
}

export interface ReinjectDeps {
  /** The manifest's content_scripts (browser.runtime.getManifest().content_scripts). */
  contentScripts: unknown;
  /** Open tabs whose address matches one of the patterns. */
  queryTabs(patterns: string[]): Promise<OpenTab[]>;
  /** Resolves once the tab has finished loading (or is gone, or a bound has passed). */
  whenLoaded(tabId: number): Promise<void>;
  /** Whether a live Postfit script in the tab's top frame answers. */
  ping(tabId: number): Promise<boolean>;
  /** Runs the script files in the tab's top frame, as the manifest's content script runs. */
  inject(tabId: number, files: string[]): Promise<void>;
}

/** Runs each content script in the open tabs it matches that have no live script; returns how many injections
 * succeeded. A tab that refuses (an error page, access withheld by the user, closed meanwhile) is skipped. */
export async function reinjectContentScripts(deps: ReinjectDeps): Promise<number> {
  const parsed = ContentScriptsSchema.safeParse(deps.contentScripts ?? []);
  if (!parsed.success) return 0;
  let injected = 0;
  for (const cs of parsed.data) {
    const files = cs.js ?? [];
    if (!cs.matches?.length || !files.length) continue;
    let tabs: OpenTab[];
    try {
      tabs = await deps.queryTabs(cs.matches);
    } catch {
      continue;
    }
    // A discarded tab has no page to run in; it loads afresh, with the manifest's script, when the user returns.
    const open = tabs.filter((t) => t.id != null && !t.discarded);
    const done = await Promise.allSettled(open.map((t) => injectUnlessLive(deps, t, files)));
    injected += done.filter((d) => d.status === 'fulfilled' && d.value).length;
  }
  return injected;
}

async function injectUnlessLive(deps: ReinjectDeps, tab: OpenTab, files: string[]): Promise<boolean> {
  const id = tab.id!;
  if (tab.status === 'loading') await deps.whenLoaded(id);
  if (await deps.ping(id).catch(() => false)) return false;
  await deps.inject(id, files);
  return true;
}
