/**
 * The written answer after the debrief (a document-based question): an optional last step, offered at the end
 * of the debrief. Opening it puts the task in the debrief's place (the debrief stays in the page, hidden, and
 * comes back with "Back to the debrief"): the central question, the scenario's excerpts with their sourcing,
 * sentence starters, the rubric and a text box. The answer is kept through `hooks.written` as the student types
 * (localStorage, per scenario), printed with the report, and never part of a code.
 */
import type { WrittenTask } from '../../core/scenario/schema';
import type { AnswerStore } from '../../services/answer-store';
import { announce } from '../announce';
import { h } from '../dom';
import { quoteBlock, type UiContext } from '../parts';
import { richText } from '../rich-text';
import { strings } from '../strings';
import { countWords, insertStarter } from '../written-text';
import '../written.css';

/** The parts of the hooks the task needs. */
export interface WrittenHooks extends UiContext {
  written?: AnswerStore;
}

const words = (text: string) => countWords(text, strings.locale);

/** The answer as the printed report shows it: the question, the paragraphs, the word count and the rubric's names. */
function printedAnswer(ctx: UiContext, question: string, task: WrittenTask): { node: HTMLElement; update(text: string): void } {
  const say = strings.written;
  const body = h('div', { class: 'print-written-text' });
  const count = h('span', { class: 'print-written-count' });
  const node = h(
    'section',
    { class: 'print-written', 'aria-hidden': 'true' },
    h('h2', null, say.printHeading, ' ', count),
    h('p', null, h('strong', null, say.printQuestion), richText(ctx.scenario, question)),
    body,
    h(
      'p',
      { class: 'print-written-rubric' },
      h('strong', null, say.printRubric),
      ...task.rubric.map((r) => h('span', { class: 'rubric-box' }, '☐ ', richText(ctx.scenario, r.criterion))),
    ),
  );
  const update = (text: string) => {
    const paragraphs = text
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    body.replaceChildren(...paragraphs.map((p) => h('p', null, p)));
    count.textContent = say.printWords(words(text));
    node.hidden = paragraphs.length === 0;
  };
  return { node, update };
}

