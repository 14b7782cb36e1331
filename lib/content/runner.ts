// The content script's whole life on a page: extract the posting, send it to the background, show the answer in
// the overlay; again whenever the page shows another job; tear everything down when the extension goes away.
// Browser APIs come in through ContentEnv (entrypoints/content.ts and entrypoints/ondemand.ts wire them), so this
// runs under linkedom in unit tests. Imports stay light: lib/page, zod/mini messages, the plain-DOM overlay.
import { createOverlay, removeOverlays, type Overlay } from '../../components/overlay/overlay';
import { siteOf } from '../badge';
import { isFromExtension, OverlayStateSchema, type ExtensionIdentity, ToContentMessageSchema, parseMessage, type ContentMessage, type PageExtractionMessage } from '../messages';
import { ADAPTERS } from '../page/boards';
import { isHn } from '../page/boards/hn';
import { extractPage, type PageExtraction } from '../page/index';
import { highlightSentence } from './highlight';
import { hasPostingSignals } from './signals';
import { watchPage, type Watch, type WatchHost, type WatchOptions } from './spa-watch';

const MAX_TEXT = 400_000;
/** Waits before sending a page again whose send failed: the service worker was stopped before it answered (a
 * crash, an update, the browser's own stop), and the next message starts a fresh one. Without this the badge
 * stayed away and the background knew nothing of the tab until the page changed. */
const RESEND_DELAYS_MS = [300, 1500];

export interface ContentEnv extends WatchHost {
  /** The page's current address. */
  url(): string;
  send(msg: ContentMessage): Promise<unknown>;
  /** Only messages from the extension itself are listened to. */
  extension: ExtensionIdentity;
  /** Subscribes to messages sent to this tab; the handler's promise is the answer, undefined: no answer. Returns
   *  the unsubscriber. */
  onMessage(handler: (raw: unknown, sender: unknown) => Promise<unknown> | undefined): () => void;
  /** 'board': the manifest's content script, active only where a board adapter applies;
   *  'on-demand': injected after the user asked, evaluates whatever page this is;
   *  'detector': the opt-in every-site script, silent (nothing sent, nothing drawn) unless the page carries a
   *  schema.org JobPosting or a job address and then reads as a posting. */
  mode: 'board' | 'on-demand' | 'detector';
}

export interface Runner {
  /** Extracts and sends now; force sends even if the job looks unchanged. */
  run(force?: boolean): Promise<void>;
  readonly overlay: Overlay;
  readonly watch: Watch;
  /** How many times the page was sent (tests). */
  readonly sent: number;
}

/** Is this a page the board content script handles? Elsewhere on a board's site it stays idle. */
export function isTracked(url: string): boolean {
  try {
    const u = new URL(url);
    return isHn(u) || ADAPTERS.some((a) => a.matches(u));
  } catch {
    return false;
  }
}

/** On the document object of the content scripts' world (shared by every Postfit script in the page, never seen by
 * the page's own scripts): the newest script's token. */
const OWNER = Symbol.for('postfit.content-owner');
type Owned = { [OWNER]?: object };

const clip = (s: string | null, n: number) => (s == null ? null : s.slice(0, n));

/** The extraction as the protocol carries it (bounded fields). */
export function toMessagePage(p: PageExtraction): PageExtractionMessage {
  return {
    text: p.text.slice(0, MAX_TEXT),
    header: {
      title: clip(p.header.title, 500),
      company: clip(p.header.company, 300),
      salaryText: clip(p.header.salaryText, 500),
      locationText: clip(p.header.locationText, 500),
    },
    source: p.source,
    board: p.board,
  };
}

