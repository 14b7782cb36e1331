// Chromium can start an extension's service worker before the renderer that runs it knows the extension, under load
// right after an install, an update or a reload: the worker then has no extension APIs (chrome.runtime is
// undefined). Seen in a browser test on a busy machine: the background read browser.runtime.id, threw while it was
// evaluated, and Chromium then failed the whole registration ("Service worker registration failed. Status code: 15")
// and left the extension without a background until the browser restarted. A worker that starts without the APIs
// must therefore end its start quietly: the registration stands, this worker idles out, and the next event starts a
// worker that has them.

/** Why a background cannot run with these extension APIs, or null when it can. */
export function missingBindings(api: unknown): string | null {
  const runtime = (api as { runtime?: { id?: unknown } } | null | undefined)?.runtime;
  if (runtime == null) return 'the browser started the background without extension APIs (no runtime)';
  if (typeof runtime.id !== 'string' || runtime.id === '') return 'the browser started the background without an extension id';
  return null;
}
