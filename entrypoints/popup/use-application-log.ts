import { useEffect, useState } from 'preact/hooks';
import type { ApplicationNoticeData } from '../../components/log/application-notice';
import type { FillState } from '../../components/popup-view';
import { loadLog, markAppliedInLog } from '../../lib/extension/application-log-store';
import type { PageSnapshot } from '../../lib/page/analyze-page';
import { dayLabel } from '../../lib/log/day-label';
import { boundWarning } from '../../lib/log/log-bounds';
import type { LogEntry } from '../../lib/log/log-entry';
import { findRepeat } from '../../lib/log/repeat-notice';
import { normalizeJobUrl } from '../../lib/tailor/job-url';

/**
 * The popup's side of the application log: the repeat notice, read once when the popup opens on a form (before
 * Fill), and after a fill the job's entry, with "Mark as applied".
 */
export function useApplicationLog(snapshot: PageSnapshot | null | undefined, fill: FillState): { data: ApplicationNoticeData; markApplied: () => void } {
  const [repeat, setRepeat] = useState<string | null>(null);
  const [bound, setBound] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [entry, setEntry] = useState<LogEntry | null | undefined>(undefined);
  const [error, setError] = useState('');

  useEffect(() => {
    if (!snapshot) return;
    loadLog().then(
      ({ entries, problems: found }) => {
        setRepeat(findRepeat(entries, { url: snapshot.url, ...snapshot.job }, Date.now())?.text ?? null);
        setBound(boundWarning(entries.length));
        setProblems(found);
      },
      (e: Error) => setProblems([`The application log could not be read: ${e.message}`]),
    );
  }, [snapshot]);

  // Each finished fill wrote the entry (lib/extension/fill-tab.ts): read it back to offer "Mark as applied".
  useEffect(() => {
    if (fill.status !== 'done' || !snapshot) return;
    const url = normalizeJobUrl(snapshot.url);
    void loadLog().then(({ entries }) => setEntry(entries.find((e) => e.url === url) ?? null));
  }, [fill.status, snapshot]);

  const markApplied = () => {
    if (!snapshot) return;
    markAppliedInLog(snapshot.url).then(
      (next) => (next ? setEntry(next) : setError('This application is not in the log, so it cannot be marked as applied.')),
      (e: Error) => setError(`Not marked as applied: ${e.message}`),
    );
  };

  let after: ApplicationNoticeData['after'] = null;
  if (error) after = { state: 'error', message: error };
  else if (entry?.appliedAt != null) after = { state: 'applied', day: dayLabel(entry.appliedAt, Date.now()) };
  else if (entry) after = { state: 'recorded' };
  else if (entry === null) after = { state: 'error', message: 'This fill was not recorded in the application log.' };
  return { data: { repeat, bound, after, problems }, markApplied };
}
