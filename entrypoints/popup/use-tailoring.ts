import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TailorActions, TailorData } from '../../components/tailor/tailor-panel';
import { recordBulletsUsed } from '../../lib/extension/application-log-store';
import { extractJobFromTab } from '../../lib/extension/job-extract-client';
import { saveProfiles } from '../../lib/extension/profile-store';
import { loadJobTailoring, saveJobTailoring } from '../../lib/extension/tailoring-store';
import { displayLabel } from '../../lib/fields/field-descriptor';
import type { PageSnapshot } from '../../lib/page/analyze-page';
import type { Profile } from '../../lib/profile/profile-schema';
import { editBullet, moveBullet, noChoices, pickBullet, unpickBullet, type TailoringChoices } from '../../lib/tailor/bullet-choices';
import { rankProfile } from '../../lib/tailor/bullet-ranking';
import { formatBullet, formatResume, formatSection, type ClipboardFormat } from '../../lib/tailor/clipboard-format';
import { newJobTailoring, storedChoices, withChoices, withDescription, type JobTailoring } from '../../lib/tailor/job-tailoring';
import { profilePositions } from '../../lib/tailor/profile-bullets';
import { saveTailoringToProfile } from '../../lib/tailor/save-back';
import { suggestChoices } from '../../lib/tailor/suggest-choices';
import { staleChoiceIds, tailoredSections } from '../../lib/tailor/tailored-resume';
import { tailorPositions } from '../../lib/tailor/tailor-view';

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

/** The Tailor view's state: the job (stored per job URL), the ranking, the choices, copy and save-back. */
export function useTailoring({ profile, profiles, replaceProfiles, tabId, snapshot, setFieldValue, open }: Inputs): { data: TailorData; actions: TailorActions } {
  const key = snapshot?.url ?? PASTED;
  const [job, setJob] = useState<JobTailoring>(() => newJobTailoring(key));
  const [source, setSource] = useState<TailorData['source']>({ status: 'idle' });
  const [message, setMessage] = useState('');
  const dirty = useRef(false);

  const readPage = () => {
    if (tabId === undefined || !snapshot) return;
    setSource({ status: 'reading', message: 'Reading the job description…' });
    void extractJobFromTab(tabId).then((result) => {
      if (!result.ok) return setSource({ status: 'failed', message: result.message });
      dirty.current = true;
      setJob((j) => withDescription(j, result.text, { title: result.title, company: result.company ?? snapshot.job.company }));
      setSource({ status: 'page', message: 'Read from the page.' });
    });
  };

  // The latest readPage, for the effect below, which must run once per form and not on every render.
  const readPageNow = useRef(readPage);
  readPageNow.current = readPage;
  const ready = snapshot !== undefined;
  const onForm = !!snapshot;
  const [loadedKey, setLoadedKey] = useState<string | null>(null);
  const readFor = useRef<string | null>(null);

  useEffect(() => {
    if (!ready) return;
    void loadJobTailoring(key).then(({ job: stored, problems }) => {
      if (problems.length) setMessage(problems.join('; '));
      if (stored) {
        setJob(stored);
        setSource({ status: stored.description ? 'pasted' : 'idle', message: stored.description ? 'Description kept from your last visit.' : '' });
      } else setJob(newJobTailoring(key));
      setLoadedKey(key);
    });
  }, [key, ready]);

  // Readability is injected only when the person opens Tailor (README: never on a plain popup open), and once per
  // form: a description kept from the last visit, or read already, is not read again.
  const readNow = open && onForm && loadedKey === key && !job.description.trim() && readFor.current !== key;
  useEffect(() => {
    if (!readNow) return;
    readFor.current = key;
    readPageNow.current();
  }, [readNow, key]);

  // Stored a moment after the last change, so typing a description does not write storage per keystroke.
  useEffect(() => {
    if (!dirty.current) return;
    const timer = setTimeout(() => void saveJobTailoring(job).catch((e: Error) => setMessage(`Not saved: ${e.message}`)), SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [job]);

  const positions = useMemo(() => (profile ? profilePositions(profile) : []), [profile]);
  const ranking = useMemo(
    () => (profile ? rankProfile(job.description, profile, { ignore: [job.company, snapshot?.job.company ?? ''].filter(Boolean) }) : null),
    [profile, job.description, job.company, snapshot],
  );
  const stored = profile ? storedChoices(job, profile.id) : undefined;
  const choices: TailoringChoices = stored ?? (ranking && job.description.trim() ? suggestChoices(ranking.bullets) : noChoices());

  const change = (next: TailoringChoices) => {
    if (!profile) return;
    dirty.current = true;
    setJob((j) => withChoices(j, profile.id, next));
  };

  const copy = (text: string, what: string) => {
    navigator.clipboard.writeText(text).then(
      () => setMessage(`Copied ${what}.`),
      (e: Error) => setMessage(`Could not copy: ${e.message}`),
    );
  };
  const sections = () => tailoredSections(positions, choices);
  // Bullets copied or put into the form go into this job's entry in the application log (on a form page only).
  const used = (texts: readonly string[]) => {
    if (snapshot && texts.length) void recordBulletsUsed(snapshot.url, texts).catch((e: Error) => setMessage(`Not recorded in the log: ${e.message}`));
  };
  const allChosen = () => sections().flatMap((s) => s.bullets.map((b) => b.text));

  const actions: TailorActions = {
    readPage,
    setDescription: (text) => {
      dirty.current = true;
      setJob((j) => withDescription(j, text));
      setSource({ status: 'pasted' });
    },
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
      if (section) copy(formatSection(section, 'text'), `${section.bullets.length} bullet(s) of ${section.label}`);
      if (section) used(section.bullets.map((b) => b.text));
    },
    copyResume: (format: ClipboardFormat) => {
      copy(formatResume(sections(), format), format === 'markdown' ? 'the tailored résumé as Markdown' : 'the tailored résumé');
      used(allChosen());
    },
    fillInto: (fieldId, format) => {
      setFieldValue(fieldId, formatResume(sections(), format));
      used(allChosen());
      setMessage('Put into the form’s review: check it there, then Fill.');
    },
    saveBack: () => {
      if (!profile) return;
      const updated = saveTailoringToProfile(profile, choices);
      const next = profiles.map((p) => (p.id === profile.id ? updated : p));
      saveProfiles(next, profiles).then(
        (stored) => {
          replaceProfiles(stored);
          setMessage(`Saved the order and wording to “${profile.label}”.`);
        },
        (e: Error) => setMessage(`Not saved: ${e.message}`),
      );
    },
  };

  const data: TailorData = {
    source,
    canReadPage: tabId !== undefined && !!snapshot,
    description: job.description,
    job: { title: job.title || snapshot?.job.title || '', company: job.company || snapshot?.job.company || '' },
    terms: ranking?.terms.slice(0, 15).map((t) => t.label) ?? [],
    missing: ranking?.missing.map((t) => t.label) ?? [],
    positions: ranking && job.description.trim() ? tailorPositions(positions, ranking, choices) : [],
    textTargets: (snapshot?.fields ?? [])
      .filter((f) => f.kind === 'textarea' && !f.forbidden)
      .map((f) => ({ fieldId: f.id, label: displayLabel(f) })),
    message,
    stale: profile ? staleChoiceIds(positions, choices).length : 0,
  };
  return { data, actions };
}
