import { render } from 'preact';
import { browser } from 'wxt/browser';
import { OnboardingView } from '../../components/onboarding/onboarding-view';
import { useOnboarding } from './use-onboarding';

function Onboarding() {
  const { data, actions } = useOnboarding(() => void browser.runtime.openOptionsPage());
  return <OnboardingView data={data} actions={actions} />;
}

render(<Onboarding />, document.getElementById('app')!);
