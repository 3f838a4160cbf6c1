/**
 * Reading the records like a historian: the question for today (shown as play begins, kept on the meeting
 * summaries, answered in the debrief), the sourcing card of each kind of record (source viewer, about page),
 * "Compare the records" (two records of one meeting side by side, a few questions, the records' own words on
 * request) and the debrief's "How this game simplifies history".
 *
 * Everything here is optional and never blocks play: nothing sends a machine event. What the student writes
 * or picks is kept in this browser only (services/notes.ts), never in a results or resume code.
 */
import type { Comparison, RecordKind, Scenario } from '../core/scenario/schema';
import { createNotes, type ComparisonAnswer, type NoteField, type Notes } from '../services/notes';
import { probeStorage } from '../services/storage';
import { openDialog } from './dialog';
import { h } from './dom';
import { longDate, quoteBlock, type UiContext } from './parts';
import { para, richText } from './rich-text';
import { strings } from './strings';

const notesByScenario = new Map<string, Notes>();

/** The student's notes for this scenario (one store per page, over localStorage when it works). */
export function notesFor(scenarioId: string): Notes {
  let n = notesByScenario.get(scenarioId);
  if (!n) notesByScenario.set(scenarioId, (n = createNotes(probeStorage(), scenarioId)));
  return n;
}

/** For tests and a new page: forget the cached stores (the stored notes stay). */
export function resetNotesCache(): void {
  notesByScenario.clear();
}

function plain(scenario: Scenario, text: string): string {
  return richText(scenario, text).textContent ?? text;
}

/** "The question for today": a marked box with the scenario's central question (null when it has none). */
export function questionBox(scenario: Scenario, compact = false): HTMLElement | null {
  const q = scenario.presentation.centralQuestion;
  if (!q) return null;
  const say = strings.historian;
  return h(
    'section',
    { class: `central-question${compact ? ' central-question-compact' : ''}`, 'aria-labelledby': 'central-question-h' },
    h('h2', { id: 'central-question-h' }, say.questionHeading),
    para(scenario, q, 'central-question-text'),
    h('p', { class: 'hint' }, compact ? say.questionReminder : say.questionIntro),
  );
}

/** A labelled text box whose words are kept in this browser (never in a code) as the student types. */
function keptText(notes: Notes, field: NoteField, id: string, label: string, rows = 3, describedBy?: string): HTMLElement {
  const say = strings.historian;
  const box = h('textarea', { id, rows: String(rows), class: 'kept-text', 'aria-describedby': describedBy ? `${describedBy} ${id}-kept` : `${id}-kept` });
  box.value = notes.text(field);
  const status = h('p', { class: 'hint', id: `${id}-kept` }, notes.persistent ? say.keptHere : say.notKept);
  box.addEventListener('input', () => {
    notes.setText(field, box.value);
    status.textContent = notes.persistent ? say.keptHere : say.notKept;
  });
  return h('div', { class: 'field' }, h('label', { for: id }, label), box, status);
}

// ---------- Sourcing cards ----------

export function recordKindOf(scenario: Scenario, sourceKey: string): RecordKind | null {
  const id = scenario.sources[sourceKey]?.recordKind;
  return id ? (scenario.recordKinds.find((k) => k.id === id) ?? null) : null;
}

function kindFacts(scenario: Scenario, kind: RecordKind): HTMLElement {
  const say = strings.historian;
  const row = (term: string, text: string) => [h('dt', null, term), h('dd', null, richText(scenario, text))];
  return h(
    'dl',
    { class: 'kind-facts' },
    ...row(say.kindWho, kind.who),
    ...row(say.kindWhen, kind.when),
    ...row(say.kindShows, kind.shows),
    ...row(say.kindCannot, kind.cannotShow),
  );
}

/**
 * The sourcing card at the top of the source viewer: open (with a line saying so) the first time the student
 * opens a record of this kind, folded after that, always there.
 */
export function recordKindCard(scenario: Scenario, kind: RecordKind, first: boolean): HTMLElement {
  const say = strings.historian;
  return h(
    'details',
    { class: 'record-kind', open: first, 'data-kind': kind.id, 'data-first': first ? 'true' : 'false' },
    h('summary', null, say.kindAbout(plain(scenario, kind.name))),
    first ? h('p', { class: 'kind-first' }, say.kindFirst) : '',
    kindFacts(scenario, kind),
  );
}

/** The card for a source as the viewer shows it: records the sighting (first time: open). Null when the source names no kind. */
export function sourcingCardFor(scenario: Scenario, sourceKey: string): HTMLElement | null {
  const kind = recordKindOf(scenario, sourceKey);
  if (!kind) return null;
  const first = notesFor(scenario.id).firstSight(kind.id);
  return recordKindCard(scenario, kind, first);
}

