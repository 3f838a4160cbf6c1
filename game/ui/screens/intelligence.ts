/** The intelligence briefing, and the view from Moscow and Havana in their own recorded words. */
import type { OtherSideView } from '../../core/machine/selectors';
import { cuesForScreen } from '../../services/audio';
import { h } from '../dom';
import { para } from '../rich-text';
import { longDate, quoteBlock } from '../parts';
import { strings } from '../strings';
import { actions, continueButton, heading, mapBlock, meetingKicker, statement, type PlayHooks, type ScreenModule } from './common';

/** "When it was said" for the view from Moscow and Havana, measured against the meeting's date. */
function saidWhen(date: string | null, later: boolean, meetingDate: string): string | null {
  if (!date) return null;
  const say = strings.screens.intelligence;
  if (later) return say.saidLater(longDate(date));
  if (date === meetingDate) return say.saidSameDay(longDate(date));
  return say.saidBefore(longDate(date));
}

/** One statement from the other side: speaker, plain words, when it was said, the quotations. */
function otherSideCard(hooks: PlayHooks, st: OtherSideView, meetingDate: string): HTMLElement {
  const card = h(
    'article',
    { class: 'statement other-side-card', 'data-speaker': st.speaker.id, tabindex: '-1' },
    h('h3', { class: 'speaker' }, st.speaker.name, st.speaker.title ? h('span', { class: 'speaker-title' }, `, ${st.speaker.title}`) : ''),
  );
  card.append(para(hooks.scenario, st.text));
  const dates = new Set(st.citations.map((c) => c.date));
  if (dates.size <= 1) {
    const when = saidWhen(st.date, st.later, meetingDate);
    if (when) card.append(h('p', { class: `said-when${st.later ? ' said-later' : ''}` }, when));
    for (const c of st.citations) card.append(quoteBlock(hooks, c));
  } else {
    // Quotations from records of different dates: each says when.
    for (const c of st.citations) {
      const when = saidWhen(c.date, c.later, meetingDate);
      if (when) card.append(h('p', { class: `said-when${c.later ? ' said-later' : ''}` }, when));
      card.append(quoteBlock(hooks, c));
    }
  }
  return card;
}

/** "The view from Moscow", "… from Havana" or both: named after the sides that actually speak here. */
function otherSideHeading(list: OtherSideView[]): string {
  const sides = new Set(list.map((st) => st.side));
  return strings.screens.intelligence.viewFrom(sides.has('soviet'), sides.has('cuban'));
}

function otherSideSection(hooks: PlayHooks, list: OtherSideView[], meetingDate: string): HTMLElement {
  return h(
    'section',
    { class: 'other-side', 'aria-labelledby': 'other-side-h' },
    h('h2', { id: 'other-side-h' }, otherSideHeading(list)),
    h('p', null, strings.screens.intelligence.otherSideIntro),
    ...list.map((st) => otherSideCard(hooks, st, meetingDate)),
  );
}

export const intelligence: ScreenModule<'intelligence'> = {
  render(hooks, screen) {
    const m = screen.meeting;
    const say = strings.screens.intelligence;
    const node = h('section', { class: 'screen intelligence' }, ...heading(say.title, meetingKicker(m)));
    if (screen.intelligence.length) {
      node.append(h('p', null, say.intro));
      for (const st of screen.intelligence) node.append(statement(hooks, st, 'h2'));
    } else {
      node.append(h('p', null, say.none));
    }
    if (screen.otherSide.length) node.append(otherSideSection(hooks, screen.otherSide, m.date));
    const map = mapBlock(
      hooks,
      screen.places.map((p) => p.id),
      true,
    );
    if (map) node.append(map);
    node.append(actions(continueButton(say.continue, () => hooks.send({ type: 'briefing.continue' }))));
    hooks.light(screen.intelligence[0]?.spotlight ?? null);
    return { node };
  },
  where: (screen) => meetingKicker(screen.meeting),
  announce: () => strings.screens.intelligence.title,
  // The briefing plays its paper sound only; topic sounds are for question screens (as before the registry).
  cues: () => cuesForScreen('intelligence'),
};
