import type { Profile } from '../../lib/profile/profile-schema';

/**
 * A clearly fake contact for the demo and the tests. It is written only into a throwaway browser profile's
 * storage; the shipped profiles never carry contact details.
 */
export const DEMO_CONTACT = {
  identity: {
    firstName: 'Demo',
    lastName: 'Candidate',
    preferredName: '',
    pronouns: '',
    email: 'demo.candidate@example.com',
    phone: '+49 30 5550100',
    location: { city: 'Berlin', region: '', postalCode: '', country: 'Germany' },
  },
  links: {
    linkedin: 'https://www.linkedin.com/in/demo-candidate',
    github: 'https://github.com/demo-candidate',
    website: 'https://demo-candidate.example.com',
    portfolio: '',
    twitter: '',
    others: [],
  },
} satisfies Pick<Profile, 'identity' | 'links'>;

export function withDemoContact(profile: Profile, marker = 'DEMO contact'): Profile {
  return { ...profile, label: `${marker} · ${profile.label}`, ...structuredClone(DEMO_CONTACT) };
}
