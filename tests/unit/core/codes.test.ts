import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALPHABET, bitsToBytes, bitsToChars, BitWriter, crc24 } from '../../../game/core/codes/crockford';
import { codeLength, decodeCode, encodeCode, extractCodes, scenarioTag } from '../../../game/core/codes/codes';
import { aggregateClass, aggregateText, leaning } from '../../../game/core/codes/aggregate';
import { END, firstDecision, getDecision, historicalPath, nextDecision, simulate, type Mode } from '../../../game/core/rules/engine';
import type { Choice } from '../../../game/core/rules/conditions';
import type { Scenario } from '../../../game/core/scenario/schema';
import { codeErrorText } from '../../../game/ui/strings';
import { loadMini } from '../../helpers/scenarios';

const mini = loadMini();
/** The mini scenario's code prefix. */
const P = mini.presentation.codePrefix;
const hist = historicalPath(mini, 'full');

function play(scenario: Scenario, mode: Mode, picks: number[]): Choice[] {
  const out: Choice[] = [];
  for (let at = firstDecision(scenario, mode), i = 0; at !== END; i++) {
    const d = getDecision(scenario, at)!;
    const o = d.options[(picks[i] ?? 0) % d.options.length]!;
    out.push({ decision: d.id, option: o.id });
    at = nextDecision(scenario, mode, d.id, o.id);
  }
  return out;
}

/** A copy of the scenario with another version (and optionally a change). */
function variant(version: number, change?: (s: { decisions: { options: unknown[] }[] }) => void): Scenario {
  const s = JSON.parse(JSON.stringify(mini));
  s.version = version;
  change?.(s);
  return s;
}

