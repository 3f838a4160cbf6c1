/** Medians, ranges and the one printed table. */

export interface Stat {
  median: number;
  min: number;
  max: number;
  n: number;
  samples: number[];
}

export function stat(samples: number[]): Stat | undefined {
  if (!samples.length) return undefined;
  const s = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return { median, min: s[0]!, max: s[s.length - 1]!, n: s.length, samples };
}

export type Unit = 'ms' | 's' | 'KB' | 'MB' | 'cores' | 'score' | 'shift';

export interface Row {
  figure: string;
  unit: Unit;
  a?: Stat | undefined;
  b?: Stat | undefined;
  c?: Stat | undefined;
  /** Ratios of medians. */
  ab?: number | undefined;
  ac?: number | undefined;
  /** The target in words, e.g. "A/C <= 1.5". */
  target?: string;
  /** The value the target is judged on (a ratio or a score). */
  judged?: number | undefined;
  pass?: boolean | undefined;
}

export function ratio(x: Stat | undefined, y: Stat | undefined): number | undefined {
  if (!x || !y || y.median === 0) return undefined;
  return x.median / y.median;
}

function num(v: number, unit: Unit): string {
  switch (unit) {
    case 'ms':
    case 'score':
      return Math.round(v).toString();
    case 'cores':
    case 'shift':
      return v.toFixed(3);
    case 's':
    case 'KB':
    case 'MB':
      return v.toFixed(1);
  }
}

export function cell(s: Stat | undefined, unit: Unit): string {
  if (!s) return '–';
  if (s.n === 1 || s.min === s.max) return `${num(s.median, unit)}${s.n > 1 ? ` ×${s.n}` : ''}`;
  return `${num(s.median, unit)} (${num(s.min, unit)}–${num(s.max, unit)})`;
}

const fmtRatio = (r: number | undefined) => (r === undefined ? '–' : r >= 100 ? r.toFixed(0) : r >= 10 ? r.toFixed(1) : r.toFixed(2));

/** PASS/FAIL, with the judged value when it is not already in a ratio column. */
function result(r: Row): string {
  const shown = /A\/[BC] /.test(r.target ?? '');
  const value = r.judged !== undefined && !shown ? `(${fmtRatio(r.judged)})` : '';
  if (r.pass === undefined) return value;
  return value ? `${r.pass ? 'PASS' : 'FAIL'} ${value}` : r.pass ? 'PASS' : 'FAIL';
}

/** Renders the rows as a fixed-width text table. */
export function renderTable(rows: Row[]): string {
  const head = ['figure', 'unit', 'A game', 'B bare Phaser', 'C bare button', 'A/B', 'A/C', 'target', 'result'];
  const body = rows.map((r) => [
    r.figure,
    r.unit,
    cell(r.a, r.unit),
    cell(r.b, r.unit),
    cell(r.c, r.unit),
    fmtRatio(r.ab),
    fmtRatio(r.ac),
    r.target ?? '',
    result(r),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i >= 2 && i <= 6 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
