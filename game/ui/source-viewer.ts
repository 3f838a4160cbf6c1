/**
 * The source viewer: the full text of a record in a modal dialog, the cited passage highlighted and scrolled
 * into view. Focus moves into the dialog, Escape (or Close) closes it, and focus returns to the control that
 * opened it. The native <dialog> element makes the rest of the page inert while it is open (no keyboard trap:
 * Escape always leaves).
 */
import { findQuote, quotableRange } from '../core/scenario/text';
import type { Citation, Scenario } from '../core/scenario/schema';
import { openDialog } from './dialog';
import { sourcingCardFor } from './historian';
import { h } from './dom';
import { strings } from './strings';

export interface SourceTexts {
  get(file: string): string | undefined;
}

export function openSource(scenario: Scenario, texts: SourceTexts, citation: Citation, opener: HTMLElement | null): void {
  const src = scenario.sources[citation.source];
  if (!src) return;
  const text = texts.get(src.file) ?? '';
  const range = quotableRange(src.file, text);
  const body = text.slice(range.start).replace(/^\s+/, '');
  // An empty quote opens the whole record with nothing highlighted ("Read the whole record").
  const at = citation.quote ? findQuote(citation.quote, body) : null;

  const pre = h('div', { class: 'source-text', tabindex: '0', role: 'document', 'aria-label': strings.sources.fullText });
  let mark: HTMLElement | null = null;
  if (at) {
    mark = h('mark', { class: 'cited', id: 'cited-passage' }, body.slice(at[0], at[1]));
    pre.append(body.slice(0, at[0]), mark, body.slice(at[1]));
  } else {
    pre.append(body);
  }

  const close = h('button', { type: 'button', class: 'dialog-close' }, strings.common.close);
  openDialog(
    [
      h('div', { class: 'dialog-head' }, h('h2', { id: 'source-title' }, src.title), close),
      src.gloss ? h('p', { class: 'source-gloss' }, src.gloss) : '',
      h('p', { class: 'source-meta', id: 'source-cite' }, `${src.citation}. `, at ? strings.sources.highlighted : ''),
      // The sourcing card of this kind of record: open the first time one is opened, folded after that.
      sourcingCardFor(scenario, citation.source),
      pre,
    ],
    opener,
    { class: 'source-dialog', labelledBy: 'source-title', describedBy: 'source-cite', closeWith: [close] },
  );
  // Scroll the record's own pane to the passage, not the dialog: the sourcing card above the text stays in view
  // (the first time a kind is opened, it is what the student should read first).
  if (mark) {
    const offset = mark.getBoundingClientRect().top - pre.getBoundingClientRect().top;
    pre.scrollTop += offset - pre.clientHeight / 2 + mark.getBoundingClientRect().height / 2;
  }
}
