/**
 * The reading queue of read-aloud, pure (no DOM, tested in Node): the blocks of a screen in reading order become
 * sentences, each with its place in its block (for the highlight) and its language (for the voice); and the
 * voices the device offers are narrowed to the ones that run on the device itself.
 */

/** One block of text as a person would read it: a heading, a paragraph, a quotation, an option. */
export type ReadBlock = {
  /** The text as shown (offsets into it place the highlight). */
  text: string;
  /** BCP 47 language of the text (`lang` of the nearest element that has one). */
  lang: string;
  /** Words to say instead of the text ("Option 1." for an option's number); the whole text is highlighted. */
  say?: string;
};

/** One sentence to speak: which block, where in it (UTF-16 offsets into `text`), what to say and in which language. */
export type Segment = { block: number; start: number; end: number; say: string; lang: string };

/** A sentence ending in one of these is not the end of a sentence: "Mr. Ball", "John A. McCone", "U.S. Navy", "EE. UU.". */
const ABBREVIATION = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Gen|Adm|Sen|Amb|Sr|Sra|Srta|Lic|St|Jr|No|Nos|approx|aprox|vol|pp?|[A-Z]|U\.S|U\.N|EE|UU)\.$/;

const segmenters = new Map<string, Intl.Segmenter>();
function sentencesOf(text: string, lang: string): { index: number; segment: string }[] {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return [...s.segment(text)].map((x) => ({ index: x.index, segment: x.segment }));
}

/** What a voice says for a shown text: white space folded, the kicker's dots read as pauses. */
export function spoken(text: string): string {
  return text
    .replace(/\s*·\s*/g, ', ')
    .replace(/\s+/g, ' ')
    .trim();
}

const hasWords = (s: string) => /[\p{L}\p{N}]/u.test(s);

/** The blocks as sentences to speak, in order. Sentences with no letter or digit (a lone dash) are left out. */
export function segmentBlocks(blocks: readonly ReadBlock[]): Segment[] {
  const out: Segment[] = [];
  blocks.forEach((b, block) => {
    if (b.say !== undefined) {
      if (hasWords(b.say)) out.push({ block, start: 0, end: b.text.length, say: spoken(b.say), lang: b.lang });
      return;
    }
    let pending: { start: number; end: number } | null = null;
    const flush = () => {
      if (!pending) return;
      const say = spoken(b.text.slice(pending.start, pending.end));
      if (hasWords(say)) out.push({ block, start: pending.start, end: pending.end, say, lang: b.lang });
      pending = null;
    };
    for (const { index, segment } of sentencesOf(b.text, b.lang)) {
      const lead = segment.length - segment.trimStart().length;
      const start = index + lead;
      const end = index + segment.trimEnd().length;
      if (end <= start) continue;
      pending = pending ? { start: pending.start, end } : { start, end };
      // "John A." or "U.S." ends an abbreviation, not a sentence: keep going.
      if (!ABBREVIATION.test(b.text.slice(pending.start, pending.end))) flush();
    }
    flush();
  });
  return out;
}

/** What the game needs of a SpeechSynthesisVoice. */
export type VoiceLike = { name: string; lang: string; voiceURI: string; localService: boolean; default?: boolean };

const primary = (lang: string) => lang.toLowerCase().split(/[-_]/)[0] ?? '';

/**
 * The device's own voices for a language, best first: never a network voice (it would send the text away).
 * A voice for the same region comes first, then the device's default, then by name.
 */
export function localVoices(voices: readonly VoiceLike[], lang: string): VoiceLike[] {
  const want = lang.toLowerCase().replace('_', '-');
  return voices
    .filter((v) => v.localService && primary(v.lang) === primary(lang))
    .sort((a, b) => {
      const exact = Number(b.lang.toLowerCase().replace('_', '-') === want) - Number(a.lang.toLowerCase().replace('_', '-') === want);
      return exact || Number(!!b.default) - Number(!!a.default) || a.name.localeCompare(b.name);
    });
}

/** The voice for a language: the chosen one if it is a local voice for that language, else the best local one; null when there is none. */
export function voiceFor(voices: readonly VoiceLike[], lang: string, chosen = ''): VoiceLike | null {
  const list = localVoices(voices, lang);
  return list.find((v) => v.voiceURI === chosen) ?? list[0] ?? null;
}

/** Reading speeds offered (the 0.75× to 1.5×). */
export const READ_RATES = [0.75, 1, 1.25, 1.5] as const;

export function clampRate(r: unknown): number {
  return typeof r === 'number' && READ_RATES.includes(r as (typeof READ_RATES)[number]) ? r : 1;
}
