import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ApplicationNotice } from '../../components/log/application-notice';
import { PopupView } from '../../components/popup-view';
import { SavePageAnswers } from '../../components/review/save-page-answers';
import { TailorPanel } from '../../components/tailor/tailor-panel';
import { useApplicationLog } from './use-application-log';
import { usePopupState } from './use-popup-state';
import { useTailoring } from './use-tailoring';

function Popup() {
  const state = usePopupState();
  const tailor = useTailoring({ ...state, open: state.data.tab === 'tailor' });
  const log = useApplicationLog(state.snapshot, state.data.fill);
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
      tailor={<TailorPanel data={tailor.data} actions={tailor.actions} />}
      application={<ApplicationNotice data={log.data} onMarkApplied={log.markApplied} />}
      pageAnswers={<SavePageAnswers items={state.pageAnswers} onSave={state.savePageAnswers} />}
    />
  );
}

const root = document.getElementById('app')!;
try {
  render(<Popup />, root);
} catch (error) {
  // A clear message instead of a blank popup; `textContent`, never markup.
  root.textContent = `Applyfill could not open: ${(error as Error).message}`;
}
// The popup's first paint is a promise in the issue (≤ 100 ms): scripts/bench-popup.ts reads this mark.
performance.mark('applyfill:first-render');
