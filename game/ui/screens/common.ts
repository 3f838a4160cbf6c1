/**
 * What every play screen shares: the hooks a screen renders with, what it hands back, the shape of a screen
 * module in the registry (index.ts), and the small pieces several screens draw (headings, statements, the
 * map, the meters). Nothing here decides game logic; controls send machine events through `send`.
 */
import type { GameEvent } from '../../core/machine/machine';
import type { ScreenName } from '../../core/machine/screens';
import type { Citation, Debrief, MeterView, OptionView, Progress, RouteId, Screen, StatementView } from '../../core/machine/selectors';
import type { CueId } from '../../core/cues';
import type { ClassVote } from '../../core/rules/class-vote';
import type { ScreenCueContext } from '../../services/audio';
import type { AnswerStore } from '../../services/answer-store';
import { h, type Child } from '../dom';
import { para } from '../rich-text';
import { longDate, meterList, quoteBlock, type UiContext } from '../parts';
import { strings } from '../strings';

export interface PlayHooks extends UiContext {
  send(e: GameEvent): void;
  /** Light an adviser in the room (null: everyone). */
  light(personId: string | null): void;
  /** Render the map for these places into the container (no-op until the map data is there). */
  map(container: HTMLElement, placeIds: string[], animate: boolean, routes?: readonly RouteId[]): void;
  /** The resume code for the game so far (null when codes are unavailable). */
  resumeCode(): string | null;
  /** Extra debrief furniture (results code, charts, print) supplied by the classroom tools. */
  debriefExtras?(debrief: Debrief): Child;
  /** Where the written answer after the debrief is kept (none: the debrief offers no written task). */
  written?: AnswerStore;
  toTitle(): void;
  reducedMotion: boolean;
  /** Projector mode (a whole class at one screen): the class's show of hands per question; null otherwise. */
  projector?: ProjectorHooks | null;
}

/** What a projector game keeps beside the save (game/services/projector-store.ts). */
export interface ProjectorHooks {
  /** Hands typed in so far for a question (kept while the teacher types). */
  counts(decisionId: string): Record<string, number>;
  setCounts(decisionId: string, counts: Record<string, number>): void;
  /** The class's answer was played. */
  record(decisionId: string, vote: ClassVote): void;
  vote(decisionId: string): ClassVote | null;
}

export interface Rendered {
  /** The node to put in the card. */
  node: HTMLElement;
  /** Short text for the live region. */
  announce: string;
  /** For number-key shortcuts on a decision screen. */
  pick?(index: number): void;
  /** The clicker's Page Down on this screen (projector mode); true when it did something. Default: Continue. */
  advance?(): boolean;
  /** The clicker's Page Up (projector mode: the previous option); true when it did something. */
  previous?(): boolean;
}

/** The view model of one kind of screen. */
export type ScreenOf<K extends ScreenName> = Extract<Screen, { screen: K }>;

/** What the app needs for the cues of a screen: the scenario's cue list and topic sounds. */
export type CueContext = Required<Pick<ScreenCueContext, 'scenarioCues' | 'topicCues'>>;

/** One kind of screen: how it is drawn, what the top bar and the live region say, and what it sounds like. */
export interface ScreenModule<K extends ScreenName> {
  render(hooks: PlayHooks, screen: ScreenOf<K>): Omit<Rendered, 'announce'>;
  /** The top bar's "where" text ("Meeting 19 · November 3, 1962 · decision 9 of 23"); `shortTitle` is the scenario's ("ExComm 1962"). */
  where(screen: ScreenOf<K>, shortTitle: string): string;
  /** Short text for the live region when the screen appears. */
  announce(screen: ScreenOf<K>): string;
  /** Screen cues (the machine plays the cues the scenario names through playCue; they are not repeated here). */
  cues(screen: ScreenOf<K>, context: CueContext): CueId[];
}

/** "decision 3 of 15", "question 3 of about 15". */
export function progressText(noun: 'decision' | 'question', p: Progress): string {
  return strings.screens.progress[noun](p.number, p.total, p.exact);
}

