import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports every file may not use. */
const everywhere = [
  { regex: '^(\\.\\./){2}', message: 'Use #src/… instead of climbing two folders.' },
];
const noReact = { regex: '^(react|react-dom|@xstate/react|i18next|react-i18next)(/|$)', message: 'Pure layers do not import React or i18n.' };
const only = (...folders) => ({
  regex: `^#src/(?!(${folders.join('|')})/)`,
  message: `This folder may import only from ${folders.join(', ')} in src/ (one-way imports, STYLE.md).`,
});
const not = (...targets) => ({ regex: `^#src/(${targets.join('|')})`, message: 'Pages do not import other pages (one-way imports, STYLE.md).' });

/** One-way imports (STYLE.md): content is pure, the machine knows no React, pages do not import pages. */
const boundaries = {
  'src/questionnaire/**': [only('questionnaire'), noReact, { regex: '^xstate', message: 'questionnaire/ is pure content: it imports only zod.' }],
  'src/instruments/**': [only('questionnaire', 'instruments'), noReact],
  'src/machine/screening-machine.ts': [only('questionnaire', 'machine'), noReact],
  'src/ui/**': [only('ui', 'i18n')],
  'src/steps/**': [not('summary/summary-page', 'check-answers', 'start', 'safety', 'app')],
  'src/check-answers/**': [not('summary/summary-page', 'steps', 'start', 'safety', 'app')],
  'src/summary/**': [not('steps', 'check-answers', 'start', 'safety', 'app', 'machine/screening-machine', 'handover')],
  'src/accessibility/**': [not('steps', 'check-answers', 'start', 'safety', 'app', 'summary', 'handover')],
  'src/handover/**': [not('steps', 'check-answers', 'start', 'safety', 'app', 'summary/summary-page')],
  'src/start/**': [not('summary', 'steps', 'check-answers', 'safety', 'app')],
  'src/safety/**': [not('summary', 'steps', 'check-answers', 'start', 'app')],
  // FHIR encoders and decoders are pure, like questionnaire/; English text arrives as an argument, never as a bundled locale.
  'src/fhir/**': [
    { regex: '^#src/(?!(questionnaire|instruments|fhir)/|i18n/keys\\.ts$)', message: 'fhir/ may import only questionnaire, instruments and i18n/keys.ts in src/ (one-way imports, STYLE.md).' },
    { regex: '^#locales/', message: 'fhir/ takes English text as an argument (TextLookup); the build plugin reads the files.' },
    noReact,
  ],
};

const restrictedImports = (patterns) => [
  'error',
  { paths: [{ name: 'react', importNames: ['default'], message: 'Use named imports.' }], patterns: [...everywhere, ...patterns] },
];

export default tseslint.config(
  { ignores: ['dist/', '.bench/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      'no-restricted-imports': restrictedImports([]),
      'no-restricted-syntax': ['error',
        { selector: 'ExportDefaultDeclaration', message: 'Named exports only.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render markup from strings.' },
        { selector: 'JSXAttribute[name.name=/^on(Pointer|Mouse)(Move|Over|Out|Enter|Leave|Down|Up|Cancel)|^onTouch/]', message: 'Pointer and touch events never reach React (src/app/keep-pointer-events-from-react.ts).' },
      ],
    },
  },
  ...Object.entries(boundaries).map(([folder, patterns]) => ({
    files: [folder],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrictedImports(patterns) },
  })),
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
