import { z } from './zod';
import { describeIssues, parseProfile, type ParseResult } from './parse-profile';
import { WHOLE_PROFILE_VERSION, type Profile } from './profile-schema';

// JSON Resume v1.0.0 (https://jsonresume.org/schema): the parts Applyfill reads. Unknown keys are allowed, as the
// standard allows them; wrong types are errors that name their path.
const str = z.string().optional();
const jsonResumeSchema = z.object({
  basics: z
    .object({
      name: str,
      label: str,
      email: str,
      phone: str,
      url: str,
      summary: str,
      location: z.object({ city: str, region: str, postalCode: str, countryCode: str, address: str }).partial().optional(),
      profiles: z.array(z.object({ network: str, username: str, url: str })).optional(),
    })
    .optional(),
  work: z
    .array(z.object({ name: str, position: str, location: str, startDate: str, endDate: str, summary: str, highlights: z.array(z.string()).optional() }))
    .optional(),
  volunteer: z
    .array(z.object({ organization: str, position: str, startDate: str, endDate: str, summary: str, highlights: z.array(z.string()).optional() }))
    .optional(),
  education: z
    .array(z.object({ institution: str, area: str, studyType: str, startDate: str, endDate: str, score: str, courses: z.array(z.string()).optional() }))
    .optional(),
  skills: z.array(z.object({ name: str, keywords: z.array(z.string()).optional() })).optional(),
  languages: z.array(z.object({ language: str, fluency: str })).optional(),
  projects: z
    .array(z.object({ name: str, description: str, startDate: str, url: str, highlights: z.array(z.string()).optional() }))
    .optional(),
  meta: z.object({ applyfill: z.unknown().optional() }).loose().optional(),
});

export type JsonResume = z.infer<typeof jsonResumeSchema>;

const FLUENCY: Record<Profile['languages'][number]['level'], string> = {
  native: 'Native speaker',
  fluent: 'Fluent',
  professional: 'Professional working proficiency',
  intermediate: 'Intermediate',
  basic: 'Elementary proficiency',
};

function levelOf(fluency: string): Profile['languages'][number]['level'] {
  const f = fluency.toLowerCase();
  if (/native|mother/.test(f)) return 'native';
  if (/fluent|full professional|bilingual/.test(f)) return 'fluent';
  if (/professional|business/.test(f)) return 'professional';
  if (/intermediate|limited/.test(f)) return 'intermediate';
  return 'basic';
}

// JSON Resume dates are ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD); keep only what our schema accepts.
const date = (value: string | undefined) => (value && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value) ? value : undefined);
const opt = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));

/**
 * Export as JSON Resume. Everything the standard has no place for (self-identification, standard answers, the
 * answer bank, per-position technologies) rides along in `meta.applyfill`, so export → import is lossless.
 */
export function toJsonResume(profile: Profile): JsonResume {
  const { identity, links } = profile;
  const networks: [string, string][] = [
    ['LinkedIn', links.linkedin],
    ['GitHub', links.github],
    ['Twitter', links.twitter],
  ];
  return {
    basics: {
      name: [identity.firstName, identity.lastName].filter(Boolean).join(' '),
      label: profile.headline,
      email: identity.email,
      phone: identity.phone,
      url: links.website,
      summary: profile.summary,
      location: { city: identity.location.city, region: identity.location.region, postalCode: identity.location.postalCode, countryCode: identity.location.country },
      profiles: networks.filter(([, url]) => url).map(([network, url]) => ({ network, url })),
    },
    work: profile.work.map((w) => ({
      name: w.company,
      position: w.title,
      location: w.location,
      ...opt('startDate', w.start),
      ...opt('endDate', w.end),
      summary: w.summary,
      highlights: w.bullets,
    })),
    volunteer: profile.volunteering.map((v) => ({
      organization: v.organization,
      position: v.role,
      ...opt('startDate', v.start),
      ...opt('endDate', v.end),
      summary: v.summary,
    })),
    education: profile.education.map((e) => ({
      institution: e.institution,
      area: e.field,
      studyType: e.degree,
      ...opt('startDate', e.start),
      ...opt('endDate', e.end),
      score: e.grade,
      courses: e.bullets,
    })),
    skills: profile.skills.map((s) => ({ name: s.group, keywords: s.items })),
    languages: profile.languages.map((l) => ({ language: l.language, fluency: FLUENCY[l.level] })),
    projects: profile.projects.map((p) => ({ name: p.name, description: p.description, ...opt('startDate', p.date), url: p.url, highlights: p.bullets })),
    meta: { applyfill: { ...profile } },
  };
}

