import type { Identity } from '../profile/identity-schema';
import { contactSchema, linksSchema } from '../profile/profile-schema';
import { completeUrl } from '../profile/complete-url';
import { plainIssue } from '../profile/plain-issue';

export type OnboardingStep = 'you' | 'resumes' | 'done';

/** The first-run questions: who you are, once. Keys are where each answer goes in the identity. */
export const CONTACT_FIELDS = [
  { key: 'firstName', label: 'First name', autocomplete: 'given-name', required: true },
  { key: 'lastName', label: 'Last name', autocomplete: 'family-name', required: true },
  { key: 'email', label: 'E-mail', autocomplete: 'email', type: 'email', required: true },
  { key: 'phone', label: 'Phone', autocomplete: 'tel', type: 'tel' },
  { key: 'city', label: 'City', autocomplete: 'address-level2' },
  { key: 'country', label: 'Country', autocomplete: 'country-name' },
  { key: 'linkedin', label: 'LinkedIn', url: true, placeholder: 'linkedin.com/in/you' },
  { key: 'github', label: 'GitHub', url: true, placeholder: 'github.com/you' },
  { key: 'website', label: 'Website', url: true, placeholder: 'you.example' },
] as const;

export type ContactKey = (typeof CONTACT_FIELDS)[number]['key'];
export type ContactDraft = Record<ContactKey, string>;

export interface OnboardingState {
  step: OnboardingStep;
  contact: ContactDraft;
  errors: Partial<Record<ContactKey, string>>;
}

export function startOnboarding(identity: Identity): OnboardingState {
  const { contact, links } = identity;
  return {
    step: 'you',
    contact: {
      firstName: contact.firstName,
      lastName: contact.lastName,
      email: contact.email,
      phone: contact.phone,
      city: contact.location.city,
      country: contact.location.country,
      linkedin: links.linkedin,
      github: links.github,
      website: links.website,
    },
    errors: {},
  };
}

export const setContactField = (state: OnboardingState, key: ContactKey, value: string): OnboardingState => {
  const { [key]: _fixed, ...errors } = state.errors;
  return { ...state, contact: { ...state.contact, [key]: value }, errors };
};

/** Check the answers (web addresses completed first) and fold them into the identity, or say what is wrong. */
export function submitContact(state: OnboardingState, identity: Identity): { state: OnboardingState; identity?: Identity } {
  const c = { ...state.contact };
  for (const f of CONTACT_FIELDS) if ('url' in f) c[f.key] = completeUrl(c[f.key]);
  const errors: OnboardingState['errors'] = {};
  for (const f of CONTACT_FIELDS) if ('required' in f && !c[f.key].trim()) errors[f.key] = `${f.label} is needed: forms ask for it first`;
  const contact = contactSchema.safeParse({
    ...identity.contact,
    firstName: c.firstName.trim(),
    lastName: c.lastName.trim(),
    email: c.email.trim(),
    phone: c.phone.trim(),
    location: { ...identity.contact.location, city: c.city.trim(), country: c.country.trim() },
  });
  const links = linksSchema.safeParse({ ...identity.links, linkedin: c.linkedin, github: c.github, website: c.website });
  for (const issue of [...(contact.success ? [] : contact.error.issues), ...(links.success ? [] : links.error.issues)]) {
    const key = (issue.path[0] === 'location' ? issue.path[1] : issue.path[0]) as ContactKey;
    errors[key] ??= plainIssue(issue.message);
  }
  const next = { ...state, contact: c, errors };
  if (Object.keys(errors).length || !contact.success || !links.success) return { state: next };
  return { state: { ...next, step: 'resumes' }, identity: { ...identity, contact: contact.data, links: links.data } };
}

export const goTo = (state: OnboardingState, step: OnboardingStep): OnboardingState => ({ ...state, step });
