import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ATS_MATCHES, HOST_PERMISSIONS } from '../../lib/ats/ats-hosts';
import { ATS_URLS } from '../support/ats-urls';
import { repoPath } from '../support/repo-path';

/**
 * Pins what the built extension asks the browser for. Users trust it with a career history: every permission,
 * host and manifest key is a reviewed decision, so any change here must be a deliberate edit of this file.
 * Reads the builds `npm test` makes (`wxt build`, `wxt build -b firefox --mv3`).
 */
type Manifest = Record<string, unknown> & {
  permissions?: string[];
  host_permissions?: string[];
  content_scripts?: { matches: string[]; all_frames?: boolean; js?: string[] }[];
};

const BUILDS = [
  { name: 'chrome-mv3', background: { service_worker: 'background.js' } },
  { name: 'firefox-mv3', background: { scripts: ['background.js'] } },
] as const;

// Keys a manifest may have; a new one (sandbox, web_accessible_resources, externally_connectable…) is reviewed first.
const COMMON_KEYS = [
  'action',
  'background',
  'commands',
  'content_scripts',
  'description',
  'host_permissions',
  'icons',
  'manifest_version',
  'name',
  'options_ui',
  'permissions',
  'version',
];
const KEYS: Record<(typeof BUILDS)[number]['name'], string[]> = {
  'chrome-mv3': COMMON_KEYS,
  'firefox-mv3': [...COMMON_KEYS, 'browser_specific_settings'].sort(),
};

function builtDir(name: string): string {
  const dir = repoPath('.output', name);
  const manifest = join(dir, 'manifest.json');
  if (!existsSync(manifest)) throw new Error(`no build in ${dir}: run \`npm test\` (it builds chrome and firefox first)`);
  // A build older than its config would pin yesterday's manifest.
  if (statSync(manifest).mtimeMs < statSync(repoPath('wxt.config.ts')).mtimeMs) {
    throw new Error(`${manifest} is older than wxt.config.ts: rebuild before testing`);
  }
  return dir;
}

const readManifest = (name: string): Manifest => JSON.parse(readFileSync(join(builtDir(name), 'manifest.json'), 'utf8'));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

