import { useCallback, useEffect, useMemo, useReducer } from 'preact/hooks';
import type { ReviewFieldActions } from '../../components/review/review-row';
import { markBankAnswersUsed } from '../../lib/answers/bank-usage';
import { answeredInReview, answeredOnPage, rememberAnswers, type RememberItem } from '../../lib/answers/remember-answers';
import { isRemembered } from '../../lib/answers/review-remember';
import { fillWithReview, keepLastReport } from '../../lib/extension/fill-tab';
import { loadProfiles, saveProfiles, setActiveProfile } from '../../lib/extension/profile-store';
import { loadReview, saveReview } from '../../lib/extension/review-store';
import { collectFromTab, targetTabId, undoStateOfTab } from '../../lib/extension/tab-client';
import { undoInTab } from '../../lib/extension/undo-tab';
import type { PageSnapshot } from '../../lib/page/analyze-page';
import type { PlanEdits } from '../../lib/plan/fill-plan';
import { planForSnapshot } from '../../lib/plan/plan-for-snapshot';
import { popupData, type PopupData } from '../../lib/popup/popup-data';
import { replaceProfileAndPerson } from '../../lib/profile/combine-profile';
import { initialPopupState, popupReducer, type PopupTab } from '../../lib/popup/popup-state';
import type { Profile } from '../../lib/profile/profile-schema';

export interface PopupState {
  data: PopupData;
  profile: Profile | undefined;
  profiles: Profile[];
  tabId: number | undefined;
  snapshot: PageSnapshot | null | undefined;
  edits: PlanEdits;
  switchProfile: (id: string) => void;
  replaceProfiles: (profiles: Profile[]) => void;
  fill: () => void;
  undo: () => void;
  showTab: (tab: PopupTab) => void;
  /** Review and fill the form in this frame (when the tab shows two or more). */
  chooseForm: (frameId: number) => void;
  toggleSection: (name: string, open: boolean) => void;
  review: ReviewFieldActions;
  /** Put a text (a tailored résumé, say) into one field of the form, as an edit the review shows. */
  setFieldValue: (fieldId: string, value: string) => void;
  /** Answers the user typed into the form itself, and keeping the ones they confirm. */
  pageAnswers: RememberItem[];
  savePageAnswers: (items: RememberItem[]) => Promise<void>;
}

/** The popup's state (lib/popup/popup-state.ts) wired to storage and the tab: load, keep edits, fill, undo. */
// Storing the full report (for the demo and scripts) waits until the result is painted: a person waits for nothing
// of it, and it costs ~0.15 s of this page's time on a 2,000-field form.
const afterNextPaint = (work: () => void): void => void requestAnimationFrame(() => setTimeout(work, 0));

