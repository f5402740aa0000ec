import { describe, expect, it } from 'vitest';
import { clearHighlights, highlightReport } from '../../lib/fill/highlight-fields';
import { analyzePage } from '../../lib/page/analyze-page';
import { planForSnapshot } from '../../lib/plan/plan-for-snapshot';
import { shippedProfiles } from '../../lib/profile/shipped-profiles';
import { documentFrom } from '../support/dom-from-html';

describe('what the page had stays the page’s', () => {
  it('a ticked radio whose value is empty counts as answered, so the fill keeps it', () => {
    const url = 'https://job-boards.greenhouse.io/acme/jobs/456';
    const doc = documentFrom(
      `<fieldset><legend>Are you legally authorized to work in the United States?</legend>
        <label><input type="radio" name="q1" value="1">Yes</label><label><input type="radio" name="q1" value="0">No</label>
        <label><input type="radio" name="q1" value="" checked>Prefer not to say</label></fieldset>`,
      url,
    );
    const { snapshot } = analyzePage(doc, url);
    const [field] = snapshot.fields;
    expect(field!.currentValue).toBe('Prefer not to say');
    const profile = { ...shippedProfiles()[0]!, answers: { ...shippedProfiles()[0]!.answers, workAuthorization: [{ country: 'United States', authorized: 'yes' as const }] } };
    const step = planForSnapshot(snapshot, profile).steps[0]!;
    expect(step.action).toBe('skip');
    expect(step.reason).toMatch(/already holds "Prefer not to say"/);
  });

  it('highlights replace a tooltip only while shown, and clearing them gives the page its own back', () => {
    const doc = documentFrom('<input id="a" title="Your legal name"><input id="b">');
    const elements = new Map([['#a', [doc.getElementById('a')!]], ['#b', [doc.getElementById('b')!]]]);
    const result = (fieldId: string) => ({ fieldId, name: '', domId: '', label: '', role: 'email' as const, status: 'filled' as const, value: 'x', reason: 'r' });
    const report = { url: '', results: [result('#a'), result('#b')], counts: { filled: 2, skipped: 0, 'needs-you': 0, failed: 0 }, ms: 1 };
    highlightReport(report, elements);
    highlightReport(report, elements);
    // The tooltip names the state only: a reason may quote the profile, and the page can read a title.
    expect(doc.getElementById('a')!.title).toBe('Applyfill: filled');
    clearHighlights(doc);
    expect(doc.getElementById('a')!.getAttribute('title')).toBe('Your legal name');
    expect(doc.getElementById('b')!.hasAttribute('title')).toBe(false);
    expect(doc.getElementById('b')!.hasAttribute('style')).toBe(false);
  });
});
