/**
 * Composition root. The title screen is plain HTML (usable the moment the page arrives); the scenario is
 * fetched and validated in the background; Phaser loads only after the player starts, through a dynamic
 * import. Routes are hash routes: #/ (title), #/play, #/about, #/class, #/guide.
 */
import '@fontsource/atkinson-hyperlegible/latin-400.css';
import '@fontsource/atkinson-hyperlegible/latin-700.css';
import '@fontsource/special-elite/latin-400.css';
import '@fontsource/courier-prime/latin-400.css';
import './ui/styles.css';
import { formatDiagnostic } from './core/scenario/load';
import type { Scenario } from './core/scenario/schema';
import { replay, type Restored } from './core/save/save';
import { decodeCode, encodeCode } from './core/codes/codes';
import type { Mode } from './core/rules/engine';
import type { AudioService } from './services/audio';
import { createSaveStore, restoreFromStore, type SaveStore } from './services/save-store';
import { GameApp, errorScreen, type StageLike } from './ui/app';
import { announce } from './ui/announce';
import { openDialog } from './ui/dialog';
import { append, clear, h } from './ui/dom';
import { fetchScenario, type Loaded } from './ui/load-scenario';
import { patternDefs, STANCE_SCALE } from './ui/parts';
import { para } from './ui/rich-text';
import { applySettings, loadSettings, saveSettings, type Settings } from './ui/settings';
import { openSettings } from './ui/settings-dialog';
import { handlePreloadError, lazyChunk } from './shell/chunks';
import { probeStorage } from './ui/storage';

const main = document.getElementById('main') as HTMLElement;
const stageEl = document.getElementById('stage') as HTMLElement;
const titleScreen = document.getElementById('title-screen') as HTMLElement;

const storage = probeStorage();
let settings: Settings = loadSettings(storage);
applySettings(settings);
const saves: SaveStore = createSaveStore(storage);
const hasSave = () => saves.read() !== null;
document.body.append(patternDefs());

let loaded: Loaded | null = null;
const loading = fetchScenario().then((l) => {
  loaded = l;
  return l;
});

// ---------------------------------------------------------------------------------------------------------
// Sound: off by default; Howler is loaded only when the player turns sound on.

let audio: AudioService | null = null;
let audioLoading: Promise<AudioService> | null = null;
const captionBar = h('div', { class: 'caption-bar', 'aria-hidden': 'true' });
document.body.append(captionBar);
let captionTimer = 0;
let unavailableShown = false;

function ensureAudio(): Promise<AudioService> {
  if (audio) return Promise.resolve(audio);
  audioLoading ??= howlerChunk().then(({ createHowlerAudio }) => {
    const a = createHowlerAudio('./audio/sprite');
    a.setVolume(settings.volume);
    a.onCaption((caption) => {
      if (!settings.captions) return;
      captionBar.textContent = caption;
      announce(caption);
      window.clearTimeout(captionTimer);
      captionTimer = window.setTimeout(() => (captionBar.textContent = ''), 3500);
    });
    a.onUnavailable(() => {
      if (unavailableShown) return;
      unavailableShown = true;
      showNotice('Sound is not available on this device. The game goes on silently; captions still show.');
    });
    audio = a;
    return a;
  });
  audioLoading.catch(() => (audioLoading = null)); // a failed load is tried afresh next time
  return audioLoading;
}

function setSound(on: boolean): void {
  updateSettings({ ...settings, sound: on });
}

function updateSettings(next: Settings): void {
  const soundChanged = next.sound !== settings.sound;
  settings = next;
  saveSettings(storage, settings);
  applySettings(settings);
  if (audio) audio.setVolume(settings.volume);
  if (soundChanged || settings.sound) {
    if (settings.sound)
      ensureAudio()
        .then((a) => a.setEnabled(settings.sound))
        .catch(() => undefined); // reported by the chunk loader
    else audio?.setEnabled(false);
  }
  for (const b of document.querySelectorAll<HTMLButtonElement>('.sound-toggle')) {
    b.setAttribute('aria-pressed', String(settings.sound));
    b.textContent = settings.sound ? 'Sound: on' : 'Sound: off';
  }
}

