/**
 * Projector mode on a decision screen: a row of hands beside each option (a number box with − and +), "Go with
 * the class" (the option with the most hands), and on a tie a short list of the tied options for the teacher to
 * choose from. The counting rule is the core's (core/rules/class-vote.ts); the hands are kept beside the save
 * through the projector hooks, so a reload keeps what was typed.
 */
import type { OptionView } from '../../core/machine/selectors';
import { cleanCount, step, voteOutcome, type ClassVote, type VoteHow } from '../../core/rules/class-vote';
import { h } from '../dom';
import { strings } from '../strings';
import { listNames, type ProjectorHooks } from './common';

export interface VotePanel {
  /** The form around the option list (Enter in a box goes with the class). */
  form: HTMLFormElement;
  /** Go with the class: the majority, a tie to settle, or nothing yet (false). */
  goWithClass(): boolean;
  /** Whether any hands are typed in. */
  hasHands(): boolean;
  /** The tie panel is open: the clicker moves among the tied options and chooses one. */
  tieOpen(): boolean;
  tieStep(by: 1 | -1): void;
  tieChoose(): boolean;
  /** The vote to keep when an option is played. */
  voteFor(optionId: string): ClassVote;
}

/**
 * Builds the hands rows into each option's list item and returns the form that holds them. `play` gives the class's
 * answer (it records the vote and sends the advice).
 */
export function votePanel(
  projector: ProjectorHooks,
  decisionId: string,
  options: readonly OptionView[],
  items: readonly HTMLElement[],
  optionList: HTMLElement,
  play: (optionId: string) => void,
): VotePanel {
  const say = strings.projector;
  const kept = projector.counts(decisionId);
  const inputs: HTMLInputElement[] = [];
  const status = h('p', { class: 'tally-status', role: 'status' });
  const tie = h('div', { class: 'tie-panel', role: 'group', 'aria-labelledby': 'tie-h', hidden: true });
  let tieIndexes: number[] = [];
  let tieMark = -1;

  const counts = () => inputs.map((i) => cleanCount(i.value));
  const countsById = () => Object.fromEntries(options.map((o, i) => [o.id, counts()[i] ?? 0]));
  const describe = () => {
    const out = voteOutcome(counts());
    if (out.kind === 'none') status.textContent = say.noHands;
    else if (out.kind === 'winner') status.textContent = say.leading(options[out.index]!.label, out.hands, out.total);
    else status.textContent = say.tied(listNames(out.indexes.map((i) => options[i]!.label)), out.hands);
  };
  const changed = () => {
    if (!tie.hidden) closeTie();
    projector.setCounts(decisionId, countsById());
    describe();
  };

  options.forEach((o, i) => {
    const id = `hands-${i}`;
    const input = h('input', {
      type: 'number',
      id,
      class: 'tally-input',
      min: '0',
      max: '999',
      step: '1',
      inputmode: 'numeric',
      autocomplete: 'off',
      value: kept[o.id] ? String(kept[o.id]) : '',
      placeholder: '0',
    });
    input.addEventListener('input', changed);
    const bump = (by: 1 | -1) => {
      input.value = String(Math.max(0, Math.min(999, cleanCount(input.value) + by)));
      changed();
    };
    const less = h('button', { type: 'button', class: 'tally-less', 'aria-label': say.fewer(o.label) }, '−');
    const more = h('button', { type: 'button', class: 'tally-more', 'aria-label': say.more(o.label) }, '+');
    less.addEventListener('click', () => bump(-1));
    more.addEventListener('click', () => bump(1));
    inputs.push(input);
    items[i]?.append(
      h(
        'div',
        { class: 'tally' },
        h('label', { for: id }, h('span', { 'aria-hidden': 'true' }, say.hands), h('span', { class: 'visually-hidden' }, say.handsFor(o.label))),
        less,
        input,
        more,
      ),
    );
  });

  const go = h('button', { type: 'submit', class: 'primary go-with-class' }, say.goWithClass);
  const form = h(
    'form',
    { class: 'tally-form', novalidate: true },
    h('p', { class: 'hint' }, say.hint),
    optionList,
    h('div', { class: 'actions' }, go),
    status,
    tie,
    h('p', { class: 'hint clicker-hint' }, say.clicker),
  ) as HTMLFormElement;

  const markTie = () => {
    tie.querySelectorAll<HTMLButtonElement>('.tie-btn').forEach((b, j) => {
      b.setAttribute('aria-pressed', String(j === tieMark));
      if (j === tieMark) b.focus();
    });
  };
  const closeTie = () => {
    tie.hidden = true;
    tie.replaceChildren();
    tieIndexes = [];
    tieMark = -1;
  };
  const openTie = (indexes: number[], hands: number) => {
    tieIndexes = indexes;
    tieMark = -1;
    const labels = listNames(indexes.map((i) => options[i]!.label));
    const title = h('h3', { id: 'tie-h', tabindex: '-1' }, say.tieHeading);
    tie.replaceChildren(
      title,
      h('p', null, say.tieText(labels, hands)),
      h(
        'div',
        { class: 'actions' },
        ...indexes.map((i) =>
          h(
            'button',
            { type: 'button', class: 'tie-btn', 'aria-pressed': 'false', 'data-option': options[i]!.id, onclick: () => play(options[i]!.id) },
            options[i]!.label,
          ),
        ),
      ),
    );
    tie.hidden = false;
    title.focus();
  };

  const goWithClass = () => {
    const out = voteOutcome(counts());
    if (out.kind === 'none') {
      status.textContent = say.needHands;
      return false;
    }
    if (out.kind === 'winner') play(options[out.index]!.id);
    else openTie(out.indexes, out.hands);
    return true;
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!goWithClass()) inputs[0]?.focus();
  });
  describe();

  return {
    form,
    goWithClass,
    hasHands: () => voteOutcome(counts()).kind !== 'none',
    tieOpen: () => !tie.hidden,
    tieStep(by) {
      tieMark = step(tieMark, tieIndexes.length, by);
      markTie();
    },
    tieChoose() {
      const i = tieIndexes[tieMark];
      if (i === undefined) {
        tieMark = 0;
        markTie();
        return true;
      }
      play(options[i]!.id);
      return true;
    },
    voteFor(optionId) {
      const c = counts();
      const out = voteOutcome(c);
      const index = options.findIndex((o) => o.id === optionId);
      const how: VoteHow = out.kind === 'winner' && out.index === index ? 'class' : out.kind === 'tie' && out.indexes.includes(index) ? 'tie' : 'teacher';
      return { counts: countsById(), chosen: optionId, how };
    },
  };
}
