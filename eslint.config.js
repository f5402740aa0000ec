// Lint with type information: what the compiler alone does not say (floating promises, unsafe `any`, switches that
// miss a case, hooks used out of order, browser APIs in the pure core). The house-rules test keeps what lint
// cannot say (no network, no form submission, no HTML strings written into pages).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Browser extension APIs live in lib/extension/ (and entrypoints/); the rest of lib/ is the pure core.
const BROWSER_MODULES = [
  { name: 'wxt/browser', message: 'Browser APIs belong in lib/extension/.' },
  { name: 'webextension-polyfill', message: 'Browser APIs belong in lib/extension/.' },
  { name: '#imports', message: 'WXT auto-imports stay out of lib/.' },
];
const BROWSER_PATTERNS = [
  { group: ['wxt/*', '@wxt-dev/*'], message: 'WXT and browser APIs belong in lib/extension/.' },
  { group: ['**/extension/*'], message: 'The pure core must not depend on lib/extension/ (browser APIs and storage).' },
];

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'dist/', 'corpus-report/', 'demo-output/', 'test-results/', 'tests/fixtures/built/', 'tests/fixtures/react-board/', 'tests/fixtures/boards/*.js'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', 'scripts/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['lib/**/*.ts'],
    ignores: ['lib/extension/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: BROWSER_MODULES, patterns: BROWSER_PATTERNS }],
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: 'Extension APIs belong in lib/extension/.' },
        { name: 'browser', message: 'Extension APIs belong in lib/extension/.' },
        { name: 'localStorage', message: 'Storage belongs in lib/extension/.' },
      ],
    },
  },
  {
    // The popup's state lives in pure reducers (lib/popup/popup-state.ts, lib/tailor/tailoring-state.ts) with unit
    // tables; their hooks only wire storage, the tab and the clipboard to them and dispatch. A useState or a ref
    // flag here would be state no test reaches.
    files: ['entrypoints/popup/use-popup-state.ts', 'entrypoints/popup/use-tailoring.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'preact/hooks', importNames: ['useState', 'useRef'], message: 'State belongs in the reducer in lib/; the hook dispatches.' }] },
      ],
    },
  },
  {
    // Tests and scripts read JSON and test doubles stand in for async interfaces: `any` from JSON.parse and
    // expect.any() is their daily bread, and a fake that resolves at once needs no await.
    files: ['tests/**', 'scripts/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/require-await': 'off',
      // preact's act() flushes synchronously when its callback is synchronous.
      '@typescript-eslint/no-floating-promises': ['error', { allowForKnownSafeCalls: [{ from: 'package', name: 'act', package: 'preact' }] }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
