/**
 * Runs once before the browser tests: builds the production bundle, serves it, and checks that Chromium is
 * there. Tests read the address from the provided context (inject('baseUrl')).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sourceHash, translationUnits } from '../../../game/core/scenario/overlay';
import { validateMapData } from '../../../game/ui/map';
import { mapTextUnits, writeMapText } from '../../../game/ui/map-text';
import { loadReal } from '../../helpers/scenarios';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

/** A scenario text in the pseudo-locale: every run of words wrapped, the glossary markup kept (its shown words wrapped too). */
function pseudoText(text: string): string {
  const wrap = (t: string) => (t.trim() === '' ? t : `⟦${t}⟧`);
  let out = '';
  let at = 0;
  for (const m of text.matchAll(/\[\[([^\]|]*)(?:\|([^\]]*))?\]\]/g)) {
    out += wrap(text.slice(at, m.index)) + (m[2] === undefined ? m[0] : `[[${m[1]}|${wrap(m[2])}]]`);
    at = m.index + m[0].length;
  }
  return out + wrap(text.slice(at));
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
  // The pseudo-locale's scenario overlay (tests only, see game/ui/strings/pseudo.ts): every translatable text of
  // the shipped scenario wrapped in ⟦…⟧, so a browser test can tell scenario text that went through the
  // translation from text that did not.
  const entries = Object.fromEntries(
    translationUnits(loadReal())
      .filter((u) => u.text !== '')
      .map((u) => [u.key, { source: sourceHash(u.text), text: pseudoText(u.text) }]),
  );
  writeFileSync(
    resolve(outDir, 'scenarios/i18n/excomm-1962.qps.json'),
    JSON.stringify({ formatVersion: 1, scenario: 'excomm-1962', language: 'qps', entries }),
  );
  // …and the map's words the same way (map/caribbean.qps.json beside the map).
  const map = validateMapData(JSON.parse(readFileSync(resolve(outDir, 'map/caribbean.json'), 'utf8')));
  const mapTexts = Object.fromEntries(mapTextUnits(map).map((u) => [u.key, `⟦${u.text}⟧`]));
  writeFileSync(resolve(outDir, 'map/caribbean.qps.json'), JSON.stringify(writeMapText(map, 'caribbean', 'qps', mapTexts)));
  const server = await serveStatic(outDir);
  project.provide('baseUrl', server.url);
  project.provide('chromiumPath', chromiumPath);
  return async () => {
    await server.close();
  };
}
