import type { AtsAdapter, SiteHint } from './ats-adapter';
import type { Role } from '../roles/roles';
import { cleanLabel } from '../fields/text-normalize';

const HOSTS = ['jobs.lever.co', 'jobs.eu.lever.co'] as const;
const TITLE = '.posting-header h2, .posting-headline h2';
// `/<company>/<posting id>/apply`: the posting itself is one level up.
const FORM_PATH = /^\/[^/]+\/[^/]+\/apply\/?$/;

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
  hosts: HOSTS,
  formPaths: '/*/apply*',
  isForm: (url) => FORM_PATH.test(url.pathname),
  // The posting and its `/apply` form are one job; `lever-source` and the like are tracking.
  canonicalJobUrl: (url) => `https://${url.hostname.toLowerCase()}${url.pathname.replace(/\/+$/, '').replace(/\/apply$/, '')}`,
  careerSiteJobParams: [],
  // Lever splits the description into sibling sections ("What you'll do", "Requirements"): take them all.
  descriptionRoot(doc) {
    const el = doc.querySelector('.posting-page [data-qa=job-description]');
    return el?.closest('.section-wrapper') ?? el;
  },
  descriptionElsewhere:
    'Lever shows the job description on the posting page, not on the application form. Open the posting (the same address without /apply) or paste the description.',
  titleSelector: TITLE,
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
    const title = root.querySelector(`${TITLE}, h2`);
    const company = /lever\.co\/([^/]+)\//.exec(root.location?.href ?? '')?.[1] ?? '';
    const logoAlt = root.querySelector('.main-header-logo img')?.getAttribute('alt') ?? '';
    return { company: cleanLabel(logoAlt.replace(/ logo$/i, '') || company), title: cleanLabel(title?.textContent ?? '') };
  },
};
