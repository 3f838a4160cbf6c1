/** A meeting opens: the record's header and who the record names. */
import { cuesForScreen } from '../../services/audio';
import { h } from '../dom';
import { para } from '../rich-text';
import { longDate } from '../parts';
import { strings } from '../strings';
import { actions, continueButton, heading, meetingKicker, type ScreenModule } from './common';

export const opening: ScreenModule<'opening'> = {
  render(hooks, screen) {
    const m = screen.meeting;
    const say = strings.screens.opening;
    const node = h('section', { class: 'screen opening' }, ...heading(say.title(longDate(m.date)), strings.common.meetingNumber(m.number)));
    node.append(
      h(
        'div',
        { class: 'record-header' },
        h('p', { class: 'stamp classification' }, m.classification),
        h('p', { class: 'typed' }, m.header),
        m.header.includes(m.time) ? '' : h('p', { class: 'typed' }, `${m.place}, ${longDate(m.date)}, ${m.time}`),
      ),
    );
    node.append(h('h2', null, say.named));
    if (m.participantsNote) node.append(para(hooks.scenario, m.participantsNote, 'hint'));
    node.append(h('ul', { class: 'participants' }, ...m.participants.map((p) => h('li', null, h('strong', null, p.name), `, ${p.title}`))));
    node.append(actions(continueButton(say.continue, () => hooks.send({ type: 'briefing.continue' }))));
    return { node };
  },
  where: (screen) => meetingKicker(screen.meeting),
  announce: ({ meeting: m }) => strings.screens.opening.announce(m.number, longDate(m.date), m.time),
  cues: () => cuesForScreen('opening'),
};
