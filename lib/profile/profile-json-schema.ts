import { z } from './zod';
import { profileSchema } from './profile-schema';

/** The profile schema as JSON Schema, for people who edit profile files by hand (their editor validates them). */
export function profileJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(profileSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    ...schema,
    title: 'Applyfill profile',
    description: 'One Applyfill profile. Generated from lib/profile/profile-schema.ts by `npm run schema`; do not edit by hand.',
  };
}

export function profileJsonSchemaText(): string {
  return `${JSON.stringify(profileJsonSchema(), null, 2)}\n`;
}
