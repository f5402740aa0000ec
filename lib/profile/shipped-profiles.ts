import rustP2p from '../../profiles/rust-p2p-networking.json';
import elixirStaff from '../../profiles/elixir-staff-engineer.json';
import { emptyIdentity } from './identity-schema';
import { parseStoredEntry } from './parse-profile';
import { foldEntries, wholeProfiles, type ProfileData } from './profile-data';
import type { Profile } from './profile-schema';

/**
 * The two résumés Applyfill ships, built from the seed CVs, and the person data they hold (languages; no names or
 * contact details: the user adds them, once).
 */
export function shippedData(): ProfileData {
  const entries = [rustP2p, elixirStaff].map((raw, i) => {
    const parsed = parseStoredEntry(raw, `shipped.${i}`);
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.value;
  });
  const { identity, resumes } = foldEntries(emptyIdentity(), entries);
  return { identity, resumes };
}

/** The shipped résumés, each with the shipped identity, as whole profiles. */
export function shippedProfiles(): Profile[] {
  return wholeProfiles(shippedData());
}
