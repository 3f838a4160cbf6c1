/**
 * The contract between the HTML layer (game/ui) and the stage (game/view), neither of which may import the other.
 * What the stage is asked to draw: the room at a moment of a meeting, the calendar turning to a meeting's date, or
 * the scene of a consequence's medium. Plain data (no Phaser, no DOM): the HTML layer chooses it from the screen
 * (game/ui/stage-view.ts, tested in Node) and the stage draws it. Every word the student needs stays in the HTML
 * layer; words drawn here (names on cards, a headline, a date) repeat what the card says.
 */
export type RouteKind = 'u2' | 'low-level' | 'quarantine';

export interface SeatView {
  id: string;
  /** Name on the card, e.g. "Rusk". */
  short: string;
  /** Title under the name, e.g. "Secretary of State". */
  title: string;
  dress: 'suit' | 'uniform';
}

export type DocumentKind = 'cable' | 'headline' | 'phone' | 'record';

export type StageView =
  | {
      kind: 'room';
      /** In order around the table; the first is the chair (the President), at the middle of the far side. */
      seats: SeatView[];
      /** The meeting's time on the 24-hour clock ("16:30"), or null: the clock on the wall then is not drawn. */
      clock: string | null;
      /** Minutes gone since the meeting began (the clock moves on as questions pass). */
      minutes: number;
      /** Which question of the meeting is on the table (0 before the first): a new one passes a paper along. */
      step: number;
    }
  | {
      kind: 'calendar';
      /** The page showing before (ISO date), or null for none. */
      from: string | null;
      /** The meeting's date (ISO): the page the calendar turns to. */
      to: string;
      /** The language for the month's name (a BCP 47 tag). */
      lang: string;
    }
  | {
      kind: DocumentKind;
      /** What happened (a record) or what might have happened (the game's counterfactual). */
      counterfactual: boolean;
      /** The consequence's headline, as the card shows it. */
      headline: string;
    }
  | {
      kind: 'lighttable';
      /** The flights and the quarantine line the answer set in motion. */
      routes: RouteKind[];
      counterfactual: boolean;
    };

export type StageKind = StageView['kind'];

/** The stage as the HTML layer sees it. */
export interface StageLike {
  readonly renderer: 'canvas' | 'webgl';
  /** Draws a view; `still` (reduced motion) shows its last frame at once. The same view again changes nothing. */
  show(view: StageView, still: boolean): void;
  /** Sounds the stage makes in step with its motion (the stamp landing on a record), by cue id. */
  listen(onCue: (cue: string) => void): void;
  /** Lights the person who speaks (the room only); null lights everyone. */
  setSpeaker(id: string | null): void;
  destroy(): void;
}
