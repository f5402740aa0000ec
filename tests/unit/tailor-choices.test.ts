import { describe, expect, it } from 'vitest';
import { profileSchema } from '../../lib/profile/profile-schema';
import { shippedProfiles } from '../../lib/profile/shipped-profiles';
import {
  bulletText,
  editBullet,
  isChosen,
  moveBullet,
  noChoices,
  pickBullet,
  tailoringChoicesSchema,
  unpickBullet,
} from '../../lib/tailor/bullet-choices';
import { rankProfile } from '../../lib/tailor/bullet-ranking';
import { choicesFor, jobTailoringSchema, newJobTailoring, withChoices, withDescription } from '../../lib/tailor/job-tailoring';
import { profilePositions } from '../../lib/tailor/profile-bullets';
import { saveTailoringToProfile } from '../../lib/tailor/save-back';
import { suggestChoices } from '../../lib/tailor/suggest-choices';
import { staleChoiceIds, tailoredSections } from '../../lib/tailor/tailored-resume';

const profile = profileSchema.parse({
  schemaVersion: 1,
  id: 'p',
  label: 'P',
  work: [
    { company: 'Acme', title: 'Engineer', start: '2020-01', current: true, summary: 'Platform team.', bullets: ['Alpha', 'Beta', 'Gamma', 'Delta'] },
    { company: 'Beta Corp', title: 'Intern', bullets: ['Coffee'] },
  ],
  projects: [{ name: 'benchee', description: 'A benchmarking library.', bullets: ['1.5k stars'] }],
  volunteering: [{ organization: 'Meetup', role: 'Organizer', summary: 'Runs the meetup.\n\n- Monthly talks\n- Code of conduct' }],
});
const [acme, beta, benchee, meetup] = profilePositions(profile);
const bullet = (text: string) => profilePositions(profile).flatMap((p) => p.bullets).find((b) => b.text === text)!;
const chosenTexts = (choices: ReturnType<typeof noChoices>, key = 'work.0') =>
  (choices.positions[key]?.chosen ?? []).map((id) => profilePositions(profile).flatMap((p) => p.bullets).find((b) => b.id === id)!.text);

describe('profile bullets', () => {
  it('come from work (summary, bullets), projects (description, bullets) and volunteering (summary lines)', () => {
    expect(acme!.bullets.map((b) => b.text)).toEqual(['Platform team.', 'Alpha', 'Beta', 'Gamma', 'Delta']);
    expect(benchee!.bullets.map((b) => b.text)).toEqual(['A benchmarking library.', '1.5k stars']);
    expect(meetup!.bullets.map((b) => b.text)).toEqual(['Runs the meetup.', 'Monthly talks', 'Code of conduct']);
    expect([acme, beta, benchee, meetup].map((p) => [p!.key, p!.label])).toEqual([
      ['work.0', 'Engineer · Acme'],
      ['work.1', 'Intern · Beta Corp'],
      ['projects.0', 'benchee'],
      ['volunteering.0', 'Organizer · Meetup'],
    ]);
  });

  it('have ids that survive reordering the profile and change when the text changes', () => {
    const reordered = profileSchema.parse({ ...profile, work: [{ ...profile.work[0]!, bullets: ['Delta', 'Gamma', 'Beta', 'Alpha'] }, profile.work[1]!] });
    const ids = (p: typeof profile) => Object.fromEntries(profilePositions(p)[0]!.bullets.map((b) => [b.text, b.id]));
    expect(ids(reordered)).toEqual(ids(profile));
    const reworded = profileSchema.parse({ ...profile, work: [{ ...profile.work[0]!, bullets: ['Alpha!', 'Beta', 'Gamma', 'Delta'] }, profile.work[1]!] });
    expect(Object.values(ids(reworded))).not.toContain(ids(profile)['Alpha']);
  });

  it('tell two identical bullets of one position apart', () => {
    const twice = profileSchema.parse({ schemaVersion: 1, id: 'x', label: 'X', work: [{ company: 'C', title: 'T', bullets: ['Same', 'Same'] }] });
    const [a, b] = profilePositions(twice)[0]!.bullets;
    expect(a!.id).not.toBe(b!.id);
  });
});

