/**
 * Results and resume codes: `EX62-XXXX-XXXX-…`, everything a playthrough needs in a few groups of four.
 *
 * Bits, in order: code format (4), scenario version (10), scenario tag (8, from the scenario id), mode (1),
 * finished (1), number of choices (7), number of initials (2), each choice as the option's index (2 each,
 * in play order, so the decisions themselves need no room), each initial A-Z (5 each), zero padding to a
 * whole character, then a CRC-24 over all of it and the character count. Because the check sits at the
 * end and covers everything before it, a mistyped code is told apart from a code of a newer format.
 */
import type { Scenario } from '../scenario/schema';
import type { Choice } from '../rules/conditions';
import { END, firstDecision, getDecision, nextDecision, simulate, type Mode } from '../rules/engine';
import { ALPHABET, BitReader, BitWriter, bitsToBytes, bitsToChars, charValue, charsToBits, crc24 } from './crockford';

export const CODE_PREFIX = 'EX62';
export const CODE_VERSION = 1;
const HEADER_BITS = 4 + 10 + 8 + 1 + 1 + 7 + 2;
const CHECK_BITS = 24;

export type DecodedCode = {
  codeVersion: number;
  scenarioVersion: number;
  mode: Mode;
  /** A finished game's code is a results code; an unfinished one is a resume code. */
  finished: boolean;
  choices: Choice[];
  optionIndexes: number[];
  initials: string;
  /** The code written the standard way (upper case, groups of four). */
  canonical: string;
};

export type CodeRejection =
  'empty' | 'no-prefix' | 'bad-character' | 'wrong-length' | 'mistyped' | 'too-new' | 'other-scenario' | 'newer-scenario' | 'older-scenario' | 'does-not-fit';

export type DecodeResult = { ok: true; code: DecodedCode } | { ok: false; kind: CodeRejection; reason: string };

/** Eight bits from the scenario id, so a code of another scenario is recognised as foreign. */
export function scenarioTag(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h ^ (h >>> 8) ^ (h >>> 16) ^ (h >>> 24)) & 0xff;
}

/** Up to three capital letters A-Z; anything else is dropped. */
export function normalizeInitials(initials: string | undefined): string {
  return (initials ?? '')
    .toUpperCase()
    .replace(/[^A-Z]/g, '')
    .slice(0, 3);
}

function checkOf(bits: readonly number[], chars: number): number {
  return crc24([chars & 0xff, ...bitsToBytes(bits)]);
}

function group(chars: string): string {
  return [CODE_PREFIX, ...(chars.match(/.{1,4}/g) ?? [])].join('-');
}

/** Characters a code of n choices and k initials takes after the prefix. */
export function codeLength(choices: number, initials: number): number {
  return Math.ceil((HEADER_BITS + 2 * choices + 5 * initials + CHECK_BITS) / 5);
}

/**
 * The code of a playthrough. Choices are checked against the scenario; if some do not fit, the code holds
 * the choices up to the first that does not (so it always decodes).
 */
export function encodeCode(scenario: Scenario, play: { mode: Mode; choices: readonly Choice[]; initials?: string }): string {
  let sim = simulate(scenario, play.mode, play.choices);
  if (!sim.ok) sim = simulate(scenario, play.mode, play.choices.slice(0, sim.problem.at));
  const steps = sim.ok ? sim.steps : [];
  const finished = sim.ok && sim.finished;
  const initials = normalizeInitials(play.initials);
  const w = new BitWriter();
  w.write(CODE_VERSION, 4);
  w.write(scenario.version & 0x3ff, 10);
  w.write(scenarioTag(scenario.id), 8);
  w.write(play.mode === 'short' ? 1 : 0, 1);
  w.write(finished ? 1 : 0, 1);
  w.write(steps.length, 7);
  w.write(initials.length, 2);
  for (const s of steps)
    w.write(
      s.decision.options.findIndex((o) => o.id === s.option.id),
      2,
    );
  for (const ch of initials) w.write(ch.charCodeAt(0) - 65, 5);
  const total = codeLength(steps.length, initials.length) * 5;
  w.write(0, total - CHECK_BITS - w.length);
  const bits = w.toBits();
  const chars = total / 5;
  const check = checkOf(bits, chars);
  return group(bitsToChars([...bits, ...Array.from({ length: CHECK_BITS }, (_, i) => (check >>> (CHECK_BITS - 1 - i)) & 1)]));
}

/**
 * The characters of a code after its prefix, with spaces and hyphens removed, or why there are none.
 */
function body(input: string): { ok: true; chars: string } | { ok: false; kind: CodeRejection; reason: string } {
  const squeezed = input.replace(/[\s\-‐‑–—_.]+/g, '').toUpperCase();
  if (squeezed === '') return { ok: false, kind: 'empty', reason: 'nothing was typed' };
  if (!squeezed.startsWith(CODE_PREFIX)) return { ok: false, kind: 'no-prefix', reason: `this is not an ExComm 1962 code (those start with ${CODE_PREFIX})` };
  const chars = squeezed.slice(CODE_PREFIX.length);
  for (const ch of chars)
    if (charValue(ch) < 0)
      return {
        ok: false,
        kind: 'bad-character',
        reason: ch === 'U' ? 'the code contains a U, which codes never use: check that character' : `the code contains "${ch}", which codes never use`,
      };
  return { ok: true, chars };
}

