import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ApplicationNotice } from '../../components/log/application-notice';
import { PopupView } from '../../components/popup-view';
import { SavePageAnswers } from '../../components/review/save-page-answers';
import type { TailorInputs, TailorTab } from './tailor-tab';
import { useApplicationLog } from './use-application-log';
import { usePopupState } from './use-popup-state';

type Loaded = { Tab: typeof TailorTab } | { error: string } | null;

/** The Tailor tab's code, fetched the first time the tab opens (a same-origin chunk of the extension). */
function LazyTailor(props: TailorInputs) {
  const [loaded, setLoaded] = useState<Loaded>(null);
  useEffect(() => {
    import('./tailor-tab').then(
      (m) => setLoaded({ Tab: m.TailorTab }),
      (e: Error) => setLoaded({ error: e.message }),
    );
  }, []);
  if (!loaded) return <p class="muted">Opening Tailor…</p>;
  if ('error' in loaded) return <p role="alert" class="error">Tailor could not open: {loaded.error}</p>;
  return <loaded.Tab {...props} />;
}

function Popup() {
  const state = usePopupState();
  const log = useApplicationLog(state.snapshot, state.data.fill);
  const tailorShown = state.data.tab === 'tailor';
  // Once opened, Tailor stays mounted (hidden on the review tab), so its state lives as long as the popup.
  const [tailorOpened, setTailorOpened] = useState(false);
  useEffect(() => {
    if (tailorShown) setTailorOpened(true);
  }, [tailorShown]);
  return (
    <PopupView
      data={state.data}
      actions={{
        switchProfile: state.switchProfile,
        fill: state.fill,
        undo: state.undo,
        showTab: state.showTab,
        chooseForm: state.chooseForm,
        toggleSection: state.toggleSection,
        review: state.review,
        openOptions: () => void browser.runtime.openOptionsPage(),
        openSetup: () => void browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') }),
      }}
      tailor={tailorShown || tailorOpened ? <LazyTailor {...state} open={tailorShown} /> : undefined}
      application={<ApplicationNotice data={log.data} onMarkApplied={log.markApplied} />}
      pageAnswers={<SavePageAnswers items={state.pageAnswers} onSave={state.savePageAnswers} />}
    />
  );
}

/** The working popup, rendered over the shell popup.html drew (its first render draws the same, keeping the nodes). */
export function mountPopup(root: HTMLElement): void {
  try {
    render(<Popup />, root);
    // scripts/bench-popup.ts reports when the script took the shell over (the person saw the shell before).
    performance.mark('applyfill:shell-taken-over');
  } catch (error) {
    // A clear message instead of a blank popup; `textContent`, never markup.
    root.textContent = `Applyfill could not open: ${(error as Error).message}`;
  }
}
