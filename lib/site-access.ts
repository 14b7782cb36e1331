// Which pages Postfit may read beyond the boards, and the opt-in detector that runs on every site. Plain logic over
// two small ports (browser.permissions and browser.scripting in the extension, fakes in tests).
//
// The rule kept everywhere: the detector is registered exactly when the every-site permission is held. The user
// turns it on in the popup (permissions.request from the click, then registration) and off (unregistration, then
// permissions.remove); the background checks the same rule when it starts and whenever the browser says the
// permissions changed (the user may revoke site access from the browser's own extension settings, and Firefox
// closes the popup while it asks, before the popup could register anything).

/** The optional host permissions the setting asks for (manifest optional_host_permissions: no install warning). */
export const EVERY_SITE = ['https://*/*', 'http://*/*'];
export const DETECTOR_ID = 'postfit-detector';
/** The unlisted script (entrypoints/detector.ts), as the built extension names it. */
export const DETECTOR_FILE = 'detector.js';

export interface PermissionsPort {
  contains(p: { origins: string[] }): Promise<boolean>;
  request(p: { origins: string[] }): Promise<boolean>;
  remove(p: { origins: string[] }): Promise<boolean>;
}

export interface DetectorRegistration {
  id: string;
  matches: string[];
  excludeMatches: string[];
  js: string[];
  runAt: 'document_idle';
  allFrames: false;
  persistAcrossSessions: true;
}

export interface ScriptsPort {
  /** The ids among `ids` that are registered now. */
  registered(ids: string[]): Promise<string[]>;
  register(script: DetectorRegistration): Promise<void>;
  unregister(ids: string[]): Promise<void>;
}

/** Every site except the boards, which have the manifest's content script already. */
export function detectorRegistration(boards: readonly string[]): DetectorRegistration {
  return {
    id: DETECTOR_ID,
    matches: [...EVERY_SITE],
    excludeMatches: [...boards],
    js: [DETECTOR_FILE],
    runAt: 'document_idle',
    allFrames: false,
    persistAcrossSessions: true,
  };
}

const isRegistered = async (scripts: ScriptsPort) => (await scripts.registered([DETECTOR_ID])).includes(DETECTOR_ID);

/** Makes the registration follow the permission; answers whether detection is on afterwards. */
export async function syncDetector(perms: PermissionsPort, scripts: ScriptsPort, boards: readonly string[]): Promise<boolean> {
  const granted = await perms.contains({ origins: EVERY_SITE });
  if (granted === (await isRegistered(scripts))) return granted;
  try {
    await (granted ? scripts.register(detectorRegistration(boards)) : scripts.unregister([DETECTOR_ID]));
  } catch (err) {
    // The popup and the background both follow a change (the popup at once, the background on the browser's
    // event): the other one may have done it first ("Duplicate script ID"), which is fine; anything else is not.
    if (granted !== (await isRegistered(scripts))) throw err;
  }
  return granted;
}

/**
 * Turns detection on. The permission request is the first call, made before anything is awaited: browsers accept it
 * only inside the user's click. Resolves false when the user declines (nothing is registered then).
 */
export function enableEverySite(perms: PermissionsPort, scripts: ScriptsPort, boards: readonly string[]): Promise<boolean> {
  const asked = perms.request({ origins: EVERY_SITE });
  return asked.then(async (granted) => (granted ? syncDetector(perms, scripts, boards) : false));
}

/** Turns detection off: the detector goes first, so no page is read between the two steps. */
export async function disableEverySite(perms: PermissionsPort, scripts: ScriptsPort): Promise<void> {
  if (await isRegistered(scripts)) await scripts.unregister([DETECTOR_ID]);
  await perms.remove({ origins: EVERY_SITE });
}

/**
 * Why the browser refused to run the evaluator in a tab, from its error message: 'restricted' for pages no extension
 * may read (the browser's own pages, its extension store, error pages), 'no-access' for a page Postfit may read
 * once the user allows it (right-click → Evaluate, the keyboard command, or site access).
 * Chromium: "Cannot access a chrome:// URL", "The extensions gallery cannot be scripted.", "Cannot access contents
 * of url \"chrome-error://…\"", versus "Cannot access contents of the page. Extension manifest must request
 * permission to access the respective host."; Firefox: "Missing host permission for the tab".
 */
export function injectFailure(message: string): 'restricted' | 'no-access' {
  return /\b(?:chrome|chrome-extension|chrome-error|chrome-search|edge|brave|opera|devtools|view-source|about|moz-extension|resource):|extensions gallery|cannot be scripted|web ?store/i.test(message)
    ? 'restricted'
    : 'no-access';
}
