import '../lib/zod-jitless';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browserEnv } from '../lib/content/browser-env';
import { startContent } from '../lib/content/runner';

// Injected with scripting.executeScript (activeTab) when the user asks Postfit to evaluate a page of any site.
// A second injection replaces the first (same context name).
export default defineUnlistedScript(() => {
  startContent(browserEnv(new ContentScriptContext('postfit-ondemand'), 'on-demand'));
});
