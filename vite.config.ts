import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { runnerImport, type Connect, type Plugin, type PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;
const scenariosDir = resolve(root, 'scenarios');

const TYPES: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

/**
 * The scenario and its source records are static files, fetched by the game at run time (never bundled
 * into the JavaScript). In dev and preview they are served from scenarios/; a build copies them to
 * dist/scenarios/ so the built game is a plain folder any static host can serve.
 */
function scenarioFiles(): Plugin {
  const serve: Connect.NextHandleFunction = (req, res, next) => {
    const url = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
    const at = url.indexOf('/scenarios/');
    if (at < 0) return next();
    const file = normalize(join(scenariosDir, url.slice(at + '/scenarios/'.length)));
    // Only files inside scenarios/ (a sibling folder such as scenarios-old/ shares the prefix, not the separator).
    if (!file.startsWith(scenariosDir + sep) || !existsSync(file) || !statSync(file).isFile()) return next();
    res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    createReadStream(file).pipe(res);
  };
  return {
    name: 'excomm-scenario-files',
    configureServer(server) {
      server.middlewares.use(serve);
    },
    configurePreviewServer(server) {
      server.middlewares.use(serve);
    },
    writeBundle(options) {
      const out = options.dir ?? resolve(root, 'dist');
      cpSync(scenariosDir, join(out, 'scenarios'), { recursive: true });
    },
  };
}

/**
 * The authoring checks run at build time: a build of a scenario with an error fails with every problem listed,
 * and the built game carries the fingerprint of what was checked, so students' browsers skip the slow checks
 * for those exact files (a teacher's edited file still gets them all). In development the browser checks
 * everything, every time.
 */
function scenarioCheckedAtBuild(): Plugin {
  return {
    name: 'excomm-scenario-check',
    async config(_config, env) {
      if (env.command !== 'build') return { define: { __SCENARIO_CHECKED__: JSON.stringify('') } };
      // The game's own loader, through Vite's module runner (the config itself stays plain Node).
      const { module: check } = await runnerImport<typeof import('./scripts/build-check')>(resolve(root, 'scripts/build-check.ts'));
      const result = check.checkManifestForBuild(resolve(root, 'scenarios/index.json'));
      if (!result.ok) throw new Error(`The scenarios have errors; fix them before building:\n${result.errors.join('\n')}`);
      return { define: { __SCENARIO_CHECKED__: JSON.stringify(result.fingerprints) } };
    },
  };
}

/** Vite's dev server injects CSS as <style> tags; allow them in development only (the build keeps 'self'). */
function devCsp(): Plugin {
  return {
    name: 'excomm-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
  };
}

/**
 * Offline play and installing (vite-plugin-pwa): a service worker that keeps every file the game needs in the
 * browser after one visit, and a web app manifest with the icons of scripts/make-icons.ts (assets/icons/).
 *
 * Workbox injectManifest, our own worker (game/sw.ts) rather than a generated one, because the scenario files
 * are not like the rest: a teacher may edit or add them in the served folder (see README), so they are fetched
 * from the network first and fall back to the copy kept in the browser only when the network fails; everything
 * else (code, styles, fonts, sounds, map) has a fingerprint or changes only with a build, so it is served from
 * the browser. The worker waits for the player's "Reload" (registerType 'prompt'; it skips waiting only when the
 * page asks); the page says when a new version is ready (game/shell/offline.ts). No worker in development.
 */
function offline(): PluginOption[] {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'game',
    filename: 'sw.ts',
    registerType: 'prompt',
    // Registered by the game itself (game/shell/offline.ts), never by an inline script (the page's CSP).
    injectRegister: false,
    devOptions: { enabled: false },
    manifest: {
      name: 'ExComm 1962',
      short_name: 'ExComm 1962',
      description: "Advise President Kennedy's Executive Committee in the weeks after the Cuban Missile Crisis settlement. A classroom history role-play.",
      lang: 'en',
      dir: 'ltr',
      // Relative to the manifest, so the installed game opens from whatever folder it is served from.
      id: './',
      start_url: './',
      scope: './',
      display: 'standalone',
      // The walnut of the page (game/ui/base.css --walnut), as index.html's theme-color.
      theme_color: '#3b2a20',
      background_color: '#3b2a20',
      categories: ['education', 'games'],
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    // The icons are in the precache through globPatterns (listing them twice would do no harm, but no good).
    includeManifestIcons: false,
    injectManifest: {
      // Every kind of file in the build the game reads: code, styles, fonts (woff2: every browser with service
      // workers reads it first, so the .woff fallbacks are left to the network), the scenarios, their
      // translations and source records (json, txt, md), the map data, the sounds (both formats: the browser
      // picks one), the favicon and the icons.
      globPatterns: ['**/*.{html,js,css,woff2,json,txt,md,webm,mp3,svg,png}'],
      // Authoring inputs the game never fetches: the editors' JSON schema and the map's source places.
      globIgnores: ['scenarios/scenario.schema.json', 'scenarios/map/**'],
      // Phaser's chunk is about 0.7 MB (game/view/phaser-lite.ts); Workbox's default limit (2 MiB) would leave out any file above it silently.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    },
    integration: {
      // The worker's own small build: quiet, one file (in Rolldown's words: Vite 8).
      configureCustomSWViteBuild(inline) {
        inline.logLevel = 'warn';
        // Workbox's production code (no debug logging) whatever NODE_ENV the build runs under (the tests' is "test").
        inline.define = { ...inline.define, 'process.env.NODE_ENV': JSON.stringify('production') };
        const output = inline.build?.rollupOptions?.output;
        if (output && !Array.isArray(output)) {
          delete output.inlineDynamicImports;
          (output as { codeSplitting?: boolean }).codeSplitting = false;
        }
      },
    },
  });
}

/**
 * Plugins for the game itself only: the benchmark builds its bare Phaser page with this config under another
 * root, and that page gets no service worker.
 */
function forGameRoot(plugins: PluginOption[]): Plugin[] {
  const list = (plugins.flat(Infinity as 1) as (Plugin | false | null | undefined)[]).filter((p): p is Plugin => !!p);
  for (const p of list) {
    const own = p.apply; // set in place: the plugins keep references to themselves
    p.apply = (config, env) =>
      resolve(config.root ?? root) === root && (own === undefined || (typeof own === 'function' ? own(config, env) : own === env.command));
  }
  return list;
}

export default defineConfig({
  root,
  // Relative base: the built game runs from any static host and any sub-path.
  base: './',
  publicDir: 'assets',
  resolve: {
    // Phaser's source modules, for the room's own small entry (game/view/phaser-lite.ts): the package's "exports"
    // list no deep paths, so `phaser/src/…` points at its source folder directly.
    alias: [{ find: /^phaser\/src\//, replacement: `${resolve(root, 'node_modules/phaser/src')}/` }],
  },
  // Phaser's build flags (its webpack configs define them the same way): both renderers, no sound, no debug, no
  // optional plugins. Phaser's source tests `typeof FLAG`, so the whole expression is what gets replaced.
  define: {
    'typeof CANVAS_RENDERER': 'true',
    'typeof WEBGL_RENDERER': 'true',
    'typeof WEBGL_DEBUG': 'false',
    'typeof FEATURE_SOUND': 'false',
    'typeof PLUGIN_CAMERA3D': 'false',
    'typeof PLUGIN_FBINSTANT': 'false',
  },
  plugins: [scenarioFiles(), scenarioCheckedAtBuild(), devCsp(), ...forGameRoot(offline())],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        // Phaser in its own long-cached chunk, loaded only after the title screen is usable.
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser[\\/]/ }],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/harness/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          // Two cores: browser tests run one file at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