/** Every kind's card, for the about page. */
export function kindsSection(scenario: Scenario): HTMLElement | null {
  if (!scenario.recordKinds.length) return null;
  const say = strings.historian;
  return h(
    'section',
    { class: 'record-kinds', 'aria-labelledby': 'kinds-h' },
    h('h2', { id: 'kinds-h' }, say.kindsHeading),
    h('p', null, say.kindsIntro),
    ...scenario.recordKinds.map((k) =>
      h('article', { class: 'record-kind-card', id: `kind-${k.id}` }, h('h3', null, richText(scenario, k.name)), kindFacts(scenario, k)),
    ),
  );
}

// ---------- Compare the records ----------

/** How many of a comparison's questions the student answered (wrote, picked, or opened the records' answer). */
export function answeredCount(notes: Notes, c: Comparison): number {
  return c.questions.filter((q) => {
    const a = notes.answer(c.id, q.id);
    return a.text.trim() !== '' || a.choice !== null || a.shown;
  }).length;
}

function recordCard(ctx: UiContext, key: string): HTMLElement {
  const sc = ctx.scenario;
  const src = sc.sources[key];
  const say = strings.historian;
  if (!src) return h('div', { class: 'side' }, key);
  const kind = recordKindOf(sc, key);
  const read = h('button', { type: 'button', class: 'source-btn', 'aria-label': say.readRecord(src.title) }, say.readRecordShort);
  read.addEventListener('click', () => ctx.openSource({ source: key, quote: '' }, read));
  return h(
    'div',
    { class: 'side compare-record' },
    h('h4', { lang: 'en' }, src.title),
    src.gloss ? h('p', { class: 'source-gloss' }, src.gloss) : '',
    h('p', null, kind ? say.kindLine(plain(sc, kind.name)) : '', longDate(src.date)),
    h('p', { class: 'source-meta' }, src.citation),
    h('p', null, read),
  );
}

function questionItem(ctx: UiContext, notes: Notes, c: Comparison, index: number): HTMLElement {
  const sc = ctx.scenario;
  const say = strings.historian;
  const q = c.questions[index]!;
  const base = `cmp-${c.id}-${q.id}`;
  const saved: ComparisonAnswer = notes.answer(c.id, q.id);
  const li = h('li', { class: 'compare-question', 'data-question': q.id }, h('h4', { id: `${base}-h` }, richText(sc, q.question)));
  if (q.choices.length) {
    const set = h('fieldset', { class: 'compare-choices' }, h('legend', null, say.yourChoice));
    q.choices.forEach((label, i) => {
      const id = `${base}-c${i}`;
      const input = h('input', { type: 'radio', id, name: base, value: String(i) });
      input.checked = saved.choice === i;
      input.addEventListener('change', () => {
        if (input.checked) notes.setAnswer(c.id, q.id, { choice: i });
      });
      set.append(h('div', { class: 'choice' }, input, h('label', { for: id }, richText(sc, label))));
    });
    li.append(set);
  }
  const box = h('textarea', { id: `${base}-text`, rows: '3', class: 'kept-text' });
  box.value = saved.text;
  box.addEventListener('input', () => notes.setAnswer(c.id, q.id, { text: box.value }));
  li.append(h('div', { class: 'field' }, h('label', { for: `${base}-text` }, say.yourAnswer), box));

  const answer = h('div', { class: 'compare-answer', id: `${base}-answer`, hidden: !saved.shown });
  answer.append(para(sc, q.answer));
  for (const cite of q.citations) answer.append(quoteBlock(ctx, cite));
  const toggle = h(
    'button',
    { type: 'button', class: 'reveal', 'aria-expanded': saved.shown ? 'true' : 'false', 'aria-controls': `${base}-answer` },
    saved.shown ? say.hideAnswer : say.showAnswer,
  );
  toggle.addEventListener('click', () => {
    const shown = answer.hidden;
    answer.hidden = !shown;
    toggle.setAttribute('aria-expanded', shown ? 'true' : 'false');
    toggle.textContent = shown ? say.hideAnswer : say.showAnswer;
    notes.setAnswer(c.id, q.id, { shown });
  });
  li.append(h('p', null, toggle), answer);
  return li;
}

/** The comparison in a dialog: the two records, then the questions; Escape, Close or Done leave at any time. */
export function openComparison(ctx: UiContext, c: Comparison, opener: HTMLElement | null, onClose?: () => void): HTMLDialogElement {
  const sc = ctx.scenario;
  const say = strings.historian;
  const notes = notesFor(sc.id);
  const close = h('button', { type: 'button', class: 'dialog-close' }, strings.common.close);
  const done = h('button', { type: 'button', class: 'primary compare-done' }, say.done);
  const dialog = openDialog(
    [
      h('div', { class: 'dialog-head' }, h('h2', { id: 'compare-title' }, richText(sc, c.title)), close),
      h('p', { id: 'compare-intro' }, richText(sc, c.intro)),
      h('h3', null, say.records),
      h('div', { class: 'compare' }, ...c.records.map((k) => recordCard(ctx, k))),
      h('h3', null, say.questions),
      h('ol', { class: 'compare-questions' }, ...c.questions.map((_, i) => questionItem(ctx, notes, c, i))),
      h('div', { class: 'dialog-actions' }, done),
    ],
    opener,
    { class: 'compare-dialog', labelledBy: 'compare-title', describedBy: 'compare-intro', closeWith: [close, done] },
  );
  dialog.dataset.comparison = c.id;
  if (onClose) dialog.addEventListener('close', onClose);
  return dialog;
}