// Ways a bundle could pull code from a server: a module import, a worker import, a script element's src.
const REMOTE_CODE = [
  /\bimport\s*\(\s*["'`](?:https?:)?\/\//,
  /\bimportScripts\s*\([^)]*["'`](?:https?:)?\/\//,
  /\bfrom\s*["'`](?:https?:)?\/\//,
  /\.src\s*=\s*["'`](?:https?:)?\/\//,
];

describe('the remote-code patterns', () => {
  it('catch each way of loading code from a server (so the scan below is not vacuous)', () => {
    const samples = [
      'await import("https://cdn.example/x.js")',
      "importScripts('https://cdn.example/w.js')",
      'import{a}from"//cdn.example/m.js"',
      's.src=`https://cdn.example/s.js`',
    ];
    for (const sample of samples) expect(REMOTE_CODE.some((p) => p.test(sample)), sample).toBe(true);
    expect(REMOTE_CODE.some((p) => p.test('import("./chunks/popup.js"); location.href = "https://jobs.lever.co/"'))).toBe(false);
  });
});

describe.each(BUILDS)('built manifest: $name', ({ name, background }) => {
  it('has exactly the reviewed keys, and no CSP override', () => {
    const manifest = readManifest(name);
    expect(Object.keys(manifest).sort()).toEqual(KEYS[name]);
    expect(manifest).not.toHaveProperty('content_security_policy');
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background).toEqual(background);
  });

  it('asks for storage, scripting and activeTab only, and host access only to the ATS hosts', () => {
    const manifest = readManifest(name);
    // activeTab: the page of the tab the person acts on (toolbar button, shortcut), for the frame judge; no warning.
    expect(manifest.permissions).toEqual(['storage', 'scripting', 'activeTab']);
    expect(manifest.host_permissions).toEqual([...HOST_PERMISSIONS]);
    // Pinned literally: a new host is a reviewed edit of this list, not a side effect of a constant.
    expect(manifest.host_permissions).toEqual([
      'https://boards.greenhouse.io/*',
      'https://boards.eu.greenhouse.io/*',
      'https://job-boards.greenhouse.io/*',
      'https://job-boards.eu.greenhouse.io/*',
      'https://jobs.lever.co/*',
      'https://jobs.eu.lever.co/*',
      'https://jobs.ashbyhq.com/*',
      'https://apply.workable.com/*',
    ]);
    const everyPattern = JSON.stringify(manifest);
    expect(everyPattern).not.toMatch(/<all_urls>|\*:\/\/\*|https?:\/\/\*\//);
  });

  it('runs its content script on exactly the ATS application pages, in all frames', () => {
    const scripts = readManifest(name).content_scripts ?? [];
    expect(scripts).toHaveLength(1);
    expect([...scripts[0]!.matches].sort()).toEqual([...ATS_MATCHES].sort());
    // Lever, Ashby and Workable only on their application paths; Greenhouse boards carry the form on the posting.
    expect([...scripts[0]!.matches].sort()).toEqual([
      'https://apply.workable.com/*/j/*/apply*',
      'https://boards.eu.greenhouse.io/*',
      'https://boards.greenhouse.io/*',
      'https://job-boards.eu.greenhouse.io/*',
      'https://job-boards.greenhouse.io/*',
      'https://jobs.ashbyhq.com/*/application*',
      'https://jobs.eu.lever.co/*/apply*',
      'https://jobs.lever.co/*/apply*',
    ]);
    expect(scripts[0]!.all_frames).toBe(true);
  });

  it('ships none of the URLs the tests check the adapters against', () => {
    const dir = builtDir(name);
    const urls = Object.values(ATS_URLS).flatMap((u) => [...u.accept, ...u.reject]);
    for (const file of filesUnder(dir).filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(file, 'utf8');
      for (const url of urls) expect(code.includes(url), `${relative(dir, file)} holds ${url}`).toBe(false);
    }
  });

  it('shows the Applyfill mark in 16, 32, 48 and 128 px, as the extension icon and on the toolbar button', () => {
    const manifest = readManifest(name) as Manifest & { icons?: Record<string, string>; action?: { default_icon?: Record<string, string> } };
    const icons = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };
    expect(manifest.icons).toEqual(icons);
    expect(manifest.action?.default_icon).toEqual(icons);
    for (const file of Object.values(icons)) expect(existsSync(join(builtDir(name), file)), file).toBe(true);
  });

  it('offers the fill shortcut, Alt+Shift+F', () => {
    expect(readManifest(name).commands).toEqual({
      'fill-page': { suggested_key: { default: 'Alt+Shift+F' }, description: 'Fill this application with the reviewed plan' },
    });
  });

  it('loads no remote code: pages and bundles reference only files inside the package', () => {
    const dir = builtDir(name);
    const files = filesUnder(dir);
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(file, 'utf8');
      const refs = [...html.matchAll(/\b(?:src|href)\s*=\s*["']([^"']+)["']/g)].map((m) => m[1]!);
      expect(refs.length, relative(dir, file)).toBeGreaterThan(0);
      for (const ref of refs) {
        expect(ref, `${relative(dir, file)} references ${ref}`).toMatch(/^\/?[\w./-]+$/);
        expect(existsSync(join(dir, ref)), `${ref} is in the package`).toBe(true);
      }
    }
    for (const file of files.filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(file, 'utf8');
      for (const pattern of REMOTE_CODE) expect(code, `${relative(dir, file)} matches ${pattern}`).not.toMatch(pattern);
    }
  });
});

describe('built manifest: firefox-mv3 store settings', () => {
  it('carries a gecko id and declares that no data is collected', () => {
    expect(readManifest('firefox-mv3').browser_specific_settings).toEqual({
      gecko: { id: 'applyfill@applyfill.dev', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    });
  });

  it('the chrome build carries no Firefox settings', () => {
    expect(readManifest('chrome-mv3')).not.toHaveProperty('browser_specific_settings');
  });
});