describe('results codes', () => {
  it('look like HB-XXXX-XXXX-… (the scenario’s prefix) in Crockford base32', () => {
    expect(P).toBe('HB');
    const code = encodeCode(mini, { mode: 'full', choices: hist, initials: 'jfk' });
    expect(code).toMatch(/^HB(-[0-9A-HJKMNP-TV-Z]{1,4})+$/);
    expect(code.replace(/-/g, '').length - P.length).toBe(codeLength(hist.length, 3));
    const d = decodeCode(code, mini);
    expect(d).toMatchObject({ ok: true, code: { finished: true, mode: 'full', initials: 'JFK', choices: hist, scenarioVersion: 3, canonical: code } });
  });

  it('a game in progress gives a resume code', () => {
    const d = decodeCode(encodeCode(mini, { mode: 'short', choices: hist.slice(0, 2) }), mini);
    expect(d).toMatchObject({ ok: true, code: { finished: false, mode: 'short', initials: '', choices: hist.slice(0, 2) } });
  });

  it('forgives case, spaces, missing or extra hyphens, and O/I/L for 0/1/1', () => {
    const code = encodeCode(mini, { mode: 'full', choices: hist });
    const variants = [
      code.toLowerCase(),
      code.replace(/-/g, ''),
      code.replace(/-/g, ' '),
      `  ${code.replace(/-/g, '--')}  `,
      code.replace(/0/g, 'O').replace(/1/g, 'l'),
      code.replace(/1/g, 'I'),
    ];
    for (const v of variants) expect(decodeCode(v, mini)).toMatchObject({ ok: true, code: { canonical: code } });
  });

  it('rejects mistyped, swapped, shortened, foreign and too-new codes with a plain reason', () => {
    const code = encodeCode(mini, { mode: 'full', choices: hist, initials: 'AB' });
    const body = code.slice(P.length + 1);
    const at = 7;
    const ch = body[at]!;
    const other = ALPHABET[(ALPHABET.indexOf(ch) + 1) % 32]!;
    const typo = `${P}-` + body.slice(0, at) + other + body.slice(at + 1);
    expect(decodeCode(typo, mini)).toMatchObject({ ok: false, error: { kind: 'mistyped' } });
    expect(decodeCode(code.slice(0, -1), mini)).toMatchObject({ ok: false });
    expect(decodeCode(code.replace(/U|$/, 'U'), mini)).toMatchObject({ ok: false, error: { kind: 'bad-character' } });
    expect(decodeCode('ABCD-EFGH', mini)).toMatchObject({ ok: false, error: { kind: 'no-prefix' } });
    expect(decodeCode('', mini)).toMatchObject({ ok: false, error: { kind: 'empty' } });
    expect(decodeCode(`${P}-12`, mini)).toMatchObject({ ok: false, error: { kind: 'wrong-length' } });
    // Another scenario's code.
    const foreign = { ...mini, id: 'berlin-1961' } as Scenario;
    expect(decodeCode(encodeCode(foreign, { mode: 'full', choices: hist }), mini)).toMatchObject({ ok: false, error: { kind: 'other-scenario' } });
    // A newer scenario version.
    expect(decodeCode(encodeCode(variant(4), { mode: 'full', choices: hist }), mini)).toMatchObject({ ok: false, error: { kind: 'newer-scenario' } });
    // A code of a newer format (valid check, version 3).
    const w = new BitWriter();
    w.write(3, 4);
    w.write(3, 10);
    w.write(scenarioTag(mini.id), 8);
    w.write(0, 16);
    const chars = 16;
    w.write(0, chars * 5 - 24 - w.length);
    const bits = w.toBits();
    const crc = crc24([chars, ...bitsToBytes(bits)]);
    const newer = P + bitsToChars([...bits, ...Array.from({ length: 24 }, (_, i) => (crc >>> (23 - i)) & 1)]);
    const tooNew = decodeCode(newer, mini);
    expect(tooNew).toMatchObject({ ok: false, error: { kind: 'too-new' } });
    if (!tooNew.ok) expect(codeErrorText(tooNew.error)).toMatch(/newer version of the game/);
  });

  it('accepts an older scenario version whose choices still fit, and refuses one whose choices do not', () => {
    expect(decodeCode(encodeCode(variant(2), { mode: 'full', choices: hist }), mini)).toMatchObject({ ok: true, code: { scenarioVersion: 2 } });
    const older = variant(2, (s) => s.decisions[0]!.options.push({ ...(s.decisions[0]!.options[2] as object), id: 'extra' }));
    const choices = play(older, 'full', [3, 0, 0, 0, 0, 0]);
    expect(choices[0]!.option).toBe('extra');
    expect(decodeCode(encodeCode(older, { mode: 'full', choices }), mini)).toMatchObject({ ok: false, error: { kind: 'older-scenario' } });
  });

  it('10,000 random and tampered strings are rejected without an exception', () => {
    const codes = Array.from({ length: 50 }, (_, i) =>
      encodeCode(mini, {
        mode: i % 3 ? 'full' : 'short',
        choices: play(mini, i % 3 ? 'full' : 'short', [i, i >> 1, i >> 2, i >> 3, i >> 4, i >> 5]),
        initials: i % 2 ? 'XY' : '',
      }),
    );
    const valid = new Set(codes.map((c) => c.replace(/-/g, '')));
    const crock = fc.constantFrom(...ALPHABET.split(''));
    const tampered = fc
      .tuple(fc.constantFrom(...codes), fc.nat(), fc.nat(31), fc.constantFrom('substitute', 'swap', 'delete', 'insert'))
      .map(([code, pos, v, how]) => {
        const body = code.replace(/-/g, '').slice(P.length);
        const i = pos % body.length;
        const ch = body[i]!;
        if (how === 'substitute') return P + body.slice(0, i) + ALPHABET[(ALPHABET.indexOf(ch) + 1 + (v % 31)) % 32] + body.slice(i + 1);
        if (how === 'swap') {
          const j = Math.min(i + 1, body.length - 1);
          if (body[i] === body[j]) return P + body + '0'; // nothing to swap: lengthen instead
          return P + body.slice(0, i) + body[j] + body[i] + body.slice(j + 1);
        }
        if (how === 'delete') return P + body.slice(0, i) + body.slice(i + 1);
        return P + body.slice(0, i) + ALPHABET[v] + body.slice(i);
      });
    const randomCode = fc.array(crock, { minLength: 0, maxLength: 40 }).map((a) => `${P}-` + a.join(''));
    const anything = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constant(P), fc.constant(`${P.toLowerCase()}-`));
    let checked = 0;
    fc.assert(
      fc.property(fc.oneof(tampered, randomCode, anything), (input) => {
        checked++;
        const r = decodeCode(input, mini);
        if (r.ok) {
          // Only a string that is one of the real codes may pass.
          expect(valid.has(input.toUpperCase().replace(/[\s-]/g, ''))).toBe(true);
        } else expect(codeErrorText(r.error).length).toBeGreaterThan(5);
      }),
      { numRuns: 10_000, seed: 42 },
    );
    expect(checked).toBe(10_000);
    // Any value at all, not only strings.
    for (const v of [null, undefined, 42, {}, [], Symbol('x')]) expect(() => decodeCode(v, mini)).not.toThrow();
  });

  it('pulls codes out of any pasted text, cutting each at its own length', () => {
    const a = encodeCode(mini, { mode: 'full', choices: hist, initials: 'ANN' });
    const b = encodeCode(mini, { mode: 'short', choices: historicalPath(mini, 'short') });
    const text = `Results:\nAnn: ${a} thanks!\nBob - ${b.toLowerCase().replace(/-/g, ' ')}\nnot a code HB and HBAR\n`;
    const found = extractCodes(text, mini);
    expect(found.map((f) => decodeCode(f, mini)).map((r) => r.ok && r.code.canonical)).toEqual([a, b]);
  });
});

