import '../lib/zod-jitless';
import { browserEnv } from '../lib/content/browser-env';
import { CONTENT_MATCHES } from '../lib/content/matches';
import { startContent } from '../lib/content/runner';
import { whenParsed } from '../lib/content/when-parsed';

// The boards' pages: evaluate the posting shown, again on every job switch (lib/content/runner.ts).
export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_start',
  main(ctx) {
    whenParsed(document, (type, cb) => ctx.addEventListener(document, type, cb, { once: true }), () => startContent(browserEnv(ctx, 'board')));
  },
});
