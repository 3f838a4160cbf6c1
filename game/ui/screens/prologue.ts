/** Before the first meeting: the background, then "Take your seat". */
import { cuesForScreen } from '../../services/audio';
import { h } from '../dom';
import { para } from '../rich-text';
import { actions, citationList, continueButton, heading, type ScreenModule } from './common';

export const prologue: ScreenModule<'prologue'> = {
  render(hooks, screen) {
    const node = h('section', { class: 'screen prologue', 'aria-labelledby': 'screen-h1' }, ...heading(screen.heading, 'Before you sit down'));
    for (const p of screen.paragraphs) node.append(para(hooks.scenario, p));
    node.append(...citationList(hooks, screen.citations));
    node.append(actions(continueButton('Take your seat', () => hooks.send({ type: 'briefing.continue' }))));
    return { node, seats: null };
  },
  where: () => 'Background',
  announce: (screen) => screen.heading,
  cues: () => cuesForScreen('prologue'),
};