function soundButton(): HTMLButtonElement {
  const b = h('button', { type: 'button', class: 'sound-toggle', 'aria-pressed': String(settings.sound) }, settings.sound ? 'Sound: on' : 'Sound: off');
  b.addEventListener('click', () => setSound(!settings.sound));
  return b;
}

/** A lasting notice above the game (kept across screens). */
function showNotice(text: string, action?: { label: string; run: () => void }): void {
  const p = h('p', { class: 'notice' }, text);
  if (action) {
    const b = h('button', { type: 'button', class: 'notice-action' }, action.label);
    b.addEventListener('click', action.run);
    p.append(' ', b);
  }
  document.getElementById('notices')?.append(p);
}

// ---------------------------------------------------------------------------------------------------------
// Lazy chunks: one loader (one retry, then a notice). A redeploy mid-lesson strands a page on old chunk
// names: reload once (the save is kept in this browser), or ask.

const reloadPage = () => location.reload();
let chunkNoticeShown = false; // one notice is enough: Reload mends every missing part
function chunkFailed(name: string): void {
  if (chunkNoticeShown) return;
  chunkNoticeShown = true;
  showNotice(`A part of the game could not be loaded (${name}). Your progress is saved in this browser. Check the connection, then reload.`, {
    label: 'Reload',
    run: reloadPage,
  });
}
const howlerChunk = lazyChunk('sound', () => import('./services/howler-audio'), chunkFailed);
window.addEventListener('vite:preloadError', (event) => {
  event.preventDefault();
  let session: Storage | null = null;
  try {
    session = window.sessionStorage; // throws where the browser blocks storage
  } catch {
    session = null;
  }
  handlePreloadError(session, Date.now(), reloadPage, () => chunkFailed('the game may have been updated, or the connection dropped'));
});
let backgroundNoticeShown = false;
window.addEventListener('unhandledrejection', () => {
  if (backgroundNoticeShown) return;
  backgroundNoticeShown = true;
  showNotice('Something went wrong in the background. The game goes on; if a part is missing, reload the page. Your progress is saved in this browser.', {
    label: 'Reload',
    run: reloadPage,
  });
});

// ---------------------------------------------------------------------------------------------------------
// Classroom tools (results code, QR, class page, guide): a chunk of their own, loaded when first needed.

const classroom = lazyChunk('the classroom tools', () => import('./ui/classroom'), chunkFailed);

// ---------------------------------------------------------------------------------------------------------
// The game

let app: GameApp | null = null;
let stagePromise: Promise<StageLike | null> | null = null;

const stageChunk = lazyChunk('the picture of the room', () => import('./view/stage'), chunkFailed);
function loadStage(): Promise<StageLike | null> {
  stagePromise ??= stageChunk()
    .then(({ createStage }) => createStage(stageEl))
    .then((stage) => {
      document.body.dataset.stage = stage.renderer;
      return stage as StageLike;
    })
    .catch(() => null);
  return stagePromise;
}

function playLayout(): HTMLElement {
  clear(main);
  document.body.classList.add('playing');
  const where = h('p', { class: 'where' }, 'ExComm 1962');
  const settingsBtn = h('button', { type: 'button' }, 'Settings');
  settingsBtn.addEventListener('click', () => openSettings(settings, updateSettings, settingsBtn));
  const exit = h('button', { type: 'button' }, 'Save and exit');
  exit.addEventListener('click', () => goTitle());
  const codeBtn = h('button', { type: 'button' }, 'Resume code');
  codeBtn.addEventListener('click', () => showResumeCode(codeBtn));
  const bar = h('nav', { class: 'topbar', 'aria-label': 'Game' }, where, soundButton(), codeBtn, settingsBtn, exit);
  stageEl.hidden = false;
  stageEl.setAttribute('role', 'img');
  stageEl.setAttribute('aria-label', 'The Cabinet Room seen from above: the long table with a name card at each seat. The adviser who speaks is lit.');
  const stageCol = h('div', { class: 'stage-column' }, stageEl, h('p', { class: 'stage-caption' }, 'The Cabinet Room. The adviser who speaks is lit.'));
  const area = h('div', { class: 'play-area' }, stageCol);
  main.append(bar, area);
  if (!storage) {
    area.before(
      h(
        'p',
        { class: 'notice', role: 'status' },
        'This browser is not keeping saved data, so your progress will not be kept if you close the page. You can still play to the end.',
      ),
    );
  } else if (!saves.persistent) {
    area.before(h('p', { class: 'notice', role: 'status' }, 'Saving is not working in this browser, so your progress will not be kept if you close the page.'));
  }
  return area;
}

