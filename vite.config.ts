import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { runnerImport, type Connect, type Plugin } from 'vite';
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

export default defineConfig({
  root,
  // Relative base: the built game runs from any static host and any sub-path.
  base: './',
  publicDir: 'assets',
  plugins: [scenarioFiles(), scenarioCheckedAtBuild(), devCsp()],
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
