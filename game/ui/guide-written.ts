/**
 * The teacher guide's part on the written answer: a 50-minute plan and the rubric (a guide section that prints
 * on a page of its own), and `#/guide/rubric`, a one-page handout with the question, the rubric, the documents
 * and the sentence starters, built from the scenario so it always matches what students see.
 */
import type { Scenario } from '../core/scenario/schema';
import { h } from './dom';
import { plainText } from './classroom-data';
import { planTable, printButton, section } from './guide';
import { strings } from './strings';
import './guide-written.css';

function rubricTable(scenario: Scenario): HTMLElement | null {
  const task = scenario.writtenTask;
  if (!task) return null;
  const say = strings.written.guide;
  const t = (x: string) => plainText(scenario, x);
  const [criterion, does, met] = say.rubricColumns;
  return h(
    'table',
    { class: 'guide-table rubric-table' },
    h('caption', null, say.rubricCaption),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, criterion), h('th', { scope: 'col' }, does), h('th', { scope: 'col' }, met))),
    h(
      'tbody',
      null,
      ...task.rubric.map((r) =>
        h('tr', null, h('th', { scope: 'row' }, t(r.criterion)), h('td', null, t(r.description)), h('td', { class: 'rubric-met' }, '')),
      ),
    ),
  );
}

/** The guide's section on the written answer, or null when the scenario has no written task. */
export function writtenGuideSection(scenario: Scenario): HTMLElement | null {
  const task = scenario.writtenTask;
  const question = scenario.presentation.centralQuestion;
  if (!task || !question) return null;
  const say = strings.written.guide;
  const out = section(
    'guide-written',
    say.title,
    h('p', null, say.intro(plainText(scenario, question), task.excerpts.length)),
    h('p', null, say.privacy),
    planTable(say.planCaption, say.rows),
    h('h3', null, say.rubricHeading),
    rubricTable(scenario),
    h('p', { class: 'no-print' }, h('a', { href: '#/guide/rubric' }, say.rubricLink)),
  );
  out.classList.add('guide-written');
  return out;
}

/** `#/guide/rubric`: the handout for the written answer. */
export function mountRubricPage(main: HTMLElement, scenario: Scenario | null): void {
  const say = strings.written.guide;
  const task = scenario?.writtenTask;
  const question = scenario?.presentation.centralQuestion;
  const links = h(
    'nav',
    { class: 'page-links', 'aria-label': strings.common.teacherPages },
    h('a', { href: '#/guide' }, say.backToGuide),
    h('a', { href: '#/' }, strings.common.backToTitle),
    printButton(say.print),
  );
  const page = h('article', { class: 'screen guide rubric-page wide', 'aria-labelledby': 'rubric-h1' });
  page.append(h('h1', { id: 'rubric-h1', tabindex: '-1' }, say.pageTitle), links);
  if (!scenario || !task || !question) {
    page.append(h('p', { class: 'notice' }, scenario ? say.noTask : strings.guide.notLoaded));
    main.append(page);
    return;
  }
  const t = (x: string) => plainText(scenario, x);
  const w = strings.written;
  page.append(
    h('p', { class: 'lead' }, say.pageLead),
    h('h2', null, w.questionHeading),
    h('p', { class: 'central-question' }, t(question)),
    h('p', null, t(task.intro)),
    h('h2', null, say.rubricHeading),
    rubricTable(scenario)!,
    h('h2', null, w.documentsHeading),
    h('p', null, w.documentsIntro),
    h(
      'ol',
      { class: 'rubric-documents' },
      ...task.excerpts.map((e, i) =>
        h(
          'li',
          null,
          h('p', { class: 'guide-item-title' }, h('strong', null, w.document(i + 1)), ': ', t(e.sourcing)),
          h(
            'blockquote',
            { class: 'guide-quote' },
            h('p', { lang: 'en' }, strings.common.quoted(e.citation.quote)),
            e.citation.translation ? h('p', { class: 'quote-translation' }, `${strings.parts.translation}: `, e.citation.translation) : null,
          ),
        ),
      ),
    ),
    h('h2', null, w.startersHeading),
    h('ul', { class: 'guide-list' }, ...task.starters.map((s) => h('li', null, t(s)))),
  );
  main.append(page);
}
