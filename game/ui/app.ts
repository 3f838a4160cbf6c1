/**
 * The game in the browser: builds the actor from the scenario, renders the selected screen into the HTML
 * layer, keeps the Phaser room in step, saves after every answer, and wires sound, captions and shortcuts.
 * Game rules stay in the core; this file only connects things.
 */
import { createActor, type Actor } from 'xstate';
import { createScenarioMachine, type GameEvent, type ScenarioMachine } from '../core/machine/machine';
import { selectScreen, type Citation, type Debrief, type RouteId, type Screen } from '../core/machine/selectors';
import { screenOf } from '../core/machine/screens';
import type { Mode } from '../core/rules/engine';
import type { Choice } from '../core/rules/conditions';
import type { Scenario } from '../core/scenario/schema';
import { makeSave, replay, type Restored, type SaveData } from '../core/save/save';
import { isKnownCue } from '../core/cues';
import type { AudioService } from '../services/audio';
import type { AnswerStore } from '../services/answer-store';
import { announce } from './announce';
import { clear, h, type Child } from './dom';
import { renderScreen, screenCues, whereText, type ProjectorHooks, type Rendered } from './screens';
import { pressOrScroll } from './screens/common';
import { openSource } from './source-viewer';
import { strings } from './strings';
import type { Settings } from './settings';
import { stageViewOf, type StageMemory } from './stage-view';
import type { StageLike, StageView } from '../stage-contract';

export type { StageLike } from '../stage-contract';

export interface AppServices {
  scenario: Scenario;
  sources: Map<string, string>;
  settings: () => Settings;
  /** Save the game; returns false when it could only be kept in memory. */
  save(data: SaveData): boolean;
  /** The player started over: forget the save and anything kept aside. */
  clearSave(): void;
  audio: () => AudioService | null;
  resumeCode(mode: Mode, choices: readonly Choice[], finished: boolean): string | null;
  debriefExtras?(debrief: Debrief, mode: Mode, choices: readonly Choice[]): Child;
  /** Where the written answer after the debrief is kept (localStorage, per scenario). */
  written?: AnswerStore;
  renderMap(container: HTMLElement, placeIds: string[], animate: boolean, routes: readonly RouteId[]): void;
  toTitle(): void;
  /** A new screen is about to be drawn (reading aloud stops). */
  screenChanged?(): void;
  /** Where the player is, for the top bar ("Meeting 19 · November 3, 1962 · decision 9 of 23"). */
  where?(text: string): void;
  stage: Promise<StageLike | null>;
  /** The stage now shows this picture (its caption follows). */
  stageShows?(view: StageView): void;
  /** Projector mode: the class's show of hands, kept beside the save; null in a student's game. */
  projector?: () => ProjectorHooks | null;
}

export class GameApp {
  private actor: Actor<ScenarioMachine> | null = null;
  private current: Rendered | null = null;
  private lastValue = '';
  private stage: StageLike | null = null;
  /** The stage's picture for the current screen (drawn when the stage arrives, if it comes late). */
  private view: StageView | null = null;
  private stageMemory: StageMemory = { lastDate: null };
  readonly card: HTMLElement;

  constructor(
    private readonly root: HTMLElement,
    private readonly svc: AppServices,
  ) {
    this.card = h('div', { class: 'card-column' });
    void svc.stage.then((s) => {
      this.stage = s;
      s?.listen((cue) => {
        const audio = this.svc.audio();
        if (audio?.enabled && isKnownCue(cue)) audio.play(cue);
      });
      this.syncStage();
    });
  }

  get mode(): Mode | null {
    return this.actor?.getSnapshot().context.mode ?? null;
  }

  /** Starts a game: fresh, or from a restored snapshot (a save or a resume code, replayed by the core). */
  start(mode: Mode, restored?: Restored): void {
    this.stop();
    const scenario = this.svc.scenario;
    const machine = createScenarioMachine(scenario, mode).provide({
      actions: {
        persist: ({ context }) => {
          this.svc.save(makeSave(scenario, context, new Date().toISOString()));
        },
        playCue: (_args, params: { cue: string | null }) => {
          if (params.cue && isKnownCue(params.cue)) this.svc.audio()?.play(params.cue);
        },
        startOver: () => this.svc.clearSave(),
      },
    });
    this.actor = restored ? createActor(machine, { snapshot: restored.persisted }) : createActor(machine);
    this.actor.subscribe((snap) => {
      // The same state can show a new screen (a second follow-up event), so the key includes progress.
      const value = `${String(snap.value)}|${snap.context.choices.length}|${snap.context.pending.length}`;
      if (value === this.lastValue && this.current) return;
      this.lastValue = value;
      this.render(selectScreen(scenario, snap));
    });
    this.actor.start();
    if (!restored) this.svc.save(makeSave(scenario, this.actor.getSnapshot().context, new Date().toISOString()));
  }

  stop(): void {
    this.actor?.stop();
    this.actor = null;
    this.current = null;
    this.lastValue = '';
  }

  send(e: GameEvent): void {
    this.actor?.send(e);
  }

