import type { AtsAdapter, SiteHint } from './ats-adapter';
import type { FieldDescriptor } from '../fields/field-descriptor';
import type { Role } from '../roles/roles';
import { cleanLabel } from '../fields/text-normalize';

const HOSTS = /^(boards|job-boards)(\.eu)?\.greenhouse\.io$/;

// Ids (React layout) and `job_application[...]` keys (classic layout) Greenhouse uses for its standard questions.
const STANDARD: Readonly<Record<string, Role>> = {
  first_name: 'first_name',
  last_name: 'last_name',
  preferred_name: 'preferred_name',
  email: 'email',
  phone: 'phone',
  country: 'phone_country',
  resume: 'resume_file',
  cover_letter: 'cover_letter_file',
  cover_letter_text: 'cover_letter_text',
  'candidate-location': 'location_full',
  location: 'location_full',
  gender: 'gender',
  race: 'race_ethnicity',
  hispanic_ethnicity: 'hispanic_latino',
  veteran_status: 'veteran_status',
  disability_status: 'disability_status',
};

function standardKey(field: FieldDescriptor): string | undefined {
  const classic = /^job_application\[([a-z_]+)\]$/.exec(field.name)?.[1];
  // Own keys only: a control named "constructor" or "toString" must not find Object.prototype's members.
  if (classic && Object.hasOwn(STANDARD, classic)) return classic;
  if (Object.hasOwn(STANDARD, field.domId)) return field.domId;
  return undefined;
}

export const greenhouseAdapter: AtsAdapter = {
  id: 'greenhouse',
  name: 'Greenhouse',
  testUrls: [
    'https://boards.greenhouse.io/acme/jobs/123',
    'https://boards.greenhouse.io/acme/jobs/123?gh_src=abc#app',
    'https://boards.greenhouse.io/embed/job_app?for=acme&token=7001',
    'https://job-boards.greenhouse.io/acme/jobs/456',
    'https://boards.eu.greenhouse.io/acme/jobs/123',
    'https://job-boards.eu.greenhouse.io/acme/jobs/456',
    'https://boards.eu.greenhouse.io/embed/job_app?for=acme&token=7001',
  ],
  rejectUrls: ['https://www.greenhouse.io/', 'https://greenhouse.io.evil.example/acme/jobs/1', 'https://app.greenhouse.io/jobs/1'],
  detect: (url) => url.protocol === 'https:' && HOSTS.test(url.hostname),
  hint(field): SiteHint | null {
    const key = standardKey(field);
    if (!key) return null;
    // The phone widget's "Country" combobox sits inside the phone fieldset; a bare `country` elsewhere is residence.
    const role = key === 'country' && field.kind !== 'combobox' ? 'country' : STANDARD[key]!;
    return { role, reason: `Greenhouse standard field "${field.name || field.domId}"` };
  },
  jobInfo(root) {
    const title = root.querySelector('.job__title h1, .app-title, h1.section-header, h1');
    const company =
      root.querySelector('.company-name, .job__header .company')?.textContent ??
      new URL(root.location?.href ?? 'https://x/').searchParams.get('for') ??
      /greenhouse\.io\/([^/]+)\/jobs/.exec(root.location?.href ?? '')?.[1] ??
      '';
    return { company: cleanLabel(company ?? ''), title: cleanLabel(title?.textContent ?? '') };
  },
};
