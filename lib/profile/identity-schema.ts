import { z } from './zod';
import {
  answerBankEntrySchema,
  contactSchema,
  documentsSchema,
  languageSchema,
  linksSchema,
  PROFILE_SCHEMA_VERSION,
  resumeContent,
  selfIdentificationSchema,
  standardAnswersSchema,
} from './profile-schema';

/** The person's own data, the same whichever résumé is sent: stored once (schema v2). */
export const personSchema = z.object({
  contact: contactSchema.default(contactSchema.parse({})),
  links: linksSchema.default(linksSchema.parse({})),
  languages: z.array(languageSchema).default([]),
  answers: standardAnswersSchema.default(standardAnswersSchema.parse({})),
  selfIdentification: selfIdentificationSchema.default(selfIdentificationSchema.parse({})),
  answerBank: z.array(answerBankEntrySchema).default([]),
});

export const identitySchema = personSchema.extend({ schemaVersion: z.literal(PROFILE_SCHEMA_VERSION) });

/** A profile in schema v2: one résumé. Switching profile changes this, never the identity. */
export const resumeSchema = z.object({
  schemaVersion: z.literal(PROFILE_SCHEMA_VERSION),
  id: z.string().min(1).max(100),
  label: z.string().min(1).max(80),
  ...resumeContent,
  documents: documentsSchema.default(documentsSchema.parse({})),
});

/**
 * A stored list entry right after migration from v1: the résumé, still carrying the person data that v1 kept in
 * every profile. The loader moves `person` into the identity (first non-empty value wins) and stores the résumé.
 */
export const migratedEntrySchema = resumeSchema.extend({ person: personSchema.optional() });

export type Person = z.infer<typeof personSchema>;
export type Identity = z.infer<typeof identitySchema>;
export type Resume = z.infer<typeof resumeSchema>;
export type MigratedEntry = z.infer<typeof migratedEntrySchema>;

export const emptyIdentity = (): Identity => identitySchema.parse({ schemaVersion: PROFILE_SCHEMA_VERSION });

/** The keys of a whole profile that belong to the person, and to the résumé. */
export const PERSON_KEYS = ['links', 'languages', 'answers', 'selfIdentification', 'answerBank'] as const;
export const RESUME_KEYS = ['id', 'label', 'headline', 'summary', 'work', 'education', 'skills', 'projects', 'volunteering', 'documents'] as const;
