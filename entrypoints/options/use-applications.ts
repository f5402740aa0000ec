import { useEffect, useMemo, useState } from 'preact/hooks';
import { LOG_PAGE_SIZE, type ApplicationsActions, type ApplicationsData, type LogConfirm } from '../../components/log/applications-view';
import { importLogFile, type ImportOutcome } from '../../lib/extension/application-log-import';
import { clearLog, deleteEntries, loadLog, updateEntry } from '../../lib/extension/application-log-store';
import { boundWarning } from '../../lib/log/log-bounds';
import type { LogEntry } from '../../lib/log/log-entry';
import { exportFileName, logToCsv, logToJson } from '../../lib/log/log-export';
import { filterEntries, NO_FILTER, profileChoices, type LogFilter } from '../../lib/log/log-filter';
import { download } from './download';

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

function importSummary(outcome: Extract<ImportOutcome, { kind: 'imported' }>): string {
  const parts = [`${plural(outcome.added, 'new application')}`, `${outcome.updated} updated`, `${outcome.unchanged} already in the log`];
  return `Imported: ${parts.join(', ')}${outcome.dropped ? `; the oldest ${outcome.dropped} were dropped` : ''}.`;
}

/** The Applications view's state: the stored log (re-read after every change), the filter, and confirmations. */
export function useApplications(): { data: ApplicationsData; actions: ApplicationsActions } {
  const [entries, setEntries] = useState<LogEntry[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [filter, setFilter] = useState<LogFilter>(NO_FILTER);
  const [message, setMessage] = useState<ApplicationsData['message']>(null);
  const [confirm, setConfirm] = useState<LogConfirm>(null);
  const [pendingImport, setPendingImport] = useState('');
  const [shown, setShown] = useState(LOG_PAGE_SIZE);

  const reload = () =>
    loadLog().then(
      (loaded) => {
        setEntries(loaded.entries);
        setProblems(loaded.problems);
      },
      (e: Error) => setProblems([`The application log could not be read: ${e.message}`]),
    );
  useEffect(() => void reload(), []);

  // Every change is written first and shown once stored; a refusal is said and the table stays as stored.
  const change = (work: Promise<unknown>, ok: string | null) =>
    work.then(
      () => {
        if (ok) setMessage({ kind: 'ok', text: ok });
        return reload();
      },
      (e: Error) => setMessage({ kind: 'error', text: `Not saved: ${e.message}` }),
    );

  const runImport = (text: string, allowDrop: boolean) =>
    importLogFile(text, allowDrop).then((outcome) => {
      if (outcome.kind === 'error') return setMessage({ kind: 'error', text: outcome.message });
      if (outcome.kind === 'would-drop') {
        setPendingImport(text);
        return setConfirm({ kind: 'import', drop: outcome.drop, total: outcome.total });
      }
      setMessage({ kind: 'ok', text: importSummary(outcome) });
      return reload();
    });

  const now = Date.now();
  const rows = useMemo(() => filterEntries(entries, filter), [entries, filter]);
  const actions: ApplicationsActions = {
    filter: (next) => {
      setFilter(next);
      setShown(LOG_PAGE_SIZE);
    },
    showMore: () => setShown((n) => n + LOG_PAGE_SIZE),
    setStatus: (url, status) => void change(updateEntry(url, (e) => ({ ...e, status, appliedAt: status === 'filled' ? null : (e.appliedAt ?? Date.now()), updatedAt: Date.now() })), null),
    setNote: (url, note) => void change(updateEntry(url, (e) => ({ ...e, note: note.slice(0, 5_000), updatedAt: Date.now() })), 'Note saved.'),
    remove: (url) => void change(deleteEntries([url]), 'Deleted one application.'),
    exportCsv: () => {
      download(exportFileName('csv', Date.now()), logToCsv(entries), 'text/csv;charset=utf-8');
      setMessage({ kind: 'ok', text: `Exported ${plural(entries.length, 'application')} as CSV.` });
    },
    exportJson: () => {
      download(exportFileName('json', Date.now()), logToJson(entries, Date.now()));
      setMessage({ kind: 'ok', text: `Exported ${plural(entries.length, 'application')} as JSON.` });
    },
    importFile: (file) => void file.text().then((text) => runImport(text, false)),
    askClear: () => setConfirm({ kind: 'clear', count: entries.length }),
    confirm: () => {
      setConfirm(null);
      if (confirm?.kind === 'clear') void change(clearLog(), 'Deleted every application from the log.');
      else if (confirm?.kind === 'import') void runImport(pendingImport, true);
    },
    cancel: () => {
      setConfirm(null);
      setPendingImport('');
      setMessage({ kind: 'ok', text: 'Nothing was changed.' });
    },
  };
  const data: ApplicationsData = { rows, total: entries.length, filter, profiles: profileChoices(entries), bound: boundWarning(entries.length), problems, message, confirm, now, shown };
  return { data, actions };
}
