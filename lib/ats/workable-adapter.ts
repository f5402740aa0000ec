import type { AtsAdapter, SiteHint } from './ats-adapter';
import type { FieldDescriptor } from '../fields/field-descriptor';
import type { Role } from '../roles/roles';
import { cleanLabel } from '../fields/text-normalize';

const HOST = 'apply.workable.com';
// `/<company>/j/<shortcode>/apply/`
const APPLY_PATH = /^\/[^/]+\/j\/[^/]+\/apply\/?$/;

// Workable names its standard fields in `data-ui` (and `name`); custom questions are `QA_<n>` / `CA_<n>`.
const STANDARD: Readonly<Record<string, Role>> = {
  firstname: 'first_name',
  lastname: 'last_name',
  email: 'email',
  headline: 'headline',
  phone: 'phone',
  // One free-text box, "Include your city, region, and country"; the hidden city/postcode/country boxes beside
  // it are Workable's own, filled by its script.
  address: 'location_full',
  summary: 'summary',
  cover_letter: 'cover_letter_text',
  resume: 'resume_file',
  gdpr: 'consent_privacy',
};

function standardKey(field: FieldDescriptor): string | undefined {
  for (const key of [field.siteKey ?? '', field.name, field.domId]) if (key && Object.hasOwn(STANDARD, key)) return key;
  return undefined;
}

export const workableAdapter: AtsAdapter = {
  id: 'workable',
  name: 'Workable',
  hosts: [HOST],
  formPaths: '/*/j/*/apply*',
  isForm: (url) => APPLY_PATH.test(url.pathname),
  // The posting and its form are one job; query parameters are tracking.
  canonicalJobUrl: (url) => `https://${url.hostname.toLowerCase()}${url.pathname.replace(/\/+$/, '').replace(/\/apply$/, '')}`,
  careerSiteJobParams: [],
  // No own container known yet: the description reader falls back to Readability.
  descriptionRoot: () => null,
  titleSelector: 'h1',
  hint(field): SiteHint | null {
    if (field.siteKey === 'avatar') return { role: 'unknown', reason: 'Workable photo upload: a picture is yours to add' };
    const key = standardKey(field);
    if (!key) return null;
    return { role: STANDARD[key]!, reason: `Workable standard field "${key}"` };
  },
  jobInfo(root) {
    const title = root.querySelector('[data-ui="job-title"], h1');
    const company = /workable\.com\/([^/]+)\//.exec(root.location?.href ?? '')?.[1] ?? '';
    const logoAlt = root.querySelector('[data-ui="company-logo"] img, [data-ui="header-logo"] img')?.getAttribute('alt') ?? '';
    return { company: cleanLabel(logoAlt.replace(/ logo$/i, '') || company), title: cleanLabel(title?.textContent ?? '') };
  },
};
