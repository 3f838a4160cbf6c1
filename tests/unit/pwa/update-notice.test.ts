/** When the "new version" notice may show (game/shell/offline.ts): never on a decision, at once elsewhere. */
import { describe, expect, it } from 'vitest';
import { HOLD_ON_SCREENS, whenFree } from '../../../game/shell/offline';

/** A page whose screen the test moves, with the watchers whenFree subscribes. */
function fakePage(start: string) {
  let screen = start;
  const watchers = new Set<() => void>();
  return {
    screen: () => screen,
    watch: (changed: () => void) => {
      watchers.add(changed);
      return () => watchers.delete(changed);
    },
    go(next: string) {
      screen = next;
      for (const w of [...watchers]) w();
    },
    watchers,
  };
}

describe('the new-version notice', () => {
  it('holds on decisions only', () => {
    expect(HOLD_ON_SCREENS).toEqual(['decision']);
  });

  for (const screen of ['title', 'about', 'class', 'guide', 'prologue', 'opening', 'consequence', 'summary', 'debrief', 'error']) {
    it(`shows at once on the ${screen} screen`, () => {
      const page = fakePage(screen);
      let shown = 0;
      whenFree(page.screen, page.watch, () => shown++);
      expect(shown).toBe(1);
      expect(page.watchers.size).toBe(0);
    });
  }

  it('waits through a decision and shows once on the next screen that is not one, then stops watching', () => {
    const page = fakePage('decision');
    let shown = 0;
    whenFree(page.screen, page.watch, () => shown++);
    expect(shown).toBe(0);
    page.go('decision'); // the next adviser heard, the same decision
    expect(shown).toBe(0);
    page.go('consequence');
    expect(shown).toBe(1);
    expect(page.watchers.size).toBe(0);
    page.go('decision');
    page.go('title');
    expect(shown).toBe(1);
  });
});
