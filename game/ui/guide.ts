/**
 * The teacher guide (`#/guide`): lesson plans, hosting, objectives, and the parts built from the scenario
 * itself (discussion questions, answer key with the record's words, vocabulary, the records to read), so
 * the guide never disagrees with the game. Printable: print.css drops the controls.
 */
import { historicalPath } from '../core/rules/engine';
import { stanceCounts } from '../core/rules/stance';
import { optionSponsors } from '../core/rules/debrief';
import type { Decision, Scenario } from '../core/scenario/schema';
import { h } from './dom';
import { longDate } from './parts';
import { plainText } from './classroom-data';
import { strings } from './strings';
import { writtenGuideSection } from './guide-written';

export function section(id: string, title: string, ...children: (Node | string | null)[]): HTMLElement {
  return h('section', { class: 'guide-section', 'aria-labelledby': id }, h('h2', { id }, title), ...children);
}

/** Catalogue text with `code` between backticks, as text and <code> elements. */
function withCode(text: string): (Node | string)[] {
  return text.split('`').map((part, i) => (i % 2 === 1 ? h('code', null, part) : part));
}

export function planTable(caption: string, rows: readonly [string, string, string][]): HTMLElement {
  const [time, phase, what] = strings.guide.plans.columns;
  return h(
    'table',
    { class: 'guide-table plan-table' },
    h('caption', null, caption),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, time), h('th', { scope: 'col' }, phase), h('th', { scope: 'col' }, what))),
    h(
      'tbody',
      null,
      ...rows.map(([time, phase, what]) => h('tr', null, h('td', null, time), h('th', { scope: 'row' }, phase), h('td', null, ...withCode(what)))),
    ),
  );
}

export function printButton(label = strings.guide.print): HTMLButtonElement {
  const b = h('button', { type: 'button', class: 'print-btn' }, label);
  b.addEventListener('click', () => window.print());
  return b;
}

function byMeeting(scenario: Scenario): { heading: string; decisions: Decision[] }[] {
  return scenario.meetings.map((m) => ({
    heading: strings.guide.meetingHeading(m.number, longDate(m.date)),
    decisions: scenario.decisions.filter((d) => d.meeting === m.id),
  }));
}

function discussion(scenario: Scenario): HTMLElement {
  const t = (x: string) => plainText(scenario, x);
  const say = strings.guide.discussion;
  const out = section('guide-discussion', say.title, h('p', null, say.intro));
  for (const group of byMeeting(scenario)) {
    out.append(h('h3', null, group.heading));
    const list = h('ol', { class: 'guide-list' });
    for (const d of group.decisions) {
      list.append(
        h(
          'li',
          null,
          h(
            'p',
            { class: 'guide-item-title' },
            h('strong', null, t(d.title)),
            d.kind === 'quick' ? say.quick : '',
            scenario.shortMode.includes(d.id) ? say.inShort : '',
          ),
          h('p', null, h('em', null, say.asked), t(d.question)),
          h('p', null, h('em', null, say.discuss), t(d.reflection)),
        ),
      );
    }
    out.append(list);
  }
  return out;
}

/** Counts from the scenario itself, so the guide never claims a number the content does not have. */
function contentFacts(scenario: Scenario) {
  const options = scenario.decisions.flatMap((d) => d.options);
  const counterfactuals = [...options.map((o) => o.consequence), ...scenario.events.map((e) => e.consequence)].filter((c) => c.kind === 'counterfactual');
  const path = historicalPath(scenario, 'full');
  const recordStances = stanceCounts(scenario, path).record;
  return {
    options: options.length,
    adviserOptions: options.filter((o) => optionSponsors(scenario, o).advisers.length > 0).length,
    chairOptions: options.filter((o) => optionSponsors(scenario, o).chair.length > 0).length,
    alternatives: options.filter((o) => optionSponsors(scenario, o).nobody).length,
    unnamed: options.filter((o) => o.unnamed).length,
    counterfactuals: counterfactuals.length,
    quotedBasis: counterfactuals.filter((c) => c.basis && c.basis.citations.length > 0).length,
    guessBasis: counterfactuals.filter((c) => c.basis && c.basis.citations.length === 0).length,
    otherSide: scenario.meetings.reduce((n, m) => n + m.otherSide.length, 0),
    recordStances,
    pathLength: path.length,
  };
}

