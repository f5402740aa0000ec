import type { JobInfo } from '../ats/ats-adapter';

/**
 * The company and job a page is about, as a person would name them ("Anduril Industries", not the board's slug
 * "andurilindustries"). Boards put both into the document title in a few shapes:
 *   "Job Application for <job> at <company>", "<job> @ <company>", "<company> - <job>",
 *   "<job> - <company> - Application", "<job> | Careers at <company>", "<job> | <company> Careers".
 * The job title the adapter read off the page tells the two apart; without it, only a segment marked as the
 * company ("Careers at …", "… Careers") or the one segment left beside boilerplate is taken. Then a logo's alt text
 * ("Acme Logo"), then `og:site_name`, then what the adapter found (the URL slug as the last resort).
 */

// Spaces squashed, and separators left at either end by a cut trimmed away ("- Airrack" → "Airrack").
const squash = (s: string) => s.replace(/\s+/g, ' ').replace(/^[\s\-–—|·•:]+|[\s\-–—|·•:]+$/g, '');

// Words boards put around the names in titles; a segment made only of them names nothing.
const BOILERPLATE = /^(job application|application|apply|job description|job details|jobs?|careers?|open positions?|hiring|\d+)$/i;
// The ATSs' own names stand in for a missing logo ("Lever logo") and are never the employer.
const ATS_NAMES = /^(lever|greenhouse|ashby|workable)$/i;
const SEPARATOR = /\s+[-–—|·•:]\s+|\s*\|\s*/;

/** A segment that says it is the company: "Careers at Acme", "Jobs at Acme", "Acme Careers", "Acme Jobs". */
function markedCompany(segment: string): string | undefined {
  return /^(?:careers|jobs|work)\s+(?:at|with)\s+(.+)$/i.exec(segment)?.[1] ?? /^(.+?)\s+(?:careers|jobs)$/i.exec(segment)?.[1];
}

const usable = (name: string | undefined): string | undefined => {
  const clean = name && squash(name);
  return clean && !BOILERPLATE.test(clean) && !ATS_NAMES.test(clean) ? clean : undefined;
};

/** Company and job from the document title; each undefined when the title does not say. */
export function namesFromTitle(docTitle: string, jobTitle: string): Partial<JobInfo> {
  const title = squash(docTitle);
  const job = squash(jobTitle);
  const application = /^(?:job )?application for (.+) at (.+)$/i.exec(title);
  if (application) return { title: application[1]!.trim(), company: usable(application[2]) };
  const at = /^(.+) @ (.+)$/.exec(title);
  if (at) return { title: at[1]!.trim(), company: usable(at[2]) };
  // Take the job title out first: it may itself hold separators ("Product Manager - Payments").
  const known = job !== '' && title.toLowerCase().includes(job.toLowerCase());
  const rest = known ? title.slice(0, title.toLowerCase().indexOf(job.toLowerCase())) + ' | ' + title.slice(title.toLowerCase().indexOf(job.toLowerCase()) + job.length) : title;
  const segments = rest.split(SEPARATOR).map(squash).filter(Boolean);
  const marked = segments.map(markedCompany).find((s) => usable(s));
  if (marked) {
    const title = segments.filter((s) => !markedCompany(s) && usable(s)).join(' - ');
    return { company: usable(marked), ...(known || !title ? {} : { title }) };
  }
  const left = segments.filter((s) => usable(s));
  if (known) return { company: left[0] };
  // Without the job title, two names cannot be told apart; one name beside boilerplate is the company's.
  return left.length === 1 && segments.length > 1 ? { company: left[0] } : {};
}

/** "Acme Logo" → "Acme", from the first image whose alt text ends in "logo" and names someone other than the board. */
function logoName(doc: Document): string | undefined {
  for (const img of Array.from(doc.querySelectorAll('img[alt]')).slice(0, 20)) {
    const name = /^(.+?)\s+logo$/i.exec(squash(img.getAttribute('alt') ?? ''))?.[1];
    if (usable(name)) return usable(name);
  }
  return undefined;
}

function siteName(doc: Document): string | undefined {
  const name = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? '';
  // "SumUp - A Better Way to Get Paid": the name comes before the tagline.
  return usable(name.split(SEPARATOR)[0]);
}

/** The adapter's reading improved from the document: a person's names for the company and, if missing, the job. */
export function postingNames(doc: Document, found: JobInfo): JobInfo {
  const fromTitle = namesFromTitle(doc.title ?? '', found.title);
  const company = fromTitle.company ?? logoName(doc) ?? siteName(doc) ?? found.company;
  return { company, title: found.title || fromTitle.title || '' };
}
