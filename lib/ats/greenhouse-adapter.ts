import type { AtsAdapter, SiteHint } from './ats-adapter';
import type { FieldDescriptor } from '../fields/field-descriptor';
import type { Role } from '../roles/roles';
import { cleanLabel } from '../fields/text-normalize';

const HOSTS = ['boards.greenhouse.io', 'boards.eu.greenhouse.io', 'job-boards.greenhouse.io', 'job-boards.eu.greenhouse.io'] as const;
const TITLE = '.job__title h1, .app-title, h1.section-header';

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
  hosts: HOSTS,
  // Every page of a board: the form sits under the posting (React boards) or in the `/embed/job_app` iframe.
  formPaths: '/*',
  isForm: () => true,
  canonicalJobUrl(url) {
    // The `boards.` host, its `job-boards.` successor and the embed form (`?for=acme&token=123`) name one job
    // (`acme/jobs/123`); only the job's own parameters are kept (`gh_src`, `utm_*` are tracking).
    const eu = url.hostname.includes('.eu.') ? '.eu' : '';
    let path = url.pathname.replace(/\/+$/, '');
    const board = url.searchParams.get('for');
    const token = url.searchParams.get('token');
    const kept = new URLSearchParams();
    const jid = url.searchParams.get('gh_jid');
    if (jid) kept.set('gh_jid', jid);
    if (path === '/embed/job_app' && board && token) path = `/${encodeURIComponent(board)}/jobs/${encodeURIComponent(token)}`;
    else if (token) kept.set('token', token);
    const query = kept.toString();
    return `https://job-boards${eu}.greenhouse.io${path}${query ? `?${query}` : ''}`;
  },
  // Company career pages name the job with `?gh_jid=123` around the embedded form.
  careerSiteJobParams: ['gh_jid'],
  // On the 2025 React boards Readability took the form and its EEO survey into the "article"; the container holds
  // the description and nothing else. `#content` is the classic board's.
  descriptionRoot: (doc) => doc.querySelector('.job__description') ?? doc.querySelector('#content'),
  titleSelector: TITLE,
  hint(field): SiteHint | null {
    const key = standardKey(field);
    if (!key) return null;
    // The phone widget's "Country" combobox sits inside the phone fieldset; a bare `country` elsewhere is residence.
    const role = key === 'country' && field.kind !== 'combobox' ? 'country' : STANDARD[key]!;
    return { role, reason: `Greenhouse standard field "${field.name || field.domId}"` };
  },
  jobInfo(root) {
    const title = root.querySelector(`${TITLE}, h1`);
    const company =
      root.querySelector('.company-name, .job__header .company')?.textContent ??
      new URL(root.location?.href ?? 'https://x/').searchParams.get('for') ??
      /greenhouse\.io\/([^/]+)\/jobs/.exec(root.location?.href ?? '')?.[1] ??
      '';
    return { company: cleanLabel(company ?? ''), title: cleanLabel(title?.textContent ?? '') };
  },
};
