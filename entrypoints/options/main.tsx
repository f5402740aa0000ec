import { render } from 'preact';
import { OptionsView } from '../../components/options/options-view';
import { useOptionsState } from './use-options-state';

function Options() {
  const { data, actions } = useOptionsState();
  return <OptionsView data={data} actions={actions} />;
}

render(<Options />, document.getElementById('app')!);
