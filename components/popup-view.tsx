import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import type { PageState, PopupData } from '../lib/popup/popup-data';
import { stillNeedYou } from '../lib/popup/still-need-you';
import type { FillState, PopupTab } from '../lib/popup/popup-state';
import { FillFooter, ReadingFooter } from './popup/fill-footer';
import { FormChooser } from './popup/form-chooser';
import { PopupTabs } from './popup/popup-tabs';
import { ProfileSelect } from './popup/profile-select';
import { SetupPrompt } from './popup/setup-prompt';
import type { ReviewFieldActions } from './review/review-row';
import { ReviewGroups } from './review/review-groups';

export type { FillState, PageState, PopupData, PopupTab };

export interface PopupActions {
  switchProfile: (id: string) => void;
  fill: () => void;
  undo: () => void;
  openOptions: () => void;
  /** Open the first-run setup (while contact details are missing). */
  openSetup: () => void;
  showTab: (tab: PopupTab) => void;
  /** Pick the form to review and fill when the tab shows two or more. */
  chooseForm: (frameId: number) => void;
  toggleSection: (name: string, open: boolean) => void;
  review: ReviewFieldActions;
}

/** The first answer the person still owes, within this view's own review panel (never the whole document). */
function jumpToNeedsYou(panel: HTMLElement | null): void {
  const first = panel?.querySelector<HTMLElement>('.needs-you-group .value, .needs-you-group input');
  first?.scrollIntoView({ block: 'center' });
  first?.focus();
}

function JobLine({ page }: { page: Extract<PageState, { status: 'ready' }> }) {
  return (
    <p class="job">
      {page.title && <strong>{page.title}</strong>}
      {page.company && <span>{page.title ? ' at ' : ''}{page.company}</span>}
      <span class="muted"> · {page.ats}</span>
    </p>
  );
}

/**
 * The popup: which résumé, what goes where, and the tailoring workspace (passed in as `tailor`). The review
 * scrolls; Fill and Undo stay in the footer, always in view. `pageAnswers` is the offer to keep answers typed into
 * the form (components/review/save-page-answers.tsx).
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
  /** What the application log says about this job (components/log/application-notice.tsx). */
  application?: ComponentChildren;
  pageAnswers?: ComponentChildren;
}) {
  const { page } = data;
  const canReview = page.status === 'ready';
  const tab = canReview ? data.tab : 'tailor';
  const reviewPanel = useRef<HTMLElement>(null);
  return (
    <main class="popup">
      <header class="popup-header">
        <h1>
          <img src="/icon/32.png" alt="" width={20} height={20} />
          Applyfill
        </h1>
        <button type="button" class="link" onClick={actions.openOptions}>
          Edit profiles
        </button>
      </header>
      <div class="popup-top">
        <ProfileSelect profiles={data.profiles} activeId={data.activeId} onSwitch={actions.switchProfile} />
        <SetupPrompt missing={data.missing} onSetup={actions.openSetup} />
        {data.problems.map((p) => (
          <p role="alert" class="error" key={p}>
            {p}
          </p>
        ))}
        {page.status === 'none' && <p class="muted">{page.message}</p>}
        {page.status === 'ready' && <JobLine page={page} />}
        {page.status === 'ready' && <FormChooser forms={data.forms} onChoose={actions.chooseForm} />}
        {page.status === 'ready' && application}
        {page.status !== 'loading' && <PopupTabs tabs={canReview ? ['review', 'tailor'] : ['tailor']} tab={tab} onTab={actions.showTab} />}
      </div>
      {page.status === 'ready' && tab === 'review' && (
        <>
          <section ref={reviewPanel} id="panel-review" class="popup-scroll" role="tabpanel" aria-labelledby="tab-review">
            {pageAnswers}
            <ReviewGroups needsYou={page.needsYou} groups={page.groups} actions={actions.review} onToggle={actions.toggleSection} />
          </section>
          <FillFooter fill={data.fill} ready={page.ready} needsYou={stillNeedYou(page.needsYou)} onFill={actions.fill} onUndo={actions.undo} onJump={() => jumpToNeedsYou(reviewPanel.current)} />
        </>
      )}
      {page.status === 'loading' && <ReadingFooter />}
      {/* Kept once given, hidden on the review tab: the workspace loads when first opened and keeps its state. */}
      {page.status !== 'loading' && tailor !== undefined && (
        <section id="panel-tailor" class="popup-scroll" role="tabpanel" aria-labelledby="tab-tailor" hidden={tab !== 'tailor'}>
          {tailor}
        </section>
      )}
    </main>
  );
}
