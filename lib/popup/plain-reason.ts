import type { Classification } from '../classify/classification';
import type { PlanStep } from '../plan/fill-plan';
import type { Role } from '../roles/roles';

// What a role is called in a sentence; roles not listed read as their words ("notice_period" → "notice period").
const ROLE_WORDS: Partial<Record<Role, string>> = {
  email: 'e-mail',
  phone: 'phone number',
  phone_country: 'phone country',
  location_city: 'city',
  location_full: 'location',
  linkedin: 'LinkedIn',
  github: 'GitHub',
  twitter: 'X / Twitter',
  other_url: 'link',
  resume_file: 'résumé',
  cover_letter_file: 'cover letter',
  cover_letter_text: 'cover letter',
  work_authorized: 'work authorization',
  needs_sponsorship: 'visa sponsorship',
  willing_to_relocate: 'relocation',
  how_heard: '"how did you hear"',
  race_ethnicity: 'race / ethnicity',
  hispanic_latino: 'Hispanic / Latino',
  consent_privacy: 'privacy consent',
  custom_question: 'question',
  education_entry: 'education',
  experience_entry: 'latest position',
};

export const roleWords = (role: Role): string => ROLE_WORDS[role] ?? role.replace(/_/g, ' ');

/** How the field was recognised, in words: "the form's e-mail field", "label 'LinkedIn Profile'". */
function recognised(step: PlanStep, c: Classification | undefined): string {
  const what = roleWords(step.role);
  switch (c?.signal) {
    case 'ats-hint':
    case 'identifier':
      return `the form's ${what} field`;
    case 'autocomplete':
      return `the page marks it as your ${what}`;
    case 'input-type':
      return `an ${what} box`.replace(/^an ([^aeiou])/i, 'a $1');
    case 'follow-up':
    case 'prose-question':
    case 'someone-else':
      return 'a question in your own words';
    default:
      // label, label-question, the name post-passes, and rows no rule recognised: the page's own words.
      return `label ‘${step.label}’`;
  }
}

/** Why it needs the person, in words, from the planner's own reason. */
function whyNeeded(step: PlanStep): string {
  const r = step.reason;
  if (/^no option fits/.test(r)) return 'none of the page’s options fits your answer';
  if (/^more than one option/.test(r)) return 'more than one of the page’s options could fit';
  return 'not in your details yet';
}

/**
 * The reason a person reads under a row: how the field was recognised, and for rows left to them, why. The
 * planner's own reason (developer words) stays available as the row's detail.
 */
export function plainReason(step: PlanStep, c: Classification | undefined): string {
  // An answer from the bank says where it came from ("your answer to '…' (Acme, Lever, 2 Dec)"), and a question
  // left to the person says which stored answer came close: both are already words a person reads.
  if (step.role === 'custom_question') return step.action === 'fill' || step.reason.startsWith('a question for you to answer') ? step.reason : 'a question for you to answer';
  // A "+ Add" entry: what pressing it would do, and that it happens only when ticked.
  if (step.kind === 'add-entry') return step.action === 'needs-you' ? `“+ Add” under ‘${step.label}’: ${whyNeeded(step)}` : `your ${roleWords(step.role)}, added with “+ Add” under ‘${step.label}’ only when ticked; you press the entry’s Save`;
  const how = recognised(step, c);
  if (step.action === 'needs-you') return `${how}: ${whyNeeded(step)}`;
  if (step.action === 'skip' && /already holds/.test(step.reason)) return `${how}: you already filled it; kept`;
  if (step.action === 'skip' && /unticked/.test(step.reason)) return `${how}: left out by you`;
  return how;
}
