import { describe, expect, it } from 'vitest';
import { addBullets, entryFromFill, markApplied } from '../../lib/log/build-entry';
import { dayLabel } from '../../lib/log/day-label';
import { logEntrySchema } from '../../lib/log/log-entry';
import { findRepeat } from '../../lib/log/repeat-notice';
import { normalizeJobUrl } from '../../lib/tailor/job-url';
import { facts } from '../support/log-entries';

const NOV_12 = new Date(2026, 10, 12, 15, 0).getTime();
const DAY = 24 * 60 * 60 * 1000;

describe('a log entry built from a fill report', () => {
  it('records when, where, which profile, how many fields were filled and left, under the canonical job URL', () => {
    const entry = entryFromFill(facts(), undefined, ['Led the move to QUIC'], NOV_12);
    expect(entry).toEqual({
      schemaVersion: 1,
      url: 'https://jobs.lever.co/acme/7f3c2a10-0000-4000-8000-00000000a001',
      company: 'Acme',
      title: 'Senior Engineer',
      ats: 'Lever',
      profileId: 'rust-p2p-networking',
      profileLabel: 'Rust',
      firstFilledAt: NOV_12,
      lastFilledAt: NOV_12,
      fills: 1,
      filled: 14,
      leftToYou: 4,
      bullets: ['Led the move to QUIC'],
      status: 'filled',
      appliedAt: null,
      note: '',
      updatedAt: NOV_12,
    });
    expect(logEntrySchema.safeParse(entry).success).toBe(true);
  });

  it('a later fill of the same job updates its entry and keeps the status, note, first date and bullets', () => {
    const first = markApplied({ ...entryFromFill(facts(), undefined, ['A'], NOV_12), note: 'sent' }, NOV_12 + 1000);
    const later = entryFromFill(
      facts({ company: '', title: 'Senior Engineer II', profile: { id: 'elixir-staff-engineer', label: 'Elixir' }, counts: { filled: 20, skipped: 0, 'needs-you': 0, failed: 0 } }),
      first,
      ['B', 'A'],
      NOV_12 + DAY,
    );
    expect(later).toMatchObject({ company: 'Acme', title: 'Senior Engineer II', profileLabel: 'Elixir', fills: 2, filled: 20, leftToYou: 0 });
    expect(later).toMatchObject({ firstFilledAt: NOV_12, lastFilledAt: NOV_12 + DAY, status: 'applied', appliedAt: NOV_12 + 1000, note: 'sent', bullets: ['A', 'B'] });
  });

  it('marking as applied sets the date once and never lowers a later status', () => {
    const entry = entryFromFill(facts(), undefined, [], NOV_12);
    const applied = markApplied(entry, NOV_12 + 5);
    expect(applied).toMatchObject({ status: 'applied', appliedAt: NOV_12 + 5 });
    expect(markApplied({ ...applied, status: 'interviewing' }, NOV_12 + 9)).toMatchObject({ status: 'interviewing', appliedAt: NOV_12 + 5 });
  });

  it('bullets are recorded once each, trimmed, blanks left out', () => {
    expect(addBullets(['A'], [' A ', '', 'B', 'B'])).toEqual(['A', 'B']);
  });
});

describe('canonical job URL: one job, however it was reached', () => {
  it.each([
    ['https://jobs.lever.co/acme/abc-123/apply?lever-source=LinkedIn&utm_campaign=x#top', 'https://jobs.lever.co/acme/abc-123'],
    ['https://jobs.eu.lever.co/acme/abc-123/', 'https://jobs.eu.lever.co/acme/abc-123'],
    ['https://boards.greenhouse.io/acme/jobs/123?gh_src=abc&utm_source=indeed', 'https://job-boards.greenhouse.io/acme/jobs/123'],
    ['https://boards.greenhouse.io/embed/job_app?for=acme&token=123&gh_src=x', 'https://job-boards.greenhouse.io/acme/jobs/123'],
    ['https://www.acme-robotics.com/careers/jobs?gh_jid=7001&utm_source=newsletter&fbclid=zz', 'https://www.acme-robotics.com/careers/jobs?gh_jid=7001'],
    ['https://job-boards.eu.greenhouse.io/acme/jobs/9?gclid=1', 'https://job-boards.eu.greenhouse.io/acme/jobs/9'],
  ])('%s → %s', (raw, canonical) => {
    expect(normalizeJobUrl(raw)).toBe(canonical);
    expect(entryFromFill(facts({ url: raw }), undefined, [], 1).url).toBe(canonical);
  });

  it('an entry must hold a web address: a javascript: link never becomes a job link', () => {
    const entry = entryFromFill(facts(), undefined, [], 1);
    expect(logEntrySchema.safeParse({ ...entry, url: 'javascript:alert(1)' }).success).toBe(false);
  });
});

describe('the repeat notice before Fill', () => {
  const applied = markApplied(entryFromFill(facts(), undefined, [], NOV_12 - DAY), NOV_12);
  const page = { url: 'https://jobs.lever.co/acme/7f3c2a10-0000-4000-8000-00000000a001/apply', company: 'Acme', title: 'Senior Engineer' };

  it('names the company, job, day and profile for the same job', () => {
    const notice = findRepeat([applied], page, NOV_12 + 40 * DAY);
    expect(notice).toMatchObject({ kind: 'same-job', text: `You applied to Acme (Senior Engineer) on ${dayLabel(NOV_12, NOV_12)} with the Rust profile.` });
    expect(dayLabel(NOV_12, NOV_12)).toBe('12 Nov');
  });

  it('the same company and title on another address is the same job', () => {
    expect(findRepeat([applied], { ...page, url: 'https://job-boards.greenhouse.io/acme/jobs/1', company: 'ACME', title: 'senior engineer' }, NOV_12)?.kind).toBe('same-job');
  });

  it('another job at the same company counts within 30 days, not after', () => {
    const other = { url: 'https://jobs.lever.co/acme/other-job', company: 'Acme, ', title: 'Data Engineer' };
    expect(findRepeat([applied], other, NOV_12 + 29 * DAY)).toMatchObject({ kind: 'same-company', entry: { title: 'Senior Engineer' } });
    expect(findRepeat([applied], other, NOV_12 + 31 * DAY)).toBeNull();
  });

  it('a fill not marked as applied says so; an unknown company matches nothing but the URL', () => {
    const filled = entryFromFill(facts(), undefined, [], NOV_12);
    expect(findRepeat([filled], page, NOV_12)?.text).toBe('You filled an application to Acme (Senior Engineer) on 12 Nov with the Rust profile (not marked as applied).');
    expect(findRepeat([{ ...filled, company: '' }], { url: 'https://jobs.lever.co/x/y', company: '', title: 'Senior Engineer' }, NOV_12)).toBeNull();
  });

  it('a date in another year carries the year', () => {
    expect(dayLabel(new Date(2025, 10, 12).getTime(), NOV_12)).toBe('12 Nov 2025');
  });
});