/** Shows the resume code of the game in progress, to carry on from another computer. */
function showResumeCode(opener: HTMLElement): void {
  const code = app?.code() ?? null;
  const close = h('button', { type: 'button', class: 'primary' }, 'Close');
  openDialog(
    [
      h('h2', { id: 'code-title' }, 'Your resume code'),
      h('p', null, 'Type this code into “Resume from code” on the title screen of any computer to carry on from here. It holds only your answers.'),
      code ? h('p', { class: 'code resume-code' }, code) : h('p', null, 'No code is available yet.'),
      h('div', { class: 'dialog-actions' }, close),
    ],
    opener,
    { labelledBy: 'code-title', closeWith: [close] },
  );
}

function resumeCodeFor(scenario: Scenario) {
  return (mode: Mode, choices: readonly { decision: string; option: string }[]) => {
    try {
      return encodeCode(scenario, { mode, choices });
    } catch {
      return null;
    }
  };
}

async function startGame(mode: Mode, restored?: Restored): Promise<void> {
  const l = await loading;
  if (!l.ok) return showScenarioErrors(l);
  const scenario = l.scenario;
  location.hash = '#/play';
  const area = playLayout();
  const stage = loadStage();
  // Fetch what later screens need while the student reads the first ones (the map, the classroom tools), so
  // no screen waits on the network and memory settles after the first scene.
  classroom().catch(() => undefined); // reported by the chunk loader
  void preloadMap();
  app = new GameApp(area, {
    scenario,
    sources: l.sources,
    settings: () => settings,
    save: (data) => saves.write(data),
    clearSave: () => saves.clear(),
    audio: () => (settings.sound ? audio : null),
    resumeCode: resumeCodeFor(scenario),
    debriefExtras: (d, m, choices) => {
      const slot = h('div', { class: 'extras-slot' });
      const fill = () =>
        classroom()
          .then((mod) => {
            clear(slot);
            append(slot, [mod.classroomExtras(scenario, d, m, choices)]);
          })
          .catch(() => {
            // The debrief stays whole; the results code and charts wait for the classroom tools.
            const retry = h('button', { type: 'button' }, 'Try again');
            retry.addEventListener('click', () => void fill());
            clear(slot);
            append(slot, [h('p', { class: 'notice' }, 'The results code and charts could not be loaded. ', retry)]);
          });
      void fill();
      return slot;
    },
    renderMap: (container, ids, animate, routes) => void renderMapInto(container, ids, animate, scenario, routes),
    toTitle: () => goTitle(),
    where: (text) => {
      const w = document.querySelector('.topbar .where');
      if (w) w.textContent = text;
      sweepMaps();
    },
    stage,
  });
  app.start(mode, restored);
}

const mapChunk = lazyChunk('the map', () => import('./ui/map'), chunkFailed);
let mapData: Promise<import('./ui/map').MapData> | null = null;
/** Maps on screen. A map left behind by a screen change is destroyed (its resize observer let go). */
const liveMaps: { container: HTMLElement; map: { destroy(): void } }[] = [];
function sweepMaps(): void {
  for (let i = liveMaps.length - 1; i >= 0; i--) {
    if (!liveMaps[i]!.container.isConnected) liveMaps.splice(i, 1)[0]!.map.destroy();
  }
}

function preloadMap(): Promise<unknown> {
  return mapChunk()
    .then((mod) => (mapData ??= mod.loadMapData('./map/caribbean.json')))
    .catch(() => undefined);
}

