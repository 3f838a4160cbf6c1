/** What came next: the ending reached, what actually happened, and the record's timeline after the meetings. */
import { cuesForScreen } from '../../services/audio';
import { h } from '../dom';
import { para } from '../rich-text';
import { longDate } from '../parts';
import { actions, citationList, continueButton, heading, type ScreenModule } from './common';

export const epilogue: ScreenModule<'epilogue'> = {
  render(hooks, screen) {
    const sc = hooks.scenario;
    const node = h('section', { class: 'screen epilogue' }, ...heading('What came next', screen.dates ?? undefined));
    const e = screen.ending;
    if (e) {
      const historical = e.kind === 'historical';
      node.append(
        h(
          'article',
          { class: `ending ${historical ? 'ending-history' : 'ending-counterfactual'}` },
          h(
            'p',
            { class: `tag ${historical ? 'tag-history' : 'tag-counterfactual'}` },
            historical ? 'The historical ending' : 'A counterfactual ending: this did not happen',
          ),
          h('h2', null, e.title),
          para(sc, e.text),
          h('h3', null, 'What actually happened'),
          para(sc, e.history),
          ...citationList(hooks, e.citations),
        ),
      );
    }
    node.append(h('h2', null, screen.span ? `The record: ${longDate(screen.span.from)} to ${longDate(screen.span.to)}` : 'The record'));
    const list = h('ol', { class: 'timeline' });
    for (const t of screen.timeline) {
      list.append(
        h(
          'li',
          null,
          h('p', { class: 'timeline-date' }, h('strong', null, (t.approximate ? 'About ' : '') + longDate(t.date))),
          para(sc, t.text),
          ...citationList(hooks, t.citations),
        ),
      );
    }
    node.append(list);
    node.append(actions(continueButton('See how your advice compares', () => hooks.send({ type: 'debrief.open' }))));
    return { node, seats: null };
  },
  where: () => 'After the meetings',
  announce: (screen) => (screen.ending ? screen.ending.title : 'What came next'),
  // The ending's own sting comes through the machine's playCue.
  cues: (screen) => (screen.ending?.cue ? [] : cuesForScreen('epilogue', screen.ending?.kind === 'historical' ? 'historical' : 'counterfactual')),
};
