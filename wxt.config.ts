import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { HOST_PERMISSIONS } from './lib/ats/ats-hosts';
import { inlinePageCss } from './scripts/build/inline-page-css';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // No auto-imports: `lib/` stays a pure core, and every file says where its names come from.
  imports: false,
  // Firefox builds MV3 too (`wxt build -b firefox --mv3`, see package.json): one manifest shape for both stores.
  // The code calls `browser.action` (absent in MV2, where it is `browserAction`) and `browser.scripting`; since
  // Firefox 127 MV3 host permissions are granted at install, and `data_collection_permissions` needs 140 anyway.
  manifest: ({ browser }) => ({
    name: 'Applyfill',
    description: 'Fills Greenhouse, Lever, Ashby and Workable job applications from profiles kept only in your browser. Never submits.',
    // storage: the profiles. scripting: the job-description extractor, injected only when the user tailors, and the
    // frame judge (entrypoints/frame-judge.ts). activeTab: when the person clicks the toolbar button or presses the
    // shortcut, the extension may read that one tab's own page until it navigates. The Greenhouse form is usually an
    // iframe of another origin on a company's careers site, where no content script runs; only that page can say
    // whether a person sees the iframe (transparent, covered, below the fold), so the judge reads it there, writing
    // nothing. No install warning, no access to any site the person has not acted on, nothing kept.
    permissions: ['storage', 'scripting', 'activeTab'],
    host_permissions: [...HOST_PERMISSIONS],
    // The mark in public/icon/ (scripts/make-icons.sh): WXT lists it as `icons`; the toolbar button shows it too.
    action: { default_title: 'Applyfill', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' } },
    commands: {
      'fill-page': {
        suggested_key: { default: 'Alt+Shift+F' },
        description: 'Fill this application with the reviewed plan',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'applyfill@applyfill.dev',
              strict_min_version: '140.0',
              // AMO's data-collection declaration: Applyfill sends nothing anywhere.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads the declaration from 142 on; an older minimum is a lint warning.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // The always-on content script talks to the browser through two calls that need no polyfill (see
    // lib/extension/content-runtime.ts), and WXT's context helper only reads `browser.runtime.id`. Point `wxt/browser`
    // at WXT's plain `browser` in that build so the ~10 KB polyfill stays off every application page. Extension
    // pages and the injected extractor keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const plain = { find: /^wxt\/browser$/, replacement: fileURLToPath(import.meta.resolve('wxt/browser')) };
      // WXT's content-script context announces the script on the page's document (an event pages can listen for);
      // ours is silent (lib/extension/quiet-content-context.ts).
      const quiet = { find: /^wxt\/utils\/content-script-context$/, replacement: fileURLToPath(new URL('./lib/extension/quiet-content-context.ts', import.meta.url)) };
      type Alias = { find: string | RegExp; replacement: string };
      const existing: unknown = config.resolve?.alias;
      const list: Alias[] = Array.isArray(existing)
        ? (existing as Alias[])
        : Object.entries((existing ?? {}) as Record<string, string>).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [plain, quiet, ...list.filter((a) => String(a.find) !== 'wxt/browser')] };
    },
  },
  vite: () => ({
    build: { target: 'es2022' },
    // The popup's static shell paints without waiting for a stylesheet file.
    plugins: [inlinePageCss(['entrypoints/popup/index.html'])],
  }),
  zip: {
    artifactTemplate: 'applyfill-{{version}}-{{browser}}.zip',
    // AMO reviewers rebuild from the sources zip. WXT 0.20 does not read .gitignore, so its generated folders
    // (the demo's screenshot, test reports, built fixtures) are left out here.
    excludeSources: ['demo-output/**', 'test-results/**', 'tests/fixtures/built/**', 'dist/**', 'stats.html', '**/*.log'],
  },
});
