import type { AtsAdapter, SiteHint } from './ats-adapter';
import type { Role } from '../roles/roles';
import { cleanLabel } from '../fields/text-normalize';

const HOSTS = /^jobs(\.eu)?\.lever\.co$/;

const STANDARD: Readonly<Record<string, Role>> = {
  name: 'full_name',
  email: 'email',
  phone: 'phone',
  location: 'location_full',
  org: 'current_company',
  resume: 'resume_file',
  comments: 'cover_letter_text',
  pronouns: 'pronouns',
  'eeo[gender]': 'gender',
  'eeo[race]': 'race_ethnicity',
  'eeo[veteran]': 'veteran_status',
  'eeo[disability]': 'disability_status',
};

// `urls[...]` keys are chosen per account and spelled freely ("LinkedIn", "Linkedin", "Github", "Portfolio").
const URL_KEYS: ReadonlyArray<[RegExp, Role]> = [
  [/linked\s?in/i, 'linkedin'],
  [/git\s?hub/i, 'github'],
  [/twitter|^x$/i, 'twitter'],
  [/portfolio/i, 'portfolio'],
  [/web\s?site|blog|home\s?page/i, 'website'],
  [/other/i, 'other_url'],
];

export const leverAdapter: AtsAdapter = {
  id: 'lever',
  name: 'Lever',
  testUrls: [
    'https://jobs.lever.co/acme/7f3c2a10-0000-4000-8000-00000000a001/apply',
    'https://jobs.lever.co/acme/7f3c2a10-0000-4000-8000-00000000a001/apply?lever-source=linkedin',
    'https://jobs.eu.lever.co/acme/7f3c2a10-0000-4000-8000-00000000a001/apply',
  ],
  rejectUrls: ['https://jobs.lever.co/acme', 'https://jobs.lever.co/acme/7f3c2a10-0000-4000-8000-00000000a001', 'https://lever.co/apply'],
  detect: (url) => url.protocol === 'https:' && HOSTS.test(url.hostname) && /^\/[^/]+\/[^/]+\/apply\/?$/.test(url.pathname),
  hint(field): SiteHint | null {
    // Own keys only: a control named "toString" must not find Object.prototype's members.
    const standard = Object.hasOwn(STANDARD, field.name) ? STANDARD[field.name] : undefined;
    if (standard) return { role: standard, reason: `Lever standard field "${field.name}"` };
    const key = /^urls\[(.+)\]$/.exec(field.name)?.[1];
    if (key) {
      const role = URL_KEYS.find(([re]) => re.test(key))?.[1] ?? 'other_url';
      return { role, reason: `Lever link field "${field.name}"` };
    }
    // Lever's "Custom" pronouns box has no name: ticking it only reveals a text box for pronouns in your own words.
    if (field.domId === 'customPronounsOption') return { role: 'unknown', reason: 'Lever custom-pronouns toggle: tick it yourself to write your own' };
    if (/^consent\[/.test(field.name)) return { role: 'consent_privacy', reason: `Lever consent box "${field.name}"` };
    return null;
  },
  jobInfo(root) {
    const title = root.querySelector('.posting-header h2, .posting-headline h2, h2');
    const company = /lever\.co\/([^/]+)\//.exec(root.location?.href ?? '')?.[1] ?? '';
    const logoAlt = root.querySelector('.main-header-logo img')?.getAttribute('alt') ?? '';
    return { company: cleanLabel(logoAlt.replace(/ logo$/i, '') || company), title: cleanLabel(title?.textContent ?? '') };
  },
};