export function decodeCode(input: unknown, scenario: Scenario): DecodeResult {
  try {
    if (typeof input !== 'string') return { ok: false, kind: 'empty', reason: 'nothing was typed' };
    if (input.length > 400) return { ok: false, kind: 'wrong-length', reason: 'this is far too long to be a code' };
    const b = body(input);
    if (!b.ok) return b;
    const { chars } = b;
    const minChars = codeLength(0, 0);
    if (chars.length < minChars) return { ok: false, kind: 'wrong-length', reason: 'the code is too short: a character or a group may be missing' };
    const bits = charsToBits(chars)!;
    const payload = bits.slice(0, bits.length - CHECK_BITS);
    const r = new BitReader(bits.slice(bits.length - CHECK_BITS));
    if (r.read(CHECK_BITS) !== checkOf(payload, chars.length))
      return { ok: false, kind: 'mistyped', reason: 'the code does not check out: a character may be mistyped, missing or swapped' };

    const rd = new BitReader(payload);
    const version = rd.read(4)!;
    if (version > CODE_VERSION) return { ok: false, kind: 'too-new', reason: 'this code was made by a newer version of the game; update the game to read it' };
    if (version < 1) return { ok: false, kind: 'mistyped', reason: 'the code does not check out' };
    const scenarioVersion = rd.read(10)!;
    const tag = rd.read(8)!;
    const mode: Mode = rd.read(1) === 1 ? 'short' : 'full';
    const finished = rd.read(1) === 1;
    const count = rd.read(7)!;
    const nInitials = rd.read(2)!;
    if (chars.length !== codeLength(count, nInitials))
      return { ok: false, kind: 'wrong-length', reason: 'the code has the wrong length: a character or a group may be missing or doubled' };
    if (tag !== scenarioTag(scenario.id)) return { ok: false, kind: 'other-scenario', reason: 'this code belongs to a different scenario' };
    if (scenarioVersion > scenario.version)
      return {
        ok: false,
        kind: 'newer-scenario',
        reason: `this code was made with a newer version of the scenario (${scenarioVersion}; this game has ${scenario.version})`,
      };
    const indexes: number[] = [];
    for (let i = 0; i < count; i++) indexes.push(rd.read(2)!);
    let initials = '';
    for (let i = 0; i < nInitials; i++) {
      const v = rd.read(5)!;
      if (v > 25) return { ok: false, kind: 'mistyped', reason: 'the initials in the code cannot be read' };
      initials += String.fromCharCode(65 + v);
    }
    const older = scenarioVersion < scenario.version;
    const misfit = (what: string): DecodeResult =>
      older
        ? { ok: false, kind: 'older-scenario', reason: `this code was made with an older version of the scenario (${scenarioVersion}) and ${what}` }
        : { ok: false, kind: 'does-not-fit', reason: `this code does not fit the scenario: ${what}` };
    // Walk play order to turn option indexes back into choices.
    const choices: Choice[] = [];
    let at = firstDecision(scenario, mode);
    for (const index of indexes) {
      if (at === END) return misfit('it has more choices than the game has questions');
      const d = getDecision(scenario, at)!;
      const option = d.options[index];
      if (!option) return misfit(`its answer to "${d.title}" no longer exists`);
      choices.push({ decision: d.id, option: option.id });
      at = nextDecision(scenario, mode, d.id, option.id);
    }
    if (finished !== (at === END)) return misfit(finished ? 'it says the game was finished, but its choices stop early' : 'its game is not marked finished');
    const canonical = group([...chars].map((ch) => ALPHABET[charValue(ch)]).join(''));
    return { ok: true, code: { codeVersion: version, scenarioVersion, mode, finished, choices, optionIndexes: indexes, initials, canonical } };
  } catch {
    return { ok: false, kind: 'mistyped', reason: 'the code could not be read' };
  }
}

/** Between characters of a code: spaces, tabs and hyphens (a line break ends a code). */
const SEPARATOR = /[ \t\u00a0\-‐‑–—_.]/;

/**
 * Every code in a pasted text (an e-mail, a spreadsheet column, a chat log), as typed. The header says
 * how long a code is, so a code followed by a word is cut at the right place.
 */
export function extractCodes(text: string): string[] {
  const out: string[] = [];
  if (typeof text !== 'string') return out;
  const re = /EX62/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    let i = m.index + 4;
    let chars = '';
    let end = i;
    let need = Infinity;
    while (i < text.length && chars.length < need) {
      const ch = text[i]!;
      if (SEPARATOR.test(ch)) {
        i++;
        continue;
      }
      if (charValue(ch) < 0) break;
      chars += ch;
      i++;
      end = i;
      if (chars.length === 7) {
        const bits = charsToBits(chars)!;
        const rd = new BitReader(bits);
        const version = rd.read(4);
        if (version === CODE_VERSION) {
          rd.read(10);
          rd.read(8);
          rd.read(2);
          need = codeLength(rd.read(7)!, rd.read(2)!);
        }
      }
    }
    // Shorter than the smallest possible code: a word that happens to follow "EX62", not a code.
    if (chars.length >= codeLength(0, 0)) out.push(text.slice(m.index, end));
    re.lastIndex = Math.max(end, m.index + 4);
  }
  return out;
}

export { ALPHABET };