/** What students see besides the advice itself, and how to read it: built from the scenario. */
function howToRead(scenario: Scenario): HTMLElement {
  const f = contentFacts(scenario);
  const say = strings.guide.howToRead;
  const out = section(
    'guide-how',
    say.title,
    h('h3', null, say.whoRaisedHeading),
    h('p', null, say.whoRaised(f)),
    h('h3', null, say.stanceHeading),
    h('p', null, say.stance(strings.common.stanceScale, f.pathLength, f.recordStances)),
    h('h3', null, say.happenedHeading),
    h('p', null, say.happened(f.counterfactuals, f.quotedBasis, f.guessBasis)),
    h('h3', null, say.otherSideHeading),
    h('p', null, say.otherSide(f.otherSide)),
    h('h3', null, say.limitsHeading),
    h('p', null, say.limits),
    h('ul', { class: 'guide-list' }, ...scenario.limits.map((l) => h('li', null, plainText(scenario, l)))),
  );
  return out;
}

/** A quotation in the guide: the record's words, and the record it comes from (a link to its text). */
function guideQuote(scenario: Scenario, c: { source: string; quote: string; note?: string | undefined }): HTMLElement {
  const src = scenario.sources[c.source];
  return h(
    'blockquote',
    { class: 'guide-quote' },
    h('p', null, strings.common.quoted(c.quote)),
    h('footer', null, '— ', src ? h('a', { href: `scenarios/sources/${src.file}` }, src.title) : c.source, c.note ? ` (${c.note})` : ''),
  );
}

function answerKey(scenario: Scenario): HTMLElement {
  const t = (x: string) => plainText(scenario, x);
  const say = strings.guide.answers;
  const out = section('guide-answers', say.title, h('p', null, say.intro));
  const cite = (c: { source: string; quote: string; note?: string | undefined }) => guideQuote(scenario, c);
  for (const group of byMeeting(scenario)) {
    out.append(h('h3', null, group.heading));
    for (const d of group.decisions) {
      const hist = d.options.find((o) => o.id === d.history.option);
      const notes = hist ? [say.stance(strings.common.stance[hist.stance]), ...(optionSponsors(scenario, hist).chair.length ? [say.chairProposal] : [])] : [];
      const item = h(
        'div',
        { class: 'answer' },
        h(
          'p',
          { class: 'guide-item-title' },
          h('strong', null, t(d.title)),
          ': ',
          hist ? hist.label : d.history.option,
          notes.length ? ` (${notes.join('; ')})` : '',
        ),
        h('p', null, t(d.history.summary)),
        ...d.history.citations.map(cite),
      );
      if (d.history.later) {
        item.append(h('p', null, h('em', null, say.later), t(d.history.later.text)), ...d.history.later.citations.map(cite));
      }
      out.append(item);
    }
  }
  return out;
}

/** "Compare the records": each question with the choices offered and the answer students see, in the records' own words. */
function comparisonAnswers(scenario: Scenario): HTMLElement | null {
  if (!scenario.comparisons.length) return null;
  const t = (x: string) => plainText(scenario, x);
  const say = strings.historian;
  const out = section('guide-compare', say.guideHeading, h('p', null, say.guideIntro));
  for (const c of scenario.comparisons) {
    const [a, b] = c.records.map((k) => scenario.sources[k]?.title ?? k);
    out.append(h('h3', null, t(c.title)), h('p', null, say.guideRecords(a ?? '', b ?? '')));
    const list = h('ol', { class: 'guide-list' });
    for (const q of c.questions) {
      list.append(
        h(
          'li',
          { class: 'answer' },
          h('p', { class: 'guide-item-title' }, h('strong', null, t(q.question))),
          q.choices.length ? h('p', null, say.guideChoices(q.choices.map(t).join('; '))) : '',
          h('p', null, t(q.answer)),
          ...q.citations.map((cite) => guideQuote(scenario, cite)),
        ),
      );
    }
    out.append(list);
  }
  return out;
}

function vocabulary(scenario: Scenario): HTMLElement {
  const terms = [...scenario.glossary].sort((a, b) => a.term.localeCompare(b.term));
  const say = strings.guide.vocabulary;
  return section(
    'guide-vocab',
    say.title,
    h('p', null, say.intro),
    h('dl', { class: 'glossary' }, ...terms.flatMap((g) => [h('dt', null, g.term), h('dd', null, g.definition)])),
  );
}

