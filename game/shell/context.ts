/**
 * The shell's one context object: the page's roots, the player's settings, the chosen scenario with its save
 * store and loading promise, the running game, and the services the pages share (notices, sound, maps, play,
 * navigation). Pages and dialogs receive it; none of them keeps module state or imports another page.
 */
import type { Mode } from '../core/rules/engine';
import type { Restored } from '../core/save/save';
import type { AudioService } from '../services/audio';
import type { SaveStore } from '../services/save-store';
import type { ProjectorStore } from '../services/projector-store';
import type { ScenarioKeys } from '../services/storage';
import type { GameApp } from '../ui/app';
import type { Loaded } from '../services/scenario-fetch';
import type { Settings } from '../ui/settings';
import type { ReadAloud } from './read-aloud';
import type { ScenarioChoice } from './scenario-choice';

export type RouteId = '' | 'play' | 'about' | 'class' | 'guide';

export interface Roots {
  main: HTMLElement;
  stage: HTMLElement;
  title: HTMLElement;
  notices: HTMLElement;
}

/** One scenario chosen for this page: where it comes from, its keys and save, and its loading. */
export interface Session {
  choice: ScenarioChoice;
  keys: ScenarioKeys;
  saves: SaveStore;
  /** Projector mode's record beside the save (present while the game in progress is a whole-class game). */
  projector: ProjectorStore;
  loading: Promise<Loaded>;
  /** The loaded scenario once `loading` has settled. */
  loaded: Loaded | null;
}

export interface Notices {
  /** Adds a lasting notice (with a button when `action` is given) and returns it. */
  show(text: string, action?: { label: string; run: () => void }): HTMLElement;
  /** A lazy part of the game failed to load (shown once: Reload mends every missing part). */
  chunkFailed(name: string): void;
}

export interface Sound {
  button(): HTMLButtonElement;
  toggle(): void;
  /** The audio service when sound is on and loaded, else null. */
  audio(): AudioService | null;
}

export interface Maps {
  preload(): void;
  render(container: HTMLElement, placeIds: string[], animate: boolean, routes: readonly string[]): void;
  /** Lets go of maps whose screen has gone. */
  sweep(): void;
}

export interface Play {
  /**
   * `projector`: true starts (or keeps) a whole-class game, false a student's; left out, a new game is a student's
   * and a restored one stays what it was.
   */
  start(mode: Mode, restored?: Restored, opts?: { finished?: boolean; projector?: boolean }): Promise<void>;
  /** Back into a game still in memory (the browser's Back button from the class page). */
  resume(): boolean;
  /** The game in progress drawn again from its choices with the scenario as now loaded (a new language); false when there is none. */
  restart(): boolean;
  showErrors(): void;
}

export interface Shell {
  roots: Roots;
  storage: Storage | null;
  settings: Settings;
  /** The page was opened with `?mode=projector` (a teacher's bookmark): the title offers the whole-class game. */
  projectorRequested: boolean;
  updateSettings(next: Settings): void;
  session: Session;
  app: GameApp | null;
  notices: Notices;
  sound: Sound;
  reader: ReadAloud;
  maps: Maps;
  play: Play;
  /** The game itself (machine, screens, saves, codes), loaded when first needed. */
  game: () => Promise<typeof import('./game-parts')>;
  /** The classroom tools' chunk (results code, charts, class page, guide), loaded when first needed. */
  classroom: () => Promise<typeof import('../ui/classroom')>;
  navigate(route: RouteId): void;
  /** Draws the page for the address (after a hash change or a game's end). */
  render(): void;
}
