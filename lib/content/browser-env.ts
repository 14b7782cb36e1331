// Wires the content runner to the real browser: WXT's ctx for everything that must die with the extension,
// browser.runtime for messages. Shared by the manifest content script and the on-demand one.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentMessage } from '../messages';
import type { ContentEnv } from './runner';

/** How often a script checks that its extension is still there (see watchAlive). */
const ALIVE_CHECK_MS = 2000;

/** After an update or a reload of the extension, this script is cut off (browser.runtime.id is gone) but WXT only
 * notices when something reads ctx.isValid. Reading it when the user comes back to the tab, and every few seconds,
 * turns that into ctx's invalidation, so the runner removes the stale badge and its observers without waiting for
 * the page to change. */
function watchAlive(ctx: ContentScriptContext): void {
  const check = () => void ctx.isValid;
  ctx.addEventListener(document, 'visibilitychange', check);
  ctx.addEventListener(window, 'focus', check);
  ctx.addEventListener(window, 'pageshow', check);
  ctx.setInterval(check, ALIVE_CHECK_MS);
}

/** A call into browser.runtime throws synchronously once the extension is gone ("Extension context invalidated"):
 * turned into a rejection here, so no caller's `.catch` is bypassed into an uncaught error on the page. */
function sendSafely(ctx: ContentScriptContext, msg: ContentMessage): Promise<unknown> {
  try {
    return ctx.isValid ? browser.runtime.sendMessage(msg) : Promise.reject(new Error('invalidated'));
  } catch (e) {
    return Promise.reject(e);
  }
}

export function browserEnv(ctx: ContentScriptContext, mode: ContentEnv['mode']): ContentEnv {
  watchAlive(ctx);
  return {
    mode,
    doc: document,
    win: window,
    MutationObserver,
    url: () => location.href,
    listen: (target, type, handler) => ctx.addEventListener(target as Window, type as 'wxt:locationchange', handler, { passive: true }),
    // Not ctx.setTimeout: it adds an abort listener per call that stays until the script dies, so a debounce would
    // grow the page's listeners on every job switch. Callers clear their one pending timer on invalidation.
    setTimeout: (cb, ms) =>
      setTimeout(() => {
        if (ctx.isValid) cb();
      }, ms),
    clearTimeout: (id) => clearTimeout(id as number),
    onInvalidated: (cb) => void ctx.onInvalidated(cb),
    now: () => performance.now(),
    send: (msg: ContentMessage) => sendSafely(ctx, msg),
    extension: { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') },
    onMessage(handler) {
      // The sender is checked by the handler (lib/content/runner.ts), which never throws.
      const listener = (raw: unknown, sender: unknown, sendResponse: (r: unknown) => void) => {
        const answer = handler(raw, sender);
        if (!answer) return false;
        answer.then(sendResponse, () => sendResponse(null)).catch(() => {});
        return true;
      };
      browser.runtime.onMessage.addListener(listener);
      return () => {
        try {
          browser.runtime.onMessage.removeListener(listener);
        } catch {
          // the extension is gone, and its listeners with it
        }
      };
    },
  };
}
