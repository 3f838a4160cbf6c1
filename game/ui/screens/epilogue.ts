/** What came next: the ending reached, what actually happened, and the record's timeline after the meetings. */
import { cuesForScreen } from '../../services/audio';
import { h } from '../dom';
import { para } from '../rich-text';
import { longDate } from '../parts';
import { strings } from '../strings';
import { comparisonOffer } from '../historian';
import { actions, citationList, continueButton, heading, type ScreenModule } from './common';

export const epilogue: ScreenModule<'epilogue'> = {
  render(hooks, screen) {
    const sc = hooks.scenario;
    const say = strings.screens.epilogue;
    const node = h('section', { class: 'screen epilogue' }, ...heading(say.title, screen.dates ?? undefined));
    const e = screen.ending;
    if (e) {
      const historical = e.kind === 'historical';
      node.append(
        h(
          'article',
          { class: `ending ${historical ? 'ending-history' : 'ending-counterfactual'}` },
          h('p', { class: `tag ${historical ? 'tag-history' : 'tag-counterfactual'}` }, historical ? say.historical : say.counterfactual),
          h('h2', null, e.title),
          para(sc, e.text),
          h('h3', null, say.actually),
          para(sc, e.history),
          ...citationList(hooks, e.citations),
        ),
      );
    }
    node.append(h('h2', null, screen.span ? say.record(longDate(screen.span.from), longDate(screen.span.to)) : say.record(null, null)));
    const list = h('ol', { class: 'timeline' });
    for (const t of screen.timeline) {
      list.append(
        h(
          'li',
          null,
          h('p', { class: 'timeline-date' }, h('strong', null, t.approximate ? say.about(longDate(t.date)) : longDate(t.date))),
          para(sc, t.text),
          ...citationList(hooks, t.citations),
        ),
      );
    }
    node.append(list);
    node.append(comparisonOffer(hooks, 'end') ?? '');
    node.append(actions(continueButton(say.continue, () => hooks.send({ type: 'debrief.open' }))));
    return { node };
  },
  where: () => strings.screens.epilogue.where,
  announce: (screen) => (screen.ending ? screen.ending.title : strings.screens.epilogue.title),
  // The ending's own sting comes through the machine's playCue.
  cues: (screen) => (screen.ending?.cue ? [] : cuesForScreen('epilogue', screen.ending?.kind === 'historical' ? 'historical' : 'counterfactual')),
};