async function renderMapInto(
  container: HTMLElement,
  ids: string[],
  animate: boolean,
  scenario: Scenario,
  flights: readonly ('u2' | 'low-level' | 'quarantine')[],
): Promise<void> {
  try {
    const mod = await mapChunk();
    mapData ??= mod.loadMapData('./map/caribbean.json');
    const data = await mapData;
    const inRecords = scenario.places.filter((p) => p.inRecords).map((p) => p.id);
    const routes = new Set(flights);
    if (ids.some((id) => id.startsWith('quarantine'))) routes.add('quarantine');
    sweepMaps();
    liveMaps.push({ container, map: mod.renderMap(container, data, { highlight: ids, routes: [...routes], animate, recordPlaceIds: inRecords }) });
  } catch (e) {
    container.append(h('p', { class: 'hint' }, `The map could not be shown (${(e as Error).message}).`));
  }
}

function showScenarioErrors(l: Extract<Loaded, { ok: false }>): void {
  document.body.classList.remove('playing');
  stageEl.hidden = true;
  document.body.dataset.screen = 'error';
  errorScreen(
    main,
    'The game content could not be loaded',
    `The scenario has ${l.diagnostics.length} problem${l.diagnostics.length === 1 ? '' : 's'}. A teacher or developer can fix them in the files named below.`,
    l.diagnostics.map((d) => formatDiagnostic(d)),
  );
}

// ---------------------------------------------------------------------------------------------------------
// Title screen (HTML from index.html, enhanced here)

function goTitle(): void {
  app?.stop();
  app = null;
  if (location.hash !== '#/' && location.hash !== '') location.hash = '#/';
  else renderRoute();
}

function titleMessage(text: string): void {
  const box = titleScreen.querySelector('.title-message');
  if (box) box.textContent = text;
}

async function continueGame(): Promise<void> {
  const l = await loading;
  if (!l.ok) return showScenarioErrors(l);
  const outcome = restoreFromStore(saves, l.scenario);
  if (outcome.kind === 'none') return titleMessage('There is no saved game in this browser.');
  if (outcome.kind === 'refused') {
    renderTitle(`Your saved game could not be opened. ${outcome.message} It has been kept aside. You can start a new game.`);
    (document.getElementById('begin') as HTMLElement).focus();
    return;
  }
  void startGame(outcome.result.save.mode, outcome.result.restored);
}

function openResume(opener: HTMLElement): void {
  const input = h('input', {
    type: 'text',
    id: 'resume-input',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': 'resume-hint resume-error',
    class: 'code-input',
  });
  const error = h('p', { id: 'resume-error', class: 'field-error', role: 'alert' });
  const go = h('button', { type: 'submit', class: 'primary' }, 'Resume');
  const cancel = h('button', { type: 'button' }, 'Cancel');
  const form = h(
    'form',
    { method: 'dialog', class: 'resume-form' },
    h('h2', { id: 'resume-title' }, 'Resume from a code'),
    h('div', { class: 'field' }, h('label', { for: 'resume-input' }, 'Resume or results code'), input),
    h('p', { id: 'resume-hint', class: 'hint' }, 'It starts with EX62, for example EX62-7KQ4-M9TP-… Capitals, spaces and dashes do not matter.'),
    error,
    h('div', { class: 'dialog-actions' }, cancel, go),
  );
  const dialog = openDialog([form], opener, { labelledBy: 'resume-title', closeWith: [cancel], focus: input });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const l = await loading;
    if (!l.ok) return;
    const decoded = decodeCode(input.value, l.scenario);
    if (!decoded.ok) {
      error.textContent = decoded.reason;
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    const restored = replay(l.scenario, decoded.code.mode, decoded.code.choices);
    if (!restored.ok) {
      error.textContent = restored.message;
      input.focus();
      return;
    }
    dialog.close();
    await startGame(decoded.code.mode, restored);
    // A results code (a finished game) opens straight on its debrief.
    if (decoded.code.finished) app?.fastForwardToDebrief();
  });
}

