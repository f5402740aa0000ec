// `npm run schema`: regenerate profiles/profile.schema.json from the zod schema.
import { writeFileSync } from 'node:fs';
import { profileJsonSchemaText } from '../lib/profile/profile-json-schema';

const target = new URL('../profiles/profile.schema.json', import.meta.url);
writeFileSync(target, profileJsonSchemaText());
console.log(`wrote ${target.pathname}`);