export function continueButton(label: string, onClick: () => void): HTMLButtonElement {
  return h('button', { type: 'button', class: 'primary continue', onclick: onClick }, label);
}

/**
 * The clicker's "go on" for a button: when the button is still below the bottom of the window, first scroll the
 * page on (so the class sees what is above it), else press it.
 */
export function pressOrScroll(button: HTMLElement): boolean {
  const r = button.getBoundingClientRect();
  const atEnd = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
  if (r.bottom > window.innerHeight && !atEnd) {
    window.scrollBy({ top: Math.max(120, Math.round(window.innerHeight * 0.8)), behavior: 'auto' });
    return true;
  }
  button.click();
  return true;
}

export function heading(text: string, kicker?: string): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (kicker) out.push(h('p', { class: 'kicker' }, kicker));
  out.push(h('h1', { tabindex: '-1' }, text));
  return out;
}

/** The row of actions under a screen: one Continue-like button. */
export function actions(button: HTMLButtonElement): HTMLElement {
  return h('div', { class: 'actions' }, button);
}

/** A statement by a person in the room (speaker lit when the card is reached or hovered). */
export function statement(hooks: PlayHooks, st: StatementView, level: 'h2' | 'h3' = 'h3'): HTMLElement {
  const card = h(
    'article',
    { class: 'statement', 'data-speaker': st.speaker.id, tabindex: '-1' },
    h(level, { class: 'speaker' }, st.speaker.name, st.speaker.title ? h('span', { class: 'speaker-title' }, `, ${st.speaker.title}`) : ''),
  );
  card.append(para(hooks.scenario, st.text));
  for (const c of st.citations) card.append(quoteBlock(hooks, c));
  const lightMe = () => hooks.light(st.spotlight);
  card.addEventListener('focusin', lightMe);
  card.addEventListener('mouseenter', lightMe);
  return card;
}

/** "Rusk", "Rusk and Bundy", "Rusk, Bundy and McCone". */
export function listNames(names: readonly string[]): string {
  return strings.screens.names(names);
}

export function adviserNames(option: OptionView): string {
  return listNames([...new Set(option.arguedBy.map((a) => a.speaker.name))]);
}

/** "Meeting 19 · November 3, 1962": a meeting screen's kicker and the top bar over it. */
export function meetingKicker(m: { number: number; date: string }): string {
  return strings.screens.meetingKicker(m.number, longDate(m.date));
}

/** The map, folded away behind a summary unless `open` (it is long on a small screen). */
export function mapBlock(
  hooks: PlayHooks,
  placeIds: string[],
  open = false,
  animate = false,
  routes: readonly RouteId[] = [],
  label = strings.screens.mapHere,
): HTMLElement | null {
  if (!placeIds.length && !routes.length) return null;
  const box = h('div', { class: 'map-box' });
  const details = h('details', { class: 'map-section', open }, h('summary', null, label), box);
  let drawn = false;
  const draw = () => {
    if (drawn || !details.open) return;
    drawn = true;
    hooks.map(box, placeIds, animate, routes);
  };
  details.addEventListener('toggle', draw);
  draw();
  return details;
}

export function metersPanel(meters: MeterView[], withDelta = false): HTMLElement {
  return meterList(
    meters.map((m) => ({
      id: m.id,
      label: m.label,
      description: m.description,
      pattern: m.pattern,
      value: m.value,
      before: withDelta ? m.value - m.delta : undefined,
    })),
    withDelta ? strings.screens.metersMoved : strings.parts.metersCaption,
  );
}

export function citationList(hooks: PlayHooks, cites: readonly Citation[]): HTMLElement[] {
  return cites.map((c) => quoteBlock(hooks, c));
}

/** The live region's words for a consequence or an event. */
export function consequenceAnnounce(c: { kind: 'historical' | 'counterfactual'; headline: string }): string {
  const tag = c.kind === 'historical' ? strings.parts.happened : strings.parts.mightHave;
  return strings.screens.consequenceAnnounce(tag, c.headline);
}
