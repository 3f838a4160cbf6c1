/**
 * Charts for the debrief and the class page, drawn as inline SVG through the DOM (no markup strings, no
 * style attributes: the CSP forbids them). Each picture is hidden from screen readers and paired with a
 * visually-hidden table holding the same numbers, so nothing rests on the picture alone. Meters are told
 * apart by pattern and by the label printed under them, never by colour alone.
 */
import qrcode from 'qrcode-generator';
import { h, s } from './dom';
import { meterFill } from './parts';
import type { MeterSeries } from './classroom-data';
import { percent } from './classroom-data';
import { strings } from './strings';

const INK = '#1E1E1E';
const CARBON = '#2F3E75';
const OTHER = '#8A7F6A';

/** Splits a label into lines of at most `width` characters, at spaces. */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function multiline(x: number, y: number, lines: string[], attrs: Record<string, string | number>, lineHeight: number): SVGTextElement {
  const t = s('text', { x, y, ...attrs });
  lines.forEach((l, i) => t.append(s('tspan', { x, dy: i === 0 ? 0 : lineHeight }, l)));
  return t;
}

/**
 * The meters across the meetings: one group of bars per meter (filled with the meter's pattern, its name
 * under the group), one bar per point in time, left to right, with the value above each bar.
 */
export function meterChart(series: MeterSeries, idPrefix = 'meters'): HTMLElement {
  const groups = series.meters.length;
  const bars = series.points.length;
  const groupW = 150;
  const W = Math.max(groups * groupW + 50, 400);
  const top = 26;
  const plotH = 180;
  const base = top + plotH;
  const H = base + 88;
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  const t = strings.charts;
  // Under each bar: S for the start, else the meeting's number (the digits of its label).
  const tickNames = series.points.map((p, i) => (i === 0 ? t.startTick : (p.label.match(/\d+/)?.[0] ?? p.label)));
  const svg = s('svg', {
    viewBox: `0 0 ${W} ${H}`,
    class: 'chart meter-chart',
    role: 'img',
    'aria-labelledby': `${titleId} ${descId}`,
    focusable: 'false',
  });
  svg.append(s('title', { id: titleId }, t.metersTitle));
  svg.append(s('desc', { id: descId }, t.metersDesc(series.meters.map((m) => m.label).join(', '))));
  // Grid lines every 25 points, labelled on the left.
  for (let v = 0; v <= 100; v += 25) {
    const y = base - (v / 100) * plotH;
    svg.append(s('line', { x1: 40, x2: W - 6, y1: y, y2: y, stroke: v === 0 ? INK : '#B9AE94', 'stroke-width': v === 0 ? 1.5 : 1 }));
    svg.append(s('text', { x: 34, y: y + 5, 'text-anchor': 'end', class: 'axis' }, String(v)));
  }
  const barW = Math.min(26, (groupW - 30) / bars - 6);
  series.meters.forEach((m, g) => {
    const gx = 50 + g * groupW;
    const inner = bars * barW + (bars - 1) * 6;
    const x0 = gx + (groupW - 10 - inner) / 2;
    series.points.forEach((p, i) => {
      const v = p.values[m.id] ?? 0;
      const x = x0 + i * (barW + 6);
      const hgt = Math.max((v / 100) * plotH, 1);
      svg.append(s('rect', { x, y: base - hgt, width: barW, height: hgt, fill: meterFill(m.pattern), stroke: INK, 'stroke-width': 1 }));
      svg.append(s('text', { x: x + barW / 2, y: base - hgt - 5, 'text-anchor': 'middle', class: 'value' }, String(v)));
      svg.append(s('text', { x: x + barW / 2, y: base + 16, 'text-anchor': 'middle', class: 'tick' }, tickNames[i] ?? ''));
    });
    svg.append(multiline(gx + (groupW - 10) / 2, base + 38, wrapWords(m.label, 18), { 'text-anchor': 'middle', class: 'group-label' }, 17));
  });

  const caption = h('figcaption', null, t.metersCaption, series.points.map((p, i) => t.tickMeaning(tickNames[i] ?? '', i === 0, p.label)).join(', '), '.');
  const table = h(
    'table',
    { class: 'visually-hidden' },
    h('caption', null, t.metersTableCaption),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, t.meter), ...series.points.map((p) => h('th', { scope: 'col' }, p.label)))),
    h(
      'tbody',
      null,
      ...series.meters.map((m) => h('tr', null, h('th', { scope: 'row' }, m.label), ...series.points.map((p) => h('td', null, String(p.values[m.id] ?? 0))))),
    ),
  );
  return h('figure', { class: 'chart-figure' }, svg, caption, table);
}

