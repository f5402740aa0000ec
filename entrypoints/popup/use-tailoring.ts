import { useCallback, useEffect, useMemo, useReducer } from 'preact/hooks';
import type { TailorActions, TailorData } from '../../components/tailor/tailor-panel';
import { recordBulletsUsed } from '../../lib/extension/application-log-store';
import { extractJobFromTab } from '../../lib/extension/job-extract-client';
import { saveProfiles } from '../../lib/extension/profile-store';
import { loadJobTailoring, saveJobTailoring } from '../../lib/extension/tailoring-store';
import type { PageSnapshot } from '../../lib/page/analyze-page';
import type { Profile } from '../../lib/profile/profile-schema';
import { editBullet, moveBullet, pickBullet, unpickBullet, type TailoringChoices } from '../../lib/tailor/bullet-choices';
import { rankProfile } from '../../lib/tailor/bullet-ranking';
import { formatBullet, formatResume, formatSection, type ClipboardFormat } from '../../lib/tailor/clipboard-format';
import { profilePositions } from '../../lib/tailor/profile-bullets';
import { saveTailoringToProfile } from '../../lib/tailor/save-back';
import { currentChoices, tailorData, type TailorContext } from '../../lib/tailor/tailor-data';
import { tailoredSections } from '../../lib/tailor/tailored-resume';
import { initialTailoringState, shouldReadPage, tailoringReducer } from '../../lib/tailor/tailoring-state';

// Off an application page the workspace has one slot for a pasted description.
const PASTED = 'pasted';
const SAVE_DELAY_MS = 300;

interface Inputs {
  profile: Profile | undefined;
  profiles: Profile[];
  replaceProfiles: (profiles: Profile[]) => void;
  tabId: number | undefined;
  snapshot: PageSnapshot | null | undefined;
  setFieldValue: (fieldId: string, value: string) => void;
  /** The Tailor view is showing: only then is the page read. */
  open: boolean;
}

/** The Tailor view's state (lib/tailor/tailoring-state.ts) wired to storage, the tab and the clipboard. */
export function useTailoring({ profile, profiles, replaceProfiles, tabId, snapshot, setFieldValue, open }: Inputs): { data: TailorData; actions: TailorActions } {
  const key = snapshot?.url ?? PASTED;
  const [state, dispatch] = useReducer(tailoringReducer, key, (k) => initialTailoringState(k, Date.now()));
  const { job } = state;
  const say = (text: string) => dispatch({ type: 'message', text });

  // The stored entry for this job (an answer for a form the popup has left is dropped).
  const ready = snapshot !== undefined;
  useEffect(() => {
    if (!ready) return;
    let live = true;
    void loadJobTailoring(key).then(({ job: stored, problems }) => {
      if (live) dispatch({ type: 'loaded', key, stored: stored ?? null, problems, at: Date.now() });
    });
    return () => {
      live = false;
    };
  }, [key, ready]);

  const readPage = useCallback(() => {
    if (tabId === undefined || !snapshot) return;
    const from = snapshot.url;
    dispatch({ type: 'read-started', key: from });
    void extractJobFromTab(tabId).then((result) =>
      dispatch(
        result.ok
          ? { type: 'read-done', key: from, text: result.text, title: result.title, company: result.company ?? snapshot.job.company, at: Date.now() }
          : { type: 'read-failed', key: from, message: result.message },
      ),
    );
  }, [tabId, snapshot]);

  // Read once per form when Tailor opens (shouldReadPage says when); read-started marks the form as read.
  const readNow = shouldReadPage(state, { open, onForm: !!snapshot, key });
  useEffect(() => {
    if (readNow) readPage();
  }, [readNow, readPage]);

  // Stored a moment after the last change, so typing a description does not write storage per keystroke.
  const { unsaved } = state;
  useEffect(() => {
    if (!unsaved) return;
    const timer = setTimeout(() => {
      dispatch({ type: 'stored' });
      saveJobTailoring(job).catch((e: Error) => dispatch({ type: 'message', text: `Not saved: ${e.message}` }));
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [unsaved, job]);

  const positions = useMemo(() => (profile ? profilePositions(profile) : []), [profile]);
  const ranking = useMemo(
    () => (profile ? rankProfile(job.description, profile, { ignore: [job.company, snapshot?.job.company ?? ''].filter(Boolean) }) : null),
    [profile, job.description, job.company, snapshot],
  );
  const context: TailorContext = { profile, positions, ranking, snapshot, tabId };
  const choices = currentChoices(state, context);

  const change = (next: TailoringChoices) => {
    if (profile) dispatch({ type: 'choices-changed', profileId: profile.id, choices: next, at: Date.now() });
  };
  const copy = (text: string, what: string) => {
    navigator.clipboard.writeText(text).then(
      () => say(`Copied ${what}.`),
      (e: Error) => say(`Could not copy: ${e.message}`),
    );
  };
  const sections = () => tailoredSections(positions, choices);
  // Bullets copied or put into the form go into this job's entry in the application log (on a form page only).
  const used = (texts: readonly string[]) => {
    if (snapshot && texts.length) void recordBulletsUsed(snapshot.url, texts).catch((e: Error) => say(`Not recorded in the log: ${e.message}`));
  };
  const allChosen = () => sections().flatMap((s) => s.bullets.map((b) => b.text));

  const actions: TailorActions = {
    readPage,
    setDescription: (text) => dispatch({ type: 'description-typed', text, at: Date.now() }),
    toggle: (b) => change(b.chosen ? unpickBullet(choices, b) : pickBullet(choices, b)),
    move: (b, delta) => change(moveBullet(choices, b, b.order - 1 + delta)),
    edit: (b, text) => {
      const original = positions.find((p) => p.key === b.positionKey)?.bullets.find((x) => x.id === b.id);
      if (original) change(editBullet(choices, original, text));
    },
    copyBullet: (b) => {
      copy(formatBullet(b.text, 'text'), 'the bullet');
      used([b.text]);
    },
    copyPosition: (positionKey) => {
      const section = sections().find((s) => s.positionKey === positionKey);
      if (!section) return;
      copy(formatSection(section, 'text'), `${section.bullets.length} bullet(s) of ${section.label}`);
      used(section.bullets.map((b) => b.text));
    },
    copyResume: (format: ClipboardFormat) => {
      copy(formatResume(sections(), format), format === 'markdown' ? 'the tailored résumé as Markdown' : 'the tailored résumé');
      used(allChosen());
    },
    fillInto: (fieldId, format) => {
      setFieldValue(fieldId, formatResume(sections(), format));
      used(allChosen());
      say('Put into the form’s review: check it there, then Fill.');
    },
    saveBack: () => {
      if (!profile) return;
      const updated = saveTailoringToProfile(profile, choices);
      saveProfiles(profiles.map((p) => (p.id === profile.id ? updated : p)), profiles).then(
        (stored) => {
          replaceProfiles(stored);
          say(`Saved the order and wording to “${profile.label}”.`);
        },
        (e: Error) => say(`Not saved: ${e.message}`),
      );
    },
  };

  return { data: tailorData(state, context), actions };
}
