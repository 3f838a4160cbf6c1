/** News arrives: a follow-up event the last answer set off. */
import { cuesForScreen } from '../../services/audio';
import { h } from '../dom';
import { consequenceCard } from '../parts';
import { strings } from '../strings';
import { actions, consequenceAnnounce, continueButton, heading, metersPanel, type ScreenModule } from './common';

export const event: ScreenModule<'event'> = {
  render(hooks, screen) {
    const node = h('section', { class: 'screen event-screen' }, ...heading(strings.screens.event.title, strings.screens.event.after(screen.after.title)));
    node.append(consequenceCard(hooks, screen.consequence));
    node.append(metersPanel(screen.meters));
    node.append(actions(continueButton(strings.screens.continue, () => hooks.send({ type: 'event.acknowledge' }))));
    return { node };
  },
  // Between the meetings' screens: the scenario's short title.
  where: (_screen, shortTitle) => shortTitle,
  announce: (screen) => consequenceAnnounce(screen.consequence),
  // The cue the scenario names is played by the machine: not twice.
  cues: (screen, { scenarioCues }) => cuesForScreen('event', screen.consequence.medium, { scenarioCues }).filter((c) => c !== screen.consequence.cue),
};
