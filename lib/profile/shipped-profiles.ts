import rustP2p from '../../profiles/rust-p2p-networking.json';
import elixirStaff from '../../profiles/elixir-staff-engineer.json';
import { profileSchema, type Profile } from './profile-schema';

/** The two profiles Applyfill ships, built from the seed CVs. No names or contact details: the user adds them. */
export function shippedProfiles(): Profile[] {
  return [rustP2p, elixirStaff].map((raw) => profileSchema.parse(raw));
}