function splitName(name: string): { firstName: string; lastName: string } {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return { firstName: parts.slice(0, -1).join(' ') || (parts[0] ?? ''), lastName: parts.length > 1 ? parts[parts.length - 1]! : '' };
}

function fromStandard(resume: JsonResume, id: string): unknown {
  const b = resume.basics ?? {};
  const profileUrl = (re: RegExp) => b.profiles?.find((p) => re.test(p.network ?? '') || re.test(p.url ?? ''))?.url ?? '';
  return {
    schemaVersion: WHOLE_PROFILE_VERSION,
    id,
    label: b.label || b.name || 'Imported résumé',
    identity: {
      ...splitName(b.name ?? ''),
      email: b.email ?? '',
      phone: b.phone ?? '',
      location: { city: b.location?.city ?? '', region: b.location?.region ?? '', postalCode: b.location?.postalCode ?? '', country: b.location?.countryCode ?? '' },
    },
    links: { linkedin: profileUrl(/linkedin/i), github: profileUrl(/github/i), twitter: profileUrl(/twitter|x\.com/i), website: b.url ?? '' },
    headline: b.label ?? '',
    summary: b.summary ?? '',
    work: (resume.work ?? []).map((w) => ({
      company: w.name ?? '',
      title: w.position ?? '',
      location: w.location ?? '',
      ...opt('start', date(w.startDate)),
      ...opt('end', date(w.endDate)),
      current: !w.endDate,
      summary: w.summary ?? '',
      bullets: w.highlights ?? [],
    })),
    volunteering: (resume.volunteer ?? []).map((v) => ({
      organization: v.organization ?? '',
      role: v.position ?? '',
      ...opt('start', date(v.startDate)),
      ...opt('end', date(v.endDate)),
      summary: [v.summary, ...(v.highlights ?? [])].filter(Boolean).join('\n'),
    })),
    education: (resume.education ?? []).map((e) => ({
      institution: e.institution ?? '',
      degree: e.studyType ?? '',
      field: e.area ?? '',
      ...opt('start', date(e.startDate)),
      ...opt('end', date(e.endDate)),
      grade: e.score ?? '',
      bullets: e.courses ?? [],
    })),
    skills: (resume.skills ?? []).map((s) => ({ group: s.name ?? '', items: s.keywords ?? [] })),
    languages: (resume.languages ?? []).map((l) => ({ language: l.language ?? '', level: levelOf(l.fluency ?? '') })),
    projects: (resume.projects ?? []).map((p) => ({
      name: p.name ?? '',
      description: p.description ?? '',
      ...opt('date', date(p.startDate)),
      url: p.url ?? '',
      bullets: p.highlights ?? [],
    })),
  };
}

// A problem found in the mapped profile is named where the person wrote it, in the JSON Resume file.
const FILE_PATHS: [RegExp, string][] = [
  [/^identity\.(email|phone)\b/, 'basics.$1'],
  [/^identity\.(firstName|lastName)\b/, 'basics.name'],
  [/^identity\.location\.country\b/, 'basics.location.countryCode'],
  [/^identity\.location\./, 'basics.location.'],
  [/^links\.website\b/, 'basics.url'],
  [/^links\.\w+/, 'basics.profiles'],
  [/^headline\b/, 'basics.label'],
  [/^summary\b/, 'basics.summary'],
  [/^work\.(\d+)\.company\b/, 'work.$1.name'],
  [/^work\.(\d+)\.title\b/, 'work.$1.position'],
  [/^work\.(\d+)\.bullets\b/, 'work.$1.highlights'],
];
const inFileTerms = (error: string) =>
  error
    .split('; ')
    .map((part) => FILE_PATHS.reduce((text, [from, to]) => text.replace(from, to), part))
    .join('; ');

/** Import a JSON Resume document. One exported by Applyfill comes back exactly; any other maps field by field. */
export function fromJsonResume(raw: unknown, id = 'imported'): ParseResult<Profile> {
  const parsed = jsonResumeSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error.issues) };
  const own = parsed.data.meta?.applyfill;
  if (own !== undefined) return parseProfile(own, 'meta.applyfill');
  const result = parseProfile(fromStandard(parsed.data, id));
  return result.ok ? result : { ok: false, error: inFileTerms(result.error) };
}
