import { toCsv } from './csv';
import { LOG_SCHEMA_VERSION, STATUS_LABELS, type LogEntry } from './log-entry';
import { newestFirst } from './log-bounds';

/** What an export file says it is, so an import can tell an Applyfill log from any other JSON. */
export const LOG_FILE_FORMAT = 'applyfill-application-log';

const iso = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString());

export const CSV_HEADER = [
  'Last filled',
  'Company',
  'Job title',
  'Status',
  'Applied on',
  'Profile',
  'ATS',
  'Fields filled',
  'Left to you',
  'Fills',
  'Bullets used',
  'Note',
  'Job URL',
  'First filled',
] as const;

/** The log as CSV, newest first; a cell's bullets are one per line. Dates are ISO 8601 in UTC. */
export function logToCsv(entries: readonly LogEntry[]): string {
  const rows = newestFirst(entries).map((e) => [
    iso(e.lastFilledAt),
    e.company,
    e.title,
    STATUS_LABELS[e.status],
    iso(e.appliedAt),
    e.profileLabel,
    e.ats,
    e.filled,
    e.leftToYou,
    e.fills,
    e.bullets.join('\n'),
    e.note,
    e.url,
    iso(e.firstFilledAt),
  ]);
  return toCsv(CSV_HEADER, rows);
}

/** The log as JSON, every field kept: the file an import reads back. */
export function logToJson(entries: readonly LogEntry[], now: number): string {
  const file = { format: LOG_FILE_FORMAT, schemaVersion: LOG_SCHEMA_VERSION, exportedAt: iso(now), entries: newestFirst(entries) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function exportFileName(kind: 'csv' | 'json', now: number): string {
  return `applyfill-applications-${iso(now).slice(0, 10)}.${kind}`;
}
