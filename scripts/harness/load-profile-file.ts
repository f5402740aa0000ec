import { readFileSync } from 'node:fs';
import { parseImport } from '../../lib/profile/profile-import';
import { wholeProfiles } from '../../lib/profile/profile-data';
import type { Profile } from '../../lib/profile/profile-schema';

/** A profile file in Applyfill's own format (any version) or JSON Resume, as a whole profile; a clear error otherwise. */
export function loadProfileFile(path: string): Profile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`${path}: not readable (${(error as Error).message})`);
  }
  const result = parseImport(text, []);
  if (!result.ok) throw new Error(`${path}: ${result.error}`);
  return wholeProfiles(result.value)[0]!;
}
