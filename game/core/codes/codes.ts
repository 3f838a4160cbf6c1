/**
 * Results and resume codes: `EX62-XXXX-XXXX-…` (the prefix is the scenario's `presentation.codePrefix`), everything a playthrough needs in a few groups of four.
 *
 * Bits, in order: code format (4), scenario version (10), scenario tag (8, from the scenario id), mode (1),
 * finished (1), number of choices (7), number of initials (2), each choice as the option's index (2 each,
 * in play order, so the decisions themselves need no room), each initial A-Z (5 each), zero padding to a
 * whole character, then a CRC-24 over all of it and the character count. Because the check sits at the
 * end and covers everything before it, a mistyped code is told apart from a code of a newer format.
 *
 * Format 2 is format 1 with one more bit after `finished`: a whole-class game (projector mode, played by a class
 * at one screen). Only whole-class games are written in format 2, so every other code stays exactly as format 1
 * wrote it (and codes handed in before format 2 existed still read the same).
 */
import type { Scenario } from '../scenario/schema';
import type { Choice } from '../rules/conditions';
import { END, firstDecision, getDecision, nextDecision, simulate, type Mode } from '../rules/engine';
import { ALPHABET, BitReader, BitWriter, bitsToBytes, bitsToChars, charValue, charsToBits, crc24 } from './crockford';

/** The newest code format this game reads (and writes for a whole-class game). */
export const CODE_VERSION = 2;
/** Header bits of each format: format 2 adds the whole-class bit. */
const HEADER_BITS: Record<number, number> = { 1: 4 + 10 + 8 + 1 + 1 + 7 + 2, 2: 4 + 10 + 8 + 1 + 1 + 1 + 7 + 2 };
const CHECK_BITS = 24;

export type DecodedCode = {
  codeVersion: number;
  scenarioVersion: number;
  mode: Mode;
  /** A finished game's code is a results code; an unfinished one is a resume code. */
  finished: boolean;
  /** Played by a whole class at one screen (projector mode); only format 2 can say so. */
  wholeClass: boolean;
  choices: Choice[];
  optionIndexes: number[];
  initials: string;
  /** The code written the standard way (upper case, groups of four). */
  canonical: string;
};

/** Why a code that decodes does not fit the scenario (worded by the UI). */
export type CodeMisfit = { what: 'too-many-choices' } | { what: 'option-gone'; decisionTitle: string } | { what: 'stops-early' } | { what: 'not-finished' };

/**
 * Why a code was refused: a kind and what the wording needs, never a sentence (the UI words it through its
 * string catalogue, `codeErrorText` in game/ui/strings).
 */
export type CodeError =
  | { kind: 'empty' }
  | { kind: 'no-prefix'; prefix: string; game: string }
  | { kind: 'bad-character'; char: string }
  | { kind: 'wrong-length'; detail: 'far-too-long' | 'too-short' | 'mismatch' }
  | { kind: 'mistyped'; detail: 'checksum' | 'bad-version' | 'initials' | 'unreadable' }
  | { kind: 'too-new' }
  | { kind: 'other-scenario' }
  | { kind: 'newer-scenario'; codeVersion: number; gameVersion: number }
  | ({ kind: 'older-scenario'; codeVersion: number } & CodeMisfit)
  | ({ kind: 'does-not-fit' } & CodeMisfit);

export type CodeRejection = CodeError['kind'];

export type DecodeResult = { ok: true; code: DecodedCode } | { ok: false; error: CodeError };

const fail = (error: CodeError): { ok: false; error: CodeError } => ({ ok: false, error });

/** The scenario's code prefix ("EX62"). */
export function codePrefixOf(scenario: Pick<Scenario, 'presentation'>): string {
  return scenario.presentation.codePrefix;
}

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

function group(prefix: string, chars: string): string {
  return [prefix, ...(chars.match(/.{1,4}/g) ?? [])].join('-');
}

