import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupView } from '../../components/popup-view';
import { usePopupState } from './use-popup-state';

function Popup() {
  const state = usePopupState();
  return (
    <PopupView
      data={state.data}
      actions={{
        switchProfile: state.switchProfile,
        fill: state.fill,
        undo: state.undo,
        showTab: state.showTab,
        review: state.review,
        openOptions: () => void browser.runtime.openOptionsPage(),
      }}
    />
  );
}

render(<Popup />, document.getElementById('app')!);
// The popup's first paint is a promise in the issue (≤ 100 ms): scripts/bench-popup.ts reads this mark.
performance.mark('applyfill:first-render');
