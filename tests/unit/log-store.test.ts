import { readdirSync, readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importLogFile } from '../../lib/extension/application-log-import';
import { clearLog, deleteEntries, loadLog, markAppliedInLog, recordBulletsUsed, recordFill, saveLog } from '../../lib/extension/application-log-store';
import { boundLog, boundWarning, LOG_WARN_AT, MAX_LOG_ENTRIES } from '../../lib/log/log-bounds';
import { LOG_SCHEMA_VERSION, logEntrySchema } from '../../lib/log/log-entry';
import { logToJson } from '../../lib/log/log-export';
import { LOG_MIGRATIONS, parseLogEntry } from '../../lib/log/log-migrations';
import { repoPath } from '../support/repo-path';
import { facts, manyEntries } from '../support/log-entries';

const stored = async () => (await fakeBrowser.storage.local.get('applications')).applications as unknown[];

describe('recording fills (fakeBrowser)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('two jobs give two entries; the same job filled again updates its entry', async () => {
    await recordFill(facts(), 1000);
    await recordFill(facts({ url: 'https://boards.greenhouse.io/acme/jobs/123?gh_src=x', ats: 'Greenhouse' }), 2000);
    await recordFill(facts({ url: 'https://jobs.lever.co/acme/7f3c2a10-0000-4000-8000-00000000a001?utm_source=x' }), 3000);
    const { entries, problems } = await loadLog();
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.url, e.fills])).toEqual([
      ['https://jobs.lever.co/acme/7f3c2a10-0000-4000-8000-00000000a001', 2],
      ['https://job-boards.greenhouse.io/acme/jobs/123', 1],
    ]);
  });

  it('bullets used before the first fill join the entry at that fill; later ones go straight in', async () => {
    const url = facts().url;
    await recordBulletsUsed(url, ['Built the QUIC transport']);
    await recordFill(facts(), 1000);
    await recordBulletsUsed(`${url}#again`, ['Led 40 services to Kubernetes', 'Built the QUIC transport']);
    const [entry] = (await loadLog()).entries;
    expect(entry!.bullets).toEqual(['Built the QUIC transport', 'Led 40 services to Kubernetes']);
    expect((await fakeBrowser.storage.local.get('applications.pendingBullets'))['applications.pendingBullets']).toEqual({});
  });

  it('marks applied, deletes one, deletes all', async () => {
    await recordFill(facts(), 1000);
    await recordFill(facts({ url: 'https://jobs.lever.co/acme/second' }), 2000);
    expect(await markAppliedInLog(facts().url, 5000)).toMatchObject({ status: 'applied', appliedAt: 5000 });
    expect(await markAppliedInLog('https://jobs.lever.co/nobody/none')).toBeNull();
    await deleteEntries(['https://jobs.lever.co/acme/second/apply']);
    expect((await loadLog()).entries.map((e) => e.status)).toEqual(['applied']);
    await clearLog();
    expect((await loadLog()).entries).toEqual([]);
  });
});

