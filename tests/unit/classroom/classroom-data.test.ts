import { describe, expect, it } from 'vitest';
import { aggregateClass, aggregateText } from '../../../game/core/codes/aggregate';
import { encodeCode } from '../../../game/core/codes/codes';
import { buildDebrief } from '../../../game/core/rules/debrief';
import { historicalPath, simulate } from '../../../game/core/rules/engine';
import {
  classCsv,
  codeFromHash,
  csvField,
  csvFileName,
  csvLine,
  meterSeries,
  percent,
  plainText,
  readClassList,
  spellCode,
  writeClassList,
} from '../../../game/ui/classroom-data';
import { loadMini, testScenarios } from '../../helpers/scenarios';
import { randomCodes, randomPath, rng } from './helpers';

/** The class list's key for the shipped scenario (services/storage.ts namespaces it by scenario id). */
const KEY = 'excomm-1962:class';

/** A tiny in-memory Storage; `failing` makes every write throw, as a full or blocked store does. */
function memoryStorage(failing = false) {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (failing) throw new Error('QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k: string) => {
      if (failing) throw new Error('SecurityError');
      map.delete(k);
    },
  };
}

/** Parses our CSV back (quoted fields with doubled quotes, CRLF lines), to check it round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

describe('meterSeries', () => {
  for (const { name, scenario } of testScenarios()) {
    it(`${name}: starts from the first row's metersBefore and takes each meeting's last metersAfter`, () => {
      const random = rng(7);
      for (let run = 0; run < 20; run++) {
        const choices = randomPath(scenario, 'full', random);
        const d = buildDebrief(scenario, { mode: 'full', choices });
        const series = meterSeries(scenario, d);
        expect(series.meters.map((m) => m.id)).toEqual(scenario.meters.map((m) => m.id));
        expect(series.points[0]!.label).toBe('Start');
        for (const m of scenario.meters) expect(series.points[0]!.values[m.id]).toBe(m.initial);
        const meetings = [...new Set(d.rows.map((r) => r.meeting.id))];
        expect(series.points).toHaveLength(meetings.length + 1);
        meetings.forEach((id, i) => {
          const last = d.rows.filter((r) => r.meeting.id === id).at(-1)!;
          expect(series.points[i + 1]!.label).toBe(`Meeting ${last.meeting.number}`);
          for (const r of last.metersAfter) expect(series.points[i + 1]!.values[r.id]).toBe(r.value);
        });
        // The last point is where the game ended.
        for (const m of d.finalMeters) expect(series.points.at(-1)!.values[m.id]).toBe(m.value);
      }
    });
  }

  it('a game with no answers gives only the start, at the initial values', () => {
    const scenario = loadMini();
    const series = meterSeries(scenario, { rows: [] });
    expect(series.points).toEqual([{ label: 'Start', date: null, values: { tension: 50, trust: 50 } }]);
  });

  it('the fixture: meeting values follow the effects of the historical path', () => {
    const scenario = loadMini();
    const choices = historicalPath(scenario, 'full');
    const sim = simulate(scenario, 'full', choices);
    expect(sim.ok).toBe(true);
    const series = meterSeries(scenario, buildDebrief(scenario, { mode: 'full', choices }));
    expect(series.points.map((p) => p.label)).toEqual(['Start', 'Meeting 1', 'Meeting 2']);
    if (sim.ok) expect(series.points[2]!.values).toEqual(sim.state.meters);
  });
});

describe('CSV', () => {
  it('quotes only fields that need it, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField(12)).toBe('12');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvLine(['x', 'y,z', ''])).toBe('x,"y,z",');
  });

  for (const { name, scenario } of testScenarios()) {
    it(`${name}: one row per accepted code (repeats included), one column per decision, round-trips`, () => {
      const codes = randomCodes(scenario, 12, 3);
      const inProgress = encodeCode(scenario, { mode: 'full', choices: randomPath(scenario, 'full', rng(5), 2), initials: 'ZZ' });
      const all = [...codes, codes[0]!, inProgress, 'EX62-NOT-A-CODE'];
      const agg = aggregateClass(all, scenario);
      expect(agg.accepted).toBe(14);
      const rows = parseCsv(classCsv(scenario, agg));
      const header = rows[0]!;
      expect(header.slice(0, 8)).toEqual(['code', 'initials', 'mode', 'finished', 'ending', 'firm answers', 'middle answers', 'flexible answers']);
      expect(header.slice(8)).toEqual(scenario.decisions.map((d) => d.title));
      expect(rows).toHaveLength(1 + agg.accepted);
      for (const [i, e] of agg.entries.entries()) {
        const r = rows[i + 1]!;
        expect(r).toHaveLength(header.length);
        expect(r[0]).toBe(e.code.canonical);
        expect(r[1]).toBe(e.code.initials);
        expect(r[2]).toBe(e.code.mode);
        expect(r[3]).toBe(e.code.finished ? 'yes' : 'no');
        expect(r[4]).toBe(e.ending ? scenario.endings.find((x) => x.id === e.ending)!.title : '');
        // The stance counts add up to the answers, each counted from the options chosen.
        const stanceOf = (c: { decision: string; option: string }) =>
          scenario.decisions.find((d) => d.id === c.decision)!.options.find((o) => o.id === c.option)!.stance;
        for (const [k, s] of (['firm', 'middle', 'flexible'] as const).entries())
          expect(r[5 + k], s).toBe(String(e.code.choices.filter((c) => stanceOf(c) === s).length));
        // Every answered decision holds its option's label; unanswered ones are empty.
        const answered = new Map(e.code.choices.map((c) => [c.decision, c.option]));
        scenario.decisions.forEach((d, j) => {
          const o = answered.get(d.id);
          expect(r[8 + j]).toBe(o ? d.options.find((x) => x.id === o)!.label : '');
        });
      }
      const last = rows.at(-1)!;
      expect(last[1]).toBe('ZZ');
      expect(last[3]).toBe('no');
    });
  }

  it('ends lines with CRLF and names the file by date', () => {
    const scenario = loadMini();
    const csv = classCsv(scenario, aggregateText(randomCodes(scenario, 2).join(' '), scenario));
    expect(csv.split('\r\n')).toHaveLength(4);
    expect(csvFileName('excomm-1962', new Date(2024, 2, 5))).toBe('excomm-1962-class-2024-03-05.csv');
  });
});

describe('the stored class list', () => {
  it('round-trips and clears', () => {
    const st = memoryStorage();
    expect(readClassList(st, KEY)).toEqual([]);
    expect(writeClassList(st, KEY, ['EX62-AAAA', 'whatever'])).toBe(true);
    expect(readClassList(st, KEY)).toEqual(['EX62-AAAA', 'whatever']);
    expect(writeClassList(st, KEY, [])).toBe(true);
    expect(st.map.has(KEY)).toBe(false);
  });

  it('survives storage that fails or holds junk', () => {
    expect(readClassList(null, KEY)).toEqual([]);
    expect(writeClassList(null, KEY, ['x'])).toBe(false);
    expect(writeClassList(memoryStorage(true), KEY, ['x'])).toBe(false);
    const st = memoryStorage();
    for (const junk of ['not json', '{"codes": 5}', 'null', '[1,2]', '{"codes":[1,"EX62-OK",null,""]}']) {
      st.map.set(KEY, junk);
      const got = readClassList(st, KEY);
      expect(got.every((c) => typeof c === 'string' && c.length > 0)).toBe(true);
    }
    expect(readClassList(st, KEY)).toEqual(['EX62-OK']);
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(readClassList(throwing, KEY)).toEqual([]);
  });
});

describe('small helpers', () => {
  it('spells a code for reading aloud, group by group', () => {
    expect(spellCode('EX62-7KQ4')).toBe('E X six two, dash, seven K Q four');
  });
  it('reads the code from a class link', () => {
    expect(codeFromHash('#/class?code=EX62-ABCD-EFGH')).toBe('EX62-ABCD-EFGH');
    expect(codeFromHash('#/class?code=EX62%2DABCD')).toBe('EX62-ABCD');
    expect(codeFromHash('#/class')).toBeNull();
    expect(codeFromHash('#/class?code=')).toBeNull();
  });
  it('gives whole percentages', () => {
    expect(percent(1, 3)).toBe('33%');
    expect(percent(0, 0)).toBe('0%');
  });
  it('strips glossary markup', () => {
    const scenario = loadMini();
    const g = scenario.glossary[0]!;
    expect(plainText(scenario, `the [[${g.id}]] and [[${g.id}|other words]].`)).toBe(`the ${g.term} and other words.`);
  });
});

describe('a single typed code', () => {
  it('gets the scenario’s prefix when it was left out, and keeps one that was typed', async () => {
    const { withPrefix } = await import('../../../game/ui/classroom-page');
    expect(withPrefix(' 7kq4-m9tp ', 'HB')).toBe('HB-7kq4-m9tp');
    expect(withPrefix('hb 7kq4', 'HB')).toBe('hb 7kq4');
    expect(withPrefix('ex-62 7kq4', 'EX62')).toBe('ex-62 7kq4');
    expect(withPrefix('EX62-7KQ4', 'EX62')).toBe('EX62-7KQ4');
    expect(withPrefix('7KQ4', 'EX62')).toBe('EX62-7KQ4');
  });
});