export function usePopupState(): PopupState {
  const [state, dispatch] = useReducer(popupReducer, initialPopupState);
  const { snapshot, activeId, edits, tabId, editsUnsaved } = state;

  useEffect(() => {
    void (async () => {
      try {
        // The page is asked at once, while the profiles load: on a long form its answer is the longest wait.
        const tab = targetTabId(location.search);
        const forms = tab.then((id) => (id === undefined ? null : collectFromTab(id)));
        forms.catch(() => undefined); // awaited below; an early failure is reported there, not as unhandled
        const loaded = await loadProfiles();
        dispatch({ type: 'profiles-loaded', profiles: loaded.profiles, activeId: loaded.activeId, problems: loaded.problems });
        dispatch({ type: 'tab-found', tabId: await tab });
        const choice = await forms;
        if (choice) dispatch({ type: 'forms-read', choice });
      } catch (error) {
        dispatch({ type: 'problem', text: `Applyfill could not start: ${(error as Error).message}` });
      }
    })();
  }, []);

  // A fill made before this popup opened (an earlier popup, the shortcut) can still be undone: the page keeps it.
  useEffect(() => {
    if (tabId === undefined || !snapshot) return;
    void undoStateOfTab(tabId, snapshot)
      .then((found) => found && dispatch({ type: 'undo-state', fields: found.fields }))
      .catch(() => undefined);
  }, [tabId, snapshot]);

  // Each form remembers its review per profile: switching profile shows that profile's own edits.
  useEffect(() => {
    if (!snapshot || !activeId) return;
    void loadReview(snapshot.url, activeId).then((e) => dispatch({ type: 'edits-loaded', edits: e }));
  }, [snapshot, activeId]);

  // Only the person's own changes are written back (the reducer marks them); edits loaded from storage are not.
  useEffect(() => {
    if (!editsUnsaved || !snapshot || !activeId) return;
    dispatch({ type: 'edits-stored' });
    void saveReview(snapshot.url, activeId, edits);
  }, [editsUnsaved, edits, snapshot, activeId]);

  const review: ReviewFieldActions = useMemo(() => {
    const edit = (fieldId: string, change: { value?: string; enabled?: boolean; overwrite?: boolean }) => dispatch({ type: 'edit', fieldId, change });
    return {
      setValue: (fieldId, value) => edit(fieldId, { value }),
      setEnabled: (fieldId, enabled) => edit(fieldId, { enabled }),
      setOverwrite: (fieldId, overwrite) => edit(fieldId, { overwrite }),
      setRemember: (fieldId, on) => dispatch({ type: 'set-remember', fieldId, on }),
    };
  }, []);

  const profile = state.profiles.find((p) => p.id === activeId);

  const switchProfile = useCallback((id: string) => {
    dispatch({ type: 'switch-profile', id });
    void setActiveProfile(id);
  }, []);

  // The plan without the user's edits says which questions Applyfill left to them: those answered can be kept.
  const basePlan = useMemo(() => (snapshot && profile ? planForSnapshot(snapshot, profile) : null), [snapshot, profile]);
  const pageAnswers = useMemo(() => (snapshot && profile && basePlan ? answeredOnPage(snapshot, basePlan, profile) : []), [snapshot, profile, basePlan]);

  // The answer bank and the facts belong to the person, stored once: every profile gets the new person data.
  const keepProfile = useCallback(
    async (next: Profile) => {
      dispatch({ type: 'replace-profiles', profiles: await saveProfiles(replaceProfileAndPerson(state.profiles, next), state.profiles) });
    },
    [state.profiles],
  );

  const fill = useCallback(() => {
    if (tabId === undefined || !snapshot || !profile || !basePlan) return;
    dispatch({ type: 'fill-started' });
    const origin = { ats: snapshot.ats, company: snapshot.job.company };
    const remembered = answeredInReview(snapshot, basePlan, edits, profile).filter((i) => isRemembered(i, state.remember));
    fillWithReview(tabId, snapshot, profile, edits)
      .then(async (report) => {
        dispatch({ type: 'filled', counts: report.counts, results: report.results });
        // Only the demo and scripts read it back: a failed store costs the person nothing.
        afterNextPaint(() => void keepLastReport(report).catch(() => undefined));
        // Fill keeps what the user chose to remember, and notes where bank answers were used.
        const now = new Date();
        const next = markBankAnswersUsed(rememberAnswers(profile, remembered, origin, now), snapshot, planForSnapshot(snapshot, profile, edits), origin, now);
        if (next !== profile) await keepProfile(next);
      })
      .catch((error: Error) => dispatch({ type: 'fill-failed', message: error.message }));
  }, [tabId, snapshot, profile, basePlan, edits, state.remember, keepProfile]);

  const savePageAnswers = useCallback(
    async (items: RememberItem[]) => {
      if (!snapshot || !profile || !items.length) return;
      await keepProfile(rememberAnswers(profile, items, { ats: snapshot.ats, company: snapshot.job.company }, new Date()));
    },
    [snapshot, profile, keepProfile],
  );

  const undo = useCallback(() => {
    if (tabId === undefined || !snapshot) return;
    undoInTab(tabId, snapshot)
      .then((result) => dispatch({ type: 'undone', result }))
      .catch((error: Error) => dispatch({ type: 'undo-failed', message: error.message }));
  }, [tabId, snapshot]);

  return {
    data: useMemo(() => popupData(state), [state]),
    profile,
    profiles: state.profiles,
    tabId,
    snapshot,
    edits,
    switchProfile,
    replaceProfiles: (profiles) => dispatch({ type: 'replace-profiles', profiles }),
    fill,
    undo,
    showTab: (tab) => dispatch({ type: 'show-tab', tab }),
    chooseForm: (frameId) => dispatch({ type: 'choose-frame', frameId }),
    toggleSection: (name, open) => dispatch({ type: 'toggle-section', name, open }),
    review,
    setFieldValue: (fieldId, value) => {
      review.setValue(fieldId, value);
      dispatch({ type: 'show-tab', tab: 'review' });
    },
    pageAnswers,
    savePageAnswers,
  };
}
