/**
 * What the page runs at start: game/main.ts and everything it imports statically is evaluated while the title
 * is on screen (slow laptops, Lighthouse at 4x CPU). The scenario's schema is built from zod at import time, a long
 * task of its own; it belongs in the scenario worker and the game's lazy chunks, never in the title's code. (A
 * map helper importing the overlay's hash once brought the whole schema and zod into the first chunk.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/disk';

/** Static imports that stay in the built code (type-only imports are erased), as written. */
function staticImports(code: string): string[] {
  const out: string[] = [];
  const re = /^\s*(?:import|export)\s+(type\s+)?([^'";]*?)\s*from\s*'([^']+)'|^\s*import\s+'([^']+)'/gm;
  for (const m of code.matchAll(re)) {
    if (m[4]) {
      out.push(m[4]);
      continue;
    }
    if (m[1]) continue;
    const names = m[2] ?? '';
    const braces = /^\{([^}]*)\}$/s.exec(names.trim());
    if (braces && braces[1]!.split(',').every((n) => n.trim() === '' || /^type\s/.test(n.trim()))) continue;
    out.push(m[3]!);
  }
  return out;
}

/** Every module game/main.ts reaches through static imports: project files (relative to the root) and packages. */
function eagerGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const spec of staticImports(readFileSync(join(ROOT, file), 'utf8'))) {
      if (!spec.startsWith('.')) {
        packages.add(spec);
        continue;
      }
      const base = join(dirname(join(ROOT, file)), spec);
      const found = [base, `${base}.ts`, join(base, 'index.ts')].find((p) => existsSync(p) && p.endsWith('.ts'));
      if (found) visit(relative(ROOT, found).split('\\').join('/'));
    }
  };
  visit(entry);
  return { files, packages };
}

describe('the title’s code (game/main.ts and its static imports)', () => {
  const { files, packages } = eagerGraph('game/main.ts');

  it('is found (the walk reaches the shell and the string catalogue)', () => {
    expect(files).toContain('game/shell/index.ts');
    expect(files).toContain('game/ui/strings/en.ts');
  });

  it('does not import zod or the scenario schema', () => {
    expect([...packages].filter((p) => p === 'zod' || p.startsWith('zod/'))).toEqual([]);
    expect([...files].filter((f) => /^game\/core\/(scenario\/(schema|overlay|load)|check\/)/.test(f))).toEqual([]);
  });
});
