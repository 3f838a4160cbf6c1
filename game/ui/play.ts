/**
 * The play screens: one function per screen of the machine, rendering the selector's view model into the
 * paper card. Controls send machine events through `send`; nothing here decides game logic.
 */
import type { GameEvent } from '../core/machine/machine';
import type { Screen, StatementView, OptionView, MeterView, OtherSideView } from '../core/machine/selectors';
import { STANCES, type Citation } from '../core/scenario/schema';
import type { Debrief, DebriefRow } from '../core/rules/debrief';
import { h, s as svg, type Child } from './dom';
import { plainText } from '../core/scenario/markup';
import { para, richText } from './rich-text';
import { consequenceCard, longDate, meterFill, meterList, quoteBlock, sourceButtons, STANCE_LABEL, STANCE_SCALE, type UiContext } from './parts';

export interface PlayHooks extends UiContext {
  send(e: GameEvent): void;
  /** Light an adviser in the room (null: everyone). */
  light(personId: string | null): void;
  /** Render the map for these places into the container (no-op until the map data is there). */
  map(container: HTMLElement, placeIds: string[], animate: boolean, routes?: readonly ('u2' | 'low-level' | 'quarantine')[]): void;
  /** The resume code for the game so far (null when codes are unavailable). */
  resumeCode(): string | null;
  /** Extra debrief furniture (results code, charts, print) supplied by the classroom tools. */
  debriefExtras?(debrief: Debrief): Child;
  toTitle(): void;
  reducedMotion: boolean;
}

export interface Rendered {
  /** The node to put in the card. */
  node: HTMLElement;
  /** Short text for the live region. */
  announce: string;
  /** People to seat in the room (ids), President first; null keeps the room as it is. */
  seats: string[] | null;
  /** For number-key shortcuts on a decision screen. */
  pick?(index: number): void;
}

function continueButton(label: string, onClick: () => void): HTMLButtonElement {
  return h('button', { type: 'button', class: 'primary continue', onclick: onClick }, label);
}

function heading(text: string, kicker?: string): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (kicker) out.push(h('p', { class: 'kicker' }, kicker));
  out.push(h('h1', { tabindex: '-1' }, text));
  return out;
}

/** A statement by a person in the room (speaker lit when the card is reached or hovered). */
function statement(hooks: PlayHooks, st: StatementView, level: 'h2' | 'h3' = 'h3'): HTMLElement {
  const card = h(
    'article',
    { class: 'statement', 'data-speaker': st.speaker.id, tabindex: '-1' },
    h(level, { class: 'speaker' }, st.speaker.name, st.speaker.title ? h('span', { class: 'speaker-title' }, `, ${st.speaker.title}`) : ''),
  );
  card.append(para(hooks.scenario, st.text));
  for (const c of st.citations) card.append(quoteBlock(hooks, c));
  const lightMe = () => hooks.light(st.speaker.id);
  card.addEventListener('focusin', lightMe);
  card.addEventListener('mouseenter', lightMe);
  return card;
}

