import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'tests/fixtures/dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.webextensions },
    },
    rules: {
      // The product promises no network, no polling, no reloads (see PRIVACY.md); lint the source for it too.
      'no-restricted-globals': ['error', 'fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='setInterval']", message: 'No polling: react to the user\'s own events.' },
        { selector: "MemberExpression[property.name='reload']", message: 'The extension never reloads a page.' },
        { selector: "MemberExpression[property.name='sendBeacon']", message: 'The extension sends nothing.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Node tools and tests; the fixture pages' own scripts simulate Upwork, timers and all.
    files: ['scripts/**', 'tests/**', 'bin/**', '*.config.*', 'lib/cli/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-restricted-globals': 'off', 'no-restricted-syntax': 'off' },
  },
);