describe('code prefix per scenario', () => {
  /** The mini scenario under the prefix EX62: same id and version, so only the prefix tells its codes apart. */
  const asEx62 = { ...mini, presentation: { ...mini.presentation, codePrefix: 'EX62' } } as Scenario;
  const ex62Codes = Array.from({ length: 40 }, (_, i) =>
    encodeCode(asEx62, { mode: i % 2 ? 'full' : 'short', choices: play(mini, i % 2 ? 'full' : 'short', [i, i >> 1, i >> 2, i >> 3, i >> 4]) }),
  );

  it('a mini code starts with HB, and decodes under HB only', () => {
    const code = encodeCode(mini, { mode: 'full', choices: hist });
    expect(code.startsWith('HB-')).toBe(true);
    expect(decodeCode(code, mini)).toMatchObject({ ok: true, code: { canonical: code } });
    expect(decodeCode(code, asEx62)).toMatchObject({ ok: false, error: { kind: 'no-prefix', prefix: 'EX62' } });
  });

  it('an EX62 code is not picked out for the mini scenario, even with HB inside it', () => {
    const withHb = 'EX62-7KHB-M9TP-HB12-Q4RS';
    const text = [...ex62Codes, withHb].map((c, i) => `Student ${i + 1}: ${c}`).join('\n');
    expect(extractCodes(text, mini)).toEqual([]);
    expect(extractCodes(text, asEx62).slice(0, ex62Codes.length)).toEqual(ex62Codes);
    expect(decodeCode(ex62Codes[0], mini)).toMatchObject({ ok: false, error: { kind: 'no-prefix', prefix: 'HB', game: 'The Harbour Board' } });
    // Mixed in with real mini codes, only those are found.
    const hb = encodeCode(mini, { mode: 'full', choices: hist, initials: 'AB' });
    expect(extractCodes(`${ex62Codes[1]} ${hb}, ${ex62Codes[2]}`, mini)).toEqual([hb]);
    // After a word and a space of any kind, or after punctuation, a prefix still starts a code.
    expect(extractCodes(`Ann\u00a0${hb}; Bob:${hb}\t(${hb.toLowerCase()})`, mini)).toEqual([hb, hb, hb.toLowerCase()]);
  });

  it('words a refusal with the scenario’s prefix and name', () => {
    const r = decodeCode('ABCD-EFGH', mini);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(codeErrorText(r.error)).toBe('this is not an The Harbour Board code (those start with HB)');
    const real = decodeCode('ABCD-EFGH', { ...mini, presentation: { ...mini.presentation, codePrefix: 'EX62', shortTitle: 'ExComm 1962' } } as Scenario);
    if (!real.ok) expect(codeErrorText(real.error)).toBe('this is not an ExComm 1962 code (those start with EX62)');
  });
});

describe('leaning', () => {
  it('names the stance most answers took, or mixed on a tie', () => {
    expect(leaning({ firm: 3, middle: 1, flexible: 0 })).toBe('firm');
    expect(leaning({ firm: 1, middle: 1, flexible: 4 })).toBe('flexible');
    expect(leaning({ firm: 2, middle: 2, flexible: 1 })).toBe('mixed');
  });
});

