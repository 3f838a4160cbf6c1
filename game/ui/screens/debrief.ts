/** The debrief: the student's advice beside the record, question by question, the ending, whose advice was followed. */
import { assertNever } from '../../core/machine/screens';
import { STANCES, type Debrief, type DebriefRow } from '../../core/machine/selectors';
import { cuesForScreen } from '../../services/audio';
import { h, s as svg } from '../dom';
import { para, richText } from '../rich-text';
import { meterFill, quoteBlock, sourceButtons, STANCE_LABEL, STANCE_SCALE } from '../parts';
import { citationList, type PlayHooks, type Rendered, type ScreenModule } from './common';

function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

function row(hooks: PlayHooks, r: DebriefRow): HTMLElement {
  const badge = h('span', { class: `badge ${r.matched ? 'badge-match' : 'badge-differ'}` }, r.matched ? 'Matched the record' : 'Differed from the record');
  switch (r.kind) {
    case 'quick':
      return quickRow(hooks, r, badge);
    case 'decision':
      return fullRow(hooks, r, badge);
    default:
      return assertNever(r.kind, 'decision kind');
  }
}

/** A quick call takes one line. */
function quickRow(hooks: PlayHooks, r: DebriefRow, badge: HTMLElement): HTMLElement {
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

function fullRow(hooks: PlayHooks, r: DebriefRow, badge: HTMLElement): HTMLElement {
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

/** The debrief: the student's advice beside the record, question by question, then the ending and the reflections. */
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

export const debrief: ScreenModule<'debrief'> = {
  render: (hooks, screen) => renderDebrief(hooks, screen.debrief),
  where: () => 'Debrief',
  announce: () => 'Debrief',
  cues: () => cuesForScreen('debrief'),
};
