import type { ParseResult } from '../profile/parse-profile';
import { normalizeJobUrl } from '../tailor/job-url';
import type { LogEntry } from './log-entry';
import { LOG_FILE_FORMAT } from './log-export';
import { parseLogEntry } from './log-migrations';

/**
 * An exported log file (or a bare list of entries) → entries, all or nothing: one unreadable entry refuses the
 * whole file, naming it, so an import never half-happens. The URL is canonicalized again, so a hand-edited file
 * with tracking parameters meets the stored entry of the same job.
 */
export function parseLogImport(text: string): ParseResult<LogEntry[]> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `the file is not JSON (${(error as Error).message})` };
  }
  const isFile = typeof raw === 'object' && raw !== null && !Array.isArray(raw);
  if (isFile && (raw as { format?: unknown }).format !== LOG_FILE_FORMAT) {
    return { ok: false, error: `the file is not an Applyfill application log (expected "format": "${LOG_FILE_FORMAT}")` };
  }
  const list = isFile ? (raw as { entries?: unknown }).entries : raw;
  if (!Array.isArray(list)) return { ok: false, error: 'entries: expected a list of applications' };
  const entries: LogEntry[] = [];
  const errors: string[] = [];
  list.forEach((item, i) => {
    const parsed = parseLogEntry(item, `entries.${i}`);
    if (parsed.ok) entries.push({ ...parsed.value, url: normalizeJobUrl(parsed.value.url) });
    else errors.push(parsed.error);
  });
  if (errors.length) {
    const more = errors.length > 3 ? ` and ${errors.length - 3} more` : '';
    return { ok: false, error: `${errors.length} of ${list.length} entries cannot be read: ${errors.slice(0, 3).join('; ')}${more}` };
  }
  return { ok: true, value: entries };
}