describe('bounds: the newest 2,000 entries', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the newest and names what goes, oldest first out', () => {
    const all = manyEntries(MAX_LOG_ENTRIES + 3);
    const { kept, dropped } = boundLog(all);
    expect(kept).toHaveLength(MAX_LOG_ENTRIES);
    expect(dropped.map((e) => e.lastFilledAt)).toEqual(all.slice(0, 3).map((e) => e.lastFilledAt).reverse());
    expect(Math.min(...kept.map((e) => e.lastFilledAt))).toBe(all[3]!.lastFilledAt);
  });

  it('warns from 1,900 entries on, before anything is dropped', () => {
    expect(boundWarning(LOG_WARN_AT - 1)).toBeNull();
    expect(boundWarning(LOG_WARN_AT)).toMatch(/holds 1,900 of 2,000 entries\. From 2,000 on, each new application drops the oldest\. Export it/);
    expect(boundWarning(MAX_LOG_ENTRIES)).toMatch(/Each new application now drops the oldest entry/);
  });

  it('a fill at the limit stores 2,000 entries, drops the oldest and says how many', async () => {
    const all = manyEntries(MAX_LOG_ENTRIES);
    await saveLog(all);
    const outcome = await recordFill(facts({ url: 'https://jobs.lever.co/new/job' }), Date.UTC(2027, 0, 1));
    expect(outcome.dropped).toBe(1);
    const { entries } = await loadLog();
    expect(entries).toHaveLength(MAX_LOG_ENTRIES);
    expect(entries.some((e) => e.url === all[0]!.url)).toBe(false);
    expect(entries[0]!.url).toBe('https://jobs.lever.co/new/job');
  });

  it('an import past the limit stores nothing until the user agrees, then drops only the oldest', async () => {
    await saveLog(manyEntries(MAX_LOG_ENTRIES - 1));
    const more = manyEntries(3, Date.UTC(2027, 0, 1)).map((e, i) => ({ ...e, url: `https://jobs.lever.co/more/${i}` }));
    const file = logToJson(more, 0);
    expect(await importLogFile(file)).toEqual({ kind: 'would-drop', drop: 2, total: MAX_LOG_ENTRIES + 2 });
    expect(await stored()).toHaveLength(MAX_LOG_ENTRIES - 1);
    expect(await importLogFile(file, true)).toEqual({ kind: 'imported', added: 3, updated: 0, unchanged: 0, dropped: 2 });
    expect(await stored()).toHaveLength(MAX_LOG_ENTRIES);
  });
});

describe('import merges without duplicates; bad input changes nothing', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a round trip through the JSON export adds nothing twice, and the newer side of an entry wins', async () => {
    await recordFill(facts(), 1000);
    await recordFill(facts({ url: 'https://jobs.lever.co/acme/second' }), 2000);
    const exported = logToJson((await loadLog()).entries, 3000);
    expect(await importLogFile(exported)).toEqual({ kind: 'imported', added: 0, updated: 0, unchanged: 2, dropped: 0 });

    await markAppliedInLog(facts().url, 4000);
    const elsewhere = JSON.parse(exported) as { entries: Record<string, unknown>[] };
    const i = elsewhere.entries.findIndex((e) => e.url === 'https://jobs.lever.co/acme/7f3c2a10-0000-4000-8000-00000000a001');
    elsewhere.entries[i] = { ...elsewhere.entries[i], note: 'older note', bullets: ['From the other browser'], updatedAt: 1500 };
    elsewhere.entries.push({ ...elsewhere.entries[i], url: 'https://boards.greenhouse.io/acme/jobs/9?gh_src=tracking' });
    expect(await importLogFile(JSON.stringify(elsewhere))).toMatchObject({ kind: 'imported', added: 1, updated: 1 });
    const { entries } = await loadLog();
    expect(entries).toHaveLength(3);
    const lever = entries.find((e) => e.url === 'https://jobs.lever.co/acme/7f3c2a10-0000-4000-8000-00000000a001')!;
    expect(lever).toMatchObject({ status: 'applied', appliedAt: 4000, note: '', bullets: ['From the other browser'] });
    expect(entries.some((e) => e.url === 'https://job-boards.greenhouse.io/acme/jobs/9')).toBe(true);
  });

  it.each([
    ['not JSON', '{"format": ', /the file is not JSON/],
    ['another JSON file', '{"basics": {"name": "x"}}', /not an Applyfill application log/],
    ['no list', '{"format": "applyfill-application-log", "entries": 3}', /entries: expected a list/],
    ['one bad entry', JSON.stringify({ format: 'applyfill-application-log', entries: [{ schemaVersion: 1, url: 'javascript:alert(1)' }] }), /1 of 1 entries cannot be read: entries\.0\.url: expected the job’s web address/],
    ['a newer version', JSON.stringify([{ schemaVersion: 99, url: 'https://x.test/' }]), /entries\.0\.schemaVersion: 99 is newer than this Applyfill understands/],
  ])('%s is refused with a clear message and the log untouched', async (_, text, message) => {
    await recordFill(facts(), 1000);
    const before = await stored();
    const outcome = await importLogFile(text);
    expect(outcome.kind).toBe('error');
    expect(outcome.kind === 'error' && outcome.message).toMatch(message);
    expect(outcome.kind === 'error' && outcome.message).toMatch(/Nothing was changed\.$/);
    expect(await stored()).toEqual(before);
  });
});