function reading(scenario: Scenario): HTMLElement {
  const say = strings.guide.reading;
  const kinds = (['meeting', 'background', 'aftermath'] as const).map((kind) => ({ kind, ...say.kinds[kind] }));
  const out = section('guide-reading', say.title, h('p', null, say.intro));
  const all = Object.values(scenario.sources);
  for (const k of kinds) {
    const list = all.filter((s) => s.kind === k.kind).sort((a, b) => a.date.localeCompare(b.date));
    if (!list.length) continue;
    out.append(
      h('h3', null, k.title),
      h('p', null, k.intro),
      h(
        'ul',
        { class: 'reading-list' },
        ...list.map((s) => h('li', null, h('a', { href: `scenarios/sources/${s.file}` }, s.title), say.entry(longDate(s.date), s.citation))),
      ),
    );
  }
  return out;
}

export function mountGuide(main: HTMLElement, scenario: Scenario | null): void {
  const say = strings.guide;
  const fullCount = scenario ? historicalPath(scenario, 'full').length : null;
  const shortCount = scenario ? scenario.shortMode.length : null;
  const meetings = scenario ? scenario.meetings.map((m) => say.meetingOn(m.number, longDate(m.date))).join(', ') : null;
  const links = (label: string) =>
    h(
      'nav',
      { class: 'page-links', 'aria-label': label },
      h('a', { href: '#/class' }, strings.common.classResults),
      h('a', { href: '#/' }, strings.common.backToTitle),
      printButton(),
    );

  const page = h('article', { class: 'screen guide wide', 'aria-labelledby': 'guide-h1' });
  page.append(h('h1', { id: 'guide-h1', tabindex: '-1' }, say.title), links(strings.common.teacherPages), h('p', { class: 'lead' }, say.lead));
  if (scenario && fullCount !== null) {
    page.append(h('p', null, say.overview(scenario.meetings.length, meetings ?? '', fullCount, shortCount ?? 0)));
  } else {
    page.append(h('p', { class: 'notice' }, say.notLoaded));
  }

  page.append(
    section('guide-objectives', say.objectives.title, h('p', null, say.objectives.intro), h('ul', null, ...say.objectives.items.map((o) => h('li', null, o)))),
  );

  const plans = say.plans;
  page.append(
    section(
      'guide-plans',
      plans.title,
      planTable(plans.full.caption, plans.full.rows),
      planTable(plans.short.caption, [plans.short.setUp, plans.short.play(shortCount), ...plans.short.rest]),
      planTable(plans.projector.caption, plans.projector.rows),
      h('p', null, plans.projector.note),
      h('p', null, plans.homework),
    ),
  );
  const written = scenario ? writtenGuideSection(scenario) : null;
  if (written) page.append(written);

  const hosting = say.hosting;
  page.append(
    section(
      'guide-hosting',
      hosting.title,
      h('p', null, hosting.intro),
      h(
        'ol',
        null,
        h('li', null, h('strong', null, hosting.staticHost), ...withCode(hosting.staticHow)),
        h('li', null, h('strong', null, hosting.laptop), ...withCode(hosting.laptopHow)),
      ),
      h('p', null, hosting.links),
    ),
  );

  const results = say.results;
  page.append(
    section(
      'guide-results',
      results.title,
      h('p', null, results.codes(scenario ? scenario.presentation.codePrefix : null)),
      h('p', null, results.openBefore, h('a', { href: '#/class' }, results.openLink), results.openAfter),
    ),
  );

  if (scenario)
    page.append(howToRead(scenario), discussion(scenario), answerKey(scenario), comparisonAnswers(scenario) ?? '', vocabulary(scenario), reading(scenario));

  const c3 = say.c3;
  page.append(
    section(
      'guide-c3',
      c3.title,
      h('p', null, c3.intro),
      h(
        'table',
        { class: 'guide-table c3-table' },
        h('thead', null, h('tr', null, ...c3.columns.map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', null, ...c3.items.map((a) => h('tr', null, h('th', { scope: 'row' }, a.code), h('td', null, a.gist), h('td', null, a.inGame)))),
      ),
    ),
  );

  page.append(
    section('guide-privacy', say.privacy.title, h('ul', null, ...say.privacy.items.map((i) => h('li', null, i)))),
    section(
      'guide-a11y',
      say.accessibility.title,
      h('p', null, say.accessibility.intro),
      h('ul', null, ...say.accessibility.items.map((i) => h('li', null, i))),
      h('p', null, say.accessibility.report),
    ),
  );

  page.append(links(say.endNav));
  main.append(page);
}
