import type { FieldDescriptor } from '../fields/field-descriptor';
import type { Role } from '../roles/roles';

/**
 * Fields about another person (a reference, an emergency contact, a supervisor, whoever referred you, a previous
 * employer's switchboard) must never get the applicant's own details. Decided from the field's own words and the
 * section it sits in; a section rule reads only headings and a section's opening words, never a job title's
 * "Manager" (a page heading often is one), so managers and supervisors count in the field's label only.
 */
const CONTACT_ROLES: ReadonlySet<Role> = new Set<Role>([
  'first_name', 'last_name', 'full_name', 'preferred_name', 'pronouns', 'email', 'phone', 'phone_country',
  'location_city', 'location_full', 'location_region', 'postal_code', 'country',
  'linkedin', 'github', 'website', 'portfolio', 'twitter', 'other_url',
]);
const PERSONAL_ROLES: ReadonlySet<Role> = new Set<Role>([
  ...CONTACT_ROLES, 'current_company', 'current_title', 'school', 'degree', 'discipline', 'graduation_year', 'years_experience', 'languages',
]);

interface Rule {
  where: 'label' | 'section';
  pattern: RegExp;
  who: string;
  blocks: ReadonlySet<Role>;
}

// "reference" also means a job's reference number or "for reference": those do not name a person.
const REFERENCES = /\breferees?\b|\b(your|professional|personal|character|work|listed|three|two|\d) references?\b|^references?\b(?!\s*(number|no\b|code|id\b|#))|\breference (name|contact|e-?mail|phone|details|\d|#\d)/i;

const RULES: readonly Rule[] = [
  { where: 'label', pattern: REFERENCES, who: 'references', blocks: PERSONAL_ROLES },
  { where: 'section', pattern: REFERENCES, who: 'references', blocks: PERSONAL_ROLES },
  { where: 'label', pattern: /emergency|next of kin/i, who: 'an emergency contact', blocks: PERSONAL_ROLES },
  { where: 'section', pattern: /emergency contact|next of kin/i, who: 'an emergency contact', blocks: PERSONAL_ROLES },
  { where: 'label', pattern: /supervisor|\bmanager'?s\b|\b(your|hiring|line|reporting|direct) manager\b|\bmanager (name|e-?mail|phone|contact|title)/i, who: 'a supervisor or manager', blocks: PERSONAL_ROLES },
  { where: 'label', pattern: /\breferr(er|ing|ed you|ed by)\b|who referred|\breferral('s)? (name|e-?mail|phone|contact)/i, who: 'the person who referred you', blocks: PERSONAL_ROLES },
  { where: 'section', pattern: /^referrals?\b|\breferr(er|al) (information|details)/i, who: 'the person who referred you', blocks: PERSONAL_ROLES },
  { where: 'label', pattern: /\b(company|employer|employer'?s|business|office|organi[sz]ation)'?s? (phone|telephone|tel|e-?mail|fax|contact|address)\b/i, who: "an employer's contact details", blocks: CONTACT_ROLES },
  { where: 'section', pattern: /\b(previous|former|prior|past|most recent) employ(er|ment)|employment history|work history/i, who: 'a previous employer', blocks: CONTACT_ROLES },
  { where: 'label', pattern: /\b(spouse|partner|parent|guardian|relative|family member|relationship)\b/i, who: 'someone close to you', blocks: CONTACT_ROLES },
];

const HUMAN = new Set(['label', 'aria', 'question', 'placeholder']);

/** Whose details `field` asks for, when it is not the applicant's ("references"), or null. */
// A question the classifier left to the user may still ask for a contact detail ("Reference 1 Email").
const CONTACT_WORDS = /\b(name|e-?mail|phone|telephone|mobile|address|contact|relationship|title|company|organi[sz]ation)\b/i;

export function someoneElseAsked(field: FieldDescriptor, role: Role): string | null {
  const labels = field.labels.filter((l) => HUMAN.has(l.source)).map((l) => l.text);
  const asksContact = role === 'custom_question' && labels.some((t) => CONTACT_WORDS.test(t));
  if (!PERSONAL_ROLES.has(role) && !asksContact) return null;
  const blocked: Role = asksContact ? 'full_name' : role;
  const section = [field.section, field.sectionNote].filter(Boolean);
  const hit = RULES.find((r) => r.blocks.has(blocked) && (r.where === 'label' ? labels : section).some((t) => r.pattern.test(t)));
  if (!hit) return null;
  return field.groupIndex > 0 ? `${hit.who}, entry ${field.groupIndex}` : hit.who;
}
