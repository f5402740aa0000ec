import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT as ROOT } from '../support/repo-path';


function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(ROOT, dir, name);
    if (statSync(path).isDirectory()) return sources(relative(ROOT, path));
    return /\.(ts|tsx)$/.test(name) ? [relative(ROOT, path)] : [];
  });
}

// What lint says (lib/ free of browser APIs, hooks, exhaustive switches) is in eslint.config.js; these are the
// rules lint cannot say.
describe('house rules', () => {
  it('no product code writes HTML strings into the page', () => {
    const offenders = [...sources('lib'), ...sources('entrypoints'), ...sources('components')].filter((file) =>
      /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write/.test(readFileSync(join(ROOT, file), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('nothing in the extension makes a network request', () => {
    const offenders = [...sources('lib'), ...sources('entrypoints'), ...sources('components')].filter((file) =>
      /\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource/.test(readFileSync(join(ROOT, file), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('nothing in the extension submits a form', () => {
    const offenders = [...sources('lib'), ...sources('entrypoints')].filter((file) =>
      /\.(submit|requestSubmit)\(/.test(readFileSync(join(ROOT, file), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
