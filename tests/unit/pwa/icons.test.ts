/**
 * The app icons of the web app manifest (assets/icons/) are what scripts/make-icons.ts draws today, and each is
 * a PNG of the size the manifest (vite.config.ts) says.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { icons } from '../../../scripts/make-icons';

const dir = resolve(import.meta.dirname, '../../../assets/icons');

describe('app icons', () => {
  const drawn = icons();

  it('are the three the manifest names', () => {
    expect(Object.keys(drawn).sort()).toEqual(['icon-192.png', 'icon-512.png', 'icon-maskable-512.png']);
  });

  for (const [name, png] of Object.entries(drawn)) {
    it(`${name} is committed as the script draws it (run npx tsx scripts/make-icons.ts after a change)`, () => {
      const committed = readFileSync(resolve(dir, name));
      expect(committed.subarray(1, 4).toString('latin1')).toBe('PNG');
      const side = Number(/(\d+)\.png$/.exec(name)![1]);
      expect([committed.readUInt32BE(16), committed.readUInt32BE(20)]).toEqual([side, side]);
      expect(committed.equals(png)).toBe(true);
    });
  }
});
