import type { Identity, Person, Resume } from './identity-schema';
import { PROFILE_SCHEMA_VERSION, WHOLE_PROFILE_VERSION, type Profile } from './profile-schema';

/**
 * Who you are + one résumé = the whole profile the planner and tailoring read (the shape they read before v2).
 * Pure: the same identity goes with every résumé, so switching profile changes the résumé, never the person.
 */
export function profileFor(identity: Person, resume: Resume): Profile {
  return {
    schemaVersion: WHOLE_PROFILE_VERSION,
    id: resume.id,
    label: resume.label,
    identity: identity.contact,
    links: identity.links,
    headline: resume.headline,
    summary: resume.summary,
    work: resume.work,
    education: resume.education,
    skills: resume.skills,
    projects: resume.projects,
    volunteering: resume.volunteering,
    languages: identity.languages,
    answers: identity.answers,
    selfIdentification: identity.selfIdentification,
    documents: resume.documents,
    answerBank: identity.answerBank,
  };
}

/** The inverse of `profileFor`: a whole profile (a v1 file, a JSON Resume import) as person and résumé. */
export function splitProfile(profile: Profile): { identity: Identity; resume: Resume } {
  const { identity: contact, links, languages, answers, selfIdentification, answerBank } = profile;
  const { id, label, headline, summary, work, education, skills, projects, volunteering, documents } = profile;
  return {
    identity: { schemaVersion: PROFILE_SCHEMA_VERSION, contact, links, languages, answers, selfIdentification, answerBank },
    resume: { schemaVersion: PROFILE_SCHEMA_VERSION, id, label, headline, summary, work, education, skills, projects, volunteering, documents },
  };
}

/** `next` in place of its profile; the person (answer bank, facts) is stored once, so every other profile gets it too. */
export function replaceProfileAndPerson(profiles: readonly Profile[], next: Profile): Profile[] {
  const person = splitProfile(next).identity;
  return profiles.map((p) => (p.id === next.id ? next : profileFor(person, splitProfile(p).resume)));
}
