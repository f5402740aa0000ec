import type { Resume } from './identity-schema';

/**
 * Résumé bytes live under their own storage key, `resume:<profile id>:<time>`, one per upload. Only keys of this
 * shape are ever deleted: a `storageKey` read from an imported file could name any key (`profiles`, say).
 */
export const RESUME_FILE_PREFIX = 'resume:';

export const isResumeFileKey = (key: string): boolean => key.startsWith(RESUME_FILE_PREFIX);

export const newResumeFileKey = (profileId: string, now = Date.now()): string => `${RESUME_FILE_PREFIX}${profileId}:${now}`;

/** The file keys a list of résumés points at. */
export function fileKeysOf(resumes: readonly Resume[]): Set<string> {
  return new Set(resumes.flatMap((r) => (r.documents.resume ? [r.documents.resume.storageKey] : [])));
}

/** File keys the save stops pointing at: their bytes can go. */
export function droppedFileKeys(before: readonly Resume[], after: readonly Resume[]): string[] {
  const kept = fileKeysOf(after);
  return [...fileKeysOf(before)].filter((key) => isResumeFileKey(key) && !kept.has(key));
}

/**
 * Every `storageKey` string anywhere in stored values: the profiles, and also their backups (unreadable entries,
 * the list before v2), so a file a backup still points at is never taken for an orphan. Deliberately loose: a key
 * kept by mistake costs bytes, a key deleted by mistake loses a résumé.
 */
export function referencedFileKeys(values: Iterable<unknown>): Set<string> {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'storageKey' && typeof inner === 'string') found.add(inner);
        else walk(inner);
      }
    }
  };
  for (const value of values) walk(value);
  return found;
}

/** Résumé file keys in storage that nothing references. */
export function orphanFileKeys(stored: Readonly<Record<string, unknown>>): string[] {
  const others = Object.entries(stored).filter(([key]) => !isResumeFileKey(key));
  const referenced = referencedFileKeys(others.map(([, value]) => value));
  return Object.keys(stored).filter((key) => isResumeFileKey(key) && !referenced.has(key));
}