/** "When it was said" for the view from Moscow and Havana, measured against the meeting's date. */
function saidWhen(date: string | null, later: boolean, meetingDate: string): string | null {
  if (!date) return null;
  if (later) return `Said later, on ${longDate(date)}, after this meeting.`;
  if (date === meetingDate) return `Said on ${longDate(date)}, the day of this meeting.`;
  return `Said on ${longDate(date)}, before this meeting.`;
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
function otherSideHeading(hooks: PlayHooks, list: OtherSideView[]): string {
  const sides = new Set(list.map((st) => hooks.scenario.cast.find((p) => p.id === st.speaker.id)?.side));
  const places = [sides.has('soviet') ? 'Moscow' : '', sides.has('cuban') ? 'Havana' : ''].filter(Boolean);
  return `The view from ${places.join(' and ') || 'the other side'}`;
}

function otherSideSection(hooks: PlayHooks, list: OtherSideView[], meetingDate: string): HTMLElement {
  return h(
    'section',
    { class: 'other-side', 'aria-labelledby': 'other-side-h' },
    h('h2', { id: 'other-side-h' }, otherSideHeading(hooks, list)),
    h('p', null, 'What the other side said, in their own recorded words. Each card says when it was said.'),
    ...list.map((st) => otherSideCard(hooks, st, meetingDate)),
  );
}

/** "Rusk", "Rusk and Bundy", "Rusk, Bundy and McCone". */
function listNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

function meetingKicker(m: { number: number; date: string }): string {
  return `Meeting ${m.number} · ${longDate(m.date)}`;
}

/** The map, folded away behind a summary unless `open` (it is long on a small screen). */
function mapBlock(
  hooks: PlayHooks,
  placeIds: string[],
  open = false,
  animate = false,
  routes: readonly ('u2' | 'low-level' | 'quarantine')[] = [],
  label = 'Map: where this happens',
): HTMLElement | null {
  if (!placeIds.length && !routes.length) return null;
  const box = h('div', { class: 'map-box' });
  const details = h('details', { class: 'map-section', open }, h('summary', null, label), box);
  let drawn = false;
  const draw = () => {
    if (drawn || !details.open) return;
    drawn = true;
    hooks.map(box, placeIds, animate, routes);
  };
  details.addEventListener('toggle', draw);
  draw();
  return details;
}

function metersPanel(meters: MeterView[], withDelta = false): HTMLElement {
  return meterList(
    meters.map((m) => ({
      id: m.id,
      label: m.label,
      description: m.description,
      pattern: m.pattern,
      value: m.value,
      before: withDelta ? m.value - m.delta : undefined,
    })),
    withDelta ? 'How things moved' : 'Where things stand',
  );
}

function citationList(hooks: PlayHooks, cites: readonly Citation[]): HTMLElement[] {
  return cites.map((c) => quoteBlock(hooks, c));
}

export function renderScreen(hooks: PlayHooks, screen: Screen): Rendered {
  const sc = hooks.scenario;
  const send = hooks.send;
  switch (screen.screen) {
    case 'prologue': {
      const node = h('section', { class: 'screen prologue', 'aria-labelledby': 'screen-h1' }, ...heading(screen.heading, 'Before you sit down'));
      for (const p of screen.paragraphs) node.append(para(sc, p));
      node.append(...citationList(hooks, screen.citations));
      node.append(
        h(
          'div',
          { class: 'actions' },
          continueButton('Take your seat', () => send({ type: 'briefing.continue' })),
        ),
      );
      return { node, announce: screen.heading, seats: null };
    }
    case 'opening': {
      const m = screen.meeting;
      const node = h('section', { class: 'screen opening' }, ...heading(`The committee meets: ${longDate(m.date)}`, `Meeting ${m.number}`));
      node.append(
        h(
          'div',
          { class: 'record-header' },
          h('p', { class: 'stamp classification' }, m.classification),
          h('p', { class: 'typed' }, m.header),
          m.header.includes(m.time) ? '' : h('p', { class: 'typed' }, `${m.place}, ${longDate(m.date)}, ${m.time}`),
        ),
      );
      node.append(h('h2', null, 'Named in the record'));
      if (m.participantsNote) node.append(para(sc, m.participantsNote, 'hint'));
      node.append(h('ul', { class: 'participants' }, ...m.participants.map((p) => h('li', null, h('strong', null, p.name), `, ${p.title}`))));
      node.append(
        h(
          'div',
          { class: 'actions' },
          continueButton('Hear the briefing', () => send({ type: 'briefing.continue' })),
        ),
      );
      return { node, announce: `Meeting ${m.number}, ${longDate(m.date)}, ${m.time}`, seats: m.participants.map((p) => p.id) };
    }
    case 'intelligence': {
      const m = screen.meeting;
      const node = h('section', { class: 'screen intelligence' }, ...heading('The intelligence briefing', meetingKicker(m)));
      if (screen.intelligence.length) {
        node.append(h('p', null, 'What the committee was told at the start of the meeting, as the record reports it.'));
        for (const st of screen.intelligence) node.append(statement(hooks, st, 'h2'));
      } else {
        node.append(h('p', null, 'The record of this meeting gives no intelligence briefing.'));
      }
      if (screen.otherSide.length) node.append(otherSideSection(hooks, screen.otherSide, m.date));
      const map = mapBlock(
        hooks,
        screen.places.map((p) => p.id),
        true,
      );
      if (map) node.append(map);
      node.append(
        h(
          'div',
          { class: 'actions' },
          continueButton('To the questions', () => send({ type: 'briefing.continue' })),
        ),
      );
      hooks.light(screen.intelligence[0]?.speaker.id ?? null);
      return { node, announce: 'The intelligence briefing', seats: m.participants.map((p) => p.id) };
    }
    case 'decision':
      return renderDecision(hooks, screen);
    case 'consequence': {
      const node = h(
        'section',
        { class: 'screen consequence-screen' },
        ...heading(screen.decision.kind === 'quick' ? 'The quick call is made' : 'Your advice is taken', screen.decision.title),
      );
      node.append(h('p', { class: 'you-advised' }, h('strong', null, 'You advised: '), screen.chosen.label));
      node.append(consequenceCard(hooks, screen.consequence));
      // Flights (or the quarantine line) the advice set in motion are drawn on the map.
      const routes = sc.decisions.find((d) => d.id === screen.decision.id)?.options.find((o) => o.id === screen.chosen.id)?.routes ?? [];
      const routeMap = routes.length ? mapBlock(hooks, [], true, !hooks.reducedMotion, routes, 'Map: the flights you advised') : null;
      if (routeMap) node.append(routeMap);
      const raised = whoRaised(screen.chosen);
      if (raised) node.append(h('p', { class: 'hint who-raised' }, raised));
      node.append(metersPanel(screen.meters, true));
      node.append(
        h(
          'div',
          { class: 'actions' },
          continueButton(screen.eventsToCome > 0 ? 'News arrives…' : 'Continue', () => send({ type: 'briefing.continue' })),
        ),
      );
      hooks.light(sc.chair);
      const tag = screen.consequence.kind === 'historical' ? 'What happened' : 'What might have happened';
      return { node, announce: `${tag}: ${screen.consequence.headline}`, seats: null };
    }
    case 'event': {
      const node = h('section', { class: 'screen event-screen' }, ...heading('News arrives', `After: ${screen.after.title}`));
      node.append(consequenceCard(hooks, screen.consequence));
      node.append(metersPanel(screen.meters));
      node.append(
        h(
          'div',
          { class: 'actions' },
          continueButton('Continue', () => send({ type: 'event.acknowledge' })),
        ),
      );
      const tag = screen.consequence.kind === 'historical' ? 'What happened' : 'What might have happened';
      return { node, announce: `${tag}: ${screen.consequence.headline}`, seats: null };
    }
    case 'summary': {
      const m = screen.meeting;
      const node = h('section', { class: 'screen summary' }, ...heading(`End of meeting ${m.number}`, longDate(m.date)));
      node.append(h('h2', null, 'What the real meeting did'), para(sc, m.summary));
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
      node.append(
        h(
          'div',
          { class: 'actions' },
          continueButton('Continue', () => send({ type: 'briefing.continue' })),
        ),
      );
      return { node, announce: `End of meeting ${m.number}`, seats: null };
    }
    case 'epilogue': {
      const node = h('section', { class: 'screen epilogue' }, ...heading('What came next', 'November 1962 – January 1963'));
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
      node.append(h('h2', null, 'The record: November 8, 1962 to January 7, 1963'));
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
      node.append(
        h(
          'div',
          { class: 'actions' },
          continueButton('See how your advice compares', () => send({ type: 'debrief.open' })),
        ),
      );
      return { node, announce: e ? e.title : 'What came next', seats: null };
    }
    case 'debrief':
      return renderDebrief(hooks, screen.debrief);
    case 'unknown':
    default: {
      const node = h('section', { class: 'screen' }, ...heading('Something went wrong'), h('p', null, 'The game reached a screen it does not know.'));
      node.append(h('div', { class: 'actions' }, h('button', { type: 'button', onclick: () => hooks.toTitle() }, 'Back to the title')));
      return { node, announce: 'Something went wrong', seats: null };
    }
  }
}

function adviserNames(option: OptionView): string {
  return listNames([...new Set(option.arguedBy.map((a) => a.speaker.name))]);
}

/** Who raised an option, for its button: the President, advisers, both, or nobody (an alternative). */
function whoArgued(option: OptionView): string {
  if (option.raisedByChair && option.arguedBy.length) return `The President raised this; argued by ${adviserNames(option)}.`;
  if (option.raisedByChair) return 'The President raised this.';
  if (option.arguedBy.length) return `Argued by ${adviserNames(option)}.`;
  if (option.unnamed) return 'Raised in the room; the record does not say by whom.';
  return 'Nobody in the room raised this: an alternative the game offers.';
}

/** The line under the chosen advice on the consequence screen (null when advisers argued it and nothing more needs saying). */
function whoRaised(option: OptionView): string | null {
  if (option.raisedByChair && option.arguedBy.length) return `The President raised this himself in the record; ${adviserNames(option)} argued it too.`;
  if (option.raisedByChair) return 'The President raised this himself in the record.';
  if (option.unnamed) return 'Someone in the room raised this option; the record does not say who.';
  if (option.alternative) return 'Nobody in the room raised this option in the record: it is an alternative the game offers.';
  return null;
}

function renderDecision(hooks: PlayHooks, screen: Extract<Screen, { screen: 'decision' }>): Rendered {
  const sc = hooks.scenario;
  const quick = screen.decision.kind === 'quick';
  const kicker = `${quick ? 'Quick call' : 'Decision'} · ${screen.progress.label.replace(/^decision/, 'question')}`;
  const node = h(
    'section',
    { class: `screen decision${quick ? ' quick' : ''}`, 'data-decision': screen.decision.id },
    ...heading(screen.decision.title, kicker),
  );
  node.append(h('p', { class: 'question' }, richText(sc, screen.decision.question)));
  if (screen.decision.context) node.append(para(sc, screen.decision.context, 'context'));
  const map = mapBlock(
    hooks,
    screen.places.map((p) => p.id),
  );

  const table = h('section', { class: 'table-talk', 'aria-labelledby': 'talk-h' }, h('h2', { id: 'talk-h' }, 'Around the table'));
  const advice = h('section', { class: 'advice', 'aria-labelledby': 'advice-h', hidden: true }, h('h2', { id: 'advice-h' }, 'Your advice to the President'));
  const optionList = h('ul', { class: 'options' });
  const confirm = h('div', { class: 'confirm', hidden: true, role: 'group', 'aria-labelledby': 'confirm-h' });
  advice.append(h('p', { class: 'hint' }, 'Choose an option, then confirm it. There is no time limit.'), optionList, confirm);

  let chosen: OptionView | null = null;
  const buttons: HTMLButtonElement[] = [];
  const choose = (o: OptionView, btn: HTMLButtonElement) => {
    chosen = o;
    for (const b of buttons) b.setAttribute('aria-pressed', String(b === btn));
    confirm.hidden = false;
    confirm.replaceChildren(
      h('h3', { id: 'confirm-h' }, 'Give this advice?'),
      h('p', null, `“${o.advice}”`),
      h(
        'div',
        { class: 'actions' },
        h(
          'button',
          { type: 'button', class: 'primary confirm-btn', onclick: () => chosen && hooks.send({ type: 'advice.give', optionId: chosen.id }) },
          'Confirm advice',
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'choose-again',
            onclick: () => {
              confirm.hidden = true;
              btn.focus();
            },
          },
          'Choose again',
        ),
      ),
    );
    (confirm.querySelector('.confirm-btn') as HTMLButtonElement).focus();
  };
  screen.options.forEach((o, i) => {
    const btn = h(
      'button',
      { type: 'button', class: 'option-btn', 'aria-pressed': 'false', 'data-option': o.id },
      h('span', { class: 'num', 'aria-hidden': 'true' }, String(i + 1)),
      h(
        'span',
        null,
        h('span', { class: 'option-label' }, o.label),
        h(
          'span',
          { class: 'option-advice' },
          plainText(o.advice, (id) => sc.glossary.find((g) => g.id === id)?.term),
        ),
        h('span', { class: 'option-who' }, whoArgued(o)),
      ),
    );
    btn.addEventListener('click', () => choose(o, btn));
    buttons.push(btn);
    optionList.append(h('li', null, btn));
  });

  const positions = screen.positions;
  if (quick || positions.length <= 1) {
    for (const p of positions) table.append(statement(hooks, p));
    if (!positions.length) table.append(h('p', null, 'The record gives no one’s view on this before the decision.'));
    advice.hidden = false;
  } else {
    // Hear each adviser in turn; the options appear after the last one.
    let shown = 0;
    const next = h('button', { type: 'button', class: 'next-adviser' });
    const skip = h('button', { type: 'button', class: 'linkish skip-advisers' }, 'Show all advisers');
    const nav = h('div', { class: 'actions' }, next, skip);
    const label = () => {
      const p = positions[shown];
      next.textContent = p ? `Hear ${p.speaker.name}` : '';
    };
    const reveal = (focus: boolean) => {
      const p = positions[shown++];
      if (!p) return;
      const card = statement(hooks, p);
      nav.before(card);
      hooks.light(p.speaker.id);
      if (shown >= positions.length) {
        nav.remove();
        advice.hidden = false;
        if (focus) (advice.querySelector('h2') as HTMLElement).setAttribute('tabindex', '-1');
        if (focus) (advice.querySelector('h2') as HTMLElement).focus();
      } else {
        label();
        if (focus) next.focus();
      }
    };
    next.addEventListener('click', () => reveal(true));
    skip.addEventListener('click', () => {
      while (shown < positions.length) reveal(false);
      (advice.querySelector('h2') as HTMLElement).setAttribute('tabindex', '-1');
      (advice.querySelector('h2') as HTMLElement).focus();
    });
    table.append(nav);
    reveal(false);
  }
  node.append(table);
  if (map) node.append(map);
  node.append(advice);
  node.append(metersPanel(screen.meters));
  return {
    node,
    announce: `${quick ? 'Quick call' : 'Decision'}: ${screen.decision.title}`,
    seats: null,
    pick: (i) => {
      if (advice.hidden) return;
      const btn = buttons[i];
      const o = screen.options[i];
      if (btn && o) choose(o, btn);
    },
  };
}

