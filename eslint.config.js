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

/** A layer's imports: what each folder of game/ may not reach for (game/main.ts, the composition root, may use all). */
const zone = (files, patterns) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } });
const PHASER = { group: ['phaser', 'phaser/*'], message: 'Only game/view/ draws with Phaser.' };
const HOWLER = { group: ['howler', 'howler/*'], message: 'Only game/services/howler-audio.ts plays sound with Howler.' };
const MAIN = { group: ['**/main', '../main', './main'], message: 'Nothing imports the composition root (game/main.ts).' };
export const layerRules = [
  // Services (audio, saves): the core below them, never the screens or the room.
  zone(
    ['game/services/**/*.ts'],
    [PHASER, MAIN, { group: ['**/ui/**', '**/view/**', '**/shell/**'], message: 'game/services must not import the layers above it.' }],
  ),
  // The HTML screens: core and services; the Phaser room only through the stage interface the shell hands in.
  zone(
    ['game/ui/**/*.ts'],
    [PHASER, HOWLER, MAIN, { group: ['**/view/**', '**/shell/**'], message: 'game/ui must not import the room (game/view) or the shell.' }],
  ),
  // The Phaser room: draws what it is told; no game state, no screens.
  zone(
    ['game/view/**/*.ts'],
    [
      HOWLER,
      MAIN,
      // (Phaser's own source folders, e.g. phaser/src/core/, are the room's to import: game/view/phaser-lite.ts.)
      {
        group: ['**/ui/**', '**/services/**', '**/shell/**', '**/core/**', '!phaser/src/**'],
        message: 'game/view draws only: no core, screens, services or shell.',
      },
    ],
  ),
  // The shell's helpers: no drawing or sound libraries of their own.
  zone(['game/shell/**/*.ts'], [PHASER, HOWLER, MAIN, { group: ['**/view/**'], message: 'game/shell loads the room lazily from game/main.ts only.' }]),
];

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
  ...layerRules,
  {
    // A promise nobody awaits or catches fails silently in a classroom: every one is handled, or marked `void`
    // where a failure is reported elsewhere (the chunk loader's notice).
    files: ['game/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { '@typescript-eslint/no-floating-promises': 'error' },
  },
);