describe('corrupted stored entries are kept aside', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a damaged entry moves to the backup key with a message naming it; the readable ones stay', async () => {
    await recordFill(facts(), 1000);
    const [good] = await stored();
    const broken = { schemaVersion: 1, url: 'https://jobs.lever.co/x/y', fills: 'many' };
    await fakeBrowser.storage.local.set({ applications: [good, broken, 42] });
    const { entries, problems } = await loadLog();
    expect(entries).toHaveLength(1);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^application 2 in the log could not be read \(applications\.1\.firstFilledAt: .*\); it was kept aside in a backup$/);
    expect(problems[1]).toMatch(/^application 3 in the log could not be read \(applications\.2\.\(root\): expected an application entry\)/);
    expect((await fakeBrowser.storage.local.get('applications.unreadable'))['applications.unreadable']).toEqual([broken, 42]);
    expect(await stored()).toEqual([good]);
  });

  it('a stored log that is not a list is kept whole in the backup', async () => {
    await fakeBrowser.storage.local.set({ applications: { oops: true } });
    expect((await loadLog()).problems).toEqual(['the stored application log is not a list; it was kept aside in a backup and the log starts afresh']);
    expect((await fakeBrowser.storage.local.get('applications.unreadable'))['applications.unreadable']).toEqual([{ oops: true }]);
  });
});

describe('entries from every earlier schema version', () => {
  const FIXTURES = repoPath('tests/fixtures/stored-log');
  const EARLIER = Array.from({ length: LOG_SCHEMA_VERSION }, (_, v) => v);
  const at = (v: number) =>
    readdirSync(FIXTURES)
      .filter((f) => f.startsWith(`v${v}-`))
      .map((file) => ({ file, raw: JSON.parse(readFileSync(`${FIXTURES}/${file}`, 'utf8')) as Record<string, unknown> }));

  beforeEach(() => fakeBrowser.reset());

  it('every earlier version has an example and a migration step', () => {
    for (const v of EARLIER) {
      expect(at(v).length, `tests/fixtures/stored-log/v${v}-*.json`).toBeGreaterThan(0);
      expect(LOG_MIGRATIONS[v], `a step from version ${v}`).toBeTypeOf('function');
    }
  });

  it.each(EARLIER)('an entry stored at version %i loads at the current version with what it held kept', async (v) => {
    for (const { file, raw } of at(v)) {
      const frozen = structuredClone(raw);
      await fakeBrowser.storage.local.set({ applications: [raw] });
      const { entries, problems } = await loadLog();
      expect(problems, file).toEqual([]);
      expect(raw, `${file}: the step is pure`).toEqual(frozen);
      const { schemaVersion: _v, date, ...kept } = raw;
      expect(entries[0], file).toMatchObject(kept);
      expect(entries[0]!.schemaVersion).toBe(LOG_SCHEMA_VERSION);
      if (typeof date === 'string') expect(entries[0]!.firstFilledAt).toBe(Date.parse(date));
      expect(logEntrySchema.safeParse(entries[0]).success).toBe(true);
    }
  });

  it('an entry without any date cannot be migrated and says which field is missing', () => {
    const result = parseLogEntry({ url: 'https://jobs.lever.co/a/b' });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^firstFilledAt: /) });
  });
});
