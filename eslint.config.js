import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** One-way imports (STYLE.md): content is pure, the machine knows no React, pages do not import pages. */
const boundaries = [
  { target: './src/questionnaire', from: './src', except: ['./questionnaire'], message: 'questionnaire/ is pure content: it imports only zod.' },
  { target: './src/instruments', from: './src', except: ['./questionnaire', './instruments'], message: 'instruments/ are pure scoring functions.' },
  { target: './src/machine', from: './src', except: ['./questionnaire', './machine'], message: 'machine/ knows only the questionnaire.' },
  { target: './src/ui', from: './src', except: ['./ui', './i18n'], message: 'ui/ primitives know nothing of the questionnaire.' },
  { target: './src/steps', from: ['./src/summary/summary-page.tsx', './src/check-answers', './src/start', './src/safety', './src/app'] },
  { target: './src/check-answers', from: ['./src/steps', './src/start', './src/safety', './src/app', './src/summary/summary-page.tsx'] },
  { target: './src/summary', from: ['./src/steps', './src/check-answers', './src/start', './src/safety', './src/app', './src/machine/screening-machine.ts'] },
  { target: './src/start', from: ['./src/steps', './src/check-answers', './src/summary', './src/safety', './src/app'] },
  { target: './src/safety', from: ['./src/steps', './src/check-answers', './src/summary', './src/start', './src/app'] },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'react', importNames: ['default'], message: 'Use named imports.' },
        ],
        patterns: [
          { group: ['../../*'], message: 'Use #src/… instead of climbing two folders.' },
        ],
      }],
      'no-restricted-syntax': ['error',
        { selector: 'ExportDefaultDeclaration', message: 'Named exports only.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render markup from strings.' },
      ],
    },
  },
  {
    files: ['src/questionnaire/**', 'src/instruments/**', 'src/machine/**'],
    ignores: ['src/machine/screening-actor-context.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['react', 'react-*', 'i18next', 'react-i18next'], message: 'Pure layers do not import React or i18n.' },
      ] }],
    },
  },
  {
    files: ['src/machine/screening-machine.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['react', '@xstate/react', 'i18next'], message: 'The machine runs without React.' }] }] },
  },
  {
    // Every user-visible string comes from locales/: no literal words in JSX text or in text-bearing attributes.
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx', 'src/testing/**'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': ['error', {
        mode: 'jsx-only',
        'jsx-attributes': { include: ['^(alt|title|aria-label|placeholder|label)$'] },
        words: { exclude: ['^[\\s\\p{P}\\p{S}]*$'] },
      }],
    },
  },
  {
    files: ['eslint.config.js', 'vite.config.ts', 'scripts/**', 'tests/e2e/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