describe('choices: pick, unpick, reorder, edit', () => {
  it('picks in order, at a place, and never twice', () => {
    let c = pickBullet(noChoices(), bullet('Gamma'));
    c = pickBullet(c, bullet('Alpha'));
    c = pickBullet(c, bullet('Delta'), 0);
    c = pickBullet(c, bullet('Alpha'));
    expect(chosenTexts(c)).toEqual(['Delta', 'Gamma', 'Alpha']);
    expect(isChosen(c, bullet('Beta'))).toBe(false);
  });

  it('reorders within a position, clamped to its ends, and ignores a bullet that is not chosen', () => {
    let c = [bullet('Alpha'), bullet('Beta'), bullet('Gamma')].reduce((acc, b) => pickBullet(acc, b), noChoices());
    c = moveBullet(c, bullet('Gamma'), 0);
    expect(chosenTexts(c)).toEqual(['Gamma', 'Alpha', 'Beta']);
    c = moveBullet(c, bullet('Gamma'), 99);
    expect(chosenTexts(c)).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(moveBullet(c, bullet('Delta'), 0)).toBe(c);
  });

  it('unpicks, keeps the edit for a later pick, and drops a position with nothing left', () => {
    let c = pickBullet(noChoices(), bullet('Alpha'));
    c = editBullet(c, bullet('Alpha'), 'Alpha, reworded');
    c = unpickBullet(c, bullet('Alpha'));
    expect(isChosen(c, bullet('Alpha'))).toBe(false);
    expect(bulletText(c, bullet('Alpha'))).toBe('Alpha, reworded');
    c = editBullet(c, bullet('Alpha'), '   ');
    expect(c).toEqual(noChoices());
  });

  it('edits trim the text, and editing back to the profile text removes the edit', () => {
    let c = editBullet(noChoices(), bullet('Beta'), '  Beta, for this job  ');
    expect(bulletText(c, bullet('Beta'))).toBe('Beta, for this job');
    c = editBullet(c, bullet('Beta'), 'Beta');
    expect(c.positions).toEqual({});
  });

  it('never changes the choices it was given', () => {
    const before = pickBullet(noChoices(), bullet('Alpha'));
    const frozen = structuredClone(before);
    pickBullet(before, bullet('Beta'));
    editBullet(before, bullet('Alpha'), 'x');
    unpickBullet(before, bullet('Alpha'));
    expect(before).toEqual(frozen);
  });

  it('are plain data the schema accepts, and the schema rejects junk', () => {
    const c = editBullet(pickBullet(noChoices(), bullet('Alpha')), bullet('Beta'), 'B');
    expect(tailoringChoicesSchema.parse(JSON.parse(JSON.stringify(c)))).toEqual(c);
    expect(tailoringChoicesSchema.safeParse({ positions: { 'work.0': { chosen: [42] } } }).success).toBe(false);
  });
});

describe('suggested choices', () => {
  it('pick the best matching bullets per position, only those that match at all', () => {
    const ranked = rankProfile('Alpha and Gamma, more Gamma. Monthly.', profile).bullets;
    const c = suggestChoices(ranked, 3);
    expect(chosenTexts(c)).toEqual(['Gamma', 'Alpha']);
    expect(c.positions['volunteering.0']?.chosen).toEqual([bullet('Monthly talks').id]);
    expect(c.positions['work.1']).toBeUndefined();
  });
});

