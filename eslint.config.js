import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';
import { readdirSync } from 'node:fs';

// Features do not import each other: each feature folder may import only itself among features.
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-engine',
      'dist-smart',
      'dist-bench',
      'coverage',
      'playwright-report',
      'test-results',
      'public/mockServiceWorker.js',
      'src/routeTree.gen.ts',
      'node_modules',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, 'import-x': importX },
    // Without a resolver that knows .ts/.tsx, import-x cannot resolve the app's own imports and the
    // boundary rules below silently pass everything.
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })],
      // no-cycle reads the imported modules itself: it must know which files are TypeScript.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Patient and chart data must render as text, never as HTML.',
        },
      ],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/rules',
              from: './src',
              except: ['./rules'],
              message: 'src/rules is pure: it imports nothing from the app.',
            },
            {
              target: './src/rules',
              from: './mocks',
              message: 'src/rules is pure: it imports nothing from the app.',
            },
            // The planner is the page that composes the step features (renal, regimen, medications,
            // plan, export, the chart patient); no feature imports it, and the others not each other.
            ...features
              .filter((feature) => feature !== 'planner')
              .map((feature) => ({
                target: `./src/features/${feature}`,
                from: './src/features',
                except: [`./${feature}`],
                message:
                  'Features do not import each other; move shared pieces to src/components or src/lib.',
              })),
            {
              target: './src',
              from: './mocks',
              message:
                'The demo server is started only by src/fhir/session.ts (demo mode); the app ships without it.',
            },
            {
              target: ['./src/components', './src/lib', './src/fhir'],
              from: ['./src/features', './src/routes'],
              message: 'Shared code must not depend on features or routes (data flows one way).',
            },
          ],
        },
      ],
    },
  },
  {
    // The one place the demo server is loaded from, in demo mode only (see the zone above).
    files: ['src/fhir/session.ts'],
    rules: { 'import-x/no-restricted-paths': 'off' },
  },
  {
    // The app's modules form no import cycle (the FHIR layer is a leaf the pages build on).
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['src/rules/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'fetch', 'localStorage', 'indexedDB'],
      // The rules take "now" as an argument; reading the clock would make plans irreproducible.
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Pass dates in as arguments.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'react',
            'react-*',
            '@mantine/*',
            '@tanstack/*',
            'recharts',
            'msw',
            'msw/*',
            'dexie',
            'idb',
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx,mjs}', 'mocks/**/*.ts', '*.config.{ts,js}', 'vite.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
);
