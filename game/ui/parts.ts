/**
 * Building blocks shared by the screens: statements with their Source control, consequence cards in their
 * medium, meter bars, dates. Pure rendering from scenario data; no game logic.
 */
import type { Basis, Citation, Consequence, Scenario } from '../core/scenario/schema';
import { h, s } from './dom';
import { para, richText } from './rich-text';
import { strings } from './strings';

export interface UiContext {
  scenario: Scenario;
  openSource(citation: Citation, opener: HTMLElement): void;
}

/** The one date formatter: "October 31, 1962" from "1962-10-31" (read as a calendar day, whatever the time zone), in the catalogue's locale. */
export function longDate(iso: string): string {
  return strings.format.longDate(iso);
}

/** "Source" controls for a list of citations: each opens the record at the quoted passage. */
export function sourceButtons(ctx: UiContext, citations: readonly Citation[], label = strings.parts.source): HTMLElement | null {
  if (!citations.length) return null;
  const wrap = h('span', { class: 'sources' });
  citations.forEach((c, i) => {
    const src = ctx.scenario.sources[c.source];
    const name = src ? `${src.title}` : c.source;
    const btn = h(
      'button',
      { type: 'button', class: 'source-btn', 'aria-label': strings.parts.sourceName(label, citations.length > 1 ? i + 1 : null, name) },
      citations.length > 1 ? strings.parts.sourceNumbered(label, i + 1) : label,
    );
    btn.addEventListener('click', () => ctx.openSource(c, btn));
    wrap.append(btn);
  });
  return wrap;
}

/** A quotation from the record, shown with its Source control. */
/**
 * A quotation: always the record's own English words, verbatim (marked `lang="en"` so a screen reader reads them
 * in English), with the translation beneath when the game is in another language, labelled as a translation. The
 * source keeps its original title, with its gloss in the player's language beside it.
 */
export function quoteBlock(ctx: UiContext, c: Citation): HTMLElement {
  const src = ctx.scenario.sources[c.source];
  const title = src ? (src.gloss ? `${src.title} (${src.gloss})` : src.title) : c.source;
  const figure = h('figure', { class: 'quote' }, h('blockquote', { lang: 'en' }, strings.common.quoted(c.quote)));
  if (c.translation)
    figure.append(h('p', { class: 'quote-translation' }, h('span', { class: 'translation-label' }, `${strings.parts.translation}: `), c.translation));
  figure.append(h('figcaption', null, title, c.note ? ` (${c.note})` : '', ' ', sourceButtons(ctx, [c])));
  return figure;
}

/**
 * Why a counterfactual could have happened. A quoted warning is shown with its quotations and Source controls;
 * the game's own inference (or a basis with nothing quoted) is marked plainly as a guess, not the record.
 */
export function basisBlock(ctx: UiContext, b: Basis): HTMLElement {
  if (b.citations.length > 0) {
    const box = h('div', { class: 'basis basis-warning' }, h('p', null, h('strong', null, strings.parts.basisWarning), richText(ctx.scenario, b.text)));
    for (const c of b.citations) box.append(quoteBlock(ctx, c));
    return box;
  }
  return h('div', { class: 'basis basis-guess' }, h('p', null, h('strong', null, strings.parts.basisGuess), richText(ctx.scenario, b.text)));
}

/** What a consequence card needs: a scenario consequence, or its view model (basis null when none). */
export type ConsequenceLike = Omit<Consequence, 'cue' | 'basis'> & { basis?: Basis | null };

/** A consequence in its medium (record, cable, headline, phone), tagged historical or counterfactual. */
export function consequenceCard(ctx: UiContext, c: ConsequenceLike): HTMLElement {
  const historical = c.kind === 'historical';
  const tag = h(
    'p',
    { class: `tag ${historical ? 'tag-history' : 'tag-counterfactual'}` },
    historical ? strings.parts.happened : strings.parts.mightHave,
    historical ? '' : h('span', { class: 'tag-note' }, strings.parts.counterfactualNote),
  );
  const card = h('article', { class: `consequence medium-${c.medium}` }, tag, h('p', { class: 'medium-label' }, strings.parts.medium[c.medium]));
  card.append(h('h2', { class: 'consequence-headline' }, richText(ctx.scenario, c.headline)));
  card.append(para(ctx.scenario, c.text));
  for (const q of c.citations) card.append(quoteBlock(ctx, q));
  if (!historical && c.basis) card.append(basisBlock(ctx, c.basis));
  return card;
}

const PATTERNS = ['solid', 'stripes', 'dots', 'grid', 'waves'] as const;
const METER_COLOURS: Record<string, string> = {
  solid: '#2F3E75',
  stripes: '#A4161A',
  dots: '#2E4A3A',
  grid: '#6B4E16',
  waves: '#5B2A6E',
};

/** SVG pattern defs used by meter bars and charts: colour plus a pattern, so colour is never the only cue. */
export function patternDefs(): SVGSVGElement {
  const defs = s('defs');
  for (const p of PATTERNS) {
    const colour = METER_COLOURS[p]!;
    const pat = s('pattern', { id: `pat-${p}`, width: 8, height: 8, patternUnits: 'userSpaceOnUse' });
    pat.append(s('rect', { width: 8, height: 8, fill: colour }));
    if (p === 'stripes') pat.append(s('path', { d: 'M-2,10 L10,-2 M-2,2 L2,-2 M6,10 L10,6', stroke: '#fff', 'stroke-width': 2, opacity: 0.55 }));
    if (p === 'dots') pat.append(s('circle', { cx: 4, cy: 4, r: 1.6, fill: '#fff', opacity: 0.7 }));
    if (p === 'grid') pat.append(s('path', { d: 'M0,4 H8 M4,0 V8', stroke: '#fff', 'stroke-width': 1, opacity: 0.55 }));
    if (p === 'waves') pat.append(s('path', { d: 'M0,5 Q2,2 4,5 T8,5', stroke: '#fff', fill: 'none', 'stroke-width': 1.2, opacity: 0.7 }));
    defs.append(pat);
  }
  const svg = s('svg', { width: 0, height: 0, 'aria-hidden': 'true', class: 'defs' });
  svg.append(defs);
  return svg;
}

export function meterFill(pattern: string): string {
  return `url(#pat-${pattern})`;
}

export interface MeterValue {
  id: string;
  label: string;
  description: string;
  pattern: string;
  value: number;
  before?: number;
}

/** Labelled meter bars (value in words and numbers, pattern plus colour). */
export function meterList(meters: readonly MeterValue[], caption = strings.parts.metersCaption): HTMLElement {
  const list = h('ul', { class: 'meters' });
  for (const m of meters) {
    const delta = m.before === undefined ? 0 : m.value - m.before;
    const bar = s('svg', { class: 'meter-bar', viewBox: '0 0 100 10', preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' });
    bar.append(s('rect', { x: 0, y: 0, width: 100, height: 10, fill: '#fff', stroke: '#1E1E1E', 'stroke-width': 0.6 }));
    bar.append(s('rect', { x: 0, y: 0, width: m.value, height: 10, fill: meterFill(m.pattern) }));
    list.append(
      h(
        'li',
        { class: 'meter', title: m.description },
        h('span', { class: 'meter-label' }, m.label),
        bar,
        h('span', { class: 'meter-value' }, strings.parts.meterValue(m.value, delta)),
      ),
    );
  }
  return h('section', { class: 'meter-panel', 'aria-label': caption }, h('h2', { class: 'meter-heading' }, caption), list);
}
