/** Before the first meeting: the background, then "Take your seat". */
import { cuesForScreen } from '../../services/audio';
import { h } from '../dom';
import { para } from '../rich-text';
import { strings } from '../strings';
import { questionBox } from '../historian';
import { actions, citationList, continueButton, heading, type ScreenModule } from './common';

export const prologue: ScreenModule<'prologue'> = {
  render(hooks, screen) {
    const node = h('section', { class: 'screen prologue', 'aria-labelledby': 'screen-h1' }, ...heading(screen.heading, strings.screens.prologue.kicker));
    node.append(questionBox(hooks.scenario) ?? '');
    for (const p of screen.paragraphs) node.append(para(hooks.scenario, p));
    node.append(...citationList(hooks, screen.citations));
    node.append(actions(continueButton(strings.screens.prologue.continue, () => hooks.send({ type: 'briefing.continue' }))));
    return { node };
  },
  where: () => strings.screens.prologue.where,
  announce: (screen) => screen.heading,
  cues: () => cuesForScreen('prologue'),
};
