/** The advice is taken: what happened (or might have), the flights it set in motion, how the meters moved. */
import type { OptionView } from '../../core/machine/selectors';
import { cuesForScreen } from '../../services/audio';
import { h } from '../dom';
import { consequenceCard } from '../parts';
import { strings } from '../strings';
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

/** The line under the chosen advice on the consequence screen (null when advisers argued it and nothing more needs saying). */
function whoRaised(option: OptionView): string | null {
  const say = strings.screens.consequence;
  if (option.raisedByChair && option.arguedBy.length) return say.chairAndAdvisers(adviserNames(option));
  if (option.raisedByChair) return say.chair;
  if (option.unnamed) return say.unnamed;
  if (option.alternative) return say.alternative;
  return null;
}

export const consequence: ScreenModule<'consequence'> = {
  render(hooks, screen) {
    const say = strings.screens.consequence;
    const node = h('section', { class: 'screen consequence-screen' }, ...heading(say.taken[screen.decision.kind], screen.decision.title));
    node.append(h('p', { class: 'you-advised' }, h('strong', null, say.youAdvised), screen.chosen.label));
    node.append(consequenceCard(hooks, screen.consequence));
    // Flights (or the quarantine line) the advice set in motion are drawn on the map.
    const routes = screen.consequence.routes;
    const routeMap = routes.length ? mapBlock(hooks, [], true, !hooks.reducedMotion, routes, say.flightsMap) : null;
    if (routeMap) node.append(routeMap);
    const raised = whoRaised(screen.chosen);
    if (raised) node.append(h('p', { class: 'hint who-raised' }, raised));
    node.append(metersPanel(screen.meters, true));
    node.append(actions(continueButton(screen.eventsToCome > 0 ? say.newsArrives : strings.screens.continue, () => hooks.send({ type: 'briefing.continue' }))));
    hooks.light(screen.spotlight);
    return { node };
  },
  where: (screen) => `${meetingKicker(screen.meeting)} · ${progressText('decision', screen.progress)}`,
  announce: (screen) => consequenceAnnounce(screen.consequence),
  // The cue the scenario names is played by the machine: not twice.
  cues: (screen, { scenarioCues }) => cuesForScreen('consequence', screen.consequence.medium, { scenarioCues }).filter((c) => c !== screen.consequence.cue),
};
