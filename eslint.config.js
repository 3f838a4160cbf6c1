// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Browser and DOM globals the pure core must never touch. */
const DOM_GLOBALS = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'navigator',
  'location',
  'HTMLElement',
  'Element',
  'Node',
  'fetch',
  'requestAnimationFrame',
  'Audio',
  'Image',
];

/**
 * The architecture rule: game/core/ is pure (Node-testable). It imports nothing from Phaser, Howler, the DOM or
 * Node built-ins, and nothing from the layers above it (services, ui, view).
 */
export const coreRule = {
  files: ['game/core/**/*.ts'],
  languageOptions: { globals: { ...globals.es2022 } },
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: ['phaser', 'phaser/*'], message: 'game/core must not import Phaser (views only).' },
          { group: ['howler', 'howler/*'], message: 'game/core must not import Howler (game/services/howler-audio.ts only).' },
          { group: ['node:*', 'fs', 'path'], message: 'game/core runs in the browser too: no Node built-ins.' },
          { group: ['**/services/**', '**/ui/**', '**/view/**', '../../main', '**/main'], message: 'game/core must not import the layers above it.' },
        ],
      },
    ],
    'no-restricted-globals': ['error', ...DOM_GLOBALS.map((name) => ({ name, message: `game/core must not use the DOM global "${name}".` }))],
  },
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'tests/output/', 'assets/', 'scenarios/', 'tests/fixtures/**/*.ts.txt'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  coreRule,
  {
    // A promise nobody awaits or catches fails silently in a classroom: every one is handled, or marked `void`
    // where a failure is reported elsewhere (the chunk loader's notice).
    files: ['game/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { '@typescript-eslint/no-floating-promises': 'error' },
  },
);
