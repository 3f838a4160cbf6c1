/**
 * The play page: the top bar, the room (Phaser, loaded after the player starts), the card column, and the
 * GameApp that runs the machine. Also the error screen of a scenario that failed its checks.
 */
import type { Scenario } from '../core/scenario/schema';
import type { Mode } from '../core/rules/engine';
import type { Choice } from '../core/rules/conditions';
import type { Debrief } from '../core/rules/debrief';
import { createAnswerStore } from '../services/answer-store';
import { append, clear, h } from '../ui/dom';
import { openSettings } from '../ui/settings-dialog';
import { lazyChunk } from './chunks';
import type { Play, Shell } from './context';
import type { StageLike } from './game-parts';
import type { StageView } from '../stage-contract';
import { showResumeCode } from './resume-dialog';
import { projectorLook } from './projector';
import { strings } from '../ui/strings';

/**
 * Whether this browser can draw the room at all (a 2D or WebGL canvas). Without one, the room's code is not even
 * fetched: Phaser would fail while loading, in callbacks no caller can catch.
 */
function canDraw(): boolean {
  try {
    const c = document.createElement('canvas');
    return !!(c.getContext('2d') ?? c.getContext('webgl'));
  } catch {
    return false;
  }
}

export function createPlay(shell: Shell): Play {
  const { roots } = shell;
  const classroom = shell.classroom;
  const stageChunk = lazyChunk(
    'room',
    () => import('../view/stage'),
    (n) => shell.notices.chunkFailed(n),
  );
  let stage: Promise<StageLike | null> | null = null;

  const loadStage = () =>
    (stage ??= (canDraw() ? stageChunk() : Promise.reject(new Error('no canvas')))
      .then(({ createStage }) => createStage(roots.stage))
      .then((s) => {
        document.body.dataset.stage = s.renderer;
        return s;
      })
      .catch(() => {
        document.body.dataset.stage = 'none';
        return null; // the HTML layer is the game; the room is decoration
      }));

  /** Names what the stage shows (its caption and its label for screen readers). */
  let showing: (view: StageView) => void = () => undefined;

  const layout = (scenario: Scenario): HTMLElement => {
    const { main, stage: stageEl } = roots;
    clear(main);
    document.body.classList.add('playing');
    const where = h('p', { class: 'where' }, scenario.presentation.shortTitle);
    const t = strings.shell.play;
    const settingsBtn = h('button', { type: 'button' }, t.settings);
    settingsBtn.addEventListener('click', () => openSettings(shell.settings, (s) => shell.updateSettings(s), settingsBtn));
    const exit = h('button', { type: 'button' }, t.saveAndExit);
    exit.addEventListener('click', () => toTitle());
    const codeBtn = h('button', { type: 'button' }, t.resumeCode);
    codeBtn.addEventListener('click', () => showResumeCode(shell.app?.code() ?? null, codeBtn));
    const bar = h('nav', { class: 'topbar', 'aria-label': t.bar }, where, shell.sound.button(), shell.reader.controls(), codeBtn, settingsBtn, exit);
    const room = scenario.presentation.room;
    stageEl.hidden = false;
    stageEl.setAttribute('role', 'img');
    // The caption repeats the stage's name as a screen reader hears it: said once, by the image.
    const caption = h('p', { class: 'stage-caption', 'aria-hidden': 'true' });
    const stageCol = h('div', { class: 'stage-column' }, stageEl, caption);
    showing = (view) => {
      const pictures = t.stagePicture;
      const words =
        view.kind === 'room' && view.seats.length === 0
          ? pictures.emptyRoom(room)
          : view.kind === 'record' && view.counterfactual
            ? pictures.recordCopy(room) // an invented outcome is never shown as a stamped record
            : pictures[view.kind](room);
      stageEl.setAttribute('aria-label', words);
      caption.textContent = words;
    };
    showing({ kind: 'room', seats: [], clock: null, minutes: 0, step: 0 });
    const area = h('div', { class: 'play-area' }, stageCol);
    main.append(bar, area);
    if (!shell.storage) {
      area.before(h('p', { class: 'notice', role: 'status' }, t.noStorage));
    } else if (!shell.session.saves.persistent) {
      area.before(h('p', { class: 'notice', role: 'status' }, t.notPersistent));
    }
    return area;
  };

  const toTitle = () => {
    shell.app?.stop();
    shell.app = null;
    shell.navigate('');
  };

  const debriefExtras = (scenario: Scenario) => (d: Debrief, m: Mode, choices: readonly Choice[]) => {
    const slot = h('div', { class: 'extras-slot' });
    const wholeClass = shell.session.projector.on;
    const fill = () =>
      classroom()
        .then((mod) => {
          clear(slot);
          append(slot, [mod.classroomExtras(scenario, d, m, choices, { wholeClass })]);
        })
        .catch(() => {
          // The debrief stays whole; the results code and charts wait for the classroom tools.
          const retry = h('button', { type: 'button' }, strings.shell.play.tryAgain);
          retry.addEventListener('click', () => void fill());
          clear(slot);
          append(slot, [h('p', { class: 'notice' }, strings.shell.play.extrasFailed, retry)]);
        });
    void fill();
    return slot;
  };

  const showErrors = async () => {
    const l = await shell.session.loading;
    if (l.ok) return;
    // The problems' words in the language in use: a chunk of their own, tried again once like the game's code.
    const words = lazyChunk(
      'game',
      () => strings.diagnostics(),
      (n) => shell.notices.chunkFailed(n),
    );
    const [{ errorScreen, formatDiagnostic }, wording] = await Promise.all([shell.game(), words()]);
    document.body.classList.remove('playing');
    roots.stage.hidden = true;
    document.body.dataset.screen = 'error';
    errorScreen(
      roots.main,
      strings.loading.errorTitle,
      strings.loading.problems(l.diagnostics.length),
      l.diagnostics.map((d) => formatDiagnostic(d, wording)),
    );
  };

  const start: Play['start'] = async (mode, restored, opts = {}) => {
    const [l, { GameApp, encodeCode }] = await Promise.all([shell.session.loading, shell.game()]);
    if (!l.ok) return showErrors();
    const scenario = l.scenario;
    // Projector mode is a setting of the game in progress, kept beside its save (see Play['start']).
    const projector = shell.session.projector;
    if (!restored) {
      if (opts.projector) projector.start();
      else projector.stop();
    } else if (opts.projector === true && !projector.on) projector.start();
    else if (opts.projector === false) projector.stop();
    projectorLook(projector.on);
    shell.navigate('play');
    const area = layout(scenario);
    // Fetch what later screens need while the student reads the first ones (the map, the classroom tools), so
    // no screen waits on the network and memory settles after the first scene.
    classroom().catch(() => undefined); // reported by the chunk loader
    shell.maps.preload();
    const app = new GameApp(area, {
      scenario,
      sources: l.sources,
      settings: () => shell.settings,
      save: (data) => shell.session.saves.write(data),
      clearSave: () => {
        shell.session.saves.clear();
        projector.reset(); // Play again: still a whole-class game, with fresh hands
      },
      audio: () => shell.sound.audio(),
      resumeCode: (m: Mode, choices: readonly Choice[]) => {
        try {
          return encodeCode(scenario, { mode: m, choices, wholeClass: projector.on });
        } catch {
          return null;
        }
      },
      debriefExtras: debriefExtras(scenario),
      written: createAnswerStore(shell.storage, shell.session.keys.written),
      renderMap: (container, ids, animate, routes) => shell.maps.render(container, ids, animate, routes),
      toTitle,
      screenChanged: () => shell.reader.stop(),
      where: (text) => {
        const w = roots.main.querySelector('.topbar .where');
        if (w) w.textContent = text;
        shell.maps.sweep();
      },
      stage: loadStage(),
      stageShows: (view) => showing(view),
      projector: () => (projector.on ? projector : null),
    });
    shell.app = app;
    app.start(mode, restored);
    // A finished game (a results code, or Back into a finished game) opens on its debrief.
    if (opts.finished) app.fastForwardToDebrief();
  };

  /** Starts the game in memory again from its choices with the scenario as loaded now. */
  const again = (app: NonNullable<Shell['app']>, scenario: Scenario) => {
    const mode = app.mode ?? 'full';
    const choices = app.choices();
    const finished = app.isFinished();
    void shell.game().then(({ replay }) => {
      const restored = replay(scenario, mode, choices);
      if (restored.ok) void start(mode, restored, { finished });
    });
  };

  return {
    start,
    showErrors: () => void showErrors(),
    restart() {
      const app = shell.app;
      const l = shell.session.loaded;
      if (!app || !l?.ok || !roots.main.querySelector('.play-area')) return false;
      again(app, l.scenario);
      return true;
    },
    resume() {
      const app = shell.app;
      const l = shell.session.loaded;
      if (!app) return false;
      if (roots.main.querySelector('.play-area')) {
        projectorLook(shell.session.projector.on);
        return true;
      }
      if (!l?.ok) return false;
      // Rebuild the screen from the choices made, as a save would (the game chunk is loaded: a game exists).
      again(app, l.scenario);
      return true;
    },
  };
}
