/**
 * A question: the advisers around the table in turn, then the options and a confirm step. A quick call
 * shows everyone at once.
 */
import type { DecisionKind, OptionView } from '../../core/machine/selectors';
import { plainText } from '../../core/scenario/markup';
import { cuesForScreen } from '../../services/audio';
import { h } from '../dom';
import { para, richText } from '../rich-text';
import { adviserNames, heading, mapBlock, meetingKicker, metersPanel, progressText, statement, type ScreenModule } from './common';

/** What a question is called on screen (a Record, so a new kind of question must be named here). */
const KIND_LABEL: Record<DecisionKind, string> = { decision: 'Decision', quick: 'Quick call' };

/** Who raised an option, for its button: the President, advisers, both, or nobody (an alternative). */
function whoArgued(option: OptionView): string {
  if (option.raisedByChair && option.arguedBy.length) return `The President raised this; argued by ${adviserNames(option)}.`;
  if (option.raisedByChair) return 'The President raised this.';
  if (option.arguedBy.length) return `Argued by ${adviserNames(option)}.`;
  if (option.unnamed) return 'Raised in the room; the record does not say by whom.';
  return 'Nobody in the room raised this: an alternative the game offers.';
}

export const decision: ScreenModule<'decision'> = {
  render(hooks, screen) {
    const sc = hooks.scenario;
    const kind = screen.decision.kind;
    const kicker = `${KIND_LABEL[kind]} · ${progressText('question', screen.progress)}`;
    const node = h(
      'section',
      { class: `screen decision${kind === 'quick' ? ' quick' : ''}`, 'data-decision': screen.decision.id },
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
    if (kind === 'quick' || positions.length <= 1) {
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
        hooks.light(p.spotlight);
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
      seats: null,
      pick: (i) => {
        if (advice.hidden) return;
        const btn = buttons[i];
        const o = screen.options[i];
        if (btn && o) choose(o, btn);
      },
    };
  },
  where: (screen) => `${meetingKicker(screen.meeting)} · ${progressText('decision', screen.progress)}`,
  announce: (screen) => `${KIND_LABEL[screen.decision.kind]}: ${screen.decision.title}`,
  cues: (screen, context) => cuesForScreen('decision', undefined, { topic: `${screen.decision.title} ${screen.decision.question}`, ...context }),
};
