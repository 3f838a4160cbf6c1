/**
 * Pure helpers behind the classroom tools: the meters meeting by meeting, the class CSV, the stored class
 * list, a code spelled out for reading aloud. No DOM here, so they run (and are tested) in Node.
 */
import { stanceCounts, type ClassAggregate } from '../core/codes/aggregate';
import type { Debrief } from '../core/rules/debrief';
import { parseMarkup } from '../core/scenario/markup';
import type { Scenario } from '../core/scenario/schema';
import { strings } from './strings';

export type SeriesMeter = { id: string; label: string; description: string; pattern: string };
export type SeriesPoint = {
  /** "Start", "Meeting 14", … */
  label: string;
  /** ISO date of the meeting (null for the start). */
  date: string | null;
  values: Record<string, number>;
};
export type MeterSeries = { meters: SeriesMeter[]; points: SeriesPoint[] };

/**
 * The meters at the start and after each meeting the student played. A meeting's value is the
 * `metersAfter` of its last row (follow-up events included); the start is the first row's `metersBefore`,
 * or the scenario's initial values when nothing was answered.
 */
export function meterSeries(scenario: Scenario, debrief: Pick<Debrief, 'rows'>): MeterSeries {
  const meters = scenario.meters.map((m) => ({ id: m.id, label: m.label, description: m.description, pattern: m.pattern }));
  const toValues = (readings: readonly { id: string; value: number }[] | undefined): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const m of scenario.meters) out[m.id] = readings?.find((r) => r.id === m.id)?.value ?? m.initial;
    return out;
  };
  const points: SeriesPoint[] = [{ label: strings.classData.start, date: null, values: toValues(debrief.rows[0]?.metersBefore) }];
  // Meetings in play order (the order rows reach them), so a scenario listing meetings out of order still reads left to right.
  const seen: string[] = [];
  for (const r of debrief.rows) if (!seen.includes(r.meeting.id)) seen.push(r.meeting.id);
  for (const id of seen) {
    const rows = debrief.rows.filter((r) => r.meeting.id === id);
    const last = rows[rows.length - 1]!;
    points.push({ label: strings.common.meetingNumber(last.meeting.number), date: last.meeting.date || null, values: toValues(last.metersAfter) });
  }
  return { meters, points };
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote, or line break. */
export function csvField(value: string | number | boolean): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(fields: readonly (string | number | boolean)[]): string {
  return fields.map(csvField).join(',');
}

/** Scenario text without glossary markup (`[[id|words]]` becomes the words). */
export function plainText(scenario: Scenario, text: string): string {
  const terms = new Map(scenario.glossary.map((g) => [g.id, g.term]));
  return parseMarkup(text, (id) => terms.get(id))
    .map((s) => s.text)
    .join('');
}

/**
 * The class as a spreadsheet: one row per accepted code (repeats included, as they count in the charts),
 * columns code, initials, mode, finished, ending, the count of firm, middle and flexible answers, then one
 * column per decision holding the option label (empty when that code did not answer it). Lines end with CRLF, as spreadsheets expect.
 */
export function classCsv(scenario: Scenario, agg: Pick<ClassAggregate, 'entries'>): string {
  const endingTitle = new Map(scenario.endings.map((e) => [e.id, e.title]));
  const header = [...strings.classData.csvColumns, ...scenario.decisions.map((d) => d.title)];
  const lines = [csvLine(header)];
  for (const e of agg.entries) {
    const chosen = new Map(e.code.choices.map((c) => [c.decision, c.option]));
    const cells = scenario.decisions.map((d) => {
      const o = chosen.get(d.id);
      return o ? (d.options.find((x) => x.id === o)?.label ?? o) : '';
    });
    const st = stanceCounts(scenario, e.code.choices).answers;
    lines.push(
      csvLine([
        e.code.canonical,
        e.code.initials,
        e.code.mode,
        e.code.finished ? strings.classData.yes : strings.classData.no,
        e.ending ? (endingTitle.get(e.ending) ?? e.ending) : '',
        st.firm,
        st.middle,
        st.flexible,
        ...cells,
      ]),
    );
  }
  return lines.join('\r\n') + '\r\n';
}

/**
 * The stored class list under `key` (the scenario's own, see services/storage.ts): codes as they were handed in
 * (valid or not, so refused ones can be fixed later).
 */
export function readClassList(storage: Pick<Storage, 'getItem'> | null, key: string): string[] {
  if (!storage) return [];
  try {
    const raw = storage.getItem(key);
    if (!raw) return [];
    const v = JSON.parse(raw) as unknown;
    const codes = (v as { codes?: unknown } | null)?.codes;
    if (!Array.isArray(codes)) return [];
    // Guard against a hand-edited or foreign value: strings only, of a sane size.
    return codes.filter((c): c is string => typeof c === 'string' && c.length > 0 && c.length <= 400).slice(0, 2000);
  } catch {
    return [];
  }
}

/** Saves the list; false when this browser would not keep it (private mode, full, blocked). */
export function writeClassList(storage: Pick<Storage, 'setItem' | 'removeItem'> | null, key: string, codes: readonly string[]): boolean {
  if (!storage) return false;
  try {
    if (codes.length === 0) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify({ v: 1, codes }));
    return true;
  } catch {
    return false;
  }
}

/** A code spelled out for a screen reader or for reading aloud: "E X six two, dash, 7 …" as separate characters. */
export function spellCode(code: string): string {
  const { spoken, spokenGroupSeparator } = strings.classData;
  return code
    .split('-')
    .map((group) => [...group].map((ch) => spoken[ch] ?? ch).join(' '))
    .join(spokenGroupSeparator);
}

/** A share as a whole percentage ("0%" for none of none), as the catalogue's locale writes it. */
export function percent(part: number, whole: number): string {
  return strings.format.percent(part, whole);
}

/** The code from a class-page address such as `#/class?code=EX62-…` (null when there is none). */
export function codeFromHash(hash: string): string | null {
  const q = hash.indexOf('?');
  if (q < 0) return null;
  try {
    const v = new URLSearchParams(hash.slice(q + 1)).get('code');
    return v && v.trim() ? v.trim().slice(0, 400) : null;
  } catch {
    return null;
  }
}

/** A file name for the CSV, dated so several lessons do not overwrite each other. */
export function csvFileName(scenarioId: string, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${scenarioId}-class-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.csv`;
}
