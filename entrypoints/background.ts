export default defineBackground(() => {
  // The toolbar icon opens the side panel where the browser supports it.
  browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => {});
});
