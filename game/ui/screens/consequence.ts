/** The advice is taken: what happened (or might have), the flights it set in motion, how the meters moved. */
import type { DecisionKind, OptionView } from '../../core/machine/selectors';
import { cuesForScreen } from '../../services/audio';
import { h } from '../dom';
import { consequenceCard } from '../parts';
import {
  actions,
  adviserNames,
  consequenceAnnounce,
  continueButton,
  heading,
  mapBlock,
  meetingKicker,
  metersPanel,
  progressText,
  type ScreenModule,
} from './common';

/** The heading once the advice is given (a Record, so a new kind of question must be named here). */
const TAKEN: Record<DecisionKind, string> = { decision: 'Your advice is taken', quick: 'The quick call is made' };

/** The line under the chosen advice on the consequence screen (null when advisers argued it and nothing more needs saying). */
function whoRaised(option: OptionView): string | null {
  if (option.raisedByChair && option.arguedBy.length) return `The President raised this himself in the record; ${adviserNames(option)} argued it too.`;
  if (option.raisedByChair) return 'The President raised this himself in the record.';
  if (option.unnamed) return 'Someone in the room raised this option; the record does not say who.';
  if (option.alternative) return 'Nobody in the room raised this option in the record: it is an alternative the game offers.';
  return null;
}

export const consequence: ScreenModule<'consequence'> = {
  render(hooks, screen) {
    const node = h('section', { class: 'screen consequence-screen' }, ...heading(TAKEN[screen.decision.kind], screen.decision.title));
    node.append(h('p', { class: 'you-advised' }, h('strong', null, 'You advised: '), screen.chosen.label));
    node.append(consequenceCard(hooks, screen.consequence));
    // Flights (or the quarantine line) the advice set in motion are drawn on the map.
    const routes = screen.consequence.routes;
    const routeMap = routes.length ? mapBlock(hooks, [], true, !hooks.reducedMotion, routes, 'Map: the flights you advised') : null;
    if (routeMap) node.append(routeMap);
    const raised = whoRaised(screen.chosen);
    if (raised) node.append(h('p', { class: 'hint who-raised' }, raised));
    node.append(metersPanel(screen.meters, true));
    node.append(actions(continueButton(screen.eventsToCome > 0 ? 'News arrives…' : 'Continue', () => hooks.send({ type: 'briefing.continue' }))));
    hooks.light(screen.spotlight);
    return { node, seats: null };
  },
  where: (screen) => `${meetingKicker(screen.meeting)} · ${progressText('decision', screen.progress)}`,
  announce: (screen) => consequenceAnnounce(screen.consequence),
  // The cue the scenario names is played by the machine: not twice.
  cues: (screen, { scenarioCues }) => cuesForScreen('consequence', screen.consequence.medium, { scenarioCues }).filter((c) => c !== screen.consequence.cue),
};
