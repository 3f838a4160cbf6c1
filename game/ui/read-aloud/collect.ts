/**
 * The blocks of a screen as a person reads them: every visible text in document order, grouped by the nearest
 * ancestor laid out as a block (a heading, a paragraph, a quotation, each line of an option), so the reading
 * follows the layout the student sees. Controls are not read (Continue, Source, Hear next), except the options
 * themselves and the glossary words inside sentences; an option's number is read as "Option 1."; a heading is read
 * before the kicker above it. Decoration
 * (aria-hidden), hidden and folded text, the map and the meters are left out.
 */
import type { ReadBlock } from './queue';

/** Never read: bars, the room, our own controls, the map and meters, text only for screen readers. */
const SKIP =
  '.topbar, .stage-column, .reader-bar, .map-section, .meters, .meter-list, script, style, noscript, template, select, input, textarea, svg, canvas, .visually-hidden, [data-no-read]';

export type CollectedBlock = ReadBlock & { el: HTMLElement; nodes: Text[] };

function isBlockLevel(el: Element): boolean {
  const d = getComputedStyle(el).display;
  return !d.startsWith('inline') && d !== 'contents';
}

function blockOf(el: HTMLElement, root: HTMLElement): HTMLElement {
  for (let e: HTMLElement | null = el; e && e !== root; e = e.parentElement) if (isBlockLevel(e)) return e;
  return root;
}

/** Whether a text node is read at all (see the file comment). `optionNumber` texts are read, though aria-hidden. */
function readable(node: Text, optionWords: (n: string) => string): { read: boolean; say?: string } {
  const el = node.parentElement;
  if (!el || !node.data.trim()) return { read: false };
  if (el.closest(SKIP)) return { read: false };
  if (typeof el.checkVisibility === 'function' && !el.checkVisibility()) return { read: false };
  const num = el.closest('.option-btn .num');
  if (num) return { read: true, say: optionWords(node.data.trim()) };
  if (el.closest('[aria-hidden="true"], [hidden]')) return { read: false };
  const button = el.closest('button');
  if (button && !button.matches('.option-btn, .term')) return { read: false };
  return { read: true };
}

/** The blocks under `root` in reading order. `lang` is the page's language, for text with no `lang` of its own. */
export function collectBlocks(root: HTMLElement, lang: string, optionWords: (n: string) => string): CollectedBlock[] {
  const out: CollectedBlock[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let last: CollectedBlock | null = null;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const r = readable(n, optionWords);
    if (!r.read) continue;
    const el = blockOf(n.parentElement!, root);
    const blockLang = (n.parentElement!.closest('[lang]') as HTMLElement | null)?.lang || lang;
    if (r.say !== undefined) {
      out.push({ el: n.parentElement!, nodes: [n], text: n.data, lang, say: r.say });
      last = null;
      continue;
    }
    // A block continues while the text stays in the same block and the same language.
    if (last && last.el === el && last.lang === blockLang && last.say === undefined) {
      last.nodes.push(n);
      last.text += n.data;
    } else {
      last = { el, nodes: [n], text: n.data, lang: blockLang };
      out.push(last);
    }
  }
  // A screen's kicker ("Decision, question 1 of 27") sits above its heading; a person reads the heading first.
  for (let i = 0; i + 1 < out.length; i++) if (out[i]!.el.matches('.kicker') && out[i + 1]!.el.matches('h1')) [out[i], out[i + 1]] = [out[i + 1]!, out[i]!];
  return out;
}

/** A DOM range over `start`–`end` of a block's text (offsets into the concatenated text of its nodes). */
export function rangeOf(block: CollectedBlock, start: number, end: number): Range | null {
  const range = document.createRange();
  let at = 0;
  let started = false;
  for (const node of block.nodes) {
    const len = node.data.length;
    if (!started && start <= at + len) {
      range.setStart(node, Math.max(0, start - at));
      started = true;
    }
    if (started && end <= at + len) {
      range.setEnd(node, Math.max(0, end - at));
      return range;
    }
    at += len;
  }
  return null;
}
