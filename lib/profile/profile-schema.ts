import { z } from './zod';

/**
 * The stored schema's version. Version 2 keeps the person once (an `Identity`, see identity-schema.ts) and each
 * profile as a résumé; version 1 stored whole profiles, one person per profile.
 */
export const PROFILE_SCHEMA_VERSION = 2;
/**
 * A whole profile (person + résumé) keeps the version-1 shape: it is what the planner and tailoring read
 * (`profileFor` builds it), what a version-1 file holds, and what rides in a JSON Resume export.
 */
export const WHOLE_PROFILE_VERSION = 1;

// Dates as written on a CV: a year ("2016"), a month ("2021-03") or a day ("2023-11-23").
export const partialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

const text = z.string().max(10_000);
const url = z.string().max(2_000).regex(/^(https?:\/\/\S+)?$/, 'expected an http(s) URL or nothing');

/** A voluntary self-identification answer: nothing stored, an explicit decline, or the user's own answer. */
export const selfIdAnswer = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('unset') }),
  z.object({ kind: z.literal('decline') }),
  z.object({ kind: z.literal('answer'), value: z.string().min(1).max(200) }),
]);

const yesNoUnset = z.enum(['yes', 'no', 'unset']);

/** Who the person is and how to reach them: stored once, in the identity. */
export const contactSchema = z.object({
  firstName: text.default(''),
  lastName: text.default(''),
  preferredName: text.default(''),
  pronouns: text.default(''),
  email: z.union([z.literal(''), z.email()]).default(''),
  phone: z.string().max(40).regex(/^[+()\-.\s\d]*(\s*(ext\.?|x)\s*\d+)?$/i, 'expected a phone number').default(''),
  location: z
    .object({
      city: text.default(''),
      region: text.default(''),
      postalCode: text.default(''),
      country: text.default(''),
    })
    .default({ city: '', region: '', postalCode: '', country: '' }),
});

export const linksSchema = z.object({
  linkedin: url.default(''),
  github: url.default(''),
  website: url.default(''),
  portfolio: url.default(''),
  twitter: url.default(''),
  others: z.array(z.object({ label: text, url })).default([]),
});

export const positionSchema = z.object({
  company: text,
  title: text,
  location: text.default(''),
  companySize: text.default(''),
  start: partialDate.optional(),
  end: partialDate.optional(),
  current: z.boolean().default(false),
  summary: text.default(''),
  bullets: z.array(text).default([]),
  technologies: z.array(text).default([]),
});

export const educationSchema = z.object({
  institution: text,
  degree: text.default(''),
  field: text.default(''),
  location: text.default(''),
  start: partialDate.optional(),
  end: partialDate.optional(),
  grade: text.default(''),
  summary: text.default(''),
  bullets: z.array(text).default([]),
});

export const skillGroupSchema = z.object({ group: text, items: z.array(text) });

export const projectSchema = z.object({
  name: text,
  date: partialDate.optional(),
  url: url.default(''),
  description: text.default(''),
  bullets: z.array(text).default([]),
});

export const volunteeringSchema = z.object({
  organization: text,
  role: text.default(''),
  start: partialDate.optional(),
  end: partialDate.optional(),
  current: z.boolean().default(false),
  summary: text.default(''),
});

export const languageSchema = z.object({
  language: text,
  level: z.enum(['native', 'fluent', 'professional', 'intermediate', 'basic']),
  note: text.default(''),
});

export const standardAnswersSchema = z.object({
  workAuthorization: z.array(z.object({ country: text, authorized: yesNoUnset })).default([]),
  needsSponsorship: yesNoUnset.default('unset'),
  willingToRelocate: yesNoUnset.default('unset'),
  remotePreference: z.enum(['remote', 'hybrid', 'onsite', 'any', 'unset']).default('unset'),
  noticePeriod: text.default(''),
  earliestStart: z.union([z.literal(''), partialDate]).default(''),
  salaryExpectation: text.default(''),
  howHeard: text.default(''),
  yearsOfExperience: z.union([z.literal(''), z.string().regex(/^\d{1,2}$/)]).default(''),
});

const unset = { kind: 'unset' as const };
export const selfIdentificationSchema = z.object({
  gender: selfIdAnswer.default(unset),
  raceEthnicity: selfIdAnswer.default(unset),
  hispanicLatino: selfIdAnswer.default(unset),
  veteranStatus: selfIdAnswer.default(unset),
  disabilityStatus: selfIdAnswer.default(unset),
});

export const storedFileSchema = z.object({
  name: z.string().min(1).max(255),
  type: z.string().max(100),
  size: z.number().int().nonnegative(),
  /** Key of the file's bytes in local extension storage; the bytes never live inside the profile. */
  storageKey: z.string().min(1),
});

export const documentsSchema = z.object({
  resume: storedFileSchema.optional(),
  coverLetterTemplate: text.default(''),
});

/** A remembered answer: where it was given (options, ATS, company, date) lets the bank say so when it reuses it. */
export const answerBankEntrySchema = z.object({
  question: text.min(1),
  answer: text,
  options: z.array(z.string().max(1_000)).max(200).optional(),
  ats: z.string().max(40).optional(),
  company: z.string().max(200).optional(),
  savedAt: z.iso.datetime().optional(),
  lastUsedAt: z.iso.datetime().optional(),
  /** Where it was last filled in: "Globex, Lever". */
  lastUsedWhere: z.string().max(300).optional(),
});

/** What a résumé says, spelled once: a whole profile and a stored résumé (identity-schema.ts) both hold it. */
export const resumeContent = {
  headline: text.default(''),
  summary: text.default(''),
  work: z.array(positionSchema).default([]),
  education: z.array(educationSchema).default([]),
  skills: z.array(skillGroupSchema).default([]),
  projects: z.array(projectSchema).default([]),
  volunteering: z.array(volunteeringSchema).default([]),
};

/** A whole profile: the person's data (`identity` here is the contact) and one résumé, as the planner reads it. */
export const profileSchema = z.object({
  schemaVersion: z.literal(WHOLE_PROFILE_VERSION),
  id: z.string().min(1).max(100),
  label: z.string().min(1).max(80),
  identity: contactSchema.default(contactSchema.parse({})),
  links: linksSchema.default(linksSchema.parse({})),
  ...resumeContent,
  languages: z.array(languageSchema).default([]),
  answers: standardAnswersSchema.default(standardAnswersSchema.parse({})),
  selfIdentification: selfIdentificationSchema.default(selfIdentificationSchema.parse({})),
  documents: documentsSchema.default(documentsSchema.parse({})),
  answerBank: z.array(answerBankEntrySchema).default([]),
});

export type Profile = z.infer<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;
export type SelfIdAnswer = z.infer<typeof selfIdAnswer>;
export type Position = z.infer<typeof positionSchema>;
