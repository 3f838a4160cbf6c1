/**
 * The architecture rule (eslint.config.js, coreRule) keeps game/core pure. These tests prove it bites: the
 * same ESLint config rejects a core file that imports Phaser, Howler or touches the DOM, accepts the same text
 * outside core, and passes the real tree.
 */
import { ESLint } from 'eslint';
import { rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
// Texts linted from memory have no file in the TypeScript project, so the type-aware rules are off for them.
const eslint = new ESLint({
  cwd: root,
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } }, rules: { '@typescript-eslint/no-floating-promises': 'off' } },
});

async function lintAs(path: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, path) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals');
}

describe('architecture rule: game/core is pure', () => {
  it('fails when a core file imports phaser', async () => {
    const msgs = await lintAs('game/core/rules/bad.ts', "import Phaser from 'phaser';\nexport const x = Phaser;\n");
    expect(msgs).toHaveLength(1);
    expect(msgs[0]!.message).toMatch(/must not import Phaser/);
  });

  it('fails when a core file imports howler or uses the DOM', async () => {
    const howl = await lintAs('game/core/machine/bad.ts', "import { Howl } from 'howler';\nexport const h = Howl;\n");
    expect(howl[0]?.message).toMatch(/Howler/);
    const dom = await lintAs('game/core/scenario/bad.ts', 'export const t = document.title;\n');
    expect(dom[0]?.message).toMatch(/DOM global "document"/);
    const up = await lintAs('game/core/bad.ts', "import { x } from '../view/stage';\nexport const y = x;\n");
    expect(up[0]?.message).toMatch(/layers above/);
  });

  it('allows the same import in a view', async () => {
    const msgs = await lintAs('game/view/fine.ts', "import Phaser from 'phaser';\nexport const x = Phaser;\n");
    expect(msgs).toHaveLength(0);
  });

  it('the real game/core tree passes', async () => {
    const results = await eslint.lintFiles(['game/core/**/*.ts']);
    const broken = results.flatMap((r) =>
      r.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => `${r.filePath}:${m.line} ${m.message}`),
    );
    expect(results.length).toBeGreaterThan(0);
    expect(broken).toEqual([]);
  });
});

describe('no promise left unhandled in game/', () => {
  it('fails on a floating promise in a game file, and passes it once it is handled', async () => {
    const real = new ESLint({ cwd: root });
    const file = resolve(root, 'game/ui/lint-probe-floating.ts');
    const floating = 'export async function load(): Promise<void> {}\nexport function go(): void {\n  load();\n}\n';
    try {
      writeFileSync(file, floating);
      const [bad] = await real.lintFiles([file]);
      expect(bad!.messages.map((m) => m.ruleId)).toContain('@typescript-eslint/no-floating-promises');
      writeFileSync(file, floating.replace('  load();', '  load().catch(() => undefined);'));
      const [good] = await real.lintFiles([file]);
      expect(good!.messages.filter((m) => m.ruleId === '@typescript-eslint/no-floating-promises')).toEqual([]);
    } finally {
      rmSync(file, { force: true });
    }
  });
});

describe('layer zones: each folder of game/ reaches only for what it may', () => {
  it('keeps Phaser in game/view, Howler in game/services, and each layer below the ones above it', async () => {
    const cases: [string, string, RegExp][] = [
      ['game/ui/bad.ts', "import Phaser from 'phaser';\nexport const x = Phaser;\n", /Only game\/view\/ draws with Phaser/],
      ['game/ui/bad.ts', "import { Howl } from 'howler';\nexport const x = Howl;\n", /Only game\/services\/howler-audio.ts/],
      ['game/ui/bad.ts', "import { createStage } from '../view/stage';\nexport const x = createStage;\n", /must not import the room/],
      ['game/services/bad.ts', "import { h } from '../ui/dom';\nexport const x = h;\n", /must not import the layers above it/],
      ['game/view/bad.ts', "import { END } from '../core/rules/engine';\nexport const x = END;\n", /game\/view draws only/],
      ['game/shell/bad.ts', "import Phaser from 'phaser';\nexport const x = Phaser;\n", /Only game\/view\/ draws with Phaser/],
      ['game/ui/bad.ts', "import { x } from '../main';\nexport const y = x;\n", /composition root/],
    ];
    for (const [path, code, message] of cases) {
      const msgs = await lintAs(path, code);
      expect(msgs.map((m) => m.message).join(' | '), `${path}: ${code}`).toMatch(message);
    }
  });

  it('allows what each layer is for', async () => {
    expect(await lintAs('game/view/fine.ts', "import Phaser from 'phaser';\nexport const x = Phaser;\n")).toEqual([]);
    expect(await lintAs('game/services/fine.ts', "import { Howl } from 'howler';\nexport const x = Howl;\n")).toEqual([]);
    expect(
      await lintAs(
        'game/ui/fine.ts',
        "import { END } from '../core/rules/engine';\nimport { cuesForScreen } from '../services/audio';\nexport const x = [END, cuesForScreen];\n",
      ),
    ).toEqual([]);
  });
});
