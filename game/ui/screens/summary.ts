/** The end of a meeting: what the real meeting did, the student's advice there, and the resume code. */
import { cuesForScreen } from '../../services/audio';
import { h } from '../dom';
import { para } from '../rich-text';
import { longDate } from '../parts';
import { actions, continueButton, heading, meetingKicker, metersPanel, type ScreenModule } from './common';

export const summary: ScreenModule<'summary'> = {
  render(hooks, screen) {
    const m = screen.meeting;
    const node = h('section', { class: 'screen summary' }, ...heading(`End of meeting ${m.number}`, longDate(m.date)));
    node.append(h('h2', null, 'What the real meeting did'), para(hooks.scenario, m.summary));
    if (screen.answers.length) {
      node.append(h('h2', null, 'Your advice at this meeting'));
      node.append(h('ul', { class: 'answers' }, ...screen.answers.map((a) => h('li', null, h('strong', null, `${a.title}: `), a.label))));
    }
    node.append(metersPanel(screen.meters));
    const code = hooks.resumeCode();
    node.append(
      h(
        'section',
        { class: 'resume', 'aria-labelledby': 'resume-h' },
        h('h2', { id: 'resume-h' }, 'Your progress'),
        h('p', null, 'The game saves in this browser after every answer. To carry on from another computer, write down this resume code:'),
        code ? h('p', { class: 'code resume-code', 'data-code': code }, code) : h('p', null, 'No resume code is available.'),
      ),
    );
    node.append(actions(continueButton('Continue', () => hooks.send({ type: 'briefing.continue' }))));
    return { node, seats: null };
  },
  where: (screen) => meetingKicker(screen.meeting),
  announce: (screen) => `End of meeting ${screen.meeting.number}`,
  cues: () => cuesForScreen('summary'),
};