function row(hooks: PlayHooks, r: DebriefRow): HTMLElement {
  const badge = h('span', { class: `badge ${r.matched ? 'badge-match' : 'badge-differ'}` }, r.matched ? 'Matched the record' : 'Differed from the record');
  if (r.kind === 'quick') {
    return h(
      'li',
      { class: 'debrief-row quick-row' },
      h('strong', null, `${r.title}: `),
      `you: ${r.student.label}; decided: ${r.historical.label}. `,
      badge,
      ' ',
      sourceButtons(hooks, r.history.citations),
    );
  }
  const li = h('li', { class: 'debrief-row' }, h('h3', null, r.title, ' ', badge));
  li.append(
    h(
      'div',
      { class: 'compare' },
      h(
        'div',
        { class: 'side side-student' },
        h('h4', null, 'Your advice'),
        h('p', null, r.student.label),
        h('p', { class: 'stance-line' }, `Stance: ${STANCE_LABEL[r.student.stance].toLowerCase()}`),
        r.student.raisedByChair
          ? h('p', { class: 'hint' }, 'The President raised this himself.')
          : r.student.unnamed
            ? h('p', { class: 'hint' }, 'Raised in the room; the record does not say by whom.')
            : r.student.alternative
              ? h('p', { class: 'hint' }, 'An alternative the game offers: nobody in the room raised it.')
              : '',
      ),
      h(
        'div',
        { class: 'side side-record' },
        h('h4', null, 'What was decided'),
        h('p', null, r.historical.label),
        r.historical.stance ? h('p', { class: 'stance-line' }, `Stance: ${STANCE_LABEL[r.historical.stance].toLowerCase()}`) : '',
        para(hooks.scenario, r.history.summary),
      ),
    ),
  );
  for (const c of r.history.citations) li.append(quoteBlock(hooks, c));
  if (r.history.later) {
    li.append(h('p', null, h('strong', null, 'How it ended later: '), richText(hooks.scenario, r.history.later.text)));
    for (const c of r.history.later.citations) li.append(quoteBlock(hooks, c));
  }
  const sides = r.sides.filter((s) => s.arguedBy.length > 0 || s.raisedByChair || s.unnamed);
  if (sides.length) {
    const who = (s: DebriefRow['sides'][number]) =>
      [
        ...(s.raisedByChair ? ['the President (his own proposal)'] : []),
        ...(s.unnamed ? ['someone the record does not name'] : []),
        ...new Set(s.arguedBy.map((a) => a.name)),
      ].join(', ');
    li.append(h('p', { class: 'who-argued' }, h('strong', null, 'Who argued what: '), sides.map((s, i) => `${i ? '; ' : ''}${s.label}: ${who(s)}`).join('')));
  }
  const moved = r.metersAfter
    .map((m, i) => ({ m, before: r.metersBefore[i]?.value ?? m.value }))
    .filter(({ m, before }) => m.value !== before)
    .map(({ m, before }) => `${m.label} ${before} → ${m.value}`);
  if (moved.length) li.append(h('p', { class: 'meters-moved' }, h('strong', null, 'Meters: '), moved.join('; ')));
  return li;
}

