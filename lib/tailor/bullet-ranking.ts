import type { Profile } from '../profile/profile-schema';
import { bulletEvidence, type Evidence } from './bullet-evidence';
import { outcomeStrength, positionRecency, standingStrength } from './bullet-signals';
import { diversify } from './diversify';
import { readJob, type JobTerm } from './job-terms';
import { positionLifts, positionRecords, type PositionRecords } from './position-context';
import { profilePositions, type ProfileBullet } from './profile-bullets';
import { profileVocabulary } from './profile-vocabulary';
import { textTerms, type TermOccurrence } from './text-terms';

export type { JobTerm } from './job-terms';

export interface RankedBullet extends ProfileBullet {
  score: number;
  /**
   * Why it ranks here, the heaviest first: the job's skills it names, as the bullet spells them ("k8s",
   * "Oban"), and broader skills it stands for with the words that carry them ("distributed systems (Kademlia)").
   */
  matched: string[];
  matchedKeys: string[];
  /** Where the matched words are in `text`, to highlight them. */
  highlights: { start: number; end: number }[];
}

export interface Ranking {
  /** The job's heaviest skills and technologies, the same whichever profile is active, at most `termLimit`. */
  terms: (JobTerm & { inProfile: boolean })[];
  /** Skills and technologies the job asks for (title, duties, requirements, nice-to-haves) the profile never names. */
  missing: (JobTerm & { inProfile: boolean })[];
  /** Every bullet, best first: by score, the first five also spread over the job's asks. */
  bullets: RankedBullet[];
}

export interface RankOptions {
  /** Words that say nothing about the work, such as the company's own name. */
  ignore?: readonly string[];
  termLimit?: number;
  missingLimit?: number;
}

// A measured outcome lifts a bullet by up to a quarter. Recency moves it by up to ±25%: a recruiter reads the
// last few years first, and a skill shown ten years ago proves less than the same skill shown last year.
const OUTCOME_BONUS = 0.25;
// Reach, standing or scope (100 engineers, creator of a library, company-wide) lifts a bullet by 15%.
const STANDING_BONUS = 0.15;
const RECENCY_SPAN = 0.5;
// A plain word repeated in a bullet counts a little more than once, and much less than twice.
const WORD_K1 = 0.5;
// A skill the bullet names several ways is its subject, not a word in passing: its evidence grows with the sum
// of its mentions, saturated (two mentions ≈ 1.3 × one, many ≈ 1.75 ×). A lone mention of a broader skill
// ("Kademlia" for distributed systems, 0.7) counts a little less than its strength, as it is implied only once.
const MENTION_K = 0.75;
const mentionWeight = (x: number): number => ((1 + MENTION_K) * x) / (MENTION_K + x);
// A job term's weight counts squared: a bullet that proves the ad's main ask beats one that touches three
// side remarks, which a plain sum would rank level.
const PEAK = 2;

function idfTable(evidence: readonly Evidence[]): (key: string) => number {
  const df = new Map<string, number>();
  for (const e of evidence) for (const key of [...e.strength.keys(), ...e.words.keys()]) df.set(key, (df.get(key) ?? 0) + 1);
  const n = evidence.length;
  const raw = (m: number) => Math.log(1 + (n - m + 0.5) / (m + 0.5));
  const top = raw(1) || 1;
  return (key) => raw(df.get(key) ?? 1) / top;
}

/** What one bullet offers any job, read once per profile: the ranking then only looks its keys up. */
interface BulletFeatures {
  /** Term key → how much the bullet proves it: evidence strength, or for a plain word IDF × saturated count. */
  offers: readonly (readonly [string, number])[];
  /** Its own first mention of each key, to say the match as the bullet spells it. */
  own: ReadonlyMap<string, TermOccurrence>;
  /** The score factor of everything but the job's terms: a measured outcome, how recent the work is. */
  factor: number;
  /** What the bullet is about (every term it names or stands for), for the top five's spread. */
  about: ReadonlyMap<string, number>;
}

/** The bullet side of a ranking, which depends on the profile only: read once per profile, not per job. */
export interface PreparedBullets {
  bullets: readonly ProfileBullet[];
  docs: readonly TermOccurrence[][];
  evidence: readonly Evidence[];
  features: readonly BulletFeatures[];
  /** Which position each bullet is under, and what each position's record proves as a whole. */
  positions: PositionRecords;
}

/** `recency`: per position key, how recent the work is (1 newest … 0); absent positions count 0.5. */
export function prepareBullets(bullets: readonly ProfileBullet[], recency?: ReadonlyMap<string, number>): PreparedBullets {
  const docs = bullets.map((b) => textTerms(b.text));
  const evidence = docs.map(bulletEvidence);
  const idf = idfTable(evidence);
  const features = bullets.map((bullet, i): BulletFeatures => {
    const e = evidence[i]!;
    const offers: [string, number][] = [...e.strength].map(([key, s]) => [key, s * mentionWeight(e.mentions.get(key)!)]);
    // A skill most bullets share still proves the skill: no rarity discount, unlike plain words.
    for (const [key, f] of e.words) offers.push([key, (idf(key) * f * (1 + WORD_K1)) / (f + WORD_K1)]);
    const own = new Map<string, TermOccurrence>();
    for (const o of docs[i]!) if (!own.has(o.key)) own.set(o.key, o);
    const r = recency?.get(bullet.positionKey) ?? 0.5;
    const factor = (1 + OUTCOME_BONUS * outcomeStrength(bullet.text)) * (1 + STANDING_BONUS * standingStrength(bullet.text)) * (1 - RECENCY_SPAN / 2 + RECENCY_SPAN * r);
    return { offers, own, factor, about: new Map([...e.strength, ...e.words]) };
  });
  return { bullets, docs, evidence, features, positions: positionRecords(bullets.map((b) => b.positionKey), evidence) };
}

