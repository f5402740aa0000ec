import { describeIssues, type ParseResult } from '../profile/parse-profile';
import { runMigrations, type Raw } from '../versioned/run-migrations';
import { LOG_SCHEMA_VERSION, logEntrySchema, type LogEntry } from './log-entry';

/**
 * Pure steps from one entry version to the next, keyed by the version they start from, like the profiles'. An
 * entry without `schemaVersion` (written by hand, or by a tool that exports the same columns) counts as version 0:
 * it may give `date` (ISO text) instead of the fill times and has no update time.
 */
export const LOG_MIGRATIONS: Readonly<Record<number, (raw: Raw) => Raw>> = {
  0: ({ date, ...raw }) => {
    const at = typeof date === 'string' ? Date.parse(date) : NaN;
    const first = raw.firstFilledAt ?? (Number.isFinite(at) ? at : undefined);
    const last = raw.lastFilledAt ?? first;
    return { fills: 1, filled: 0, leftToYou: 0, ...raw, firstFilledAt: first, lastFilledAt: last, updatedAt: raw.updatedAt ?? last, schemaVersion: 1 };
  },
};

/** Migrate, then validate: the one way anything stored or imported becomes a `LogEntry`. */
export function parseLogEntry(raw: unknown, where = ''): ParseResult<LogEntry> {
  const migrated = runMigrations(raw, LOG_SCHEMA_VERSION, LOG_MIGRATIONS, 'an application entry');
  if (!migrated.ok) return { ok: false, error: where ? `${where}.${migrated.error}` : migrated.error };
  const parsed = logEntrySchema.safeParse(migrated.value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: describeIssues(parsed.error.issues, where) };
}
