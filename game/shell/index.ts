/**
 * Builds the shell: one context object (see context.ts) and the route table. Nothing here runs at import;
 * `createShell()` reads the page, `start()` chooses the scenario and draws the first page.
 */
import type { Mode } from '../core/rules/engine';
import { createSaveStore } from '../services/save-store';
import { createProjectorStore } from '../services/projector-store';
import { migrateLegacyKeys, probeStorage, scenarioKeys } from '../services/storage';
import type { Loaded } from '../services/scenario-fetch';
import { loadScenario } from './load';
import { patternDefs } from '../ui/parts';
import { applySettings, loadSettings, saveSettings, type Settings } from '../ui/settings';
import { currentLanguage, isLanguage, loadLanguage, type Language } from '../ui/strings';
import { lazyChunk } from './chunks';
import type { Session, Shell } from './context';
import { createMaps } from './map-host';
import { createNotices } from './notices';
import { startOffline } from './offline';
import { classroomPages, renderAbout } from './pages';
import { createPlay } from './play-host';
import { createRouter } from './router';
import { chooseScenario, type ChoiceResult } from './scenario-choice';
import { createReadAloud } from './read-aloud';
import { installShortcuts } from './shortcuts';
import { installClicker, projectorLook, projectorRequested } from './projector';
import { createSound } from './sound';
import { renderTitle, wordTitle } from './title';

function element(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`index.html has no #${id}`);
  return el;
}

function openSession(storage: Storage | null, result: ChoiceResult): Session {
  if (!result.ok) {
    const failed: Loaded = { ok: false, diagnostics: [result.diagnostic] };
    const choice = { id: 'scenario', path: result.diagnostic.file, sourcesBase: 'scenarios/', unknownRequest: null };
    const keys = scenarioKeys(choice.id);
    return {
      choice,
      keys,
      saves: createSaveStore(storage, keys),
      projector: createProjectorStore(storage, keys.projector),
      loading: Promise.resolve(failed),
      loaded: failed,
    };
  }
  const { choice } = result;
  migrateLegacyKeys(storage, choice.id);
  const keys = scenarioKeys(choice.id);
  const session: Session = {
    choice,
    keys,
    saves: createSaveStore(storage, keys),
    projector: createProjectorStore(storage, keys.projector),
    loading: loadScenario(choice, currentLanguage()),
    loaded: null,
  };
  void session.loading.then((l) => (session.loaded = l));
  return session;
}

/** The language to start in: `?lang=` in the address (a teacher's link), else the player's setting. */
function startLanguage(search: string, settings: Settings): Language {
  const asked = new URLSearchParams(search).get('lang');
  return isLanguage(asked) ? asked : settings.language;
}

export function createShell(): { start(): Promise<void>; begin(mode: Mode, opts?: { projector?: boolean }): Promise<void> } {
  const roots = { main: element('main'), stage: element('stage'), title: element('title-screen'), notices: element('notices') };
  const storage = probeStorage();
  let settings = loadSettings(storage);
  const language = startLanguage(location.search, settings);
  if (language !== settings.language) {
    settings = { ...settings, language };
    saveSettings(storage, settings); // a link's language is remembered, like a choice in Settings
  }
  const languageReady = loadLanguage(language).then(() => {
    document.documentElement.lang = language;
  });
  applySettings(settings);
  document.body.append(patternDefs());
  const notices = createNotices(roots.notices);
  const shell = { roots, storage, settings, notices, app: null, projectorRequested: projectorRequested(location.search) } as Partial<Shell> as Shell;
  const sound = createSound(shell);
  shell.sound = sound;
  shell.reader = createReadAloud(shell);
  shell.updateSettings = (next) => {
    const changed = next.language !== shell.settings.language;
    const reading = next.readRate !== shell.settings.readRate || next.readVoice !== shell.settings.readVoice;
    sound.update(next);
    if (reading) shell.reader.settingsChanged();
    if (changed) {
      shell.reader.stop();
      void switchLanguage(next.language);
    }
  };
  /**
   * A new language mid-game: the words change at once, the scenario is loaded again with its translation, and a
   * game in progress starts again at the same point from its choices (the save is the same choices).
   */
  const switchLanguage = async (next: Language) => {
    await loadLanguage(next);
    document.documentElement.lang = next;
    const session = shell.session;
    session.loaded = null;
    session.loading = loadScenario(session.choice, next);
    void session.loading.then((l) => {
      session.loaded = l;
      if (!shell.play.restart()) shell.render();
    });
  };
  shell.game = lazyChunk(
    'game',
    () => import('./game-parts'),
    (n) => notices.chunkFailed(n),
  );
  // The game's code loads at the student's first move on the title (long before a press lands), not during
  // the page's first seconds, when the title must answer at once. The scenario is read then too (parsed from the
  // worker's answer, see scenario-answer.ts), so Begin finds it ready.
  const warm = () => {
    void shell.game().catch(() => undefined); // reported by the chunk loader
    void ready.then(() => shell.session.loading).then((l) => l.ok && l.scenario);
  };
  for (const type of ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'focusin'] as const)
    window.addEventListener(type, warm, { once: true, passive: true });
  shell.classroom = lazyChunk(
    'classroom',
    () => import('../ui/classroom'),
    (n) => notices.chunkFailed(n),
  );
  shell.maps = createMaps(() => (shell.session.loaded?.ok ? shell.session.loaded.scenario : null), notices);
  shell.play = createPlay(shell);
  const failedScenario = () => shell.session.loaded !== null && !shell.session.loaded.ok;
  const title = () => (failedScenario() ? shell.play.showErrors() : renderTitle(shell));
  const router = createRouter({
    '': (full) => {
      title();
      // An address the game does not know lands on the title: say where we are.
      if (full !== '') (document.getElementById('title-h1') as HTMLElement | null)?.focus();
    },
    play: () => {
      if (failedScenario()) shell.play.showErrors();
      else if (!shell.play.resume()) title();
    },
    about: () => {
      projectorLook(false);
      void shell.session.loading.then(() => renderAbout(shell));
    },
    class: classroomPages(shell),
    guide: classroomPages(shell),
  });
  shell.navigate = router.navigate;
  shell.render = router.render;
  // A new page stops reading aloud (a new play screen does too: see play-host.ts).
  window.addEventListener('hashchange', () => shell.reader.stop());
  installShortcuts(shell);
  installClicker(shell);

  const ready = Promise.all([chooseScenario(location.search), languageReady]).then(([result]) => {
    shell.session = openSession(storage, result);
  });
  return {
    async start() {
      await ready;
      router.listen();
      router.render();
      startOffline(notices);
      const l = await shell.session.loading;
      if (!l.ok) router.render();
      else if (document.body.dataset.screen === 'title') wordTitle(shell, roots.title);
    },
    async begin(mode, opts = {}) {
      await ready;
      await shell.play.start(mode, undefined, opts);
    },
  };
}
