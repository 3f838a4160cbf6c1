/**
 * A question: the advisers around the table in turn, then the options and a confirm step. A quick call
 * shows everyone at once.
 */
import type { OptionView } from '../../core/machine/selectors';
import { plainText } from '../../core/scenario/markup';
import { cuesForScreen } from '../../services/audio';
import { h } from '../dom';
import { para, richText } from '../rich-text';
import { strings } from '../strings';
import { adviserNames, heading, mapBlock, meetingKicker, metersPanel, pressOrScroll, progressText, statement, type ScreenModule } from './common';
import { step } from '../../core/rules/class-vote';
import { votePanel, type VotePanel } from './projector-vote';

/** Who raised an option, for its button: the President, advisers, both, or nobody (an alternative). */
function whoArgued(option: OptionView): string {
  const say = strings.screens.decision;
  if (option.raisedByChair && option.arguedBy.length) return say.chairAndAdvisers(adviserNames(option));
  if (option.raisedByChair) return say.chair;
  if (option.arguedBy.length) return say.advisers(adviserNames(option));
  if (option.unnamed) return strings.screens.raisedUnnamed;
  return say.alternative;
}

export const decision: ScreenModule<'decision'> = {
  render(hooks, screen) {
    const sc = hooks.scenario;
    const say = strings.screens.decision;
    const kind = screen.decision.kind;
    const kicker = `${say.kind[kind]} · ${progressText('question', screen.progress)}`;
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

    const table = h('section', { class: 'table-talk', 'aria-labelledby': 'talk-h' }, h('h2', { id: 'talk-h' }, say.aroundTable));
    const projector = hooks.projector ?? null;
    const advice = h(
      'section',
      { class: 'advice', 'aria-labelledby': 'advice-h', hidden: true },
      h('h2', { id: 'advice-h' }, projector ? strings.projector.adviceHeading : say.yourAdvice),
    );
    const optionList = h('ul', { class: 'options' });
    const confirm = h('div', { class: 'confirm', hidden: true, role: 'group', 'aria-labelledby': 'confirm-h' });
    if (!projector) advice.append(h('p', { class: 'hint' }, say.chooseHint), optionList, confirm);

    let chosen: OptionView | null = null;
    const buttons: HTMLButtonElement[] = [];
    const items: HTMLElement[] = [];
    // Projector mode: the class's hands are kept with the answer played.
    let panel: VotePanel | null = null;
    const give = (optionId: string) => {
      if (projector && panel) projector.record(screen.decision.id, panel.voteFor(optionId));
      hooks.send({ type: 'advice.give', optionId });
    };
    const choose = (o: OptionView, btn: HTMLButtonElement) => {
      chosen = o;
      for (const b of buttons) b.setAttribute('aria-pressed', String(b === btn));
      confirm.hidden = false;
      confirm.replaceChildren(
        h('h3', { id: 'confirm-h' }, say.confirmTitle),
        h('p', null, strings.common.quoted(o.advice)),
        h(
          'div',
          { class: 'actions' },
          h('button', { type: 'button', class: 'primary confirm-btn', onclick: () => chosen && give(chosen.id) }, say.confirm),
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
            say.chooseAgain,
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
      const li = h('li', null, btn);
      items.push(li);
      optionList.append(li);
    });
    if (projector) {
      panel = votePanel(projector, screen.decision.id, screen.options, items, optionList, give);
      advice.append(panel.form, confirm);
    }

    const positions = screen.positions;
    if (kind === 'quick' || positions.length <= 1) {
      for (const p of positions) table.append(statement(hooks, p));
      if (!positions.length) table.append(h('p', null, say.noViews));
      // The room lights the first who speaks here (not whoever spoke last on the screen before).
      hooks.light(positions[0]?.spotlight ?? null);
      advice.hidden = false;
    } else {
      // Hear each adviser in turn; the options appear after the last one.
      let shown = 0;
      const next = h('button', { type: 'button', class: 'next-adviser' });
      const skip = h('button', { type: 'button', class: 'linkish skip-advisers' }, say.showAll);
      const nav = h('div', { class: 'actions' }, next, skip);
      const label = () => {
        const p = positions[shown];
        next.textContent = p ? say.hear(p.speaker.name) : '';
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
    const chosenIndex = () => (chosen ? screen.options.indexOf(chosen) : -1);
    const mark = (i: number) => {
      const o = screen.options[i];
      const btn = buttons[i];
      if (o && btn) choose(o, btn);
    };
    return {
      node,
      // The clicker (projector mode): hear the next adviser; then the class's answer, or the option marked.
      advance: () => {
        if (advice.hidden) {
          const next = node.querySelector<HTMLElement>('.next-adviser');
          return next ? pressOrScroll(next) : false;
        }
        if (panel?.tieOpen()) return panel.tieChoose();
        if (chosen && !confirm.hidden) return pressOrScroll(confirm.querySelector<HTMLElement>('.confirm-btn')!);
        if (panel?.hasHands()) return panel.goWithClass();
        mark(0);
        return true;
      },
      previous: () => {
        if (advice.hidden) return false;
        if (panel?.tieOpen()) {
          panel.tieStep(-1);
          return true;
        }
        mark(step(confirm.hidden ? -1 : chosenIndex(), screen.options.length, -1));
        return true;
      },
      pick: (i) => {
        if (advice.hidden) return;
        const btn = buttons[i];
        const o = screen.options[i];
        if (btn && o) choose(o, btn);
      },
    };
  },
  where: (screen) => `${meetingKicker(screen.meeting)} · ${progressText('decision', screen.progress)}`,
  announce: (screen) => `${strings.screens.decision.kind[screen.decision.kind]}: ${screen.decision.title}`,
  cues: (screen, context) => cuesForScreen('decision', undefined, { topic: `${screen.decision.title} ${screen.decision.question}`, ...context }),
};
