import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PopupData } from '../../components/popup-view';
import { loadProfiles, setActiveProfile } from '../../lib/extension/profile-store';
import { lastReportItem } from '../../lib/extension/report-store';
import { collectFromTab, fillTab, targetTabId } from '../../lib/extension/tab-client';
import type { PageSnapshot } from '../../lib/page/analyze-page';
import { planForSnapshot } from '../../lib/plan/plan-for-snapshot';
import { missingContact } from '../../lib/profile/missing-contact';
import type { Profile } from '../../lib/profile/profile-schema';

const NOT_AN_APPLICATION = 'Open a Greenhouse or Lever application form to fill it.';

/** Loads profiles and the tab's form, re-plans when the profile changes, and runs the fill. */
export function usePopupState(): { data: PopupData; switchProfile: (id: string) => void; fill: () => void } {
  const [profiles, setProfiles] = useState<Profile[]>([]);
  const [activeId, setActiveId] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [tabId, setTabId] = useState<number>();
  const [snapshot, setSnapshot] = useState<PageSnapshot | null | undefined>(undefined);
  const [fillState, setFillState] = useState<PopupData['fill']>({ status: 'idle' });

  useEffect(() => {
    void (async () => {
      try {
        const loaded = await loadProfiles();
        setProfiles(loaded.profiles);
        setActiveId(loaded.activeId);
        setProblems(loaded.problems);
        const id = await targetTabId(location.search);
        setTabId(id);
        setSnapshot(id === undefined ? null : ((await collectFromTab(id)) ?? null));
      } catch (error) {
        setProblems((p) => [...p, `Applyfill could not start: ${(error as Error).message}`]);
        setSnapshot(null);
      }
    })();
  }, []);

  const profile = profiles.find((p) => p.id === activeId);
  const plan = snapshot && profile ? planForSnapshot(snapshot, profile) : null;

  const switchProfile = useCallback((id: string) => {
    setActiveId(id);
    setFillState({ status: 'idle' });
    void setActiveProfile(id);
  }, []);

  const fill = useCallback(() => {
    if (tabId === undefined || !snapshot || !profile) return;
    setFillState({ status: 'filling' });
    const t0 = performance.now();
    const plan = planForSnapshot(snapshot, profile);
    const planMs = performance.now() - t0;
    void fillTab(tabId, plan)
      .then(async (report) => {
        if (!report) return setFillState({ status: 'error', message: 'The page did not answer. Reload it and try again.' });
        const { collectMs, classifyMs } = snapshot.timings;
        await lastReportItem.setValue({ ...report, timings: { collectMs, classifyMs, planMs, fillMs: report.ms } });
        setFillState({ status: 'done', counts: report.counts });
      })
      .catch((error: Error) => setFillState({ status: 'error', message: error.message }));
  }, [tabId, snapshot, profile]);

  const data: PopupData = {
    profiles: profiles.map((p) => ({ id: p.id, label: p.label })),
    activeId,
    missing: profile ? missingContact(profile) : [],
    problems,
    fill: fillState,
    page:
      snapshot === undefined
        ? { status: 'loading' }
        : !snapshot || !plan
          ? { status: 'none', message: NOT_AN_APPLICATION }
          : { status: 'ready', ats: snapshot.ats ?? 'Form', company: snapshot.job.company, title: snapshot.job.title, steps: plan.steps },
  };
  return { data, switchProfile, fill };
}