/** `lift`: what the bullet's position lends it for this job (`positionLifts`). */
function scoreBullet(prepared: PreparedBullets, i: number, weights: ReadonlyMap<string, JobTerm>, lift: number) {
  const f = prepared.features[i]!;
  const parts: [string, number][] = [];
  for (const [key, s] of f.offers) {
    const term = weights.get(key);
    if (term) parts.push([key, term.weight ** PEAK * s]);
  }
  if (!parts.length) return { i, score: 0, parts };
  parts.sort((a, b) => b[1] - a[1]);
  let base = 0;
  for (const [, s] of parts) base += s;
  return { i, score: base * f.factor * lift, parts };
}

// The why, in words a person checks: what the bullet names, then broader skills the ad itself names that the
// bullet stands for ("distributed systems (Kademlia)"); skills the ad only implies stay unsaid; and last the business its position is in when that lifted it and the bullet does not say it ("payments (at
// Senior Staff Engineer · Remote)"), so a person sees why it outranks the same words elsewhere.
function explain(prepared: PreparedBullets, { i, score, parts }: ReturnType<typeof scoreBullet>, weights: ReadonlyMap<string, JobTerm>, business?: string): RankedBullet {
  const bullet = prepared.bullets[i]!;
  // Object.assign, not a spread: V8 copies a spread's properties one by one, many times slower at 200 bullets.
  if (!parts.length) return Object.assign({}, bullet, { score, matched: [], matchedKeys: [], highlights: [] });
  const { own } = prepared.features[i]!;
  const e = prepared.evidence[i]!;
  const shown = parts.filter(([key]) => own.has(key) || weights.get(key)!.count > 0);
  const matchedKeys = shown.map(([key]) => key);
  const matched = matchedKeys.map((key) => own.get(key)?.surface ?? `${weights.get(key)!.label} (${e.source.get(key)!.surface})`);
  if (business && !e.strength.has(business) && weights.get(business)!.count > 0) {
    matchedKeys.push(business);
    matched.push(`${weights.get(business)!.label} (at ${bullet.position})`);
  }
  // The words that carry a broader skill the job weighs ("Kademlia" for distributed systems) are lit too.
  const carriers = new Set<TermOccurrence | undefined>(parts.map(([key]) => e.source.get(key)));
  const highlights = prepared.docs[i]!.filter((o) => weights.has(o.key) || carriers.has(o)).map(({ start, end }) => ({ start, end }));
  return Object.assign({}, bullet, { score, matched, matchedKeys, highlights });
}

export function rankBullets(jobText: string, bullets: readonly ProfileBullet[] | PreparedBullets, vocabulary: ReadonlySet<string>, options: RankOptions = {}): Ranking {
  const prepared = 'docs' in bullets ? bullets : prepareBullets(bullets);
  const job = readJob(jobText, options.ignore);
  const weights = new Map(job.terms.map((t) => [t.key, t]));
  const lifts = positionLifts(prepared.positions, weights, (term) => term.weight ** PEAK);
  const { positionOf } = prepared.positions;
  const scored = prepared.bullets.map((_, i) => scoreBullet(prepared, i, weights, lifts[positionOf[i]!]!.factor));
  // Stable sort: equal scores keep the profile's order.
  scored.sort((a, b) => b.score - a.score);
  const order = diversify(scored.map((s) => ({ ...s, evidence: prepared.features[s.i]!.about })));
  const ranked = order.map((s) => explain(prepared, s, weights, lifts[positionOf[s.i]!]!.domain));

  const terms = job.terms.filter((t) => t.technology && t.weight > 0).map((t) => ({ ...t, inProfile: vocabulary.has(t.key) }));
  return {
    terms: terms.slice(0, options.termLimit ?? 40),
    missing: terms.filter((t) => t.asked && !t.inProfile).slice(0, options.missingLimit ?? 12),
    bullets: ranked,
  };
}

// The popup ranks one profile against many descriptions as the user edits: the profile's side is read once.
const preparedProfiles = new WeakMap<Profile, { bullets: PreparedBullets; vocabulary: Set<string> }>();

function prepareProfile(profile: Profile) {
  let prepared = preparedProfiles.get(profile);
  if (!prepared) {
    const positions = profilePositions(profile);
    const recency = positionRecency(positions);
    prepared = { bullets: prepareBullets(positions.flatMap((p) => p.bullets), recency), vocabulary: profileVocabulary(profile) };
    preparedProfiles.set(profile, prepared);
  }
  return prepared;
}

/** Rank every bullet of a profile (work, projects, volunteering) against a job description. */
export function rankProfile(jobText: string, profile: Profile, options: RankOptions = {}): Ranking {
  const prepared = prepareProfile(profile);
  return rankBullets(jobText, prepared.bullets, prepared.vocabulary, options);
}