/** One button per comparison, with how far the student got (updated when the dialog closes). */
function comparisonButtons(ctx: UiContext, list: readonly Comparison[]): HTMLElement {
  const sc = ctx.scenario;
  const say = strings.historian;
  const notes = notesFor(sc.id);
  return h(
    'ul',
    { class: 'compare-offers' },
    ...list.map((c) => {
      const progress = h('span', { class: 'hint compare-progress' }, ` ${say.compareProgress(answeredCount(notes, c), c.questions.length)}`);
      const btn = h('button', { type: 'button', class: 'compare-open', 'data-comparison': c.id }, say.compareButton(plain(sc, c.title)));
      btn.addEventListener('click', () =>
        openComparison(ctx, c, btn, () => {
          progress.textContent = ` ${say.compareProgress(answeredCount(notes, c), c.questions.length)}`;
        }),
      );
      return h('li', null, btn, progress);
    }),
  );
}

/**
 * The offer on a summary screen (`after` a meeting id) or on the epilogue (`after` "end"): a short optional
 * section before Continue. Null when nothing is offered here.
 */
export function comparisonOffer(ctx: UiContext, after: string): HTMLElement | null {
  const list = ctx.scenario.comparisons.filter((c) => c.after === after);
  if (!list.length) return null;
  const say = strings.historian;
  return h(
    'section',
    { class: 'compare-offer', 'aria-labelledby': `compare-offer-h` },
    h('h2', { id: 'compare-offer-h' }, say.compareHeading),
    h('p', null, after === 'end' ? say.compareEndOffer : say.compareOffer),
    comparisonButtons(ctx, list),
  );
}

// ---------- The debrief ----------

/** "How this game simplifies history": the meters, the options, the counterfactuals, the records' limits, and one question. */
function simplifiesSection(ctx: UiContext, notes: Notes): HTMLElement {
  const sc = ctx.scenario;
  const say = strings.historian;
  const meters = strings.screens.names(sc.meters.map((m) => plain(sc, m.label)));
  return h(
    'section',
    { class: 'simplifies', 'aria-labelledby': 'simplifies-h' },
    h('h2', { id: 'simplifies-h' }, say.simplifiesHeading),
    h('p', null, say.simplifiesIntro),
    h(
      'ul',
      null,
      h('li', null, say.meters(meters), ' ', say.metersLeaveOut),
      h('li', null, say.options),
      h('li', null, say.counterfactuals),
      h('li', null, say.recordsCannot),
    ),
    h('p', { class: 'judge-question', id: 'judge-q' }, h('strong', null, say.judgeQuestion)),
    keptText(notes, 'model', 'model-answer', say.judgeLabel, 3, 'judge-q'),
  );
}

function compareSection(ctx: UiContext): HTMLElement | null {
  if (!ctx.scenario.comparisons.length) return null;
  const say = strings.historian;
  return h(
    'section',
    { class: 'compare-records no-print', 'aria-labelledby': 'compare-records-h' },
    h('h2', { id: 'compare-records-h' }, say.compareHeading),
    h('p', null, say.compareDebrief),
    comparisonButtons(ctx, ctx.scenario.comparisons),
  );
}

function centralAnswerSection(ctx: UiContext, notes: Notes): HTMLElement | null {
  const q = ctx.scenario.presentation.centralQuestion;
  if (!q) return null;
  const say = strings.historian;
  return h(
    'section',
    { class: 'central-answer', 'aria-labelledby': 'central-answer-h' },
    h('h2', { id: 'central-answer-h' }, say.answerHeading),
    h('blockquote', { class: 'central-question-text' }, para(ctx.scenario, q)),
    h('p', null, say.answerIntro),
    keptText(notes, 'central', 'central-answer', say.answerLabel, 2),
  );
}

/** The debrief's historian sections, after the records' limits: how the game simplifies, compare the records, the question again. */
export function debriefSections(ctx: UiContext): HTMLElement[] {
  const notes = notesFor(ctx.scenario.id);
  return [simplifiesSection(ctx, notes), compareSection(ctx), centralAnswerSection(ctx, notes)].filter((x): x is HTMLElement => x !== null);
}
