import { render } from 'preact';
import { PopupView, type PopupActions, type PopupData } from '../../components/popup-view';

// The shell is drawn first, from this small chunk: header, résumé switch and "Reading the page…". The rest of the
// popup (storage and its schemas, classify, plan) loads right after, and asks the page; Tailor loads when opened.
const SHELL: PopupData = { profiles: [], activeId: '', missing: [], page: { status: 'loading' }, forms: [], fill: { status: 'idle' }, problems: [], tab: 'review' };
const wait = () => undefined;
const WAITING: PopupActions = {
  switchProfile: wait,
  fill: wait,
  undo: wait,
  openOptions: wait,
  openSetup: wait,
  showTab: wait,
  chooseForm: wait,
  toggleSection: wait,
  review: { setValue: wait, setEnabled: wait, setOverwrite: wait },
};

const root = document.getElementById('app')!;
render(<PopupView data={SHELL} actions={WAITING} />, root);
// The popup's first paint is a promise in the issue (≤ 100 ms): scripts/bench-popup.ts reads this mark.
performance.mark('applyfill:first-render');
import('./popup-app').then(
  ({ mountPopup }) => mountPopup(root),
  (error: Error) => {
    root.textContent = `Applyfill could not open: ${error.message}`;
  },
);
