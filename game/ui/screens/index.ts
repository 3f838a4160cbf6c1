/**
 * The screen registry: one module per kind of screen the machine shows (core/machine/screens.ts), each with
 * how it is drawn, the top bar's "where" text, the live region's words and its sounds. The app looks a screen
 * up here; adding a screen to SCREENS makes the compiler ask for its module.
 */
import type { ScreenName } from '../../core/machine/screens';
import type { Screen } from '../../core/machine/selectors';
import type { CueId } from '../../core/cues';
import { h } from '../dom';
import { strings } from '../strings';
import { heading, type CueContext, type PlayHooks, type Rendered, type ScreenModule } from './common';
import { prologue } from './prologue';
import { opening } from './opening';
import { intelligence } from './intelligence';
import { decision } from './decision';
import { consequence } from './consequence';
import { event } from './event';
import { summary } from './summary';
import { epilogue } from './epilogue';
import { debrief } from './debrief';

export type { CueContext, PlayHooks, ProjectorHooks, Rendered, ScreenModule, ScreenOf } from './common';
export { renderDebrief } from './debrief';

export const screens = {
  prologue,
  opening,
  intelligence,
  decision,
  consequence,
  event,
  summary,
  epilogue,
  debrief,
} satisfies { [K in ScreenName]: ScreenModule<K> };

type KnownScreen = Exclude<Screen, { screen: 'unknown' }>;

/** The module for this screen. (Each module takes exactly its own screen, which `satisfies` above checks.) */
function moduleOf(screen: KnownScreen): ScreenModule<ScreenName> {
  return screens[screen.screen] as ScreenModule<ScreenName>;
}

/** Render the selector's view of a screen into a node for the card. */
export function renderScreen(hooks: PlayHooks, screen: Screen): Rendered {
  if (screen.screen === 'unknown') {
    const say = strings.screens.unknown;
    const node = h('section', { class: 'screen' }, ...heading(say.title), h('p', null, say.text));
    node.append(h('div', { class: 'actions' }, h('button', { type: 'button', onclick: () => hooks.toTitle() }, strings.common.backToTitle)));
    return { node, announce: say.title };
  }
  const m = moduleOf(screen);
  return { ...m.render(hooks, screen), announce: m.announce(screen) };
}

/** The top bar's "where" text for a screen (the scenario's short title when there is nothing better to say). */
export function whereText(screen: Screen, shortTitle: string): string {
  return screen.screen === 'unknown' ? shortTitle : moduleOf(screen).where(screen, shortTitle);
}

/** The cues a screen plays when it appears (the machine plays the ones the scenario names). */
export function screenCues(screen: Screen, context: CueContext): CueId[] {
  return screen.screen === 'unknown' ? [] : moduleOf(screen).cues(screen, context);
}
