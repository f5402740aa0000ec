import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { profileJsonSchemaText } from '../../lib/profile/profile-json-schema';
import { repoPath } from '../support/repo-path';

describe('profiles/profile.schema.json', () => {
  it('is what the zod schema generates today (run `npm run schema` when this fails)', () => {
    const onDisk = readFileSync(repoPath('profiles/profile.schema.json'), 'utf8');
    expect(onDisk).toBe(profileJsonSchemaText());
  });
});
