import type { ComponentChildren } from 'preact';
import type { ReviewSection } from '../lib/review/review-fields';
import { FillBar, type FillState } from './fill-bar';
import { ProfileSwitcher, type ProfileChoice } from './profile-switcher';
import { ReviewSections } from './review/review-sections';
import type { ReviewFieldActions } from './review/review-field-row';

export type { FillState };

export type PageState =
  | { status: 'loading' }
  | { status: 'none'; message: string }
  | { status: 'ready'; ats: string; company: string; title: string; sections: ReviewSection[] };

export type PopupTab = 'review' | 'tailor';

export interface PopupData {
  profiles: ProfileChoice[];
  activeId: string;
  /** Profile facts a fill would need but the user has not entered yet (never invented). */
  missing: string[];
  page: PageState;
  fill: FillState;
  problems: string[];
  tab: PopupTab;
}

export interface PopupActions {
  switchProfile: (id: string) => void;
  fill: () => void;
  undo: () => void;
  openOptions: () => void;
  showTab: (tab: PopupTab) => void;
  review: ReviewFieldActions;
}

function Tabs({ tab, onTab, canReview }: { tab: PopupTab; onTab: (t: PopupTab) => void; canReview: boolean }) {
  const tabs: [PopupTab, string][] = canReview ? [['review', 'Review & fill'], ['tailor', 'Tailor']] : [['tailor', 'Tailor']];
  return (
    <div role="tablist" aria-label="Popup views" class="tabs">
      {tabs.map(([id, label]) => (
        <button key={id} type="button" role="tab" id={`tab-${id}`} aria-selected={tab === id} aria-controls={`panel-${id}`} onClick={() => onTab(id)}>
          {label}
        </button>
      ))}
    </div>
  );
}

/**
 * The popup: who you are applying as, what will go where, and the tailoring workspace (passed in as `tailor`);
 * `application` is what the application log says about this job (components/log/application-notice.tsx);
 * `pageAnswers` is the offer to keep answers typed into the form (components/review/save-page-answers.tsx).
 */
export function PopupView({
  data,
  actions,
  tailor,
  application,
  pageAnswers,
}: {
  data: PopupData;
  actions: PopupActions;
  tailor?: ComponentChildren;
  application?: ComponentChildren;
  pageAnswers?: ComponentChildren;
}) {
  const { page } = data;
  const canReview = page.status === 'ready';
  const tab = canReview ? data.tab : 'tailor';
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
        <p class="job">
          <strong>{page.ats}</strong>
          {page.title ? ` · ${page.title}` : ''}
          {page.company ? ` · ${page.company}` : ''}
        </p>
      )}
      {page.status === 'ready' && application}
      {page.status !== 'loading' && <Tabs tab={tab} onTab={actions.showTab} canReview={canReview} />}
      {page.status === 'ready' && tab === 'review' && (
        <section id="panel-review" role="tabpanel" aria-labelledby="tab-review">
          <FillBar fill={data.fill} onFill={actions.fill} onUndo={actions.undo} />
          {pageAnswers}
          <ReviewSections sections={page.sections} actions={actions.review} />
        </section>
      )}
      {page.status !== 'loading' && tab === 'tailor' && (
        <section id="panel-tailor" role="tabpanel" aria-labelledby="tab-tailor">
          {tailor}
        </section>
      )}
    </main>
  );
}
