import type { LogEntry } from '../../lib/log/log-entry';
import type { LogFilter } from '../../lib/log/log-filter';
import { ApplicationRow, type ApplicationRowActions } from './application-row';
import { ApplicationsFilters } from './applications-filters';

export const LOG_PAGE_SIZE = 100;

export type LogConfirm = { kind: 'clear'; count: number } | { kind: 'import'; drop: number; total: number } | null;

export interface ApplicationsData {
  /** Already filtered and sorted, newest first (lib/log/log-filter.ts). */
  rows: LogEntry[];
  total: number;
  filter: LogFilter;
  profiles: { id: string; label: string }[];
  /** The bound's warning, shown before anything is dropped. */
  bound: string | null;
  problems: string[];
  message: { kind: 'ok' | 'error'; text: string } | null;
  confirm: LogConfirm;
  now: number;
  /** How many of `rows` the table shows: a page at a time keeps 2,000 entries quick to render and filter. */
  shown: number;
}

export interface ApplicationsActions extends ApplicationRowActions {
  filter: (filter: LogFilter) => void;
  exportCsv: () => void;
  exportJson: () => void;
  importFile: (file: File) => void;
  askClear: () => void;
  confirm: () => void;
  cancel: () => void;
  showMore: () => void;
}

function Confirm({ confirm, actions }: { confirm: NonNullable<LogConfirm>; actions: ApplicationsActions }) {
  const text =
    confirm.kind === 'clear'
      ? `Delete all ${confirm.count} applications from the log? This cannot be undone; export first to keep a copy.`
      : `After this import the log would hold ${confirm.total} applications; the oldest ${confirm.drop} would be dropped to keep it at the limit. Export first to keep a copy.`;
  return (
    <div class="confirm" role="alertdialog" aria-labelledby="log-confirm-text">
      <p id="log-confirm-text">{text}</p>
      <button type="button" class="danger" onClick={actions.confirm}>
        {confirm.kind === 'clear' ? 'Delete all' : 'Import and drop the oldest'}
      </button>
      <button type="button" onClick={actions.cancel}>
        Cancel
      </button>
    </div>
  );
}

/** The options page's "Applications" view: the log as a table, with search, filters, export and import. */
export function ApplicationsView({ data, actions }: { data: ApplicationsData; actions: ApplicationsActions }) {
  return (
    <main class="applications">
      <h1>Applications</h1>
      <p class="muted">Every Fill is recorded here, in this browser only. Mark an application as applied from the popup after you send it.</p>
      {data.problems.map((p) => (
        <p class="error" role="alert" key={p}>
          {p}
        </p>
      ))}
      {data.bound && <p class="warn">{data.bound}</p>}
      <div class="log-toolbar">
        <button type="button" onClick={actions.exportCsv} disabled={!data.total}>
          Export CSV
        </button>
        <button type="button" onClick={actions.exportJson} disabled={!data.total}>
          Export JSON
        </button>
        <label class="button">
          Import JSON…
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) actions.importFile(file);
              e.currentTarget.value = '';
            }}
          />
        </label>
        <button type="button" class="danger" onClick={actions.askClear} disabled={!data.total}>
          Delete all
        </button>
      </div>
      {data.confirm && <Confirm confirm={data.confirm} actions={actions} />}
      {data.message && (
        <p class={data.message.kind === 'error' ? 'error message' : 'ok message'} role={data.message.kind === 'error' ? 'alert' : 'status'} data-testid="log-message">
          {data.message.text}
        </p>
      )}
      <ApplicationsFilters filter={data.filter} profiles={data.profiles} onFilter={actions.filter} />
      <p class="muted" data-testid="log-count">
        {data.rows.length === data.total ? `${data.total} applications` : `${data.rows.length} of ${data.total} applications match`}
        {data.rows.length > data.shown ? `, the newest ${data.shown} shown` : ''}
      </p>
      {data.rows.length > 0 ? (
        <table class="log-table">
          <thead>
            <tr>
              <th scope="col">Last filled</th>
              <th scope="col">Job</th>
              <th scope="col">Profile</th>
              <th scope="col">Fill</th>
              <th scope="col">Status</th>
              <th scope="col">Note</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.rows.slice(0, data.shown).map((entry) => (
              <ApplicationRow key={entry.url} entry={entry} now={data.now} actions={actions} />
            ))}
          </tbody>
        </table>
      ) : (
        <p class="empty">{data.total ? 'No application matches.' : 'No applications yet: open an application form and press Fill.'}</p>
      )}
      {data.rows.length > data.shown && (
        <button type="button" class="show-more" onClick={actions.showMore}>
          Show {Math.min(LOG_PAGE_SIZE, data.rows.length - data.shown)} more ({data.rows.length - data.shown} not shown)
        </button>
      )}
    </main>
  );
}
