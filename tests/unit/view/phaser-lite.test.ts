/**
 * The room's own Phaser entry (game/view/phaser-lite.ts) requires Phaser's source modules by path. A Phaser update
 * that moves, renames or stops exporting one of them, adds a build flag, or a scene that starts using a game object
 * the entry does not register, fails here rather than as a blank room in class.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const SRC = join(ROOT, 'node_modules/phaser/src');
const entry = readFileSync(join(ROOT, 'game/view/phaser-lite.ts'), 'utf8');
const imports = [...entry.matchAll(/^import (\w+ from )?'phaser\/src\/([^']+)';$/gm)].map((m) => ({ named: !!m[1], path: m[2]! }));
const deepPaths = imports.map((i) => i.path);
const source = (path: string) => readFileSync(join(SRC, path), 'utf8');

function walk(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full, ext) : full.endsWith(ext) ? [full] : [];
  });
}

describe("the room's Phaser entry", () => {
  it('names Phaser source files that exist: modules that export a value, factories that register themselves', () => {
    expect(imports.length).toBeGreaterThan(5);
    for (const { named, path } of imports) {
      expect(existsSync(join(SRC, path)), `node_modules/phaser/src/${path}`).toBe(true);
      if (path === 'renderer/index.js') continue;
      expect(source(path), path).toMatch(named ? /module\.exports\s*=/ : /(GameObjectFactory|PluginCache)\.register\('\w+'/);
    }
  });

  it("loads the renderers' namespace before the Game (the render nodes' require cycle)", () => {
    expect(deepPaths[0]).toBe('renderer/index.js');
    expect(source('renderer/webgl/renderNodes/BatchHandler.js')).toMatch(/require\('\.\.\/\.\.\/\.\.\/renderer'\)/);
  });

  it('finds what it uses where it imports it', () => {
    const expected: Record<string, RegExp[]> = {
      'core/Game.js': [/module\.exports = Game;/],
      'scene/Scene.js': [/module\.exports = Scene;/],
      'const.js': [/\bCANVAS: 1,/, /\bWEBGL: 2,/],
      'core/events/index.js': [/\bPOST_RENDER: require/],
      'scale/const/SCALE_MODE_CONST.js': [/\bRESIZE: \d/, /\bFIT: \d/, /\bNONE: \d/],
      'scale/const/CENTER_CONST.js': [/\bCENTER_BOTH: \d/, /\bNO_CENTER: \d/],
    };
    for (const [path, patterns] of Object.entries(expected)) {
      expect(deepPaths, path).toContain(path);
      for (const p of patterns) expect(source(path), path).toMatch(p);
    }
  });

  it("registers every core scene plugin Phaser's scenes need (DefaultPlugins.CoreScene)", () => {
    const defaults = source('plugins/DefaultPlugins.js');
    const core = /CoreScene: \[([^\]]*)\]/.exec(defaults)?.[1] ?? '';
    const needed = [...core.matchAll(/'(\w+)'/g)].map((m) => m[1]!);
    expect(needed).toContain('EventEmitter');
    const registered = new Set(deepPaths.flatMap((path) => [...source(path).matchAll(/PluginCache\.register\('(\w+)'/g)].map((m) => m[1]!)));
    for (const name of needed) expect(registered, name).toContain(name);
  });

  it('registers every game object the room adds (this.add.…)', () => {
    const registered = new Set(deepPaths.flatMap((path) => [...source(path).matchAll(/GameObjectFactory\.register\('(\w+)'/g)].map((m) => m[1]!)));
    const view = walk(join(ROOT, 'game/view'), '.ts').map((f) => readFileSync(f, 'utf8'));
    const used = new Set(view.flatMap((text) => [...text.matchAll(/\b(?:this|scene)\.add\.(\w+)\(/g)].map((m) => m[1]!)));
    expect(used.size).toBeGreaterThan(3);
    for (const name of used) expect(registered, `this.add.${name}`).toContain(name);
  });

  it("defines every build flag Phaser's source tests (typeof FLAG) in vite.config.ts", () => {
    const config = readFileSync(join(ROOT, 'vite.config.ts'), 'utf8');
    const flags = new Set(walk(SRC, '.js').flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/typeof ([A-Z][A-Z0-9]*_[A-Z0-9_]+)\b/g)].map((m) => m[1]!)));
    expect(flags).toContain('WEBGL_RENDERER');
    for (const flag of flags) expect(config, flag).toContain(`'typeof ${flag}':`);
  });

  it('is the only way the game reaches Phaser code (elsewhere only its types)', () => {
    const files = walk(join(ROOT, 'game'), '.ts').filter((f) => !f.endsWith('phaser-lite.ts'));
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      expect(text, f).not.toMatch(/^import (?!type )[^;]*from 'phaser(\/[^']*)?';/m);
      expect(text, f).not.toMatch(/import\(\s*'phaser/);
    }
  });
});
