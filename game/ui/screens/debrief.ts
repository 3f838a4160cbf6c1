/** The debrief: the student's advice beside the record, question by question, the ending, whose advice was followed. */
import { assertNever } from '../../core/machine/screens';
import { STANCES, type Debrief, type DebriefRow } from '../../core/machine/selectors';
import { cuesForScreen } from '../../services/audio';
import { h, s as svg } from '../dom';
import { para, richText } from '../rich-text';
import { meterFill, quoteBlock, sourceButtons } from '../parts';
import { strings } from '../strings';
import { debriefSections } from '../historian';
import { citationList, type PlayHooks, type Rendered, type ScreenModule } from './common';
import { writtenParts } from './written-task';

function row(hooks: PlayHooks, r: DebriefRow): HTMLElement {
  const badge = h('span', { class: `badge ${r.matched ? 'badge-match' : 'badge-differ'}` }, strings.debrief.badge(r.matched));
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
    strings.debrief.quickLine(r.student.label, r.historical.label),
    badge,
    ' ',
    sourceButtons(hooks, r.history.citations),
    classSplit(hooks, r),
  );
}

/**
 * Projector mode: the class's show of hands on a question ("Class: 14 for …, 9 for …."), beside the record;
 * nothing in a student's game.
 */
function classSplit(hooks: PlayHooks, r: DebriefRow): HTMLElement | '' {
  const vote = hooks.projector?.vote(r.decisionId);
  if (!vote) return '';
  const say = strings.projector;
  const options = hooks.scenario.decisions.find((d) => d.id === r.decisionId)?.options ?? [];
  const parts = options.map((o) => ({ label: o.label, hands: vote.counts[o.id] ?? 0 })).filter((p) => p.hands > 0);
  const how = vote.how === 'tie' ? say.tieNote : vote.how === 'teacher' ? say.teacherNote : '';
  return h('p', { class: 'class-split', 'data-decision': r.decisionId }, parts.length ? say.split(parts) + how : say.noCount);
}

function fullRow(hooks: PlayHooks, r: DebriefRow, badge: HTMLElement): HTMLElement {
  const say = strings.debrief;
  const stance = strings.common.stance;
  const li = h('li', { class: 'debrief-row' }, h('h3', null, r.title, ' ', badge));
  li.append(
    h(
      'div',
      { class: 'compare' },
      h(
        'div',
        { class: 'side side-student' },
        h('h4', null, hooks.projector ? strings.projector.debriefAdvice : say.yourAdvice),
        h('p', null, r.student.label),
        classSplit(hooks, r),
        h('p', { class: 'stance-line' }, say.stanceLine(stance[r.student.stance])),
        r.student.raisedByChair
          ? h('p', { class: 'hint' }, say.chair)
          : r.student.unnamed
            ? h('p', { class: 'hint' }, strings.screens.raisedUnnamed)
            : r.student.alternative
              ? h('p', { class: 'hint' }, say.alternative)
              : '',
      ),
      h(
        'div',
        { class: 'side side-record' },
        h('h4', null, say.decided),
        h('p', null, r.historical.label),
        r.historical.stance ? h('p', { class: 'stance-line' }, say.stanceLine(stance[r.historical.stance])) : '',
        para(hooks.scenario, r.history.summary),
      ),
    ),
  );
  for (const c of r.history.citations) li.append(quoteBlock(hooks, c));
  if (r.history.later) {
    li.append(h('p', null, h('strong', null, say.later), richText(hooks.scenario, r.history.later.text)));
    for (const c of r.history.later.citations) li.append(quoteBlock(hooks, c));
  }
  const sides = r.sides.filter((s) => s.arguedBy.length > 0 || s.raisedByChair || s.unnamed);
  if (sides.length) {
    const who = (s: DebriefRow['sides'][number]) => say.arguedBy(s.raisedByChair, s.unnamed, [...new Set(s.arguedBy.map((a) => a.name))]);
    li.append(h('p', { class: 'who-argued' }, h('strong', null, say.whoArgued), say.sides(sides.map((s) => ({ label: s.label, who: who(s) })))));
  }
  const moved = r.metersAfter
    .map((m, i) => ({ m, before: r.metersBefore[i]?.value ?? m.value }))
    .filter(({ m, before }) => m.value !== before)
    .map(({ m, before }) => say.meterMoved(m.label, before, m.value));
  if (moved.length) li.append(h('p', { class: 'meters-moved' }, h('strong', null, say.meters), moved.join('; ')));
  return li;
}

/** Whose advice the student followed: advisers, and apart from them the President's own proposals. */
function followedSection(d: Debrief): HTMLElement {
  const say = strings.debrief;
  const out = h('section', { class: 'followed', 'aria-labelledby': 'followed-h' }, h('h2', { id: 'followed-h' }, say.followedHeading));
  if (d.mostFollowed) {
    out.append(
      h(
        'p',
        null,
        h('strong', null, say.mostOften),
        d.mostFollowed.people.map((p) => say.adviser(p.name, p.title)).join(', '),
        say.mostOftenCount(d.mostFollowed.count, d.mostFollowed.of),
      ),
    );
  } else {
    out.append(h('p', null, say.noAdviser));
  }
  out.append(h('p', null, d.chairCount > 0 ? say.chairFollowed(d.chairCount, d.total) : say.noChair, say.chairApart));
  return out;
}

