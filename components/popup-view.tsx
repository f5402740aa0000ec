import type { FieldStatus } from '../lib/fill/fill-report';
import type { PlanStep } from '../lib/plan/fill-plan';
import { PlanList } from './plan-list';
import { ProfileSwitcher, type ProfileChoice } from './profile-switcher';

export type PageState =
  | { status: 'loading' }
  | { status: 'none'; message: string }
  | { status: 'ready'; ats: string; company: string; title: string; steps: PlanStep[] };

export type FillState =
  | { status: 'idle' }
  | { status: 'filling' }
  | { status: 'done'; counts: Record<FieldStatus, number> }
  | { status: 'error'; message: string };

export interface PopupData {
  profiles: ProfileChoice[];
  activeId: string;
  /** Profile facts a fill would need but the user has not entered yet (never invented). */
  missing: string[];
  page: PageState;
  fill: FillState;
  problems: string[];
}

export interface PopupActions {
  switchProfile: (id: string) => void;
  fill: () => void;
  openOptions: () => void;
}

function FillResult({ fill }: { fill: FillState }) {
  if (fill.status === 'filling') return <p role="status">Filling…</p>;
  if (fill.status === 'error') return <p role="alert" class="error">{fill.message}</p>;
  if (fill.status !== 'done') return null;
  const { filled, 'needs-you': needsYou, failed } = fill.counts;
  return (
    <p role="status" class="result" data-testid="fill-result">
      filled {filled}, needs you {needsYou}
      {failed ? `, failed ${failed}` : ''}
    </p>
  );
}

export function PopupView({ data, actions }: { data: PopupData; actions: PopupActions }) {
  const { page } = data;
  return (
    <main>
      <header>
        <h1>Applyfill</h1>
        <button type="button" class="link" onClick={actions.openOptions}>
          Edit profiles
        </button>
      </header>
      <ProfileSwitcher profiles={data.profiles} activeId={data.activeId} onSwitch={actions.switchProfile} />
      {data.missing.length > 0 && <p class="muted missing">Not in this profile yet: {data.missing.join(', ')}.</p>}
      {data.problems.map((p) => (
        <p role="alert" class="error" key={p}>
          {p}
        </p>
      ))}
      {page.status === 'loading' && <p class="muted">Reading the page…</p>}
      {page.status === 'none' && <p class="muted">{page.message}</p>}
      {page.status === 'ready' && (
        <section aria-label="This application">
          <p class="job">
            <strong>{page.ats}</strong>
            {page.title ? ` · ${page.title}` : ''}
            {page.company ? ` · ${page.company}` : ''}
          </p>
          <button type="button" class="fill" onClick={actions.fill} disabled={data.fill.status === 'filling'}>
            Fill
          </button>
          <FillResult fill={data.fill} />
          <PlanList steps={page.steps} />
        </section>
      )}
    </main>
  );
}
