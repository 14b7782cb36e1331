import '../lib/zod-jitless';
import { browserEnv } from '../lib/content/browser-env';
import { CONTENT_MATCHES } from '../lib/content/matches';
import { startContent } from '../lib/content/runner';

// The boards' pages: evaluate the posting shown, again on every job switch (lib/content/runner.ts).
export default defineContentScript({
  matches: CONTENT_MATCHES,
  runAt: 'document_end',
  main(ctx) {
    startContent(browserEnv(ctx, 'board'));
  },
});
