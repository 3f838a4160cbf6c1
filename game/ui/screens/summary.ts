/** The end of a meeting: what the real meeting did, the student's advice there, and the resume code. */
import { cuesForScreen } from '../../services/audio';
import { h } from '../dom';
import { para } from '../rich-text';
import { longDate } from '../parts';
import { strings } from '../strings';
import { comparisonOffer, questionBox } from '../historian';
import { actions, continueButton, heading, meetingKicker, metersPanel, type ScreenModule } from './common';

export const summary: ScreenModule<'summary'> = {
  render(hooks, screen) {
    const m = screen.meeting;
    const say = strings.screens.summary;
    const node = h('section', { class: 'screen summary' }, ...heading(say.title(m.number), longDate(m.date)));
    node.append(questionBox(hooks.scenario, true) ?? '');
    node.append(h('h2', null, say.realMeeting), para(hooks.scenario, m.summary));
    if (screen.answers.length) {
      node.append(h('h2', null, say.yourAdvice));
      node.append(h('ul', { class: 'answers' }, ...screen.answers.map((a) => h('li', null, h('strong', null, `${a.title}: `), a.label))));
    }
    node.append(metersPanel(screen.meters));
    const code = hooks.resumeCode();
    node.append(
      h(
        'section',
        { class: 'resume', 'aria-labelledby': 'resume-h' },
        h('h2', { id: 'resume-h' }, say.progress),
        h('p', null, say.saves),
        code ? h('p', { class: 'code resume-code', 'data-code': code }, code) : h('p', null, say.noCode),
      ),
    );
    node.append(comparisonOffer(hooks, m.id) ?? '');
    node.append(actions(continueButton(strings.screens.continue, () => hooks.send({ type: 'briefing.continue' }))));
    hooks.light(null); // the meeting is over: nobody is speaking
    return { node };
  },
  where: (screen) => meetingKicker(screen.meeting),
  announce: (screen) => strings.screens.summary.title(screen.meeting.number),
  cues: () => cuesForScreen('summary'),
};
