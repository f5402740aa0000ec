import { shippedProfiles } from '../../lib/profile/shipped-profiles';
import type { Profile } from '../../lib/profile/profile-schema';
import { withDemoContact } from './demo-contact';

export const RESUME_NAME = 'demo-candidate-cv.pdf';

/**
 * The Rust profile with the demo contact and the standard answers a person stores once: may work in Germany and
 * the United States, needs no sponsorship, declines every self-identification question, keeps a résumé (its bytes
 * are put in extension storage by stored-resume.ts). For the field-engine e2e test and the bench.
 */
export function demoProfileWithAnswers(marker = 'Demo answers'): Profile {
  const base = withDemoContact(shippedProfiles()[0]!, marker);
  const decline = { kind: 'decline' as const };
  return {
    ...base,
    id: 'demo-answers',
    answers: {
      ...base.answers,
      workAuthorization: [
        { country: 'Germany', authorized: 'yes' },
        { country: 'United States', authorized: 'yes' },
      ],
      needsSponsorship: 'no',
    },
    selfIdentification: { gender: decline, raceEthnicity: decline, hispanicLatino: decline, veteranStatus: decline, disabilityStatus: decline },
    documents: { ...base.documents, resume: { name: RESUME_NAME, type: 'application/pdf', size: 0, storageKey: 'file:resume-demo-answers' } },
  };
}
