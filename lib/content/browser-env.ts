// Wires the content runner to the real browser: WXT's ctx for everything that must die with the extension,
// browser.runtime for messages. Shared by the manifest content script and the on-demand one.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentMessage } from '../messages';
import type { ContentEnv } from './runner';

export function browserEnv(ctx: ContentScriptContext, mode: ContentEnv['mode']): ContentEnv {
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
    send: (msg: ContentMessage) => (ctx.isValid ? browser.runtime.sendMessage(msg) : Promise.reject(new Error('invalidated'))),
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
      return () => browser.runtime.onMessage.removeListener(listener);
    },
  };
}
