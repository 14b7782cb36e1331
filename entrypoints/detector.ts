import '../lib/zod-jitless';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browserEnv } from '../lib/content/browser-env';
import { startContent } from '../lib/content/runner';

// Registered at run time (scripting.registerContentScripts, lib/site-access.ts) only while the user has turned on
// "Detect postings on every site": runs on every site but the boards and stays silent unless the page is a posting.
export default defineUnlistedScript(() => {
  startContent(browserEnv(new ContentScriptContext('postfit-detector'), 'detector'));
});
