/** game/core stays pure: no Phaser, Howler, DOM globals or Node modules (it runs in the browser and in Node). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, ROOT } from '../../helpers/disk';

describe('core boundaries', () => {
  const files = listFiles(join(ROOT, 'game/core')).filter((f) => f.endsWith('.ts'));
  it.each(files)('%s imports nothing from the view, audio, DOM or Node', (file) => {
    const text = readFileSync(join(ROOT, 'game/core', file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(text).not.toMatch(/from ['"](phaser|howler)['"]/);
    expect(text).not.toMatch(/from ['"]node:/);
    expect(text).not.toMatch(/\b(window|document|localStorage|sessionStorage|navigator)\s*[.[]/);
    expect(text).not.toMatch(/from ['"]\.\.\/\.\.\/(ui|view|services)\//);
  });
});