/** Whose advice the student followed: advisers, and apart from them the President's own proposals. */
function followedSection(d: Debrief): HTMLElement {
  const out = h('section', { class: 'followed', 'aria-labelledby': 'followed-h' }, h('h2', { id: 'followed-h' }, 'Whose advice you followed'));
  if (d.mostFollowed) {
    out.append(
      h(
        'p',
        null,
        h('strong', null, 'The adviser you followed most often: '),
        d.mostFollowed.people.map((p) => `${p.name} (${p.title})`).join(', '),
        ` — ${d.mostFollowed.count} of ${d.mostFollowed.of} answers.`,
      ),
    );
  } else {
    out.append(h('p', null, 'You did not choose any option an adviser argued in the record.'));
  }
  out.append(
    h(
      'p',
      null,
      d.chairCount > 0
        ? `You followed the President’s own proposal ${times(d.chairCount)} (of ${d.total} answers).`
        : 'You did not choose any option the President raised himself.',
      ' The President’s own proposals are counted apart from his advisers’.',
    ),
  );
  return out;
}

/** The student's stance profile beside the record's on the same questions: counts in words, bars as a picture only. */
function stanceSection(d: Debrief): HTMLElement {
  const p = d.stanceProfile;
  const cell = (n: number, pattern: string) => {
    const bar = svg('svg', { class: 'stance-bar', viewBox: '0 0 100 10', preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' });
    bar.append(svg('rect', { x: 0, y: 0, width: 100, height: 10, fill: '#fff', stroke: '#1E1E1E', 'stroke-width': 0.6 }));
    bar.append(svg('rect', { x: 0, y: 0, width: p.of ? (100 * n) / p.of : 0, height: 10, fill: meterFill(pattern) }));
    return h('td', null, h('span', { class: 'stance-count' }, `${n} of ${p.of}`), bar);
  };
  return h(
    'section',
    { class: 'stance-profile', 'aria-labelledby': 'stance-h' },
    h('h2', { id: 'stance-h' }, 'Firm or flexible: your stance'),
    h('p', null, `Every option sits on a scale. ${STANCE_SCALE} No stance is right: each one risked something different.`),
    h(
      'table',
      { class: 'stance-table' },
      h('caption', null, `Your answers beside what was decided, on the same ${p.of} question${p.of === 1 ? '' : 's'}`),
      h(
        'thead',
        null,
        h('tr', null, h('th', { scope: 'col' }, 'Stance'), h('th', { scope: 'col' }, 'Your answers'), h('th', { scope: 'col' }, 'What was decided')),
      ),
      h(
        'tbody',
        null,
        ...STANCES.map((st) => h('tr', null, h('th', { scope: 'row' }, STANCE_LABEL[st]), cell(p.student[st], 'solid'), cell(p.record[st], 'grid'))),
      ),
    ),
  );
}

export function renderDebrief(hooks: PlayHooks, d: Debrief): Rendered {
  const node = h('section', { class: 'screen debrief' });
  node.append(h('p', { class: 'stamp declassified', 'aria-hidden': 'true' }, 'DECLASSIFIED'));
  node.append(h('h1', { tabindex: '-1' }, 'Debrief: your advice beside the record'));
  node.append(
    h(
      'p',
      { class: 'debrief-summary' },
      `Your advice matched what was decided on ${d.matched} of ${d.total} questions${d.mode === 'short' ? ' (short game)' : ''}. No option is right or wrong: the point is to see what each path risked and gained.`,
    ),
  );
  if (d.ending) {
    const e = d.ending;
    node.append(
      h(
        'section',
        { class: 'ending-compare', 'aria-labelledby': 'end-h' },
        h('h2', { id: 'end-h' }, 'Your ending beside the historical outcome'),
        h(
          'div',
          { class: 'compare' },
          h(
            'div',
            { class: 'side side-student' },
            h('h3', null, 'Your ending'),
            h('p', null, h('strong', null, e.title), e.historical ? ' (the historical ending)' : ' (a counterfactual)'),
            para(hooks.scenario, e.text),
          ),
          h('div', { class: 'side side-record' }, h('h3', null, 'What happened'), para(hooks.scenario, e.history), ...citationList(hooks, e.citations)),
        ),
        e.because.choices.length
          ? h('p', null, h('strong', null, 'Why this ending: '), e.because.choices.map((c) => `${c.title}: ${c.label}`).join('; '), '.')
          : e.because.fallback
            ? h('p', null, 'None of the other endings’ conditions held, so the game reached this one.')
            : '',
      ),
    );
  }
  if (hooks.debriefExtras) node.append(h('div', { class: 'debrief-extras' }, hooks.debriefExtras(d)));
  node.append(h('h2', null, 'Question by question'));
  node.append(h('ol', { class: 'debrief-rows' }, ...d.rows.map((r) => row(hooks, r))));
  if (d.total > 0) {
    node.append(followedSection(d), stanceSection(d));
  }
  node.append(h('h2', null, 'Questions to think about'));
  node.append(h('ol', { class: 'reflections' }, ...d.reflections.slice(0, 3).map((q) => h('li', null, richText(hooks.scenario, q)))));
  if (d.limits.length) {
    node.append(
      h(
        'section',
        { class: 'limits', 'aria-labelledby': 'limits-h' },
        h('h2', { id: 'limits-h' }, 'What these records cannot tell us'),
        h('ul', null, ...d.limits.map((l) => h('li', null, richText(hooks.scenario, l)))),
      ),
    );
  }
  node.append(
    h(
      'div',
      { class: 'actions no-print' },
      h('button', { type: 'button', class: 'primary', onclick: () => hooks.send({ type: 'game.restart' }) }, 'Play again'),
      h('button', { type: 'button', onclick: () => hooks.toTitle() }, 'Back to the title'),
    ),
  );
  return { node, announce: 'Debrief', seats: null };
}
