import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupView } from '../../components/popup-view';
import { usePopupState } from './use-popup-state';

function Popup() {
  const { data, switchProfile, fill } = usePopupState();
  return <PopupView data={data} actions={{ switchProfile, fill, openOptions: () => void browser.runtime.openOptionsPage() }} />;
}

render(<Popup />, document.getElementById('app')!);