export type SplitBar = { label: string; count: number; highlight: boolean; note?: string };

/**
 * Horizontal bars for how a class split (options of a decision, or endings): the label above each bar,
 * the count and share at its end, the highlighted bar (what the ExComm chose) in solid blue and named in
 * words. Sized for a projector: large text in a wide picture.
 */
export function splitChart(bars: readonly SplitBar[], total: number, opts: { title: string; caption: string; columns: [string, string, string] }): HTMLElement {
  const W = 800;
  const rowH = 62;
  const H = bars.length * rowH + 8;
  const max = Math.max(1, ...bars.map((b) => b.count));
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart split-chart', 'aria-hidden': 'true', focusable: 'false' });
  bars.forEach((b, i) => {
    const y = i * rowH + 4;
    const label = b.highlight && b.note ? `${b.label} — ${b.note}` : b.label;
    svg.append(s('text', { x: 0, y: y + 20, class: b.highlight ? 'bar-label strong' : 'bar-label' }, label.length > 70 ? label.slice(0, 68) + '…' : label));
    const width = Math.round((b.count / max) * 620);
    svg.append(s('rect', { x: 0, y: y + 28, width: 620, height: 26, fill: '#FFFFFF', stroke: '#B9AE94', 'stroke-width': 1 }));
    if (width > 0) svg.append(s('rect', { x: 0, y: y + 28, width, height: 26, fill: b.highlight ? CARBON : OTHER, stroke: INK, 'stroke-width': 1 }));
    svg.append(s('text', { x: 632, y: y + 48, class: 'bar-count' }, strings.charts.barCount(b.count, percent(b.count, total))));
  });
  const table = h(
    'table',
    { class: 'visually-hidden' },
    h('caption', null, opts.title),
    h('thead', null, h('tr', null, ...opts.columns.map((c) => h('th', { scope: 'col' }, c)))),
    h(
      'tbody',
      null,
      ...bars.map((b) =>
        h(
          'tr',
          null,
          h('th', { scope: 'row' }, b.label),
          h('td', null, strings.charts.countOf(b.count, total, percent(b.count, total))),
          h('td', null, b.highlight ? (b.note ?? strings.charts.yes) : ''),
        ),
      ),
    ),
  );
  return h('figure', { class: 'chart-figure' }, svg, h('figcaption', null, opts.caption), table);
}

/**
 * A QR code as SVG: the module grid from qrcode-generator drawn as one path of unit squares on white,
 * with a quiet zone of four modules as the standard asks.
 */
export function qrSvg(text: string, label: string): SVGSVGElement {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const n = qr.getModuleCount();
  const quiet = 4;
  const size = n + quiet * 2;
  let d = '';
  for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) if (qr.isDark(r, c)) d += `M${c + quiet} ${r + quiet}h1v1h-1z`;
  const svg = s('svg', { viewBox: `0 0 ${size} ${size}`, class: 'qr', role: 'img', 'aria-label': label, 'shape-rendering': 'crispEdges', 'data-modules': n });
  svg.append(s('rect', { width: size, height: size, fill: '#FFFFFF' }));
  svg.append(s('path', { d, fill: '#000000' }));
  return svg;
}