  /**
   * For a finished game restored from a code (or rebuilt after Back): straight to its debrief. The game is
   * resolved at the debrief from its choices, so the screens in between are not rendered, announced or
   * cued again; the save is written as reaching the epilogue would have written it.
   */
  fastForwardToDebrief(): void {
    const snap = this.actor?.getSnapshot();
    if (!snap || screenOf(snap)?.screen === 'debrief') return;
    const { mode, choices } = snap.context;
    const restored = replay(this.svc.scenario, mode, choices, { at: 'debrief' });
    if (!restored.ok || screenOf(restored.snapshot)?.screen !== 'debrief') return;
    this.start(mode, restored);
    this.svc.save(makeSave(this.svc.scenario, restored.context, new Date().toISOString()));
  }

  /** Number keys pick an option on a decision screen. */
  pick(index: number): boolean {
    if (!this.current?.pick) return false;
    this.current.pick(index);
    return true;
  }

  /** The clicker's Page Down (projector mode): the screen's own step, else Continue. True when it did something. */
  advance(): boolean {
    const r = this.current;
    if (!r) return false;
    if (r.advance) return r.advance();
    const next = this.card.querySelector<HTMLElement>('.continue');
    return next ? pressOrScroll(next) : false;
  }

  /** The clicker's Page Up (projector mode): the previous option on a decision. */
  previous(): boolean {
    return this.current?.previous?.() ?? false;
  }

  /** The resume code for the game so far. */
  code(): string | null {
    const ctx = this.actor?.getSnapshot().context;
    return ctx ? this.svc.resumeCode(ctx.mode, ctx.choices, false) : null;
  }

  /** Whether play has reached its end (epilogue or debrief). */
  isFinished(): boolean {
    const where = this.actor ? screenOf(this.actor.getSnapshot())?.screen : undefined;
    return where === 'epilogue' || where === 'debrief';
  }

  choices(): readonly Choice[] {
    return this.actor?.getSnapshot().context.choices ?? [];
  }

  private render(screen: Screen): void {
    const svc = this.svc;
    svc.screenChanged?.();
    const scenario = svc.scenario;
    const settings = svc.settings();
    const rendered = renderScreen(
      {
        scenario,
        send: (e) => this.send(e),
        openSource: (c: Citation, opener: HTMLElement) => openSource(scenario, svc.sources, c, opener),
        light: (id) => this.stage?.setSpeaker(id),
        map: (container, ids, animate, routes) => svc.renderMap(container, ids, animate && !settings.reducedMotion, routes ?? []),
        resumeCode: () => {
          const ctx = this.actor?.getSnapshot().context;
          return ctx ? svc.resumeCode(ctx.mode, ctx.choices, false) : null;
        },
        debriefExtras: svc.debriefExtras
          ? (d) => {
              const ctx = this.actor?.getSnapshot().context;
              return ctx ? svc.debriefExtras!(d, ctx.mode, ctx.choices) : null;
            }
          : undefined,
        written: svc.written,
        toTitle: () => svc.toTitle(),
        reducedMotion: settings.reducedMotion,
        projector: svc.projector?.() ?? null,
      },
      screen,
    );
    this.current = rendered;
    clear(this.card);
    this.card.append(rendered.node);
    if (!this.card.isConnected) this.root.append(this.card);
    document.body.dataset.screen = screen.screen;
    svc.where?.(whereText(screen, scenario.presentation.shortTitle));
    this.view = stageViewOf(scenario, screen, this.stageMemory, document.documentElement.lang || 'en') ?? this.view;
    this.syncStage();
    window.scrollTo({ top: 0 });
    (rendered.node.querySelector('h1') as HTMLElement | null)?.focus({ preventScroll: true });
    announce(rendered.announce);
    this.cue(screen);
  }

  /** Draws the current screen's picture on the stage (still under reduced motion). */
  private syncStage(): void {
    if (!this.stage || !this.view) return;
    this.stage.show(this.view, this.svc.settings().reducedMotion);
    this.svc.stageShows?.(this.view);
  }

  /** Screen cues (the machine plays the cues named by the scenario through playCue). */
  private cue(screen: Screen): void {
    const audio = this.svc.audio();
    if (!audio?.enabled) return;
    const scenario = this.svc.scenario;
    for (const c of screenCues(screen, { scenarioCues: scenario.cues, topicCues: scenario.presentation.topicCues })) audio.play(c);
  }
}

/** The error screen for a scenario that failed validation: every problem with its file and field. */
export function errorScreen(root: HTMLElement, title: string, intro: string, problems: string[]): void {
  clear(root);
  const list = h('ul', { class: 'error-list' }, ...problems.map((p) => h('li', null, p)));
  root.append(
    h(
      'section',
      { class: 'screen error-screen', role: 'alert' },
      h('h1', { tabindex: '-1' }, title),
      h('p', null, intro),
      list,
      h('p', null, strings.loading.nothingLost),
    ),
  );
  (root.querySelector('h1') as HTMLElement).focus();
}
