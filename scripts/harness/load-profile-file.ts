import { readFileSync } from 'node:fs';
import { fromJsonResume } from '../../lib/profile/json-resume';
import { parseProfile } from '../../lib/profile/parse-profile';
import type { Profile } from '../../lib/profile/profile-schema';

/** A profile file in Applyfill's own format or JSON Resume; a clear error otherwise. */
export function loadProfileFile(path: string): Profile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: not readable JSON (${(error as Error).message})`);
  }
  const isJsonResume = typeof raw === 'object' && raw !== null && ('basics' in raw || 'work' in raw) && !('schemaVersion' in raw);
  const result = isJsonResume ? fromJsonResume(raw) : parseProfile(raw);
  if (!result.ok) throw new Error(`${path}: ${result.error}`);
  return result.value;
}
