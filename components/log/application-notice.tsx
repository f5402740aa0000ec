/** What the popup says about this application and the log, above the review: data in, one action out. */
export interface ApplicationNoticeData {
  /** "You applied to Acme (Senior Engineer) on 12 Nov with the Rust profile.", shown before Fill. */
  repeat: string | null;
  /** The log is nearly full: said before the oldest entry is dropped. */
  bound: string | null;
  /** After a fill: where the application stands in the log. */
  after: { state: 'recorded' } | { state: 'applied'; day: string } | { state: 'error'; message: string } | null;
  problems: string[];
}

export function ApplicationNotice({ data, onMarkApplied }: { data: ApplicationNoticeData; onMarkApplied: () => void }) {
  const { repeat, bound, after } = data;
  if (!repeat && !bound && !after && !data.problems.length) return null;
  return (
    <div class="application-notice" data-testid="application-notice">
      {repeat && (
        <p class="repeat" role="note" data-testid="repeat-notice">
          {repeat}
        </p>
      )}
      {bound && <p class="warn">{bound}</p>}
      {data.problems.map((p) => (
        <p class="error" role="alert" key={p}>
          {p}
        </p>
      ))}
      {after?.state === 'recorded' && (
        <p class="applied-row">
          <span class="muted">Recorded in your applications.</span>
          <button type="button" class="mark-applied" onClick={onMarkApplied}>
            Mark as applied
          </button>
        </p>
      )}
      {after?.state === 'applied' && (
        <p role="status" class="applied-row" data-testid="applied-status">
          Marked as applied on {after.day}.
        </p>
      )}
      {after?.state === 'error' && (
        <p role="alert" class="error">
          {after.message}
        </p>
      )}
    </div>
  );
}
