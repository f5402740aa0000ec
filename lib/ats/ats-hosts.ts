/**
 * Where Applyfill runs, and nowhere else: the Greenhouse boards (with the `/embed/job_app` iframe that company
 * career sites load), the Greenhouse React job boards, Lever's apply pages (each with its EU twin), Ashby's
 * application pages and Workable's apply pages.
 */
export const ATS_MATCHES = [
  'https://boards.greenhouse.io/*',
  'https://boards.eu.greenhouse.io/*',
  'https://job-boards.greenhouse.io/*',
  'https://job-boards.eu.greenhouse.io/*',
  'https://jobs.lever.co/*/apply*',
  'https://jobs.eu.lever.co/*/apply*',
  'https://jobs.ashbyhq.com/*/application*',
  'https://apply.workable.com/*/j/*/apply*',
] as const;

/** Host access for exactly those hosts (host permissions cannot carry a path). */
export const HOST_PERMISSIONS = [
  'https://boards.greenhouse.io/*',
  'https://boards.eu.greenhouse.io/*',
  'https://job-boards.greenhouse.io/*',
  'https://job-boards.eu.greenhouse.io/*',
  'https://jobs.lever.co/*',
  'https://jobs.eu.lever.co/*',
  'https://jobs.ashbyhq.com/*',
  'https://apply.workable.com/*',
] as const;
