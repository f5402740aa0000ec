import { ASK_SECTIONS, DOMAIN_SECTION_WEIGHT, jobSections, sectionReader, SECTION_WEIGHT, VOCABULARY_SECTION_WEIGHT } from './job-sections';
import { ancestors } from './concept-graph';
import { isDomainKey, isTechnologyKey, techLabel, textTerms, type TermOccurrence } from './text-terms';

/** A term of the job description and how much it counts, read from the description alone. */
export interface JobTerm {
  key: string;
  /** As the job description spells it. */
  label: string;
  count: number;
  weight: number;
  /** A vocabulary entry (technology, skill or domain) rather than a plain word. */
  technology: boolean;
  /** Said in the title, responsibilities, requirements or nice-to-haves: something the job asks for. */
  asked: boolean;
}

export interface JobReading {
  /** Every term, heaviest first; equal weights keep the order of first mention. */
  terms: JobTerm[];
  /** Senior, staff, principal or lead: ownership and leadership count for more. */
  seniority: number;
}

// A named technology in the asks is usually a requirement; a skill phrase nearly as often; a plain word rarely
// is one, and many plain words ("build", "systems") are in every ad and every CV. The business the role is in
// (payments, logistics, blockchain) weighs most: a recruiter matches the domain first, then the stack, as the
// domain takes years to learn and a language months.
const KIND_WEIGHT = { domain: 1.65, technology: 1.5, skill: 1.3, word: 0.35 };
// How often a term is said, saturated (BM25's k3): nine mentions weigh more than one, not nine times more.
const K3 = 1.5;
const saturate = (x: number): number => ((K3 + 1) * x) / (K3 + x);

// Seniority from the title or the first lines: what the role weighs beyond skills. A staff or lead role asks for
// leadership whether or not the ad spells it out.
const SENIORITY: readonly [RegExp, number][] = [
  [/\b(principal|staff|lead|head of|architect|director|manager)\b/i, 1],
  [/\bsenior\b|\bsr\.?\s/i, 0.5],
];
const LEADERSHIP = 'skill:leadership';
// Staff, principal and distinguished are the senior individual-contributor levels (a lead or manager title is not one).
const SENIOR_IC = /\b(principal|staff|distinguished)\b/i;
const SENIOR_IC_KEY = 'skill:staff-level engineering';

function spelling(occurrences: readonly TermOccurrence[], key: string): string {
  const label = techLabel(key);
  if (label) return label;
  // Sentence case is not the ad's spelling: "design" over "Design" when both appear.
  return occurrences.find((o) => o.surface === o.surface.toLowerCase())?.surface ?? occurrences[0]!.surface;
}

/**
 * An ad that asks for Sidekiq asks for background-job experience; one that asks for Cassandra, for NoSQL. Each
 * broader term of an asked term is asked too, weaker by the same step as evidence (0.7 per step), so a bullet on
 * Oban answers a Sidekiq ad through "background jobs". A term the ad names itself keeps the heavier weight.
 */
function implied(terms: JobTerm[]): void {
  const byKey = new Map(terms.map((t) => [t.key, t]));
  for (const term of [...terms]) {
    if (!term.technology) continue;
    for (const [key, strength] of ancestors(term.key)) {
      const weight = term.weight * strength * IMPLIED;
      const known = byKey.get(key);
      if (known) known.weight = Math.max(known.weight, weight);
      else {
        const added = { key, label: techLabel(key)!, count: 0, weight, technology: true, asked: false };
        byKey.set(key, added);
        terms.push(added);
      }
    }
  }
}
// Implied asks count half again: the ad's own words say more about the job than what they imply.
const IMPLIED = 0.5;

// A web or mail address names a site, not a skill: "https://…youtube…" is no ask for HTTP. Blanked out, not cut,
// so every offset still points into the description as written.
const ADDRESS = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\w+/gi;
const blankAddresses = (text: string): string => text.replace(ADDRESS, (m) => ' '.repeat(m.length));

export function readJob(description: string, ignore: readonly string[] = []): JobReading {
  const text = blankAddresses(description);
  const ignored = new Set(ignore.flatMap((t) => textTerms(t).map((o) => o.key)));
  const sections = jobSections(text);
  // An ad without headings for its duties or requirements states them in its prose: all of it is the asks.
  const structured = sections.some((s) => ASK_SECTIONS.has(s.kind) && s.kind !== 'title');
  const byKey = new Map<string, { occurrences: TermOccurrence[]; mass: number; asked: boolean }>();
  const sectionAt = sectionReader(sections);
  for (const o of textTerms(text)) {
    if (ignored.has(o.key)) continue;
    const found = sectionAt(o.start);
    const kind = !structured && found === 'overview' ? 'requirements' : found;
    const entry = byKey.get(o.key) ?? { occurrences: [], mass: 0, asked: false };
    entry.occurrences.push(o);
    entry.mass += (!o.technology ? SECTION_WEIGHT : isDomainKey(o.key) ? DOMAIN_SECTION_WEIGHT : VOCABULARY_SECTION_WEIGHT)[kind];
    entry.asked ||= ASK_SECTIONS.has(kind) && SECTION_WEIGHT[kind] > 0;
    byKey.set(o.key, entry);
  }
  const terms: JobTerm[] = [...byKey].map(([key, { occurrences, mass, asked }]) => {
    const technology = occurrences[0]!.technology;
    const kind = !technology ? 'word' : isDomainKey(key) ? 'domain' : isTechnologyKey(key) ? 'technology' : 'skill';
    return { key, label: spelling(occurrences, key), count: occurrences.length, weight: saturate(mass) * KIND_WEIGHT[kind], technology, asked };
  });

  implied(terms);
  const title = sections.find((s) => s.kind === 'title');
  const head = title ? text.slice(title.start, title.end) : text.slice(0, 200);
  const seniority = SENIORITY.find(([re]) => re.test(head))?.[1] ?? 0;
  const ask = (key: string, weight: number) => {
    const known = terms.find((t) => t.key === key);
    if (known) known.weight = Math.max(known.weight, weight);
    else if (weight > 0) terms.push({ key, label: techLabel(key)!, count: 0, weight, technology: true, asked: false });
  };
  ask(LEADERSHIP, seniority * KIND_WEIGHT.skill);
  // A staff or principal title asks for a record at that level, whatever the ladder calls it.
  if (SENIOR_IC.test(head)) ask(SENIOR_IC_KEY, KIND_WEIGHT.skill);

  // Stable sort: equal weights keep the order of first mention in the ad.
  terms.sort((a, b) => b.weight - a.weight);
  return { terms, seniority };
}
