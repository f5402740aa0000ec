import type { Profile } from '../profile/profile-schema';
import { coveredKeys } from './bullet-evidence';
import { textTerms } from './text-terms';

// Everything the profile says about the person's work, not only the ranked bullets: a technology listed under
// skills or a position's technologies is "mentioned", so it is never reported as missing.
function profileTexts(profile: Profile): string[] {
  return [
    profile.headline,
    profile.summary,
    ...profile.work.flatMap((w) => [w.title, w.company, w.summary, ...w.bullets, ...w.technologies]),
    ...profile.projects.flatMap((p) => [p.name, p.description, ...p.bullets]),
    ...profile.volunteering.flatMap((v) => [v.role, v.organization, v.summary]),
    ...profile.skills.flatMap((s) => [s.group, ...s.items]),
    ...profile.education.flatMap((e) => [e.degree, e.field, e.summary, ...e.bullets]),
  ];
}

/** The term keys the profile mentions anywhere, and the broader terms those stand for (Kademlia → DHT). */
export function profileVocabulary(profile: Profile): Set<string> {
  return coveredKeys(profileTexts(profile).flatMap((text) => textTerms(text)));
}
