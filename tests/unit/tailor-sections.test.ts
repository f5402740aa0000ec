import { describe, expect, it } from 'vitest';
import { headingKind, jobSections, sectionReader, type SectionKind } from '../../lib/tailor/job-sections';
import { readJob } from '../../lib/tailor/job-terms';

describe('section headings', () => {
  it.each<[string, SectionKind | undefined]>([
    ['Responsibilities', 'responsibilities'],
    ['What You’ll Own', 'responsibilities'],
    ["What you'll be doing:", 'responsibilities'],
    ['WHAT YOU WILL DO', 'responsibilities'],
    ['Key Outcomes:', 'responsibilities'],
    ['The Impact You’ll Have', 'responsibilities'],
    ['Requirements', 'requirements'],
    ['Skills and Qualifications', 'requirements'],
    ['Who You Are', 'requirements'],
    ['What You’ll Bring To The Table', 'requirements'],
    ['WHAT YOU WILL BRING', 'requirements'],
    ["We're looking for a senior-level engineer who has", 'requirements'],
    ['Must-haves', 'requirements'],
    ['Preferred Qualifications', 'preferred'],
    ['Nice To Haves:', 'preferred'],
    ['Bonus points:', 'preferred'],
    ['What Makes You Stand Out', 'preferred'],
    ['It would be great if you have:', 'preferred'],
    ['About the Role', 'overview'],
    ['Description', 'overview'],
    ['About Neon', 'company'],
    ['Who We Are', 'company'],
    ['Our mission', 'company'],
    ['Benefits', 'benefits'],
    ['What we offer', 'benefits'],
    ['Compensation and Benefits', 'benefits'],
    ['Equal Opportunity & Accommodations', 'legal'],
    ['Our (typical) process:', 'process'],
    ['How to apply', 'process'],
    ['Senior Rust Engineer', undefined],
  ])('"%s" → %s', (heading, kind) => {
    expect(headingKind(heading)).toBe(kind);
  });
});

const AD = `Senior Payments Engineer
Acme Pay

Acme moves money for 10,000 shops. We are a friendly bunch in Berlin.

What you'll do:
- Own our payment processing and reconciliation.

Requirements
- Elixir and PostgreSQL in production.

Nice to have
- Kafka.

Benefits
- Health insurance and a Kubernetes-themed mug.

The salary range is $150,000 - $180,000.
Acme is an equal opportunity employer.`;

