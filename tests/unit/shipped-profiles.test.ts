// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { profileSchema } from '../../lib/profile/profile-schema';

// The two seed CVs the shipped profiles are transcribed from, kept verbatim as fixture files (a clean clone may
// sit where no ../shared is); the last test holds the copies to the originals in ../shared/seeds/.
const SEED_DIR = new URL('../../../shared/seeds/', import.meta.url);
const FIXTURE_DIR = new URL('../fixtures/seeds/', import.meta.url);
const SEED_000_FILE = '000_21240c663aa7d3e0.txt';
const SEED_001_FILE = '001_7fcd5772f5554ab9.txt';
const SEED_000 = readFileSync(new URL(SEED_000_FILE, FIXTURE_DIR), 'utf8');
const SEED_001 = readFileSync(new URL(SEED_001_FILE, FIXTURE_DIR), 'utf8');

const rawProfile = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../profiles/${name}.json`, import.meta.url), 'utf8'));
const rust = profileSchema.parse(rawProfile('rust-p2p-networking'));
const elixir = profileSchema.parse(rawProfile('elixir-staff-engineer'));

/** Every string anywhere inside a value. */
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

/** Sentences of a paragraph: split after . ! ? before a capital, but not after "e.g." / "E.g.". */
const sentences = (paragraph: string) => paragraph.trim().split(/(?<=[.!?])(?<![Ee]\.g\.)\s+(?=[A-Z])/);

// ---------- seed 000: "<Title> at <Company>", a date line, description paragraphs; then • lists ----------
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const M = MONTHS.join('|');
const DATE_000 = new RegExp(`^(${M})(?: (\\d{4}))?(?: - (${M}) (\\d{4}))?$`);
const month = (name: string, year: string) => `${year}-${String(MONTHS.indexOf(name) + 1).padStart(2, '0')}`;

const lines0 = SEED_000.split('\n').map((l) => l.trim()).filter(Boolean);
const projectsAt = lines0.indexOf('Projects & Achievements');
const volunteerAt = lines0.indexOf('Volunteer Work');
const headers0 = lines0.flatMap((line, i) => (line.includes(' at ') && DATE_000.test(lines0[i + 1] ?? '') ? [i] : []));
const positions0 = headers0.map((at, k) => {
  const [title, company] = lines0[at]!.split(' at ') as [string, string];
  const [, m1, y1, m2, y2] = DATE_000.exec(lines0[at + 1]!)!;
  const start = month(m1!, (y1 ?? y2)!);
  return {
    title,
    company,
    start,
    end: m2 ? month(m2, y2!) : start,
    paragraphs: lines0.slice(at + 2, headers0[k + 1] ?? projectsAt),
  };
});
const isBullet = (l: string) => l.startsWith('•');
const unbullet = (l: string) => l.replace(/^•\s*/, '');
const projectItems0 = lines0.slice(projectsAt + 1, volunteerAt).map(unbullet);
const afterVolunteer = lines0.slice(volunteerAt + 1);
const educationHeaders0 = afterVolunteer.filter((l) => !isBullet(l) && / \| \d{4}/.test(l));
const firstEducation = afterVolunteer.indexOf(educationHeaders0[0]!);
const lastEducation = afterVolunteer.indexOf(educationHeaders0.at(-1)!);
const volunteerLines0 = afterVolunteer.slice(0, firstEducation);
const volunteerItems0 = volunteerLines0.flatMap((l, i) =>
  isBullet(l) ? [{ head: unbullet(l), text: volunteerLines0[i + 1] && !isBullet(volunteerLines0[i + 1]!) ? volunteerLines0[i + 1]! : '' }] : [],
);
const educationItems0 = educationHeaders0.map((head) => {
  const next = afterVolunteer[afterVolunteer.indexOf(head) + 1] ?? '';
  return { head, text: / \| \d{4}/.test(next) || isBullet(next) ? '' : next };
});
const languageLines0 = afterVolunteer.slice(lastEducation + 1).filter(isBullet).map(unbullet);

// ---------- seed 001: intro, Key Contributions, blocks with "MM/YYYY — …" date lines, education, skill groups ----------
const lines1 = SEED_001.split('\n');
const keyAt = lines1.indexOf('Key Contributions');
const intro1 = lines1.slice(0, keyAt);
const keyContributions1 = lines1.slice(keyAt + 1).filter((_, i, rest) => rest.slice(0, i + 1).every((l) => l.startsWith('- '))).map((l) => l.slice(2));
const DATE_001 = /^(\d{2})\/(\d{4}) — (?:(\d{2})\/(\d{4})|now|current)$/;
const educationAt1 = lines1.findIndex((l, i) => /^\d{4} — \d{4}$/.test(lines1[i + 1] ?? ''));
const dateLines1 = lines1.flatMap((l, i) => (DATE_001.test(l) ? [i] : []));
const blockStart = (dateAt: number) => (lines1[dateAt - 1]!.startsWith('(~') ? dateAt - 2 : dateAt - 1);
const blocks1 = dateLines1.map((at, k) => {
  const [, m1, y1, m2, y2] = DATE_001.exec(lines1[at]!)!;
  const body = lines1.slice(at + 1, k + 1 < dateLines1.length ? blockStart(dateLines1[k + 1]!) : educationAt1);
  return {
    company: lines1[blockStart(at)]!,
    size: lines1[at - 1]!.startsWith('(~') ? lines1[at - 1]!.slice(1, -1) : '',
    start: `${y1}-${m1}`,
    end: y2 ? `${y2}-${m2}` : undefined,
    paragraphs: body.filter((l) => !l.startsWith('- ')),
    bullets: body.filter((l) => l.startsWith('- ')).map((l) => l.slice(2)),
    text: lines1.slice(blockStart(at), at + 1 + body.length).join('\n'),
  };
});
// Judgment call: "Open Source" and "Community & Conferences" are not employment, so they are `volunteering` entries
// whose summary is the paragraph, a blank line, then the block's "- " lines verbatim; every other block is `work`.
const NOT_POSITIONS = ['Open Source', 'Community & Conferences'];
const positions1 = blocks1.filter((b) => !NOT_POSITIONS.includes(b.company));
const volunteering1 = blocks1.filter((b) => NOT_POSITIONS.includes(b.company));
const skillGroups1 = lines1.slice(educationAt1 + 3).reduce<{ group: string; items: string[] }[]>((groups, l) => {
  if (l.startsWith('- ')) groups.at(-1)!.items.push(l.slice(2));
  else if (l) groups.push({ group: l, items: [] });
  return groups;
}, []);
const dashLines1 = lines1.filter((l) => l.startsWith('- ')).map((l) => l.slice(2));

describe('seed parsing (guards the expectations below against a parser that finds nothing)', () => {
  it('finds what the seeds hold', () => {
    expect([positions0.length, projectItems0.length, volunteerItems0.length, educationItems0.length, languageLines0.length]).toEqual([8, 9, 6, 4, 2]);
    expect(positions0.flatMap((p) => p.paragraphs.flatMap(sentences))).toHaveLength(30);
    expect([blocks1.length, positions1.length, volunteering1.length, keyContributions1.length, skillGroups1.length]).toEqual([10, 8, 2, 5, 4]);
    expect(positions1.flatMap((b) => b.bullets)).toHaveLength(30);
    expect(dashLines1).toHaveLength(5 + 30 + 9 + 15);
  });
});

describe.each([
  ['rust-p2p-networking', 'Rust · P2P networking · Prometheus', rust],
  ['elixir-staff-engineer', 'Elixir · Staff engineer', elixir],
] as const)('shipped profile %s', (id, label, profile) => {
  it('is a valid schema-version-1 profile with its id and label', () => {
    const raw = rawProfile(id);
    expect(() => profileSchema.parse(raw)).not.toThrow();
    expect(profile).toMatchObject({ schemaVersion: 1, id, label });
  });

  it('invents no contact details: identity, location and links are empty, and no address, URL or phone anywhere', () => {
    const { firstName, lastName, preferredName, pronouns, email, phone, location } = profile.identity;
    expect({ firstName, lastName, preferredName, pronouns, email, phone }).toEqual({ firstName: '', lastName: '', preferredName: '', pronouns: '', email: '', phone: '' });
    expect(location).toEqual({ city: '', region: '', postalCode: '', country: '' });
    expect(profile.links).toEqual({ linkedin: '', github: '', website: '', portfolio: '', twitter: '', others: [] });
    for (const s of strings(profile)) {
      expect(s).not.toMatch(/\S@\S+\.\w|https?:\/\/|www\./);
      expect(s.replace(/\b\d{4}(-\d{2}){0,2}\b/g, '')).not.toMatch(/\+?\d[\d\s().-]{8,}\d/); // dates aside
    }
    expect(profile.projects.every((p) => p.url === '')).toBe(true);
    expect(profile.work.every((w) => w.location === '')).toBe(true);
  });

  it('leaves answers, self-identification, documents and the answer bank at their defaults', () => {
    const defaults = profileSchema.parse({ schemaVersion: 1, id, label });
    expect(profile.answers).toEqual(defaults.answers);
    expect(profile.selfIdentification).toEqual(defaults.selfIdentification);
    expect(profile.documents).toEqual(defaults.documents);
    expect(profile.answerBank).toEqual([]);
  });
});

describe('rust-p2p-networking from seed 000', () => {
  it('has one position per "<Title> at <Company>" + date line, with title, company and partial dates', () => {
    expect(rust.work).toHaveLength(positions0.length);
    rust.work.forEach((w, i) => {
      const p = positions0[i]!;
      expect({ title: w.title, company: w.company, start: w.start, end: w.end, current: w.current }).toEqual({
        title: p.title,
        company: p.company,
        start: p.start,
        end: p.end,
        current: false,
      });
    });
    expect(rust.work.map((w) => [w.start, w.end])).toContainEqual(['2019-06', '2019-06']);
    expect(rust.work.map((w) => [w.start, w.end])).toContainEqual(['2014-02', '2014-07']);
  });

  it('turns every sentence of each description into one verbatim bullet of that position, in order', () => {
    rust.work.forEach((w, i) => {
      const expected = positions0[i]!.paragraphs.flatMap(sentences);
      for (const sentence of expected) expect(w.bullets).toContain(sentence);
      expect(w.bullets).toEqual(expected);
    });
    expect(rust.work.flatMap((w) => w.bullets)).toHaveLength(positions0.flatMap((p) => p.paragraphs.flatMap(sentences)).length);
  });

  it('names only technologies the position itself names', () => {
    rust.work.forEach((w, i) => {
      const text = [`${positions0[i]!.title} at ${positions0[i]!.company}`, ...positions0[i]!.paragraphs].join('\n');
      for (const t of w.technologies) expect(text).toContain(t);
    });
  });

  it('keeps every project item verbatim with the date the item gives first', () => {
    expect(rust.projects.map((p) => p.description)).toEqual(projectItems0);
    rust.projects.forEach((p, i) => {
      expect(p.name).not.toBe('');
      expect(p.date).toBe(/\((\d{4}-\d{2}-\d{2})\)/.exec(projectItems0[i]!)![1]);
    });
    expect(rust.projects[0]!.date).toBe('2023-11-23');
  });

  it('keeps every volunteer item: years, "Now" as current, summary verbatim', () => {
    expect(rust.volunteering).toHaveLength(volunteerItems0.length);
    rust.volunteering.forEach((v, i) => {
      const { head, text } = volunteerItems0[i]!;
      const [title, period] = head.split(' | ') as [string, string];
      const years = period.match(/\d{4}/g)!;
      expect(`${title}\n${text}`).toContain(v.organization);
      expect(v.start).toBe(years[0]);
      expect(v.current).toBe(/Now$/.test(period));
      expect(v.end).toBe(v.current ? undefined : years.at(-1));
      expect(v.summary.startsWith(text)).toBe(true);
      if (period.includes(' and ')) expect(v.summary).toContain(period);
    });
  });

  it('keeps every education entry with its years and its text verbatim', () => {
    expect(rust.education).toHaveLength(educationItems0.length);
    rust.education.forEach((e, i) => {
      const { head, text } = educationItems0[i]!;
      const years = head.split(' | ')[1]!.match(/\d{4}/g)!;
      expect([e.start, e.end]).toEqual([years[0], years.at(-1)]);
      expect(e.summary).toBe(text);
      for (const part of [e.institution, e.degree, e.field].filter(Boolean)) expect(SEED_000).toContain(part);
    });
  });

  it('has the two languages as the CV states them', () => {
    expect(rust.languages).toHaveLength(languageLines0.length);
    expect(rust.languages).toEqual([
      { language: 'German', level: 'native', note: 'Mothertongue' },
      { language: 'English', level: 'fluent', note: 'Business fluent' },
    ]);
    for (const l of rust.languages) expect(languageLines0).toContain(`${l.language} (${l.note})`);
  });

  it('groups only skills the CV names literally, and has no headline or summary the CV lacks', () => {
    expect(rust.skills.length).toBeGreaterThan(0);
    for (const item of rust.skills.flatMap((s) => s.items)) expect(SEED_000).toContain(item);
    expect(rust.skills.flatMap((s) => s.items)).toEqual(expect.arrayContaining(['Rust', 'Prometheus', 'Kubernetes', 'libp2p', 'Linux', 'JavaScript', 'ReactJS']));
    expect([rust.headline, rust.summary]).toEqual(['', '']);
  });

  it('keeps key phrases and the CV\'s own spelling verbatim', () => {
    const all = strings(rust).join('\n');
    for (const phrase of ['bandwidth-delay-product', 'Kademlia', 'S/Kademlia', 'hole punching', 'kube-state-metrics', 'ressource', 'maintanance', 'additioanl', '>200 external contributors', '1.3 Gbit/s'])
      expect(all).toContain(phrase);
  });
});

describe('elixir-staff-engineer from seed 001', () => {
  it('has the intro as summary and the role line as headline', () => {
    expect(elixir.summary).toBe(intro1.join('\n\n'));
    expect(elixir.headline).toBe('Staff Software Engineer');
    expect(intro1[0]!.startsWith(elixir.headline)).toBe(true);
  });

  it('has the Key Contributions as projects, verbatim, undated (no item states a date)', () => {
    expect(elixir.projects.map((p) => p.description)).toEqual(keyContributions1);
    for (const p of elixir.projects) {
      expect(p.name).not.toBe('');
      expect(p.date).toBeUndefined();
    }
  });

  it('has one position per employer block: company, size, dates, paragraph and bullets verbatim', () => {
    expect(elixir.work).toHaveLength(positions1.length);
    elixir.work.forEach((w, i) => {
      const b = positions1[i]!;
      expect({ company: w.company, companySize: w.companySize, start: w.start, end: w.end, current: w.current }).toEqual({
        company: b.company,
        companySize: b.size,
        start: b.start,
        end: b.end,
        current: b.end === undefined,
      });
      expect(w.summary).toBe(b.paragraphs.join('\n\n'));
      expect(w.bullets).toEqual(b.bullets);
      for (const t of w.technologies) expect(b.text).toContain(t);
    });
    expect(elixir.work.flatMap((w) => w.bullets)).toHaveLength(positions1.flatMap((b) => b.bullets).length);
  });

  it('takes titles only from the CV\'s own words, leaving them empty where it names none', () => {
    expect(Object.fromEntries(elixir.work.filter((w) => w.title).map((w) => [w.company, w.title]))).toEqual({
      Remote: 'Senior Staff Engineer',
      Shopify: 'Engineering Lead',
    });
    expect(SEED_001).toContain('Senior Staff Engineer collaborating with ~100 engineers during hyper-growth at Remote');
    expect(SEED_001).toContain('Engineering Lead for a team working in Ruby on Rails');
  });

  it('keeps "Open Source" and "Community & Conferences" as ongoing volunteering with paragraph and bullets verbatim', () => {
    expect(elixir.volunteering).toHaveLength(volunteering1.length);
    elixir.volunteering.forEach((v, i) => {
      const b = volunteering1[i]!;
      expect({ organization: v.organization, start: v.start, end: v.end, current: v.current }).toEqual({
        organization: b.company,
        start: b.start,
        end: undefined,
        current: true,
      });
      expect(v.summary).toBe([b.paragraphs.join('\n\n'), b.bullets.map((l) => `- ${l}`).join('\n')].join('\n\n'));
    });
  });

  it('has every "- " line of the CV somewhere in the profile', () => {
    const all = strings(elixir);
    for (const line of dashLines1) expect(all.some((s) => s.includes(line)), line).toBe(true);
  });

  it('has the one education entry, the four skill groups verbatim, and no languages (the CV states none)', () => {
    expect(elixir.education).toHaveLength(1);
    expect(elixir.education[0]).toMatchObject({
      institution: lines1[educationAt1],
      degree: '',
      field: '',
      start: '2008',
      end: '2014',
      grade: '1.2 (A)',
      summary: lines1[educationAt1 + 2],
    });
    expect(elixir.skills).toEqual(skillGroups1);
    expect(elixir.languages).toEqual([]);
  });

  it('keeps key phrases verbatim', () => {
    const all = strings(elixir).join('\n');
    for (const phrase of ['benchee', 'Oban', '~84M requests/day', 'SimpleCov', 'simplecov', '"Going Staff"', 'PAIN XML', 'Ruby User Group Berlin', 'Øredev'])
      expect(all).toContain(phrase);
  });
});

describe('the seed copies in tests/fixtures/seeds', () => {
  it('match the originals in ../shared/seeds', () => {
    expect(SEED_000).toBe(readFileSync(new URL(SEED_000_FILE, SEED_DIR), 'utf8'));
    expect(SEED_001).toBe(readFileSync(new URL(SEED_001_FILE, SEED_DIR), 'utf8'));
  });
});
