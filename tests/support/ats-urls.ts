import type { AtsId } from '../../lib/ats/ats-adapter';

/**
 * Per ATS, the form URLs its adapter must accept (every other adapter must reject them) and near misses it must
 * reject. Kept here, not in the adapters, so test data stays out of the shipped bundles. A `Record` over the ids:
 * a new adapter does not compile until it has its URLs.
 */
export const ATS_URLS: Record<AtsId, { accept: readonly string[]; reject: readonly string[] }> = {
  greenhouse: {
    accept: [
      'https://boards.greenhouse.io/acme/jobs/123',
      'https://boards.greenhouse.io/acme/jobs/123?gh_src=abc#app',
      'https://boards.greenhouse.io/embed/job_app?for=acme&token=7001',
      'https://job-boards.greenhouse.io/acme/jobs/456',
      'https://boards.eu.greenhouse.io/acme/jobs/123',
      'https://job-boards.eu.greenhouse.io/acme/jobs/456',
      'https://boards.eu.greenhouse.io/embed/job_app?for=acme&token=7001',
    ],
    reject: ['https://www.greenhouse.io/', 'https://greenhouse.io.evil.example/acme/jobs/1', 'https://app.greenhouse.io/jobs/1', 'http://boards.greenhouse.io/acme/jobs/1'],
  },
  lever: {
    accept: [
      'https://jobs.lever.co/acme/7f3c2a10-0000-4000-8000-00000000a001/apply',
      'https://jobs.lever.co/acme/7f3c2a10-0000-4000-8000-00000000a001/apply?lever-source=linkedin',
      'https://jobs.eu.lever.co/acme/7f3c2a10-0000-4000-8000-00000000a001/apply',
    ],
    reject: ['https://jobs.lever.co/acme', 'https://jobs.lever.co/acme/7f3c2a10-0000-4000-8000-00000000a001', 'https://lever.co/apply'],
  },
  ashby: {
    accept: [
    'https://jobs.ashbyhq.com/acme/3f1c2a10-0000-4000-8000-00000000b001/application',
    'https://jobs.ashbyhq.com/acme/3f1c2a10-0000-4000-8000-00000000b001/application?utm_source=linkedin',
    'https://jobs.ashbyhq.com/Acme%20Careers/3f1c2a10-0000-4000-8000-00000000b002/application',
  ],
    reject: [
    'https://jobs.ashbyhq.com/acme',
    'https://jobs.ashbyhq.com/acme/3f1c2a10-0000-4000-8000-00000000b001',
    'https://ashbyhq.com/acme/3f1c2a10-0000-4000-8000-00000000b001/application',
    'https://jobs.ashbyhq.com.evil.example/acme/1/application',
    'http://jobs.ashbyhq.com/acme/3f1c2a10-0000-4000-8000-00000000b001/application',
  ],
  },
  workable: {
    accept: [
    'https://apply.workable.com/acme/j/4F2A9C01D3/apply/',
    'https://apply.workable.com/acme/j/4F2A9C01D3/apply',
    'https://apply.workable.com/acme-robotics/j/4F2A9C01D4/apply/?utm_source=linkedin',
  ],
    reject: [
    'https://apply.workable.com/acme/',
    'https://apply.workable.com/acme/j/4F2A9C01D3/',
    'https://www.workable.com/acme/j/4F2A9C01D3/apply/',
    'https://apply.workable.com.evil.example/acme/j/1/apply/',
  ],
  },
};
