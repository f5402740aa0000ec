import type { Role } from '../roles/roles';

/** HTML autocomplete tokens (WHATWG "autofill field names") that name a profile field outright. */
export const AUTOCOMPLETE_ROLES: Readonly<Record<string, Role>> = {
  'given-name': 'first_name',
  'family-name': 'last_name',
  name: 'full_name',
  nickname: 'preferred_name',
  email: 'email',
  tel: 'phone',
  'tel-national': 'phone',
  url: 'website',
  organization: 'current_company',
  'organization-title': 'current_title',
  'address-level2': 'location_city',
  country: 'country',
  'country-name': 'country',
};

export function roleFromAutocomplete(value: string): Role | undefined {
  const tokens = value.toLowerCase().trim().split(/\s+/);
  // The field name is the last token; "section-x shipping email" still names an email.
  const last = tokens[tokens.length - 1];
  // The token is the page's: own keys only, so "constructor" or "__proto__" is just an unknown token.
  return last && Object.hasOwn(AUTOCOMPLETE_ROLES, last) ? AUTOCOMPLETE_ROLES[last] : undefined;
}
