import { join } from 'node:path';
import { fileURLToPath, URL as NodeURL } from 'node:url';

// happy-dom replaces the global URL in unit tests, and fileURLToPath refuses its objects: use node's own.
export const REPO_ROOT = fileURLToPath(new NodeURL('../..', import.meta.url));

export const repoPath = (...parts: string[]) => join(REPO_ROOT, ...parts);
