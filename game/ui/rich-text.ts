/**
 * Scenario text with glossary terms. A term is a real button (focusable, works by tap) that shows its
 * definition in a tooltip on hover, focus and tap; Escape hides it without moving focus.
 */
import { parseMarkup } from '../core/scenario/markup';
import type { Scenario } from '../core/scenario/schema';
import { h } from './dom';

let tipCount = 0;

export function richText(scenario: Scenario, text: string): DocumentFragment {
  const frag = document.createDocumentFragment();
  const terms = new Map(scenario.glossary.map((g) => [g.id, g]));
  for (const seg of parseMarkup(text, (id) => terms.get(id)?.term)) {
    if (seg.type === 'text') {
      frag.append(seg.text);
      continue;
    }
    const entry = terms.get(seg.id);
    if (!entry) {
      frag.append(seg.text);
      continue;
    }
    const tipId = `tip-${++tipCount}`;
    const tip = h('span', { class: 'term-tip', role: 'tooltip', id: tipId, hidden: true }, h('strong', null, entry.term), ': ', entry.definition);
    const btn = h('button', { type: 'button', class: 'term', 'aria-describedby': tipId, 'data-term': entry.id }, seg.text);
    const wrap = h('span', { class: 'term-wrap' }, btn, tip);
    const show = () => {
      tip.hidden = false;
    };
    const hide = () => {
      tip.hidden = true;
    };
    btn.addEventListener('mouseenter', show);
    btn.addEventListener('mouseleave', () => {
      if (document.activeElement !== btn) hide();
    });
    btn.addEventListener('focus', show);
    btn.addEventListener('blur', hide);
    btn.addEventListener('click', (e) => {
      e.preventDefault();
      tip.hidden = !tip.hidden;
    });
    btn.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && !tip.hidden) {
        e.stopPropagation();
        e.preventDefault();
        hide();
      }
    });
    frag.append(wrap);
  }
  return frag;
}

/** A paragraph of rich text. */
export function para(scenario: Scenario, text: string, cls?: string): HTMLParagraphElement {
  const p = h('p', cls ? { class: cls } : null);
  p.append(richText(scenario, text));
  return p;
}
