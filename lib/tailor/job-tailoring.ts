import { z } from '../profile/zod';
import { noChoices, tailoringChoicesSchema, type TailoringChoices } from './bullet-choices';
import { normalizeJobUrl } from './job-url';

/** Everything tailored for one job: the description it was ranked against and each profile's choices. */
export const jobTailoringSchema = z.object({
  /** Normalized (job-url.ts): the key this entry is stored under. */
  url: z.string().min(1).max(2_000),
  title: z.string().max(500).default(''),
  company: z.string().max(500).default(''),
  /** Extracted from the page or pasted; kept so the ranking can be shown again without the page. */
  description: z.string().max(100_000).default(''),
  /** Per profile id: a choice made for one profile's bullets means nothing for another's. */
  byProfile: z.record(z.string().min(1).max(100), tailoringChoicesSchema).default({}),
  savedAt: z.number().int().nonnegative(),
});

export type JobTailoring = z.infer<typeof jobTailoringSchema>;

export function newJobTailoring(url: string, now = Date.now()): JobTailoring {
  return { url: normalizeJobUrl(url), title: '', company: '', description: '', byProfile: {}, savedAt: now };
}

/** Own keys only: a profile id may be `constructor`, which every plain object answers to. */
export const storedChoices = (job: JobTailoring, profileId: string): TailoringChoices | undefined =>
  Object.hasOwn(job.byProfile, profileId) ? job.byProfile[profileId] : undefined;

export const choicesFor = (job: JobTailoring, profileId: string): TailoringChoices => storedChoices(job, profileId) ?? noChoices();

export function withChoices(job: JobTailoring, profileId: string, choices: TailoringChoices, now = Date.now()): JobTailoring {
  // Rebuilt from entries: an assignment to a key like `__proto__` would set the prototype, not store the choices.
  const others = Object.entries(job.byProfile).filter(([id]) => id !== profileId);
  const byProfile = Object.fromEntries(Object.keys(choices.positions).length ? [...others, [profileId, choices]] : others);
  return { ...job, byProfile, savedAt: now };
}

export function withDescription(job: JobTailoring, description: string, meta: { title?: string; company?: string } = {}, now = Date.now()): JobTailoring {
  return { ...job, description, title: meta.title ?? job.title, company: meta.company ?? job.company, savedAt: now };
}
