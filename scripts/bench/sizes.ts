/** Transfer sizes of a build, as a server with gzip -9 would send them. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walk(full));
    else out.push(full);
  }
  return out;
}

export interface SizeGroup {
  files: number;
  raw: number;
  gzip: number;
  /** Each file of the group, largest first (kept for the JSON report). */
  list: { path: string; raw: number; gzip: number }[];
}

/** Sums files of a folder into named groups; `groupOf` gets the path relative to the folder (with /). */
export function sizeGroups(dir: string, groupOf: (rel: string) => string | null): Record<string, SizeGroup> {
  const out: Record<string, SizeGroup> = {};
  for (const file of walk(dir)) {
    const rel = relative(dir, file).split(sep).join('/');
    const group = groupOf(rel);
    if (!group) continue;
    const data = readFileSync(file);
    const gzip = gzipSync(data, { level: 9 }).length;
    const g = (out[group] ??= { files: 0, raw: 0, gzip: 0, list: [] });
    g.files++;
    g.raw += data.length;
    g.gzip += gzip;
    g.list.push({ path: rel, raw: data.length, gzip });
  }
  for (const g of Object.values(out)) g.list.sort((x, y) => y.gzip - x.gzip);
  return out;
}

/** The game's build: code apart from content and media, so each can be watched on its own. */
export function gameGroup(rel: string): string | null {
  if (/\.(js|css)$/.test(rel) && !rel.startsWith('scenarios/')) return 'jsCss';
  if (/^scenarios\/sources\//.test(rel)) return 'sources';
  if (/^scenarios\//.test(rel)) return 'scenario';
  if (/^map\//.test(rel)) return 'map';
  if (/\.(woff2?|ttf|otf)$/.test(rel)) return 'fonts';
  if (/^audio\//.test(rel)) return 'sounds';
  if (/\.html$/.test(rel)) return 'html';
  return 'other';
}

/** A fixture's build: only its code counts (the shared config's plugin also copies the scenarios in). */
export function fixtureGroup(rel: string): string | null {
  if (rel.startsWith('scenarios/')) return null;
  if (/\.(js|css)$/.test(rel)) return 'jsCss';
  if (/\.html$/.test(rel)) return 'html';
  return 'other';
}

/** What the service worker keeps for offline use: the files of its precache list, as stored and as sent. */
export interface Precache {
  files: number;
  /** Bytes as the browser stores them (Cache Storage keeps bodies uncompressed). */
  raw: number;
  /** Bytes as a host with gzip -9 would send them on the first visit. */
  gzip: number;
  list: string[];
}

/**
 * The precache list vite-plugin-pwa wrote into the build's sw.js (`[{"revision":…,"url":"…"},…]`), each file
 * measured in the build folder; null for a build without a service worker.
 */
export function precacheOf(dir: string): Precache | null {
  const sw = join(dir, 'sw.js');
  if (!existsSync(sw)) return null;
  const text = readFileSync(sw, 'utf8');
  const start = text.search(/\[\{"(?:revision|url)":/);
  if (start < 0) throw new Error(`${sw} has no precache list`);
  const entries = JSON.parse(text.slice(start, text.indexOf('}]', start) + 2)) as { url: string }[];
  const list = [...new Set(entries.map((e) => e.url))].sort();
  let raw = 0;
  let gzip = 0;
  for (const url of list) {
    const data = readFileSync(join(dir, url));
    raw += data.length;
    gzip += gzipSync(data, { level: 9 }).length;
  }
  return { files: list.length, raw, gzip, list };
}
