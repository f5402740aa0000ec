import { storage } from 'wxt/utils/storage';
import { describeIssues } from '../profile/parse-profile';
import { newestEntries } from './newest-entries';
import { backUpThenRewrite } from './unreadable-backup';
import { normalizeJobUrl } from '../tailor/job-url';
import { jobTailoringSchema, type JobTailoring } from '../tailor/job-tailoring';

// The 200 most recently saved jobs are kept, older ones are dropped on the next save: months of applications,
// each entry a few kilobytes (the job description is most of it), far below extension local storage's 10 MB.
export const MAX_STORED_JOBS = 200;

// Stored as `unknown` on purpose: what comes back from storage is checked by the schema, never trusted.
const tailoringsItem = storage.defineItem<unknown>('local:tailorings', { version: 1 });
// `unknown` too: the backup key can be damaged like any other.
const unreadableItem = storage.defineItem<unknown>('local:tailorings.unreadable', { fallback: [] });

export interface LoadedTailorings {
  /** By normalized job URL. */
  jobs: Record<string, JobTailoring>;
  /** Entries that failed to parse: kept in a backup key, reported here, never dropped silently. */
  problems: string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export async function loadTailorings(): Promise<LoadedTailorings> {
  const raw = await tailoringsItem.getValue();
  if (raw == null) return { jobs: {}, problems: [] };
  const jobs: Record<string, JobTailoring> = {};
  const problems: string[] = [];
  const unreadable: unknown[] = [];
  if (!isRecord(raw)) {
    unreadable.push(raw);
    problems.push('stored tailoring is not a map of jobs; it was kept in a backup and tailoring starts afresh');
  } else {
    for (const [url, entry] of Object.entries(raw)) {
      const parsed = jobTailoringSchema.safeParse(entry);
      if (parsed.success) jobs[url] = parsed.data;
      else {
        unreadable.push({ url, entry });
        problems.push(`tailoring for ${url} could not be read (${describeIssues(parsed.error.issues)}); it was kept in a backup`);
      }
    }
  }
  if (unreadable.length) problems.push(...(await backUpThenRewrite(unreadableItem, unreadable, () => tailoringsItem.setValue(jobs), 'tailorings')));
  return { jobs, problems };
}

/** This job's tailoring, looked up by any URL of the job (posting, form, tracking link). */
export async function loadJobTailoring(url: string): Promise<{ job: JobTailoring | null; problems: string[] }> {
  const { jobs, problems } = await loadTailorings();
  return { job: jobs[normalizeJobUrl(url)] ?? null, problems };
}

/** Validate, store under the job's normalized URL, and keep the most recent `MAX_STORED_JOBS`. */
export async function saveJobTailoring(job: JobTailoring): Promise<void> {
  const url = normalizeJobUrl(job.url);
  const parsed = jobTailoringSchema.safeParse({ ...job, url });
  if (!parsed.success) throw new Error(describeIssues(parsed.error.issues));
  const { jobs } = await loadTailorings();
  jobs[url] = parsed.data;
  await tailoringsItem.setValue(newestEntries(jobs, MAX_STORED_JOBS));
}

export async function deleteJobTailoring(url: string): Promise<void> {
  const { jobs } = await loadTailorings();
  delete jobs[normalizeJobUrl(url)];
  await tailoringsItem.setValue(jobs);
}

/**
 * Choices stored under ids the safe-id migration renamed (profile-id.ts) follow their profile. Read raw, before the
 * schema: a parsed record would lose a `__proto__` key (an assignment sets the prototype), and with it the choices.
 */
export async function renameTailoringProfiles(renamed: ReadonlyMap<string, string>): Promise<void> {
  if (!renamed.size) return;
  const raw = await tailoringsItem.getValue();
  if (!isRecord(raw)) return;
  let changed = false;
  const jobs = Object.entries(raw).map(([url, entry]): [string, unknown] => {
    const byProfile = isRecord(entry) ? entry.byProfile : undefined;
    if (!isRecord(byProfile) || !Object.keys(byProfile).some((id) => renamed.has(id))) return [url, entry];
    changed = true;
    // An id already of the new name keeps its own choices (Map and fromEntries: own keys, never the prototype).
    const moved = new Map<string, unknown>();
    for (const [id, choices] of Object.entries(byProfile)) {
      const to = renamed.get(id) ?? id;
      if (to === id || !moved.has(to)) moved.set(to, choices);
    }
    return [url, { ...(entry as Record<string, unknown>), byProfile: Object.fromEntries(moved) }];
  });
  if (changed) await tailoringsItem.setValue(Object.fromEntries(jobs));
}
