import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import type { ReviewFieldActions } from '../../components/review/review-row';
import { fillWithReview } from '../../lib/extension/fill-tab';
import { loadProfiles, setActiveProfile } from '../../lib/extension/profile-store';
import { loadReview, saveReview } from '../../lib/extension/review-store';
import { collectFromTab, targetTabId, undoTab } from '../../lib/extension/tab-client';
import type { PageSnapshot } from '../../lib/page/analyze-page';
import type { PlanEdits } from '../../lib/plan/fill-plan';
import { popupData, type PopupData } from '../../lib/popup/popup-data';
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
  toggleSection: (name: string, open: boolean) => void;
  review: ReviewFieldActions;
  /** Put a text (a tailored résumé, say) into one field of the form, as an edit the review shows. */
  setFieldValue: (fieldId: string, value: string) => void;
}

/** The popup's state (lib/popup/popup-state.ts) wired to storage and the tab: load, keep edits, fill, undo. */
export function usePopupState(): PopupState {
  const [state, dispatch] = useReducer(popupReducer, initialPopupState);
  const [tabId, setTabId] = useState<number>();
  const { snapshot, activeId, edits } = state;

  useEffect(() => {
    void (async () => {
      try {
        const loaded = await loadProfiles();
        dispatch({ type: 'profiles-loaded', profiles: loaded.profiles, activeId: loaded.activeId, problems: loaded.problems });
        const id = await targetTabId(location.search);
        setTabId(id);
        dispatch({ type: 'page-read', snapshot: id === undefined ? null : await collectFromTab(id) });
      } catch (error) {
        dispatch({ type: 'problem', text: `Applyfill could not start: ${(error as Error).message}` });
      }
    })();
  }, []);

  // Each form remembers its review per profile: switching profile shows that profile's own edits.
  useEffect(() => {
    if (!snapshot || !activeId) return;
    void loadReview(snapshot.url, activeId).then((e) => dispatch({ type: 'edits-loaded', edits: e }));
  }, [snapshot, activeId]);

  // Only the person's own changes are written back; edits loaded from storage are not saved again.
  const editedByUser = useRef(false);
  useEffect(() => {
    if (!editedByUser.current || !snapshot || !activeId) return;
    editedByUser.current = false;
    void saveReview(snapshot.url, activeId, edits);
  }, [edits]);

  const review: ReviewFieldActions = useMemo(() => {
    const edit = (fieldId: string, change: { value?: string; enabled?: boolean; overwrite?: boolean }) => {
      editedByUser.current = true;
      dispatch({ type: 'edit', fieldId, change });
    };
    return {
      setValue: (fieldId, value) => edit(fieldId, { value }),
      setEnabled: (fieldId, enabled) => edit(fieldId, { enabled }),
      setOverwrite: (fieldId, overwrite) => edit(fieldId, { overwrite }),
    };
  }, []);

  const profile = state.profiles.find((p) => p.id === activeId);

  const switchProfile = useCallback((id: string) => {
    dispatch({ type: 'switch-profile', id });
    void setActiveProfile(id);
  }, []);

  const fill = useCallback(() => {
    if (tabId === undefined || !snapshot || !profile) return;
    dispatch({ type: 'fill-started' });
    fillWithReview(tabId, snapshot, profile, edits)
      .then((report) => dispatch({ type: 'filled', counts: report.counts, results: report.results }))
      .catch((error: Error) => dispatch({ type: 'fill-failed', message: error.message }));
  }, [tabId, snapshot, profile, edits]);

  const undo = useCallback(() => {
    if (tabId === undefined || !snapshot) return;
    undoTab(tabId, snapshot.url)
      .then((result) => dispatch({ type: 'undone', restored: result.restored }))
      .catch((error: Error) => dispatch({ type: 'undo-failed', message: error.message }));
  }, [tabId, snapshot]);

  return {
    data: popupData(state),
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
    toggleSection: (name, open) => dispatch({ type: 'toggle-section', name, open }),
    review,
    setFieldValue: (fieldId, value) => {
      review.setValue(fieldId, value);
      dispatch({ type: 'show-tab', tab: 'review' });
    },
  };
}
