// The context menu's items and the keyboard command: evaluate the page, or the selected text, of the clicked tab.
import type { BackgroundDeps } from './deps';
import type { Evaluator } from './evaluator';

export const MENU = { page: 'postfit-evaluate-page', selection: 'postfit-evaluate-selection' } as const;

/** The click itself is the user gesture that opens the panel, so the panel opens before anything is awaited. */
export function createMenuHandler(deps: BackgroundDeps, ev: Evaluator) {
  return function onMenuClick(menuItemId: string | number, tabId: number | undefined): void {
    if (tabId == null || tabId < 0) return;
    if (menuItemId !== MENU.page && menuItemId !== MENU.selection) return;
    deps.openPanel(tabId);
    void (menuItemId === MENU.selection ? ev.evaluateSelection(tabId) : ev.evaluateTabPage(tabId));
  };
}
