import type { AtsAdapter, SiteHint } from './ats-adapter';
import { displayLabel, type FieldDescriptor } from '../fields/field-descriptor';
import type { Role } from '../roles/roles';
import { cleanLabel } from '../fields/text-normalize';

const HOST = 'jobs.ashbyhq.com';
// `/<company>/<posting uuid>/application`; company slugs may hold spaces (%20), dots and capitals.
const APPLICATION_PATH = /^\/[^/]+\/[^/]+\/application\/?$/;

// Ashby's system fields: the question's `data-field-path` (also the control's id and name where it has them).
// Custom questions get a uuid path instead; some accounts imported from Greenhouse keep `phone`, `cover_letter`
// and `question_NNN`: those are read from their labels like any custom question, never by Greenhouse's names.
const SYSTEM_FIELDS: Readonly<Record<string, Role>> = {
  _systemfield_name: 'full_name',
  _systemfield_email: 'email',
  _systemfield_resume: 'resume_file',
  _systemfield_location: 'location_full',
  _systemfield_eeoc_gender: 'gender',
  _systemfield_eeoc_race: 'race_ethnicity',
  _systemfield_eeoc_veteran_status: 'veteran_status',
  _systemfield_eeoc_disability_status: 'disability_status',
  _systemfield_data_consent_ack: 'consent_privacy',
  _systemfield_recording_consent: 'consent_privacy',
};

/** The system path a control answers: its question's `data-field-path`, else one inside its id or name. */
function systemPath(field: FieldDescriptor): string | undefined {
  for (const raw of [field.siteKey ?? '', field.domId, field.name]) {
    // Radio groups are named `<form id>_<path>`: the path is the `_systemfield_…` tail.
    const path = /_systemfield_[a-z_]+$/.exec(raw)?.[0];
    if (path && Object.hasOwn(SYSTEM_FIELDS, path)) return path;
  }
  return undefined;
}

export const ashbyAdapter: AtsAdapter = {
  id: 'ashby',
  name: 'Ashby',
  hosts: [HOST],
  formPaths: '/*/application*',
  isForm: (url) => APPLICATION_PATH.test(url.pathname),
  // The posting and its form are one job; query parameters are tracking.
  canonicalJobUrl: (url) => `https://${url.hostname.toLowerCase()}${url.pathname.replace(/\/+$/, '').replace(/\/application$/, '')}`,
  careerSiteJobParams: [],
  // No own container known yet: the description reader falls back to Readability.
  descriptionRoot: () => null,
  titleSelector: 'h1',
  hint(field): SiteHint | null {
    // "Autofill from resume" parses an upload into the form: Applyfill fills the form itself and leaves it alone.
    if (field.kind === 'file' && /auto-?fill/i.test(displayLabel(field))) {
      return { role: 'unknown', reason: 'Ashby\'s "Autofill from resume" box: left alone (Applyfill fills the form itself)' };
    }
    const path = systemPath(field);
    if (!path) return null;
    // An account may relabel its name field "Preferred First Name": then the label, not the path, says what it asks.
    if (path === '_systemfield_name' && /preferred|nick\s?name|chosen/i.test(displayLabel(field))) return null;
    return { role: SYSTEM_FIELDS[path]!, reason: `Ashby system field "${path}"` };
  },
  jobInfo(root) {
    const title = root.querySelector('.ashby-job-posting-heading, h1');
    const company = decodeURIComponent(/ashbyhq\.com\/([^/]+)\//.exec(root.location?.href ?? '')?.[1] ?? '');
    const logoAlt = root.querySelector('.ashby-job-board-logo img, header img[alt]')?.getAttribute('alt') ?? '';
    return { company: cleanLabel(logoAlt.replace(/ logo$/i, '') || company), title: cleanLabel(title?.textContent ?? '') };
  },
};
