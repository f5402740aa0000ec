import { describe, expect, it } from 'vitest';
import { normalizeJobUrl } from '../../lib/tailor/job-url';

describe('job URL normalization', () => {
  it.each([
    ['https://job-boards.greenhouse.io/acme/jobs/456?gh_src=abc&utm_source=x#app', 'https://job-boards.greenhouse.io/acme/jobs/456'],
    ['https://boards.greenhouse.io/acme/jobs/456', 'https://job-boards.greenhouse.io/acme/jobs/456'],
    ['https://boards.eu.greenhouse.io/acme/jobs/456/', 'https://job-boards.eu.greenhouse.io/acme/jobs/456'],
    ['https://boards.greenhouse.io/embed/job_app?for=acme&token=456&b=https%3A%2F%2Facme.com', 'https://job-boards.greenhouse.io/acme/jobs/456'],
    ['https://boards.greenhouse.io/embed/job_app?token=456', 'https://job-boards.greenhouse.io/embed/job_app?token=456'],
    ['https://acme.com/careers/open-roles?gh_jid=456&gh_src=li', 'https://acme.com/careers/open-roles?gh_jid=456'],
    ['https://acme.com/careers?token=secret&page=2', 'https://acme.com/careers'],
    ['https://jobs.lever.co/acme/7f3c2a10-0000-4000-8000-00000000a001/apply?lever-source=linkedin', 'https://jobs.lever.co/acme/7f3c2a10-0000-4000-8000-00000000a001'],
    ['https://jobs.eu.lever.co/acme/7f3c2a10-0000-4000-8000-00000000a001', 'https://jobs.eu.lever.co/acme/7f3c2a10-0000-4000-8000-00000000a001'],
    ['HTTPS://Jobs.Lever.co/acme/x/apply/', 'https://jobs.lever.co/acme/x'],
    ['  not a url  ', 'not a url'],
    ['about:blank', 'about:blank'],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeJobUrl(raw)).toBe(expected);
  });

  it('reads a job the same from its posting page and its application form', () => {
    const posting = 'https://jobs.lever.co/acme/7f3c2a10-0000-4000-8000-00000000a001';
    expect(normalizeJobUrl(`${posting}/apply`)).toBe(normalizeJobUrl(posting));
    expect(normalizeJobUrl('https://boards.greenhouse.io/embed/job_app?for=acme&token=7001')).toBe(normalizeJobUrl('https://job-boards.greenhouse.io/acme/jobs/7001#app'));
  });
});
