import { shippedProfiles } from '../../lib/profile/shipped-profiles';
import type { Profile } from '../../lib/profile/profile-schema';
import { withDemoContact } from '../../scripts/harness/demo-contact';

/** Two clearly fake contacts on the two shipped profiles, so a test can tell which profile filled a page. */
export function e2eProfiles(): [Profile, Profile] {
  const [rust, elixir] = shippedProfiles();
  const first = withDemoContact(rust!, 'E2E A');
  const second: Profile = {
    ...elixir!,
    label: `E2E B · ${elixir!.label}`,
    identity: {
      ...elixir!.identity,
      firstName: 'Second',
      lastName: 'Tester',
      email: 'second.tester@example.org',
      phone: '+1 555 0199',
      location: { city: 'Berlin', region: '', postalCode: '', country: 'Germany' },
    },
    links: { ...elixir!.links, linkedin: 'https://www.linkedin.com/in/second-tester', github: 'https://github.com/second-tester', website: 'https://second-tester.example.org' },
  };
  return [first, second];
}