function renderTitle(message = ''): void {
  document.body.classList.remove('playing');
  stageEl.hidden = true;
  document.body.append(stageEl);
  clear(main);
  main.append(titleScreen);
  document.body.dataset.screen = 'title';
  const actions = titleScreen.querySelector('.title-actions') as HTMLElement;
  const begin = document.getElementById('begin') as HTMLButtonElement;
  begin.disabled = false;
  // Short game is in the page from the start (boot.ts wires it), like Begin; made here only if it is missing.
  let short = document.getElementById('begin-short') as HTMLButtonElement | null;
  if (!short) {
    short = h('button', { type: 'button', id: 'begin-short' }, 'Short game (about 15 minutes)');
    short.addEventListener('click', () => void startGame('short'));
  }
  clear(actions);
  actions.append(begin);
  if (hasSave()) {
    const cont = h('button', { type: 'button', id: 'continue', class: 'primary' }, 'Continue');
    cont.addEventListener('click', () => void continueGame());
    actions.prepend(cont);
  }
  const resume = h('button', { type: 'button', id: 'resume' }, 'Resume from code');
  resume.addEventListener('click', () => openResume(resume));
  const settingsBtn = h('button', { type: 'button', id: 'settings' }, 'Settings');
  settingsBtn.addEventListener('click', () => openSettings(settings, updateSettings, settingsBtn));
  actions.append(short);
  let secondary = titleScreen.querySelector('.title-secondary');
  if (!secondary) {
    secondary = h('div', { class: 'title-actions title-secondary' });
    actions.after(secondary);
  }
  secondary.classList.remove('title-pending');
  secondary.removeAttribute('aria-hidden');
  clear(secondary);
  secondary.append(resume, settingsBtn, soundButton());
  let more = titleScreen.querySelector('.title-links');
  if (!more) {
    more = h(
      'nav',
      { class: 'title-links', 'aria-label': 'More' },
      h('a', { href: '#/about' }, 'About the sources'),
      h('a', { href: '#/guide' }, 'Teacher guide'),
      h('a', { href: '#/class' }, 'Class results'),
    );
    titleScreen.append(more);
  }
  let msg = titleScreen.querySelector('.title-message');
  if (!msg) {
    msg = h('p', { class: 'title-message', role: 'status' });
    secondary.after(msg);
  }
  msg.textContent = message;
  if (!storage) msg.textContent = `${message} This browser is not keeping saved data: progress will not be kept after you close the page.`.trim();
}

/** The bar above the pages around the game (about, guide, class results): the way home and the sound control. */
function pageBar(): HTMLElement {
  return h(
    'nav',
    { class: 'topbar pagebar', 'aria-label': 'Site' },
    h('p', { class: 'where' }, h('a', { href: '#/', class: 'home-link' }, 'ExComm 1962: title screen')),
    soundButton(),
  );
}

function renderAbout(): void {
  document.body.classList.remove('playing');
  clear(main);
  main.append(pageBar());
  document.body.dataset.screen = 'about';
  const section = h('section', { class: 'screen about' }, h('h1', { tabindex: '-1' }, 'About the sources'));
  section.append(
    h(
      'p',
      null,
      'Everything the game shows as “What happened” is quoted word for word from the records listed here, which ship with the game. Anything else shown as an outcome is labelled “What might have happened”: a counterfactual. Each one says what it rests on. “Why this could have happened” quotes a warning someone gave at the time. “The game’s own guess (not from the record)” marks an outcome that nobody in these records foresaw: the game infers it.',
    ),
    h(
      'p',
      null,
      'Each option says who raised it in the room: an adviser, the President himself (“The President raised this”), or nobody (“an alternative the game offers”). The debrief counts the President’s own proposals apart from his advisers.',
    ),
    h(
      'p',
      null,
      `Each option also sits on a scale from firm to flexible. ${STANCE_SCALE} The debrief shows how firm or flexible your advice was beside what was decided. No stance is right.`,
    ),
    h(
      'p',
      null,
      'After the U.S. intelligence briefing, each meeting gives the view from the other side in its own recorded words, with the date of each record; when something was said after the meeting, the card says so. Here that means Moscow: Khrushchev’s letters. These records keep no words of Castro’s own, so Havana is heard only through what others report.',
    ),
    h(
      'p',
      null,
      'Some records are scans read by a computer (OCR), so they contain errors such as “LL-28” for “IL-28”. The game quotes them exactly as they are.',
    ),
  );
  const list = h('ul', { class: 'source-list' });
  if (loaded?.ok) {
    for (const src of Object.values(loaded.scenario.sources).sort((a, b) => a.date.localeCompare(b.date))) {
      list.append(
        h(
          'li',
          null,
          h('strong', null, src.title),
          ` (${src.date}). ${src.citation.replace(/\.$/, '')}. `,
          h('a', { href: `scenarios/sources/${src.file}` }, 'Read the text'),
        ),
      );
    }
  }
  section.append(h('h2', null, 'The records'), list);
  if (loaded?.ok && loaded.scenario.limits.length) {
    const sc = loaded.scenario;
    section.append(h('h2', null, 'What these records cannot tell us'), h('ul', { class: 'limits' }, ...sc.limits.map((l) => h('li', null, para(sc, l)))));
  }
  section.append(h('p', null, h('a', { href: '#/' }, 'Back to the title')));
  main.append(section);
  (section.querySelector('h1') as HTMLElement).focus();
}

