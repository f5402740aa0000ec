import { defineConfig } from 'wxt';
import { HOST_PERMISSIONS } from './lib/ats/ats-hosts';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // No auto-imports: `lib/` stays a pure core, and every file says where its names come from.
  imports: false,
  manifest: {
    name: 'Applyfill',
    description: 'Fills Greenhouse and Lever job applications from profiles kept only in your browser. Never submits.',
    permissions: ['storage'],
    host_permissions: [...HOST_PERMISSIONS],
    action: { default_title: 'Applyfill' },
  },
  vite: () => ({
    build: { target: 'es2022' },
  }),
  zip: { artifactTemplate: 'applyfill-{{version}}-{{browser}}.zip' },
});