/** The task itself, in the debrief's place. */
function taskView(ctx: UiContext, question: string, task: WrittenTask, store: AnswerStore, changed: (text: string) => void, back: () => void): HTMLElement {
  const say = strings.written;
  const view = h('section', { class: 'screen written-task', 'aria-labelledby': 'written-h1' });
  const backButton = () => h('button', { type: 'button', class: 'written-back', onclick: back }, say.back);
  view.append(
    h('p', { class: 'kicker' }, say.kicker),
    h('h1', { id: 'written-h1', tabindex: '-1' }, say.heading),
    h('p', null, richText(ctx.scenario, task.intro)),
    h('p', { class: 'hint' }, say.skipNote),
    h('div', { class: 'actions written-top-actions' }, backButton()),
    h(
      'section',
      { class: 'written-question', 'aria-labelledby': 'written-q-h' },
      h('h2', { id: 'written-q-h' }, say.questionHeading),
      h('p', { class: 'central-question' }, richText(ctx.scenario, question)),
    ),
  );

  const docs = h('ol', { class: 'written-documents' });
  task.excerpts.forEach((e, i) => {
    const id = `written-doc-${i + 1}`;
    docs.append(
      h(
        'li',
        null,
        h(
          'article',
          { class: 'written-document', 'aria-labelledby': id },
          h('h3', { id }, say.document(i + 1)),
          h('p', { class: 'sourcing' }, richText(ctx.scenario, e.sourcing)),
          quoteBlock(ctx, e.citation),
        ),
      ),
    );
  });
  view.append(
    h(
      'section',
      { class: 'written-docs', 'aria-labelledby': 'written-docs-h' },
      h('h2', { id: 'written-docs-h' }, say.documentsHeading),
      h('p', null, say.documentsIntro),
      docs,
    ),
  );

  const box = h('textarea', {
    id: 'written-answer',
    class: 'written-answer',
    rows: 12,
    spellcheck: 'true',
    'aria-describedby': 'written-hint written-count',
  });
  box.value = store.load();
  const count = h('p', { id: 'written-count', class: 'word-count' });
  const kept = h('p', { id: 'written-hint', class: 'hint' }, store.persistent ? say.answerHint : say.notKept);
  const refresh = () => {
    count.textContent = say.words(words(box.value));
  };
  const keep = () => {
    const wasKept = store.persistent;
    store.save(box.value);
    if (wasKept && !store.persistent) {
      kept.textContent = say.notKept;
      kept.classList.add('notice');
    }
    refresh();
    changed(box.value);
  };
  box.addEventListener('input', keep);
  refresh();

  const starters = h(
    'ul',
    { class: 'starters' },
    ...task.starters.map((s) => {
      const b = h('button', { type: 'button', class: 'starter-btn' }, s);
      b.addEventListener('click', () => {
        const next = insertStarter(box.value, box.selectionStart, box.selectionEnd, s);
        box.value = next.text;
        box.focus();
        box.setSelectionRange(next.caret, next.caret);
        keep();
      });
      return h('li', null, b);
    }),
  );

  const rubric = h(
    'aside',
    { class: 'written-rubric', 'aria-labelledby': 'written-rubric-h' },
    h('h3', { id: 'written-rubric-h' }, say.rubricHeading),
    h('p', { class: 'hint' }, say.rubricIntro),
    h('dl', null, ...task.rubric.flatMap((r) => [h('dt', null, richText(ctx.scenario, r.criterion)), h('dd', null, richText(ctx.scenario, r.description))])),
  );

  view.append(
    h(
      'section',
      { class: 'written-write', 'aria-labelledby': 'written-write-h' },
      h('h2', { id: 'written-write-h' }, say.writeHeading),
      h(
        'div',
        { class: 'write-grid' },
        h(
          'div',
          { class: 'write-main' },
          h('label', { for: 'written-answer', class: 'answer-label' }, say.answerLabel),
          box,
          count,
          kept,
          h('h3', { id: 'written-starters-h' }, say.startersHeading),
          h('p', { class: 'hint' }, say.startersHint),
          starters,
        ),
        rubric,
      ),
    ),
  );

  const print = h('button', { type: 'button', class: 'print-btn' }, say.print);
  print.addEventListener('click', () => window.print());
  view.append(h('div', { class: 'actions' }, h('button', { type: 'button', class: 'primary written-back', onclick: back }, say.back), print));
  return view;
}

/**
 * What the debrief adds for the written task: the optional step at its end, and the print-only answer (for the
 * printed report). Nothing when the scenario has no task or no central question, or the game has no answer store.
 */
export function writtenParts(hooks: WrittenHooks, debrief: HTMLElement): HTMLElement[] {
  const task = hooks.scenario.writtenTask;
  const question = hooks.scenario.presentation.centralQuestion;
  const store = hooks.written;
  if (!task || !question || !store) return [];
  const say = strings.written;
  let text = store.load();
  const printed = printedAnswer(hooks, question, task);
  printed.update(text);

  const started = h('p', { class: 'hint written-started' });
  const open = h('button', { type: 'button', class: 'primary written-open' });
  const refresh = () => {
    const n = text.trim() ? words(text) : 0;
    open.textContent = n ? say.goOn : say.open;
    started.textContent = n ? say.started(n) : '';
    started.hidden = n === 0;
  };
  refresh();

  let view: HTMLElement | null = null;
  const back = () => {
    view?.remove();
    view = null;
    debrief.hidden = false;
    refresh();
    open.focus();
    announce(strings.debrief.title);
  };
  open.addEventListener('click', () => {
    view = taskView(
      hooks,
      question,
      task,
      store,
      (t) => {
        text = t;
        printed.update(t);
      },
      back,
    );
    debrief.after(view);
    debrief.hidden = true;
    window.scrollTo({ top: 0 });
    (view.querySelector('h1') as HTMLElement).focus({ preventScroll: true });
    announce(say.title);
  });

  const step = h(
    'section',
    { class: 'written-step no-print', 'aria-labelledby': 'written-step-h' },
    h('h2', { id: 'written-step-h' }, say.stepHeading),
    h('p', null, say.stepIntro),
    started,
    h('div', { class: 'actions' }, open),
  );
  return [step, printed.node];
}