describe('job sections', () => {
  it('finds the title, the intro, the asks and the boilerplate, in order', () => {
    const kinds = jobSections(AD).map((s) => s.kind);
    expect(kinds).toEqual(['title', 'overview', 'responsibilities', 'requirements', 'preferred', 'benefits', 'legal']);
  });

  it('covers the text without overlaps, each section starting where its heading is', () => {
    const sections = jobSections(AD);
    for (let i = 1; i < sections.length; i++) expect(sections[i]!.start).toBeGreaterThanOrEqual(sections[i - 1]!.end);
    expect(AD.slice(sections[2]!.start).startsWith("What you'll do:")).toBe(true);
  });

  it('tells the section of each position read in text order, the overview before any section', () => {
    const text = 'Requirements\n- Rust.\nBenefits\n- Lunch.';
    const at = sectionReader(jobSections(text));
    expect(['Requirements', 'Rust', 'Benefits', 'Lunch'].map((word) => at(text.indexOf(word)))).toEqual(['requirements', 'requirements', 'benefits', 'benefits']);
    expect(sectionReader([{ kind: 'legal', heading: 'EEO', start: 5, end: 9 }])(0)).toBe('overview');
  });

  it('reads a pay or legal paragraph without a heading of its own as pay or legal text', () => {
    const kinds = jobSections('Engineer\n\nRequirements\n- Rust.\nThe base salary range is $100k to $120k.\n- Go.').map((s) => s.kind);
    expect(kinds).toEqual(['title', 'requirements', 'benefits', 'requirements']);
  });

  it('weighs terms by their section: benefits and the pitch say nothing about the work', () => {
    const { terms } = readJob(AD);
    const weight = (label: string) => terms.find((t) => t.label === label)?.weight ?? 0;
    expect(weight('payments')).toBeGreaterThan(weight('Kafka'));
    expect(weight('Kafka')).toBeGreaterThan(0);
    expect(terms.find((t) => t.label === 'Kubernetes')?.asked ?? false).toBe(false);
    expect(weight('Kubernetes')).toBe(0);
  });

  it('weighs the business the role is in above its stack, and its stack above a practice, said as often', () => {
    const { terms } = readJob('Engineer\n\nRequirements\n- Payments.\n- Elixir.\n- Mentoring.');
    const weight = (label: string) => terms.find((t) => t.label === label)!.weight;
    expect(weight('payments')).toBeGreaterThan(weight('Elixir'));
    expect(weight('Elixir')).toBeGreaterThan(weight('mentoring'));
  });

  it('reads no skill out of a web or mail address', () => {
    const { terms } = readJob('Engineer\n\nRequirements\n- Rust.\n- Watch our talk: https://www.youtube.com/watch?v=x, write to jobs@kafka-shop.example');
    const labels = terms.map((t) => t.label);
    expect(labels).toContain('Rust');
    expect(labels).not.toContain('HTTP');
    expect(labels).not.toContain('Kafka');
  });

  it("reads the business the company is in from its pitch, but not the pitch's plain words", () => {
    const ad = `Engineer\nShopco\n\nOur mission\nWe are rebuilding payments infrastructure for the shipping world.\n\nRequirements\n- Experience with Elixir.\n- Care for the world of software.`;
    const { terms } = readJob(ad);
    const term = (label: string) => terms.find((t) => t.label === label);
    // Named only in the pitch, the domain still counts, though less than the stack the requirements name.
    expect(term('payments')!.weight).toBeGreaterThan(0.5);
    expect(term('payments')!.weight).toBeLessThan(term('Elixir')!.weight);
    expect(term('payments')!.asked).toBe(false);
    // A plain word of the pitch counts only where the asks say it.
    const pitchOnly = readJob('Engineer\nShopco\n\nOur mission\nWe ship to the world.\n\nRequirements\n- Elixir.').terms.find((t) => t.label === 'world');
    expect(pitchOnly?.weight ?? 0).toBeLessThan(0.1);
  });

  it("reads the stack named in the role's introduction nearly as fully as the requirements", () => {
    const ad = `Engineer\n\nAbout the role\nYou will build our delivery platform in Elixir.\n\nRequirements\n- Experience with Go.`;
    const { terms } = readJob(ad);
    const weight = (label: string) => terms.find((t) => t.label === label)!.weight;
    expect(weight('Elixir')).toBeLessThan(weight('Go'));
    expect(weight('Elixir')).toBeGreaterThan(0.8 * weight('Go'));
  });

  it("reads no ask out of the skills the company's pitch names, only its business", () => {
    const ad = `Engineer\nShopco\n\nAbout Shopco\nAn open-source company building cloud-native payments.\n\nRequirements\n- Experience with Go.`;
    const { terms } = readJob(ad);
    const weight = (label: string) => terms.find((t) => t.label === label)?.weight ?? 0;
    expect(weight('payments')).toBeGreaterThan(0.5);
    expect(weight('open source')).toBeLessThan(0.3);
    expect(weight('open source')).toBeLessThan(weight('Go') / 5);
  });

  it('reads an ad without headings as all asks', () => {
    const { terms } = readJob('Backend Engineer\nYou will build payment APIs in Go and run them on Kubernetes.');
    expect(terms.filter((t) => t.asked).map((t) => t.label)).toEqual(expect.arrayContaining(['payments', 'APIs', 'Go', 'Kubernetes']));
  });

  it('reads seniority from the title: a staff role asks for leadership even when the ad does not say so', () => {
    expect(readJob('Staff Engineer\n\nRequirements\n- Rust.').terms.map((t) => t.label)).toContain('leadership');
    expect(readJob('Engineer\n\nRequirements\n- Rust.').terms.map((t) => t.label)).not.toContain('leadership');
  });

  it('reads a staff or principal title as asking for a record at that level, a senior or lead title not', () => {
    const labels = (title: string) => readJob(`${title}\n\nRequirements\n- Rust.`).terms.map((t) => t.label);
    expect(labels('Principal Backend Engineer')).toContain('staff-level engineering');
    expect(labels('Staff Engineer, Payments')).toContain('staff-level engineering');
    expect(labels('Senior Backend Engineer')).not.toContain('staff-level engineering');
    expect(labels('Lead Engineer')).not.toContain('staff-level engineering');
  });
});
