import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../support/repo-path';

/**
 * The always-on content script must give a page no sign that Applyfill is installed. WXT's content-script wrapper
 * announces itself on the page's `document` (`<id>:content:wxt:content-script-started`) and by `window.postMessage`;
 * the build swaps its context for a silent one (wxt.config.ts). Reads the builds `npm test` makes.
 */
describe.each(['chrome-mv3', 'firefox-mv3'])('the built content script (%s)', (build) => {
  const file = repoPath('.output', build, 'content-scripts', 'content.js');

  it('announces nothing to the page: no started event, no postMessage, no custom event at all', () => {
    if (!existsSync(file)) throw new Error(`no build at ${file}: run \`npm test\` (it builds first)`);
    const code = readFileSync(file, 'utf8');
    expect(code).not.toMatch(/content-script-started/);
    expect(code).not.toMatch(/wxt:/);
    expect(code).not.toMatch(/\bpostMessage\b/);
    expect(code).not.toMatch(/\bCustomEvent\b/);
    // Still the script that answers the popup (a check that this reads the real bundle).
    expect(code).toMatch(/applyfill:collect/);
  });
});