export function startContent(env: ContentEnv, opts: WatchOptions = {}): Runner {
  let last: string | null | undefined; // signature of the job last sent; undefined before the first look
  let seq = 0;
  let sent = 0;
  let dismissed = false;
  let stopped = false;

  // The newest script owns the page: a badge left by a script of the previous version goes now, not when (or if)
  // that script notices it was cut off. A script of this same version can be there too (the extension was installed
  // while the page loaded, and the background ran the script in the tab as well): it sees the token change and
  // retires at its next step, instead of putting its own badge back beside this one.
  const me = {};
  (env.doc as Owned)[OWNER] = me;
  removeOverlays(env.doc);
  const overlay = createOverlay(env.doc, {
    onOpen: () => void env.send({ type: 'panel:open' }).catch(() => {}),
    onDismiss: () => {
      dismissed = true;
      overlay.remove();
      const host = siteOf(env.url()) ?? 'unknown';
      void env.send({ type: 'overlay:dismiss', host }).catch(() => {});
    },
  });

  /** The background's answer, or null; a send that fails outright is tried again while `wanted()` holds. */
  async function ask(msg: ContentMessage, wanted: () => boolean): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await env.send(msg);
      } catch {
        const delay = RESEND_DELAYS_MS[attempt];
        if (delay === undefined || !wanted()) return null;
        await new Promise((resolve) => env.setTimeout(() => resolve(null), delay));
        if (!wanted()) return null;
      }
    }
  }

  async function run(force = false): Promise<void> {
    if (stopped || !stillOwner()) return;
    const url = env.url();
    if (env.mode === 'board' && !isTracked(url)) {
      if (last) void env.send({ type: 'page:none', url }).catch(() => {});
      last = null;
      overlay.remove();
      return;
    }
    // The detector looks on its own only; when the user asks (force), it reads and answers like the others.
    const quiet = env.mode === 'detector' && !force;
    let page: PageExtraction | null = null;
    try {
      page = quiet && !hasPostingSignals(env.doc, url) ? null : extractPage(env.doc, url);
    } catch {
      page = null;
    }
    if (quiet && !page && !last) return; // no posting shown here yet: the background hears nothing
    // The address is part of it: after a URL change the page is sent again even if its text has not changed yet.
    const sig = page ? `${url}\n${page.header.title}\n${page.text}` : null;
    if (!force && sig === last) return;
    last = sig;
    const mine = ++seq;
    sent++;
    if (!page) {
      overlay.remove();
      await env.send({ type: 'page:none', url }).catch(() => {});
      return;
    }
    const answer = await ask({ type: 'page:posting', url, page: toMessagePage(page) }, () => mine === seq && !stopped);
    if (mine !== seq || stopped || !stillOwner()) return; // a newer job was sent meanwhile, or the extension went away
    const state = parseMessage(OverlayStateSchema, answer);
    if (!state || dismissed || state.kind === 'dismissed') {
      overlay.remove();
      return;
    }
    overlay.render(state);
  }

  const watch = watchPage(env, () => void run(), opts);

  // Keep the badge off Apply buttons that appear on scroll (sticky apply bars) or after a resize.
  let repositionTimer: unknown = null;
  const repositionSoon = () => {
    if (repositionTimer != null || stopped) return;
    repositionTimer = env.setTimeout(() => {
      repositionTimer = null;
      if (stillOwner()) overlay.reposition();
    }, 250);
  };
  env.listen(env.win, 'scroll', repositionSoon);
  env.listen(env.win, 'resize', repositionSoon);

  // From the background only (a sender with our id and no tab), parsed, and never throwing: a throw here would
  // surface in the page's console and leave the background's sendMessage hanging.
  const unsubscribe = env.onMessage((raw, sender) => {
    try {
      if (!isFromExtension(sender, env.extension)) return undefined;
      const msg = parseMessage(ToContentMessageSchema, raw);
      if (!msg) return undefined;
      if (msg.type === 'reevaluate') {
        dismissed = false; // the user asked for this page explicitly
        return run(true).then(() => true, () => false);
      }
      if (msg.type === 'ping') return Promise.resolve(true);
      return Promise.resolve(highlightSentence(env.doc, msg.sentence));
    } catch {
      return Promise.resolve(false);
    }
  });

  function retire(): void {
    stopped = true;
    overlay.remove(); // first: nothing after it may keep a stale badge on the page
    watch.stop();
    if (repositionTimer != null) env.clearTimeout(repositionTimer);
    unsubscribe();
  }
  /** False (and retired) once a newer Postfit script owns the page. */
  function stillOwner(): boolean {
    if ((env.doc as Owned)[OWNER] === me) return true;
    if (!stopped) retire();
    return false;
  }
  env.onInvalidated(retire);

  void run();
  return {
    run,
    overlay,
    watch,
    get sent() {
      return sent;
    },
  };
}
