import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ApplicationsView } from '../../components/log/applications-view';
import { OptionsView } from '../../components/options/options-view';
import { OptionsPages, pageFromHash } from '../../components/options/options-pages';
import { useApplications } from './use-applications';
import { useOptionsState } from './use-options-state';

function Profiles() {
  const { data, actions } = useOptionsState();
  return <OptionsView data={data} actions={actions} />;
}

function Applications() {
  const { data, actions } = useApplications();
  return <ApplicationsView data={data} actions={actions} />;
}

function Options() {
  const [page, setPage] = useState(() => pageFromHash(location.hash));
  useEffect(() => {
    const onHash = () => setPage(pageFromHash(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  return (
    <>
      <OptionsPages page={page} />
      {page === 'applications' ? <Applications /> : <Profiles />}
    </>
  );
}

render(<Options />, document.getElementById('app')!);
