import { dayLabel } from '../../lib/log/day-label';
import { APPLICATION_STATUSES, STATUS_LABELS, type ApplicationStatus, type LogEntry } from '../../lib/log/log-entry';

export interface ApplicationRowActions {
  setStatus: (url: string, status: ApplicationStatus) => void;
  setNote: (url: string, note: string) => void;
  remove: (url: string) => void;
}

/** One application in the table: when, where, with what, and the user's status and note. */
export function ApplicationRow({ entry, now, actions }: { entry: LogEntry; now: number; actions: ApplicationRowActions }) {
  const name = `${entry.company || 'Unknown company'}${entry.title ? `, ${entry.title}` : ''}`;
  return (
    <tr data-url={entry.url}>
      <td>
        <time dateTime={new Date(entry.lastFilledAt).toISOString()}>{dayLabel(entry.lastFilledAt, now)}</time>
        {entry.fills > 1 && <span class="muted"> · {entry.fills} fills</span>}
      </td>
      <td>
        <a href={entry.url} target="_blank" rel="noopener noreferrer" class="job-link">
          <span class="company">{entry.company || 'Unknown company'}</span>
          {entry.title && <span class="title">{entry.title}</span>}
        </a>
        <span class="muted ats">{entry.ats}</span>
      </td>
      <td>{entry.profileLabel || entry.profileId}</td>
      <td>
        <span class="muted">
          {entry.filled} filled, {entry.leftToYou} left to you
        </span>
        {entry.bullets.length > 0 && (
          <details>
            <summary>{entry.bullets.length === 1 ? '1 bullet used' : `${entry.bullets.length} bullets used`}</summary>
            <ul>
              {entry.bullets.map((b) => (
                <li key={b}>{b}</li>
              ))}
            </ul>
          </details>
        )}
      </td>
      <td>
        <select aria-label={`Status of ${name}`} value={entry.status} onChange={(e) => actions.setStatus(entry.url, e.currentTarget.value as ApplicationStatus)}>
          {APPLICATION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        {entry.appliedAt !== null && <span class="muted applied-on">applied {dayLabel(entry.appliedAt, now)}</span>}
      </td>
      <td>
        <textarea aria-label={`Note on ${name}`} rows={2} maxLength={5000} value={entry.note} onChange={(e) => actions.setNote(entry.url, e.currentTarget.value)} />
      </td>
      <td>
        <button type="button" class="delete" aria-label={`Delete ${name}`} onClick={() => actions.remove(entry.url)}>
          Delete
        </button>
      </td>
    </tr>
  );
}
