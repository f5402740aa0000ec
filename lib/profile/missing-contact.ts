import type { Profile } from './profile-schema';

/** Contact facts forms ask first, which the shipped profiles leave for the user to enter once. */
export function missingContact(profile: Profile): string[] {
  const { identity } = profile;
  const missing: string[] = [];
  if (!identity.firstName) missing.push('first name');
  if (!identity.lastName) missing.push('last name');
  if (!identity.email) missing.push('email');
  if (!identity.phone) missing.push('phone');
  return missing;
}