/** Characters a code of n choices and k initials takes after the prefix (in code format `version`, 1 by default). */
export function codeLength(choices: number, initials: number, version = 1): number {
  return Math.ceil(((HEADER_BITS[version] ?? HEADER_BITS[1]!) + 2 * choices + 5 * initials + CHECK_BITS) / 5);
}

/**
 * The code of a playthrough. Choices are checked against the scenario; if some do not fit, the code holds
 * the choices up to the first that does not (so it always decodes).
 */
export function encodeCode(scenario: Scenario, play: { mode: Mode; choices: readonly Choice[]; initials?: string; wholeClass?: boolean }): string {
  let sim = simulate(scenario, play.mode, play.choices);
  if (!sim.ok) sim = simulate(scenario, play.mode, play.choices.slice(0, sim.problem.at));
  const steps = sim.ok ? sim.steps : [];
  const finished = sim.ok && sim.finished;
  const initials = normalizeInitials(play.initials);
  const version = play.wholeClass ? 2 : 1;
  const w = new BitWriter();
  w.write(version, 4);
  w.write(scenario.version & 0x3ff, 10);
  w.write(scenarioTag(scenario.id), 8);
  w.write(play.mode === 'short' ? 1 : 0, 1);
  w.write(finished ? 1 : 0, 1);
  if (version === 2) w.write(1, 1);
  w.write(steps.length, 7);
  w.write(initials.length, 2);
  for (const s of steps)
    w.write(
      s.decision.options.findIndex((o) => o.id === s.option.id),
      2,
    );
  for (const ch of initials) w.write(ch.charCodeAt(0) - 65, 5);
  const total = codeLength(steps.length, initials.length, version) * 5;
  w.write(0, total - CHECK_BITS - w.length);
  const bits = w.toBits();
  const chars = total / 5;
  const check = checkOf(bits, chars);
  return group(codePrefixOf(scenario), bitsToChars([...bits, ...Array.from({ length: CHECK_BITS }, (_, i) => (check >>> (CHECK_BITS - 1 - i)) & 1)]));
}

/**
 * The characters of a code after its prefix, with spaces and hyphens removed, or why there are none.
 */
function body(input: string, scenario: Scenario): { ok: true; chars: string } | { ok: false; error: CodeError } {
  const prefix = codePrefixOf(scenario);
  const squeezed = input.replace(/[\s\-‐‑–—_.]+/g, '').toUpperCase();
  if (squeezed === '') return fail({ kind: 'empty' });
  if (!squeezed.startsWith(prefix)) return fail({ kind: 'no-prefix', prefix, game: scenario.presentation.shortTitle });
  const chars = squeezed.slice(prefix.length);
  for (const ch of chars) if (charValue(ch) < 0) return fail({ kind: 'bad-character', char: ch });
  return { ok: true, chars };
}