describe('tailored résumé', () => {
  it('lists the chosen bullets per position in the chosen order and wording', () => {
    let c = pickBullet(pickBullet(noChoices(), bullet('Gamma')), bullet('Alpha'));
    c = editBullet(c, bullet('Alpha'), 'Alpha for this job');
    c = pickBullet(c, bullet('Monthly talks'));
    expect(tailoredSections(profilePositions(profile), c)).toEqual([
      {
        positionKey: 'work.0',
        label: 'Engineer · Acme',
        heading: { title: 'Engineer', organization: 'Acme', start: '2020-01', end: undefined, current: true },
        bullets: [
          { id: bullet('Gamma').id, text: 'Gamma', edited: false },
          { id: bullet('Alpha').id, text: 'Alpha for this job', edited: true },
        ],
      },
      expect.objectContaining({ positionKey: 'volunteering.0', bullets: [expect.objectContaining({ text: 'Monthly talks' })] }),
    ]);
  });

  it('skips and reports choices whose bullet is gone from the profile', () => {
    const c = pickBullet(pickBullet(noChoices(), { id: 'work.0#gone', positionKey: 'work.0' }), bullet('Beta'));
    expect(tailoredSections(profilePositions(profile), c)[0]!.bullets.map((b) => b.text)).toEqual(['Beta']);
    expect(staleChoiceIds(profilePositions(profile), c)).toEqual(['work.0#gone']);
  });
});

describe('saving back into the profile', () => {
  let c = pickBullet(pickBullet(noChoices(), bullet('Gamma')), bullet('Alpha'));
  c = editBullet(c, bullet('Alpha'), 'Alpha, sharper');
  c = editBullet(c, bullet('Platform team.'), 'Platform and tooling team.');
  c = editBullet(c, bullet('Code of conduct'), 'Wrote the code of conduct');

  it('by default puts the chosen bullets first, keeps the rest, and writes edits in place', () => {
    const saved = saveTailoringToProfile(profile, c);
    expect(saved.work[0]!.bullets).toEqual(['Gamma', 'Alpha, sharper', 'Beta', 'Delta']);
    expect(saved.work[0]!.summary).toBe('Platform and tooling team.');
    expect(saved.volunteering[0]!.summary).toBe('Runs the meetup.\n\n- Monthly talks\n- Wrote the code of conduct');
    expect(saved.work[1]).toEqual(profile.work[1]);
  });

  it('can keep only the chosen bullets', () => {
    expect(saveTailoringToProfile(profile, c, 'chosen-only').work[0]!.bullets).toEqual(['Gamma', 'Alpha, sharper']);
  });

  it('returns a new profile, valid under the schema, and leaves the given one as it was', () => {
    const before = structuredClone(profile);
    const saved = saveTailoringToProfile(profile, c);
    expect(profile).toEqual(before);
    expect(saved).not.toBe(profile);
    expect(profileSchema.safeParse(saved).success).toBe(true);
  });

  it('changes nothing without choices, on the shipped profiles too', () => {
    for (const p of [profile, ...shippedProfiles()]) expect(saveTailoringToProfile(p, noChoices())).toEqual(p);
  });
});

describe('job tailoring', () => {
  it('is keyed by the normalized URL and keeps choices per profile', () => {
    let job = newJobTailoring('https://jobs.lever.co/acme/123/apply?lever-source=x', 1000);
    expect(job.url).toBe('https://jobs.lever.co/acme/123');
    job = withDescription(job, 'We want Rust.', { title: 'Rust Engineer', company: 'Acme' }, 2000);
    job = withChoices(job, 'rust', pickBullet(noChoices(), bullet('Alpha')), 3000);
    expect(choicesFor(job, 'rust').positions['work.0']?.chosen).toEqual([bullet('Alpha').id]);
    expect(choicesFor(job, 'elixir')).toEqual(noChoices());
    expect(job).toMatchObject({ title: 'Rust Engineer', company: 'Acme', description: 'We want Rust.', savedAt: 3000 });
    expect(jobTailoringSchema.parse(JSON.parse(JSON.stringify(job)))).toEqual(job);
    expect(withChoices(job, 'rust', noChoices()).byProfile).toEqual({});
  });
});
