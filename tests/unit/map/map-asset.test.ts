import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateMapData, type MapData } from '../../../game/ui/map';

const root = resolve(import.meta.dirname, '../../..');
const ASSET = resolve(root, 'assets/map/caribbean.json');
/** The project's own copy of ../shared/places.json (so a clean clone tests the same data). */
const PLACES = resolve(root, 'scenarios/map/places.json');

const text = existsSync(ASSET) ? readFileSync(ASSET, 'utf8') : '';
const data = JSON.parse(text || '{}') as MapData;
const place = (id: string) => {
  const p = data.places.find((q) => q.id === id);
  if (!p) throw new Error(`no place ${id}`);
  return p;
};

/**
 * A small SVG path reader for the commands the build writes (M L l h v C z, absolute or relative): checks
 * each command has whole groups of finite numbers. Returns the number of commands.
 */
function parsePath(d: string): number {
  const arity: Record<string, number> = { m: 2, l: 2, h: 1, v: 1, c: 6, s: 4, q: 4, t: 2, a: 7, z: 0 };
  const tokens = d.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/g) ?? [];
  if (tokens.join('').length !== d.replace(/[\s,]/g, '').length) throw new Error('stray characters');
  let i = 0;
  let commands = 0;
  while (i < tokens.length) {
    const cmd = tokens[i++]!;
    const n = arity[cmd.toLowerCase()];
    if (n === undefined) throw new Error(`unknown command ${cmd}`);
    commands++;
    const args: number[] = [];
    while (i < tokens.length && !/[a-zA-Z]/.test(tokens[i]!)) args.push(Number(tokens[i++]));
    if (args.some((v) => !Number.isFinite(v))) throw new Error(`bad number after ${cmd}`);
    if (n === 0 ? args.length !== 0 : args.length === 0 || args.length % n !== 0) throw new Error(`wrong argument count after ${cmd}`);
  }
  return commands;
}

describe('assets/map/caribbean.json', () => {
  it('exists and is under 60 KB', () => {
    expect(existsSync(ASSET)).toBe(true);
    expect(statSync(ASSET).size).toBeLessThan(60 * 1024);
  });

  it('has the shape the game validates', () => {
    expect(() => validateMapData(JSON.parse(text))).not.toThrow();
  });

  it('puts every place at finite coordinates inside the viewBox and inside the core view', () => {
    expect(data.places.length).toBeGreaterThan(0);
    const c = data.core;
    for (const p of data.places) {
      expect(Number.isFinite(p.x) && Number.isFinite(p.y), p.id).toBe(true);
      expect(p.x, p.id).toBeGreaterThanOrEqual(0);
      expect(p.x, p.id).toBeLessThanOrEqual(data.width);
      expect(p.y, p.id).toBeGreaterThanOrEqual(0);
      expect(p.y, p.id).toBeLessThanOrEqual(data.height);
      expect(p.x >= c.x && p.x <= c.x + c.width && p.y >= c.y && p.y <= c.y + c.height, `${p.id} in core`).toBe(true);
    }
  });

  it('keeps the geography the right way round', () => {
    const havana = place('havana');
    expect(havana.x).toBeLessThan(place('guantanamo-bay-nb').x); // Havana west of Guantánamo
    expect(havana.y).toBeGreaterThan(place('key-west').y); // Havana south of Key West (SVG y grows downwards)
    expect(place('miami').y).toBeLessThan(place('key-west').y);
    expect(place('mccoy-afb').y).toBeLessThan(place('miami').y);
  });

  it('has land outlines and route paths that parse and start with M', () => {
    const names = data.land.map((l) => l.name);
    expect(names).toEqual(expect.arrayContaining(['Cuba', 'United States of America', 'Bahamas']));
    const all = [...data.land.map((l) => l.d), ...data.routes.flatMap((r) => [...r.paths.map((p) => p.d), ...(r.band ? [r.band] : [])])];
    for (const d of all) {
      expect(d.startsWith('M')).toBe(true);
      expect(parsePath(d)).toBeGreaterThan(1);
    }
  });

  it('labels the routes honestly: flights illustrative, the quarantine line approximate', () => {
    const ids = data.routes.map((r) => r.id).sort();
    expect(ids).toEqual(['low-level', 'quarantine', 'u2']);
    for (const r of data.routes) {
      if (r.id !== 'quarantine') {
        expect(r.illustrative).toBe(true);
        expect(r.label).toMatch(/illustrative/i);
      }
    }
    const q = data.routes.find((r) => r.id === 'quarantine')!;
    expect(q.approximate).toBe(true);
    expect(q.label).toMatch(/approx/i);
    expect(q.centre).toBeDefined();
  });

  it('carries every located place from places.json with its approximate flag', () => {
    const source = JSON.parse(readFileSync(PLACES, 'utf8')) as Array<{
      id: string;
      lat?: number;
      lon?: number;
      approximate?: boolean;
      unverified?: string;
      radius_unit_verified?: boolean;
    }>;
    for (const sp of source) {
      if (typeof sp.lat !== 'number' || typeof sp.lon !== 'number') continue;
      const p = place(sp.id);
      expect(p.approximate, sp.id).toBe(sp.approximate === true);
      expect(p.unverified, sp.id).toBe(typeof sp.unverified === 'string');
      if (p.approximate || p.unverified) expect(p.note, `${sp.id} explains why`).toBeTruthy();
    }
    const line = source.find((sp) => sp.id === 'quarantine-line');
    if (line && line.radius_unit_verified !== true) {
      // Unit unverified: both readings of "500 miles" are drawn, with the band between them.
      const q = data.routes.find((r) => r.id === 'quarantine')!;
      expect(q.paths).toHaveLength(2);
      expect(q.band).toBeTruthy();
    }
  });

  it('is what the build script writes today (deterministic, not stale)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'map-'));
    try {
      const out = join(dir, 'caribbean.json');
      execFileSync(process.execPath, [resolve(root, 'node_modules/tsx/dist/cli.mjs'), resolve(root, 'scripts/build-map.ts'), '--out', out], {
        cwd: root,
        stdio: 'pipe',
      });
      expect(readFileSync(out, 'utf8')).toBe(text);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