export function decodeCode(input: unknown, scenario: Scenario): DecodeResult {
  try {
    if (typeof input !== 'string') return fail({ kind: 'empty' });
    if (input.length > 400) return fail({ kind: 'wrong-length', detail: 'far-too-long' });
    const b = body(input, scenario);
    if (!b.ok) return b;
    const { chars } = b;
    const minChars = codeLength(0, 0);
    if (chars.length < minChars) return fail({ kind: 'wrong-length', detail: 'too-short' });
    const bits = charsToBits(chars)!;
    const payload = bits.slice(0, bits.length - CHECK_BITS);
    const r = new BitReader(bits.slice(bits.length - CHECK_BITS));
    if (r.read(CHECK_BITS) !== checkOf(payload, chars.length)) return fail({ kind: 'mistyped', detail: 'checksum' });

    const rd = new BitReader(payload);
    const version = rd.read(4)!;
    if (version > CODE_VERSION) return fail({ kind: 'too-new' });
    if (version < 1) return fail({ kind: 'mistyped', detail: 'bad-version' });
    const scenarioVersion = rd.read(10)!;
    const tag = rd.read(8)!;
    const mode: Mode = rd.read(1) === 1 ? 'short' : 'full';
    const finished = rd.read(1) === 1;
    const wholeClass = version >= 2 && rd.read(1) === 1;
    const count = rd.read(7)!;
    const nInitials = rd.read(2)!;
    if (chars.length !== codeLength(count, nInitials, version)) return fail({ kind: 'wrong-length', detail: 'mismatch' });
    if (tag !== scenarioTag(scenario.id)) return fail({ kind: 'other-scenario' });
    if (scenarioVersion > scenario.version) return fail({ kind: 'newer-scenario', codeVersion: scenarioVersion, gameVersion: scenario.version });
    const indexes: number[] = [];
    for (let i = 0; i < count; i++) indexes.push(rd.read(2)!);
    let initials = '';
    for (let i = 0; i < nInitials; i++) {
      const v = rd.read(5)!;
      if (v > 25) return fail({ kind: 'mistyped', detail: 'initials' });
      initials += String.fromCharCode(65 + v);
    }
    const older = scenarioVersion < scenario.version;
    const misfit = (why: CodeMisfit): DecodeResult =>
      fail(older ? { kind: 'older-scenario', codeVersion: scenarioVersion, ...why } : { kind: 'does-not-fit', ...why });
    // Walk play order to turn option indexes back into choices.
    const choices: Choice[] = [];
    let at = firstDecision(scenario, mode);
    for (const index of indexes) {
      if (at === END) return misfit({ what: 'too-many-choices' });
      const d = getDecision(scenario, at)!;
      const option = d.options[index];
      if (!option) return misfit({ what: 'option-gone', decisionTitle: d.title });
      choices.push({ decision: d.id, option: option.id });
      at = nextDecision(scenario, mode, d.id, option.id);
    }
    if (finished !== (at === END)) return misfit({ what: finished ? 'stops-early' : 'not-finished' });
    const canonical = group(codePrefixOf(scenario), [...chars].map((ch) => ALPHABET[charValue(ch)]).join(''));
    return { ok: true, code: { codeVersion: version, scenarioVersion, mode, finished, wholeClass, choices, optionIndexes: indexes, initials, canonical } };
  } catch {
    return fail({ kind: 'mistyped', detail: 'unreadable' });
  }
}

/** Between characters of a code: spaces, tabs and hyphens (a line break ends a code). */
const SEPARATOR = /[ \t\u00a0\-‐‑–—_.]/;

/** A letter or digit: a prefix right after one (or after one and a hyphen) is inside a word or another code. */
const WORDISH = /[\p{L}\p{N}]/u;
const HYPHEN = /[-‐‑–—]/;

/**
 * Every code with the scenario's prefix in a pasted text (an e-mail, a spreadsheet column, a chat log), as
 * typed. The header says how long a code is, so a code followed by a word is cut at the right place. A prefix
 * inside a word or inside another code (`EX62-7KHB-…` for the prefix HB) does not start a code.
 */
export function extractCodes(text: string, scenario: Pick<Scenario, 'presentation'>): string[] {
  const out: string[] = [];
  if (typeof text !== 'string') return out;
  const prefix = codePrefixOf(scenario);
  const re = new RegExp(prefix, 'gi');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const before = text[m.index - 1] ?? '';
    const beforeHyphen = HYPHEN.test(before) ? (text[m.index - 2] ?? '') : '';
    if (WORDISH.test(before) || WORDISH.test(beforeHyphen)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    let i = m.index + prefix.length;
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
        const version = rd.read(4) ?? 0;
        if (version >= 1 && version <= CODE_VERSION) {
          rd.read(10);
          rd.read(8);
          rd.read(version === 1 ? 2 : 3);
          need = codeLength(rd.read(7)!, rd.read(2)!, version);
        }
      }
    }
    // Shorter than the smallest possible code: a word that happens to follow the prefix, not a code.
    if (chars.length >= codeLength(0, 0)) out.push(text.slice(m.index, end));
    re.lastIndex = Math.max(end, m.index + prefix.length);
  }
  return out;
}

export { ALPHABET };
