import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useTailoring } from '../../entrypoints/popup/use-tailoring';
import { analyzePage } from '../../lib/page/analyze-page';
import { saveJobTailoring } from '../../lib/extension/tailoring-store';
import { shippedProfiles } from '../../lib/profile/shipped-profiles';
import { newJobTailoring, withDescription } from '../../lib/tailor/job-tailoring';

const URL = 'https://job-boards.greenhouse.io/acme/jobs/4100200300';
const profiles = shippedProfiles();
const { snapshot } = analyzePage(new DOMParser().parseFromString('<form><label for="e">Email</label><input id="e" type="email"></form>', 'text/html'), URL);
const description = { ok: true, text: 'We build peer-to-peer networks in Rust with libp2p.', title: 'Rust engineer', company: 'Acme' };

let seen = '';
function Harness({ open }: { open: boolean }) {
  const tailor = useTailoring({ profile: profiles[0], profiles, replaceProfiles: () => undefined, tabId: 7, snapshot, setFieldValue: () => undefined, open });
  seen = tailor.data.description;
  return null;
}

/** Let fakeBrowser's storage promises and the effects they trigger run out. */
async function settle(root: HTMLElement, open: boolean) {
  await act(() => render(<Harness open={open} />, root));
  for (let i = 0; i < 10; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
}

describe('the job extractor is injected only when Tailor opens (fakeBrowser)', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('opening the popup injects nothing; opening Tailor injects once per form', async () => {
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result: description }] as never);
    const root = document.createElement('div');
    await settle(root, false);
    expect(inject).not.toHaveBeenCalled();
    await settle(root, true);
    expect(inject).toHaveBeenCalledTimes(1);
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/job-extractor.js'] });
    expect(seen).toBe(description.text);
    // Back to the review and into Tailor again: read once is enough.
    await settle(root, false);
    await settle(root, true);
    expect(inject).toHaveBeenCalledTimes(1);
    render(null, root);
  });

  it('a description kept from the last visit is not read again, even when Tailor opens', async () => {
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result: description }] as never);
    await saveJobTailoring(withDescription(newJobTailoring(URL), 'Kept from last time: Elixir and Phoenix.'));
    const root = document.createElement('div');
    await settle(root, true);
    expect(seen).toBe('Kept from last time: Elixir and Phoenix.');
    expect(inject).not.toHaveBeenCalled();
    render(null, root);
  });
});
