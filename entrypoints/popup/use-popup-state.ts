import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FillState, PageState, PopupData, PopupTab } from '../../components/popup-view';
import type { ReviewFieldActions } from '../../components/review/review-field-row';
import { markBankAnswersUsed } from '../../lib/answers/bank-usage';
import { answeredInReview, answeredOnPage, rememberAnswers, type RememberItem } from '../../lib/answers/remember-answers';
import { isRemembered, withRememberToggles, type RememberChoices } from '../../lib/answers/review-remember';
import { ADAPTERS } from '../../lib/ats/detect-ats';
import { fillWithReview } from '../../lib/extension/fill-tab';
import { loadProfiles, saveProfiles, setActiveProfile } from '../../lib/extension/profile-store';
import { loadReview, saveReview } from '../../lib/extension/review-store';
import { collectFromTab, targetTabId, undoTab } from '../../lib/extension/tab-client';
import type { PageSnapshot } from '../../lib/page/analyze-page';
import type { PlanEdits } from '../../lib/plan/fill-plan';
import { planForSnapshot } from '../../lib/plan/plan-for-snapshot';
import { missingContact } from '../../lib/profile/missing-contact';
import { profileFor, splitProfile } from '../../lib/profile/combine-profile';
import type { Profile } from '../../lib/profile/profile-schema';
import { changeEdit, reviewSections } from '../../lib/review/review-fields';

const NOT_AN_APPLICATION = 'Open a Greenhouse, Lever, Ashby or Workable application form to review and fill it.';

// Unticked fields still show the value they would get, so the user sees what they left out.
const withoutUnticks = (edits: PlanEdits): PlanEdits =>
  Object.fromEntries(Object.entries(edits).map(([id, { enabled: _enabled, ...rest }]) => [id, rest]));

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
  review: ReviewFieldActions;
  /** Put a text (a tailored résumé, say) into one field of the form, as an edit the review shows. */
  setFieldValue: (fieldId: string, value: string) => void;
  /** Answers the user typed into the form itself, and keeping the ones they confirm. */
  pageAnswers: RememberItem[];
  savePageAnswers: (items: RememberItem[]) => Promise<void>;
}

