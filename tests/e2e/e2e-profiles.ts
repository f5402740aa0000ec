import { shippedProfiles } from '../../lib/profile/shipped-profiles';
import type { Profile } from '../../lib/profile/profile-schema';
import { withDemoContact } from '../../scripts/harness/demo-contact';

/**
 * The two shipped résumés with one clearly fake person (schema v2: the contact is stored once, for every
 * profile). A test tells which profile filled a page by the résumé: the current company, the headline.
 */
export function e2eProfiles(): [Profile, Profile] {
  const [rust, elixir] = shippedProfiles();
  return [withDemoContact(rust!, 'E2E A'), withDemoContact(elixir!, 'E2E B')];
}
