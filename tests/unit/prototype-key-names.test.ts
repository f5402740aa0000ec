import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../lib/page/analyze-page';
import { planForSnapshot } from '../../lib/plan/plan-for-snapshot';
import { shippedProfiles } from '../../lib/profile/shipped-profiles';
import { documentFrom } from '../support/dom-from-html';

// Found by the property tests: adapters looked names up in plain objects, where "toString" is always a key.
describe('controls named like Object.prototype members', () => {
  it.each([
    ['https://jobs.lever.co/acme/7f3c2a10-0000-4000-8000-00000000a001/apply', '<label>Note<input type="text" name="toString"></label>'],
    ['https://boards.greenhouse.io/acme/jobs/123', '<label for="constructor">Note</label><input type="text" id="constructor">'],
    ['https://boards.greenhouse.io/acme/jobs/123', '<label>Note<input type="text" name="job_application[__proto__]"></label>'],
    ['https://boards.greenhouse.io/acme/jobs/123', '<label>Note<input type="text" autocomplete="constructor"></label>'],
    ['https://jobs.lever.co/acme/7f3c2a10-0000-4000-8000-00000000a001/apply', '<label>Note<input type="text" autocomplete="section-a __proto__"></label>'],
    ['https://boards.greenhouse.io/acme/jobs/123', '<label>Note<select name="hasOwnProperty"><option value="constructor">constructor</option><option value="__proto__">__proto__</option></select></label>'],
  ])('on %s are classified and planned like any other field', (url, html) => {
    const { snapshot } = analyzePage(documentFrom(html, url), url);
    const [field] = snapshot.fields;
    expect(snapshot.classifications[field!.id]!.reason).not.toMatch(/standard field/);
    expect(() => planForSnapshot(snapshot, shippedProfiles()[0]!)).not.toThrow();
  });
});
