/**
 * The parts of a job description and how much each says about the work. Responsibilities and requirements
 * carry the signal; nice-to-haves less; the company pitch, benefits, pay, equal-opportunity and application
 * text none. Sections are found by their headings (a short line, usually ending in ":", that reads like one of
 * the patterns below) and, where a paragraph has no heading of its own, by its wording.
 */
export type SectionKind = 'title' | 'overview' | 'responsibilities' | 'requirements' | 'preferred' | 'company' | 'benefits' | 'legal' | 'process';

export interface JobSection {
  kind: SectionKind;
  /** The heading line as written, or "" for text before the first heading. */
  heading: string;
  start: number;
  end: number;
}

export const SECTION_WEIGHT: Readonly<Record<SectionKind, number>> = {
  title: 1.5,
  responsibilities: 1,
  requirements: 1,
  preferred: 0.6,
  overview: 0.6,
  company: 0.1,
  benefits: 0,
  legal: 0,
  process: 0,
};

/**
 * The same for skills and technologies of the vocabulary. The role's introduction names its stack as plainly as
 * the requirements do ("you will build our platform in Elixir"), mixed with the product's own features: its
 * skills count nearly as asks. The company's pitch says nothing of the asks: "an open-source company", "our
 * cloud-native service" describe the product, not what the role needs, so they weigh like its other words.
 */
export const VOCABULARY_SECTION_WEIGHT: Readonly<Record<SectionKind, number>> = { ...SECTION_WEIGHT, overview: 0.8 };

/**
 * The same for the business a product is in (payments, logistics, blockchain). The introduction and the pitch
 * say it plainly ("modernizing the payments infrastructure for trucking and logistics"), and a recruiter weighs
 * it whichever section says it.
 */
export const DOMAIN_SECTION_WEIGHT: Readonly<Record<SectionKind, number>> = { ...SECTION_WEIGHT, overview: 1, company: 0.6 };

/** Sections whose terms are the job's asks: a skill the profile lacks is worth naming only from these. */
export const ASK_SECTIONS: ReadonlySet<SectionKind> = new Set(['title', 'responsibilities', 'requirements', 'preferred']);

// Checked in order: "Preferred qualifications" is preferred before it is a qualification; "About the role" is
// the role before it is "about" the company.
const HEADINGS: readonly [SectionKind, RegExp][] = [
  ['legal', /equal (employment )?opportunit|\beeo\b|accommodation|privacy|self-identification|disabilit|veteran|diversity|inclusi/],
  ['benefits', /benefit|perks|compensation|salary|^pay\b|pay (range|transparency)|we offer|our offer|what we (do for|give|provide)|\benjoy\b|why (join|work|you.ll love|us)|life at|what.s in it for you/],
  ['process', /process\b|how to apply|interview|next steps|\bapply\b|hiring journey/],
  ['preferred', /nice[ -]to[ -]have|bonus|^preferred|preferred (qualification|requirement|skill|experience)|stand out|great if|would be (a )?(great|plus)|\bplus\b|extra credit|desired|ideally/],
  ['requirements', /requirement|qualification|who you are|about you|what you(.ll| will)? (bring|need|must|should|have)|you (have|bring|are|should have|must have|need)|must[ -]haves?|skills|looking for|experience|your background|competenc/],
  ['responsibilities', /responsib|what you.ll|what you will|you will|you.ll be|day[ -]to[ -]day|in this role|the (impact|work)|your (role|mission|impact|day)|key outcomes|outcomes|duties|you.ll own|what you.ll (do|own)|the job|your work/],
  ['overview', /about (the|this) (role|job|position|opportunity)|^description$|overview|^the role|^role|summary|the opportunity|^about the team|^the team|^job brief|^purpose/],
  ['company', /^about\b|who we are|^our\b|\bmission\b|^why\b|^we.re|^we are|\bhistory\b|investors|\bvalues\b|culture/],
];

export function headingKind(line: string): SectionKind | undefined {
  const text = line.toLowerCase().replace(/[’`]/g, "'").replace(/[^\p{L}\p{N}' -]/gu, ' ').replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  return HEADINGS.find(([, re]) => re.test(text))?.[0];
}

// A heading is a short line, not a list item, not a sentence (no full stop at the end).
const MAX_HEADING_WORDS = 9;
function looksLikeHeading(line: string): boolean {
  const t = line.trim();
  if (!t || /^[-*•·–]\s/.test(t) || /https?:|www\./.test(t) || (/[.!?]$/.test(t) && !/:$/.test(t))) return false;
  return t.split(/\s+/).length <= MAX_HEADING_WORDS;
}

// A paragraph without a heading of its own that is plainly pay, benefits or legal text.
function paragraphKind(line: string): SectionKind | undefined {
  const t = line.toLowerCase();
  if (/equal (employment )?opportunity|without regard to|protected (veteran|characteristic)|e-verify|reasonable accommodation/.test(t)) return 'legal';
  if (/salary|base pay|pay range|compensation|[$€£]\s?\d|\d+k\b|health insurance|paid time off|\bpto\b|401\(?k|parental leave|stock options/.test(t)) return 'benefits';
  return undefined;
}

/** The description's sections in order. The first line is the title when it is short and no heading. */
export function jobSections(text: string): JobSection[] {
  const sections: JobSection[] = [];
  let under: SectionKind = 'overview';
  let offset = 0;
  let first = true;
  for (const raw of text.split('\n')) {
    const start = offset;
    offset += raw.length + 1;
    const line = raw.trim();
    if (!line) continue;
    const heading = looksLikeHeading(line) ? headingKind(line) : undefined;
    const isTitle = first && !heading && looksLikeHeading(line);
    first = false;
    if (heading) under = heading;
    // A pay or legal paragraph inside another section counts as pay or legal text, only that paragraph.
    const kind: SectionKind = isTitle ? 'title' : heading ?? paragraphKind(line) ?? under;
    const last = sections[sections.length - 1];
    if (last && !heading && last.kind === kind) last.end = Math.min(offset, text.length);
    else sections.push({ kind, heading: heading ? line : '', start, end: Math.min(offset, text.length) });
  }
  return sections;
}

/**
 * The kind of section of each position, asked in text order (as a text's terms come): one walk over the
 * sections for the whole text, not one per term. Text before the first section counts as the overview.
 */
export function sectionReader(sections: readonly JobSection[]): (index: number) => SectionKind {
  let at = -1;
  return (index) => {
    if (at >= 0 && sections[at]!.start > index) at = -1;
    while (at + 1 < sections.length && sections[at + 1]!.start <= index) at++;
    return at < 0 ? 'overview' : sections[at]!.kind;
  };
}
