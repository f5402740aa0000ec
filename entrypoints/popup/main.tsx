// popup.html draws the shell itself (header, résumé switch, "Reading the page…", Fill not usable yet), so it shows
// before any script runs. This entry loads the popup, which renders into #app and takes the shell's nodes over.
const root = document.getElementById('app')!;
import('./popup-app').then(
  ({ mountPopup }) => mountPopup(root),
  (error: Error) => {
    root.textContent = `Applyfill could not open: ${error.message}`;
  },
);
