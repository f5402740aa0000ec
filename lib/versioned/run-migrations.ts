export type Raw = Record<string, unknown>;
export type MigrationResult = { ok: true; value: Raw } | { ok: false; error: string };

/**
 * Bring a stored or imported record up to version `target` (by default `current`, the newest) through pure steps keyed by the version they start
 * from; a record without `schemaVersion` counts as version 0. Every failure is a reason naming `schemaVersion`,
 * never a crash, so one broken record cannot stop the others from loading. `what` names the record ("a profile").
 */
export function runMigrations(
  raw: unknown,
  current: number,
  steps: Readonly<Record<number, (raw: Raw) => Raw>>,
  what: string,
  target = current,
): MigrationResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: `(root): expected ${what}` };
  let record = raw as Raw;
  const declared = record.schemaVersion ?? 0;
  if (typeof declared !== 'number' || !Number.isInteger(declared) || declared < 0) {
    return { ok: false, error: `schemaVersion: expected a whole number, got ${JSON.stringify(declared)}` };
  }
  if (declared > current) {
    return { ok: false, error: `schemaVersion: ${declared} is newer than this Applyfill understands (${current}); update the extension` };
  }
  if (declared > target) return { ok: false, error: `schemaVersion: expected version ${target} here, got ${declared}` };
  for (let v = declared; v < target; v++) {
    const step = steps[v];
    if (!step) return { ok: false, error: `schemaVersion: no migration from version ${v}` };
    // A step reads nested fields that a corrupted record may not have.
    try {
      record = step(record);
    } catch (error) {
      return { ok: false, error: `schemaVersion: migration from version ${v} failed (${(error as Error).message})` };
    }
  }
  return { ok: true, value: record };
}
