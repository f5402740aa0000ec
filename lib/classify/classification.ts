import type { Role } from '../roles/roles';

/**
 * Which rule decided, one name per rule, in the fixed order they are tried (classify-field.ts), then the
 * post-passes over neighbours. Tests assert these, not the prose of the reason.
 */
export type Signal =
  | 'forbidden' // a control the fill must never touch (hidden, read-only, a CAPTCHA…)
  | 'add-entry' // a "+ Add" button under an education or work-experience heading
  | 'secret' // a password, a government id, a date of birth: never filled, whatever else the label says
  | 'ats-hint' // the board's own field name or key (adapter.hint)
  | 'autocomplete' // the page's autocomplete token
  | 'input-type' // type="email" / type="tel"
  | 'identifier' // the control's name or id, strict patterns only
  | 'label' // a label a person reads matched a pattern
  | 'label-question' // "What is your X?" where X is exactly a field name
  | 'follow-up' // "If yes, please explain": a follow-up to another answer
  | 'prose-question' // a question in prose that mentions a field name but asks for more
  | 'no-match' // a label, but no profile fact fits it
  | 'no-label' // nothing to read
  | 'name-pair' // post-pass: two "Name" boxes in a row are first and last name
  | 'relabelled-name' // post-pass: the site's name field relabelled "first name" beside a last-name question
  | 'someone-else'; // post-pass: the field asks about a reference, a manager, a previous employer…

export interface Classification {
  role: Role;
  signal: Signal;
  /** A sentence a person can read: what was looked at and what it matched. */
  reason: string;
}

export type ClassificationMap = Record<string, Classification>;