describe('aggregateClass', () => {
  // 40 students' playthroughs, a few handed in twice, and some junk.
  const students = Array.from({ length: 40 }, (_, i) => {
    const mode: Mode = i % 4 === 3 ? 'short' : 'full';
    const picks = [i % 3, (i >> 1) % 2, (i >> 2) % 2, i % 3, (i >> 3) % 2, i % 3];
    return { mode, choices: play(mini, mode, picks), initials: String.fromCharCode(65 + (i % 26)) + String.fromCharCode(65 + ((i * 7) % 26)) };
  });
  const codes = students.map((s) => encodeCode(mini, s));
  const repeats = [codes[0]!, codes[0]!, codes[5]!, codes[17]!.toLowerCase()];
  const unfinished = encodeCode(mini, { mode: 'full', choices: hist.slice(0, 2) });
  const junk = ['hello', `${P}-0000-0000-0000`, codes[3]!.slice(0, -2), `${P}-UUUU`];
  const all = [...codes, ...repeats, unfinished, ...junk];

  it('counts every choice and ending, flags repeats without dropping them, and lists rejected codes with reasons', () => {
    const agg = aggregateClass(all, mini);
    expect(agg.received).toBe(all.length);
    expect(agg.accepted).toBe(45);
    expect(agg.finished).toBe(44);
    expect(agg.inProgress).toBe(1);
    expect(agg.rejected.map((r) => r.input)).toEqual(junk);
    expect(agg.rejected.every((r) => codeErrorText(r.error).length > 10)).toBe(true);
    expect(agg.repeats).toEqual(
      expect.arrayContaining([
        { canonical: codes[0], count: 3, initials: students[0]!.initials },
        { canonical: codes[5], count: 2, initials: students[5]!.initials },
        { canonical: codes[17], count: 2, initials: students[17]!.initials },
      ]),
    );
    expect(agg.repeats).toHaveLength(3);
    expect(agg.entries.filter((e) => e.repeatOf !== null)).toHaveLength(4);

    // Expected counts, worked out from the playthroughs directly.
    const counted = [...students, students[0]!, students[0]!, students[5]!, students[17]!, { mode: 'full' as Mode, choices: hist.slice(0, 2) }];
    for (const d of mini.decisions) {
      const tally = agg.decisions.find((t) => t.decisionId === d.id)!;
      for (const o of d.options) {
        const n = counted.filter((s) => s.choices.some((c) => c.decision === d.id && c.option === o.id)).length;
        expect(tally.options.find((x) => x.optionId === o.id)!.count, `${d.id}=${o.id}`).toBe(n);
      }
      expect(tally.historicalOption).toBe(d.history.option);
      expect(tally.matched + tally.differed).toBe(tally.answered);
    }
    for (const e of mini.endings) {
      const n = counted.filter((s) => {
        const sim = simulate(mini, s.mode, s.choices);
        return sim.ok && sim.finished && sim.ending?.id === e.id;
      }).length;
      expect(agg.endings.find((x) => x.endingId === e.id)!.count, e.id).toBe(n);
    }
    expect(agg.endings.reduce((n, e) => n + e.count, 0)).toBe(44);
    // Stances: every answer counted once, beside the decided option's stance on the same question.
    const all2 = counted.flatMap((s) => s.choices);
    const stance = (decision: string, option: string) => mini.decisions.find((d) => d.id === decision)!.options.find((o) => o.id === option)!.stance;
    for (const s of ['firm', 'middle', 'flexible'] as const) {
      expect(agg.stances.answers[s], s).toBe(all2.filter((c) => stance(c.decision, c.option) === s).length);
      expect(agg.stances.record[s], s).toBe(
        all2.filter((c) => stance(c.decision, mini.decisions.find((d) => d.id === c.decision)!.history.option) === s).length,
      );
    }
    expect(agg.stances.total).toBe(all2.length);
    expect(Object.values(agg.stances.leaning).reduce((a, b) => a + b, 0)).toBe(counted.filter((s) => s.choices.length > 0).length);
    const shares = agg.mostDifferent.map((m) => m.differShare);
    expect(shares).toEqual([...shares].sort((x, y) => y - x));
    expect(agg.mostDifferent.length).toBeGreaterThan(0);
  });

  it('works the same from a pasted block of text', () => {
    const text = all.map((c, i) => `Student ${i + 1}: ${c}`).join('\n');
    const agg = aggregateText(text, mini);
    expect(agg.accepted).toBe(45);
    // Junk without the prefix is not a code at all; prefixed junk is rejected with a reason.
    expect(agg.rejected.map((r) => r.input)).toEqual([junk[1], junk[2]]);
  });
});