function renderRoute(): void {
  const route = location.hash.replace(/^#\/?/, '').split('?')[0] ?? '';
  if (route === 'play' && app) {
    // Back into the game (e.g. with the browser's Back button from the class page): rebuild the screen
    // from the choices made, as a save would.
    if (!main.querySelector('.play-area') && loaded?.ok) {
      const mode = app.mode ?? 'full';
      const restored = replay(loaded.scenario, mode, app.choices());
      const finished = app.isFinished();
      if (restored.ok) {
        void startGame(mode, restored).then(() => finished && app?.fastForwardToDebrief());
        return;
      }
    } else return;
  }
  // A scenario that failed validation: the title and the game show the problems instead.
  if (loaded && !loaded.ok && (route === '' || route === 'play')) return showScenarioErrors(loaded);
  if (route === 'about') return void loading.then(renderAbout);
  if (route.startsWith('class') || route.startsWith('guide')) {
    document.body.classList.remove('playing');
    stageEl.hidden = true;
    const mount = () =>
      Promise.all([loading, classroom()])
        .then(([l, mod]) => {
          mod.mountClassroomRoute(main, route, l.ok ? l.scenario : null);
          main.prepend(pageBar());
        })
        .catch(() => {
          // Never a blank page: say what failed and offer a way on.
          clear(main);
          const retry = h('button', { type: 'button', class: 'primary' }, 'Try again');
          retry.addEventListener('click', () => void mount());
          main.append(
            pageBar(),
            h(
              'section',
              { class: 'screen' },
              h('h1', { tabindex: '-1' }, route.startsWith('guide') ? 'Teacher guide' : 'Class results'),
              h('p', { class: 'notice', role: 'alert' }, 'This page could not be loaded. Check the connection and try again.'),
              h('p', null, retry, ' ', h('a', { href: '#/' }, 'Back to the title')),
            ),
          );
          (main.querySelector('h1') as HTMLElement | null)?.focus();
        });
    return void mount();
  }
  renderTitle();
  if (route !== '') (document.getElementById('title-h1') as HTMLElement | null)?.focus();
}

window.addEventListener('hashchange', renderRoute);

// Single-key shortcuts (settings can switch them off): 1-4 pick an option, M toggles sound.
document.addEventListener('keydown', (e) => {
  if (!settings.shortcuts || e.ctrlKey || e.metaKey || e.altKey) return;
  const t = e.target as HTMLElement | null;
  if (t && (t.closest('input, textarea, select, [contenteditable]') || document.querySelector('dialog[open]'))) return;
  if (e.key >= '1' && e.key <= '4' && app?.pick(Number(e.key) - 1)) e.preventDefault();
  else if (e.key === 'm' || e.key === 'M') {
    setSound(!settings.sound);
    announce(settings.sound ? 'Sound on' : 'Sound off');
  }
});

if (settings.sound)
  ensureAudio()
    .then((a) => a.setEnabled(true))
    .catch(() => undefined); // reported by the chunk loader
void loading.then((l) => {
  if (!l.ok) renderRoute();
});
renderRoute();

/** Begin on the title (wired by boot.ts, which loads this module). */
export function beginGame(): Promise<void> {
  return startGame('full');
}

/** Short game on the title (wired by boot.ts too, so it works before this module has loaded). */
export function beginShortGame(): Promise<void> {
  return startGame('short');
}