/** The student's stance profile beside the record's on the same questions: counts in words, bars as a picture only. */
function stanceSection(d: Debrief): HTMLElement {
  const say = strings.debrief;
  const p = d.stanceProfile;
  const cell = (n: number, pattern: string) => {
    const bar = svg('svg', { class: 'stance-bar', viewBox: '0 0 100 10', preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' });
    bar.append(svg('rect', { x: 0, y: 0, width: 100, height: 10, fill: '#fff', stroke: '#1E1E1E', 'stroke-width': 0.6 }));
    bar.append(svg('rect', { x: 0, y: 0, width: p.of ? (100 * n) / p.of : 0, height: 10, fill: meterFill(pattern) }));
    return h('td', null, h('span', { class: 'stance-count' }, say.countOf(n, p.of)), bar);
  };
  return h(
    'section',
    { class: 'stance-profile', 'aria-labelledby': 'stance-h' },
    h('h2', { id: 'stance-h' }, say.stanceHeading),
    h('p', null, say.stanceIntro(strings.common.stanceScale)),
    h(
      'table',
      { class: 'stance-table' },
      h('caption', null, say.stanceCaption(p.of)),
      h('thead', null, h('tr', null, ...say.stanceColumns.map((c) => h('th', { scope: 'col' }, c)))),
      h(
        'tbody',
        null,
        ...STANCES.map((st) => h('tr', null, h('th', { scope: 'row' }, strings.common.stance[st]), cell(p.student[st], 'solid'), cell(p.record[st], 'grid'))),
      ),
    ),
  );
}

/** The debrief: the student's advice beside the record, question by question, then the ending and the reflections. */
export function renderDebrief(hooks: PlayHooks, d: Debrief): Rendered {
  const say = strings.debrief;
  const node = h('section', { class: 'screen debrief' });
  node.append(h('p', { class: 'stamp declassified', 'aria-hidden': 'true' }, say.stamp));
  node.append(h('h1', { tabindex: '-1' }, say.heading));
  node.append(h('p', { class: 'debrief-summary' }, say.summary(d.matched, d.total, d.mode === 'short')));
  if (hooks.projector) node.append(h('p', { class: 'class-note' }, strings.projector.debriefNote));
  if (d.ending) {
    const e = d.ending;
    node.append(
      h(
        'section',
        { class: 'ending-compare', 'aria-labelledby': 'end-h' },
        h('h2', { id: 'end-h' }, say.endingHeading),
        h(
          'div',
          { class: 'compare' },
          h(
            'div',
            { class: 'side side-student' },
            h('h3', null, say.yourEnding),
            h('p', null, h('strong', null, e.title), say.endingKind(e.historical)),
            para(hooks.scenario, e.text),
          ),
          h('div', { class: 'side side-record' }, h('h3', null, strings.parts.happened), para(hooks.scenario, e.history), ...citationList(hooks, e.citations)),
        ),
        e.because.choices.length
          ? h('p', null, h('strong', null, say.whyEnding), say.because(e.because.choices), '.')
          : e.because.fallback
            ? h('p', null, say.fallback)
            : '',
      ),
    );
  }
  if (hooks.debriefExtras) node.append(h('div', { class: 'debrief-extras' }, hooks.debriefExtras(d)));
  node.append(h('h2', null, say.byQuestion));
  node.append(h('ol', { class: 'debrief-rows' }, ...d.rows.map((r) => row(hooks, r))));
  if (d.total > 0) {
    node.append(followedSection(d), stanceSection(d));
  }
  node.append(h('h2', null, say.questions));
  node.append(h('ol', { class: 'reflections' }, ...d.reflections.slice(0, 3).map((q) => h('li', null, richText(hooks.scenario, q)))));
  if (d.limits.length) {
    node.append(
      h(
        'section',
        { class: 'limits', 'aria-labelledby': 'limits-h' },
        h('h2', { id: 'limits-h' }, say.limits),
        h('ul', null, ...d.limits.map((l) => h('li', null, richText(hooks.scenario, l)))),
      ),
    );
  }
  // Reading like a historian: how the game simplifies, compare the records, the question for today again.
  node.append(...debriefSections(hooks));
  node.append(...writtenParts(hooks, node));
  node.append(
    h(
      'div',
      { class: 'actions no-print' },
      h('button', { type: 'button', class: 'primary', onclick: () => hooks.send({ type: 'game.restart' }) }, say.playAgain),
      h('button', { type: 'button', onclick: () => hooks.toTitle() }, strings.common.backToTitle),
    ),
  );
  return { node, announce: say.title };
}

export const debrief: ScreenModule<'debrief'> = {
  render: (hooks, screen) => renderDebrief(hooks, screen.debrief),
  where: () => strings.debrief.title,
  announce: () => strings.debrief.title,
  cues: () => cuesForScreen('debrief'),
};
