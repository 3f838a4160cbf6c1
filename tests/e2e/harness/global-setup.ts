/**
 * Runs once before the browser tests: builds the production bundle, serves it, and checks that Chromium is
 * there. Tests read the address from the provided context (inject('baseUrl')).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

export default async function setup(project: TestProject) {
  const root = resolve(import.meta.dirname, '../../..');
  const chromiumPath = findChromium();
  // The tests build into their own folder, so a `npm run build` (or the benchmark) running at the same time
  // cannot pull files out from under them.
  const outDir = resolve(root, 'tests/output/e2e-dist');
  if (!process.env.E2E_SKIP_BUILD) {
    execFileSync(process.execPath, [resolve(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn', '--outDir', outDir], {
      cwd: root,
      stdio: 'inherit',
    });
  }
  // A second scenario served beside the shipped one (the test fixture), as a teacher would add one: its files in
  // a folder of scenarios/ and a line in scenarios/index.json. The shipped scenario stays the default.
  cpSync(resolve(root, 'tests/fixtures/mini'), resolve(outDir, 'scenarios/harbour-test'), { recursive: true });
  writeFileSync(
    resolve(outDir, 'scenarios/index.json'),
    JSON.stringify({
      scenarios: [
        { id: 'excomm-1962', file: 'excomm-1962.json', sources: 'sources/' },
        { id: 'harbour-test', file: 'harbour-test/scenario.json', sources: 'harbour-test/sources/' },
      ],
    }),
  );
  const server = await serveStatic(outDir);
  project.provide('baseUrl', server.url);
  project.provide('chromiumPath', chromiumPath);
  return async () => {
    await server.close();
  };
}