/** Loads profiles and the tab's form, keeps the review's edits per form and profile, fills and undoes. */
export function usePopupState(): PopupState {
  const [profiles, setProfiles] = useState<Profile[]>([]);
  const [activeId, setActiveId] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [tabId, setTabId] = useState<number>();
  const [snapshot, setSnapshot] = useState<PageSnapshot | null | undefined>(undefined);
  const [edits, setEdits] = useState<PlanEdits>({});
  const [fillState, setFillState] = useState<FillState>({ status: 'idle' });
  const [tab, setTab] = useState<PopupTab>('review');
  const [rememberChoices, setRememberChoices] = useState<RememberChoices>({});

  useEffect(() => {
    void (async () => {
      try {
        const loaded = await loadProfiles();
        setProfiles(loaded.profiles);
        setActiveId(loaded.activeId);
        setProblems(loaded.problems);
        const id = await targetTabId(location.search);
        setTabId(id);
        setSnapshot(id === undefined ? null : await collectFromTab(id));
      } catch (error) {
        setProblems((p) => [...p, `Applyfill could not start: ${(error as Error).message}`]);
        setSnapshot(null);
      }
    })();
  }, []);

  // Each form remembers its review per profile: switching profile shows that profile's own edits.
  useEffect(() => {
    if (!snapshot || !activeId) return;
    void loadReview(snapshot.url, activeId).then(setEdits);
  }, [snapshot, activeId]);

  const profile = profiles.find((p) => p.id === activeId);

  // Only the user's own changes are written back; edits loaded from storage are not saved again.
  const editedByUser = useRef(false);
  const updateEdits = useCallback((next: (e: PlanEdits) => PlanEdits) => {
    editedByUser.current = true;
    setEdits(next);
  }, []);
  useEffect(() => {
    if (!editedByUser.current || !snapshot || !activeId) return;
    editedByUser.current = false;
    void saveReview(snapshot.url, activeId, edits);
  }, [edits]);

  const review: ReviewFieldActions = useMemo(
    () => ({
      setValue: (fieldId, value) => updateEdits((e) => changeEdit(e, fieldId, { value })),
      setEnabled: (fieldId, enabled) => updateEdits((e) => changeEdit(e, fieldId, { enabled })),
      setOverwrite: (fieldId, overwrite) => updateEdits((e) => changeEdit(e, fieldId, { overwrite })),
      setRemember: (fieldId, on) => setRememberChoices((c) => ({ ...c, [fieldId]: on })),
    }),
    [updateEdits],
  );

  const switchProfile = useCallback((id: string) => {
    setActiveId(id);
    setFillState({ status: 'idle' });
    void setActiveProfile(id);
  }, []);

  // The plan without the user's edits says which questions Applyfill left to them: those answered can be kept.
  const basePlan = useMemo(() => (snapshot && profile ? planForSnapshot(snapshot, profile) : null), [snapshot, profile]);
  const remembered = useMemo(
    () => (snapshot && profile && basePlan ? answeredInReview(snapshot, basePlan, edits, profile) : []),
    [snapshot, profile, basePlan, edits],
  );
  const pageAnswers = useMemo(() => (snapshot && profile && basePlan ? answeredOnPage(snapshot, basePlan, profile) : []), [snapshot, profile, basePlan]);

  // The answer bank and the facts belong to the person, stored once: every profile gets the new person data.
  const keepProfile = useCallback(
    async (next: Profile) => {
      const person = splitProfile(next).identity;
      const all = profiles.map((p) => (p.id === next.id ? next : profileFor(person, splitProfile(p).resume)));
      await saveProfiles(all);
      setProfiles(all);
    },
    [profiles],
  );

  const fill = useCallback(() => {
    if (tabId === undefined || !snapshot || !profile) return;
    setFillState({ status: 'filling' });
    const origin = { ats: snapshot.ats, company: snapshot.job.company };
    fillWithReview(tabId, snapshot, profile, edits)
      .then(async (report) => {
        setFillState({ status: 'done', counts: report.counts });
        // Fill keeps what the user chose to remember, and notes where bank answers were used.
        const now = new Date();
        const kept = rememberAnswers(profile, remembered.filter((i) => isRemembered(i, rememberChoices)), origin, now);
        const next = markBankAnswersUsed(kept, snapshot, planForSnapshot(snapshot, profile, edits), origin, now);
        if (next !== profile) await keepProfile(next);
      })
      .catch((error: Error) => setFillState({ status: 'error', message: error.message }));
  }, [tabId, snapshot, profile, edits, remembered, rememberChoices, keepProfile]);

  const savePageAnswers = useCallback(
    async (items: RememberItem[]) => {
      if (!snapshot || !profile || !items.length) return;
      await keepProfile(rememberAnswers(profile, items, { ats: snapshot.ats, company: snapshot.job.company }, new Date()));
    },
    [snapshot, profile, keepProfile],
  );

  const undo = useCallback(() => {
    if (tabId === undefined || !snapshot) return;
    undoTab(tabId, snapshot.url)
      .then((result) => setFillState((state) => (state.status === 'done' ? { ...state, undone: result.restored } : state)))
      .catch((error: Error) => setFillState({ status: 'error', message: error.message }));
  }, [tabId, snapshot]);

  let page: PageState;
  if (snapshot === undefined) page = { status: 'loading' };
  else if (!snapshot || !profile) page = { status: 'none', message: NOT_AN_APPLICATION };
  else {
    const shown = planForSnapshot(snapshot, profile, withoutUnticks(edits));
    const sections = withRememberToggles(reviewSections(snapshot, shown, edits), remembered, rememberChoices);
    // What the fill will do is the plan with every edit, unticks included; the rows show it via `enabled`.
    page = { status: 'ready', ats: ADAPTERS.find((a) => a.id === snapshot.ats)?.name ?? 'Form', company: snapshot.job.company, title: snapshot.job.title, sections };
  }

  const data: PopupData = {
    profiles: profiles.map((p) => ({ id: p.id, label: p.label })),
    activeId,
    missing: profile ? missingContact(profile) : [],
    problems,
    fill: fillState,
    page,
    tab,
  };
  return {
    data,
    profile,
    profiles,
    tabId,
    snapshot,
    edits,
    switchProfile,
    replaceProfiles: setProfiles,
    fill,
    undo,
    showTab: setTab,
    review,
    setFieldValue: (fieldId, value) => {
      review.setValue(fieldId, value);
      setTab('review');
    },
    pageAnswers,
    savePageAnswers,
  };
}
