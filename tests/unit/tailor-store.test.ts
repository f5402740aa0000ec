import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deleteJobTailoring, loadJobTailoring, loadTailorings, MAX_STORED_JOBS, saveJobTailoring } from '../../lib/extension/tailoring-store';
import { noChoices, pickBullet } from '../../lib/tailor/bullet-choices';
import { newJobTailoring, withChoices, withDescription } from '../../lib/tailor/job-tailoring';

const POSTING = 'https://jobs.lever.co/acme/7f3c2a10-0000-4000-8000-00000000a001';
const choices = pickBullet(noChoices(), { id: 'work.0#abc', positionKey: 'work.0' });

describe('tailoring storage (fakeBrowser)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts empty', async () => {
    expect(await loadTailorings()).toEqual({ jobs: {}, problems: [] });
    expect(await loadJobTailoring(POSTING)).toEqual({ job: null, problems: [] });
  });

  it('saves per job and finds the job again from its application form and a tracking link', async () => {
    const job = withChoices(withDescription(newJobTailoring(POSTING, 1), 'We want Rust.'), 'rust-p2p-networking', choices, 5);
    await saveJobTailoring(job);
    for (const url of [POSTING, `${POSTING}/apply`, `${POSTING}/apply?lever-source=linkedin#form`]) {
      expect((await loadJobTailoring(url)).job).toEqual(job);
    }
    const stored = await fakeBrowser.storage.local.get('tailorings');
    expect(Object.keys(stored.tailorings as object)).toEqual([POSTING]);
  });

  it('stores the job under its normalized URL whatever URL it carries', async () => {
    await saveJobTailoring({ ...newJobTailoring(POSTING, 1), url: `${POSTING}/apply?x=1` });
    expect(Object.keys((await loadTailorings()).jobs)).toEqual([POSTING]);
  });

  it('refuses to write an invalid entry', async () => {
    await expect(saveJobTailoring({ ...newJobTailoring(POSTING, 1), savedAt: -1 })).rejects.toThrow(/savedAt/);
    expect(await fakeBrowser.storage.local.get('tailorings')).toEqual({});
  });

  it(`keeps the ${MAX_STORED_JOBS} most recently saved jobs`, async () => {
    const many = Object.fromEntries(
      Array.from({ length: MAX_STORED_JOBS }, (_, i) => [`https://example.test/jobs/${i}`, newJobTailoring(`https://example.test/jobs/${i}`, 1000 + i)]),
    );
    await fakeBrowser.storage.local.set({ tailorings: many });
    await saveJobTailoring(newJobTailoring(POSTING, 5000));
    const { jobs } = await loadTailorings();
    expect(Object.keys(jobs)).toHaveLength(MAX_STORED_JOBS);
    expect(jobs[POSTING]).toBeDefined();
    expect(jobs['https://example.test/jobs/0']).toBeUndefined();
    expect(jobs['https://example.test/jobs/1']).toBeDefined();
  });

  it('keeps an unreadable entry in a backup key, says which, and keeps the readable ones', async () => {
    const good = newJobTailoring(POSTING, 1);
    const broken = { url: 'https://example.test/jobs/9', savedAt: 'yesterday', byProfile: { p: { positions: { 'work.0': { chosen: [1] } } } } };
    await fakeBrowser.storage.local.set({ tailorings: { [POSTING]: good, 'https://example.test/jobs/9': broken } });
    const loaded = await loadTailorings();
    expect(loaded.jobs).toEqual({ [POSTING]: good });
    expect(loaded.problems).toEqual([expect.stringMatching(/^tailoring for https:\/\/example\.test\/jobs\/9 could not be read \(.*savedAt.*\); it was kept in a backup$/)]);
    const backup = await fakeBrowser.storage.local.get('tailorings.unreadable');
    expect(backup['tailorings.unreadable']).toEqual([{ url: 'https://example.test/jobs/9', entry: broken }]);
    expect((await loadTailorings()).problems).toEqual([]);
  });

  it('backs up a stored value that is not a map at all', async () => {
    await fakeBrowser.storage.local.set({ tailorings: ['not', 'a', 'map'] });
    const loaded = await loadTailorings();
    expect(loaded.jobs).toEqual({});
    expect(loaded.problems).toEqual([expect.stringMatching(/kept in a backup/)]);
    expect((await fakeBrowser.storage.local.get('tailorings.unreadable'))['tailorings.unreadable']).toEqual([['not', 'a', 'map']]);
  });

  it('deletes a job by any of its URLs', async () => {
    await saveJobTailoring(newJobTailoring(POSTING, 1));
    await deleteJobTailoring(`${POSTING}/apply`);
    expect((await loadTailorings()).jobs).toEqual({});
  });
});
