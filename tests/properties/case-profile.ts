import type { StoredFileBytes } from '../../lib/fill/fill-file';
import { profileSchema, type Profile } from '../../lib/profile/profile-schema';
import { shippedProfiles } from '../../lib/profile/shipped-profiles';
import { DEMO_CONTACT } from '../../scripts/harness/demo-contact';
import type { FormCase } from './form-spec';

export const RESUME_KEY = 'file:fuzz-resume';
const RESUME: StoredFileBytes = { name: 'resume.pdf', type: 'application/pdf', bytes: new Uint8Array([37, 80, 68, 70]) };

// The standard answers a person stores once (shipped profiles carry none), so choice questions can be filled.
const ANSWERS = {
  workAuthorization: [{ country: 'Germany', authorized: 'yes' }],
  needsSponsorship: 'no',
  willingToRelocate: 'yes',
  remotePreference: 'remote',
  howHeard: 'LinkedIn',
  yearsOfExperience: '12',
};

const made = new Map<string, Profile>();

/** A shipped profile (profiles/*.json), with contact details, a stored résumé and self-identification as the case says. */
export function profileFor(spec: FormCase['profile']): Profile {
  // Few distinct specs, and parsing a profile costs more than a small case: each is made once (the pipeline never
  // writes to it).
  const key = JSON.stringify(spec);
  let profile = made.get(key);
  if (!profile) made.set(key, (profile = makeProfile(spec)));
  return profile;
}

function makeProfile(spec: FormCase['profile']): Profile {
  const base = shippedProfiles()[spec.index % 2]!;
  const answer = spec.selfId === 'answer' ? { kind: 'answer' as const, value: 'Female' } : { kind: spec.selfId };
  return profileSchema.parse({
    ...base,
    ...(spec.contact ? structuredClone(DEMO_CONTACT) : {}),
    documents: {
      ...base.documents,
      ...(spec.resume ? { resume: { name: RESUME.name, type: RESUME.type, size: RESUME.bytes.length, storageKey: RESUME_KEY } } : {}),
    },
    ...(spec.answers ? { answers: ANSWERS, identity: { ...(spec.contact ? DEMO_CONTACT.identity : base.identity), pronouns: 'they/them' } } : {}),
    selfIdentification: { gender: answer, raceEthnicity: answer, hispanicLatino: answer, veteranStatus: answer, disabilityStatus: answer },
  });
}

export async function readFile(key: string): Promise<StoredFileBytes | null> {
  return key === RESUME_KEY ? { ...RESUME, bytes: RESUME.bytes.slice() } : null;
}
