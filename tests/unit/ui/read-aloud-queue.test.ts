/**
 * The reading queue of read-aloud (game/ui/read-aloud/queue.ts): blocks become sentences in order, each with
 * its place in the block and its language, and only the device's own voices are ever chosen.
 */
import { describe, expect, it } from 'vitest';
import { clampRate, localVoices, segmentBlocks, spoken, voiceFor, type VoiceLike } from '../../../game/ui/read-aloud/queue';

describe('sentences to read', () => {
  it('keeps the order of the blocks and of the sentences in each, with offsets into the shown text', () => {
    const blocks = [
      { text: 'The intelligence briefing', lang: 'en' },
      { text: 'McCone reports.  The photos are not conclusive. Castro refuses inspection!', lang: 'en' },
    ];
    const segs = segmentBlocks(blocks);
    expect(segs.map((s) => s.say)).toEqual(['The intelligence briefing', 'McCone reports.', 'The photos are not conclusive.', 'Castro refuses inspection!']);
    expect(segs.map((s) => s.block)).toEqual([0, 1, 1, 1]);
    for (const s of segs) expect(spoken(blocks[s.block]!.text.slice(s.start, s.end))).toBe(s.say);
  });

  it('does not break after an initial, a title or "U.S." / "EE. UU."', () => {
    const say = (text: string, lang = 'en') => segmentBlocks([{ text, lang }]).map((s) => s.say);
    expect(say('John A. McCone, Director of the CIA. He spoke first.')).toEqual(['John A. McCone, Director of the CIA.', 'He spoke first.']);
    expect(say('Mr. Ball said the missiles were gone. The U.S. Navy kept watch.')).toEqual([
      'Mr. Ball said the missiles were gone.',
      'The U.S. Navy kept watch.',
    ]);
    expect(say('La inteligencia de EE. UU. no evaluó bien los informes. Una estimación de septiembre llevó a dudar.', 'es')).toEqual([
      'La inteligencia de EE. UU. no evaluó bien los informes.',
      'Una estimación de septiembre llevó a dudar.',
    ]);
  });

  it('each sentence carries its block’s language, so the record’s English gets an English voice', () => {
    const segs = segmentBlocks([
      { text: 'McCone dice que las fotos no son concluyentes.', lang: 'es' },
      { text: '“did not conclusively prove that the missile buildup had halted”', lang: 'en' },
      { text: 'Traducción: no demostraba de forma concluyente.', lang: 'es' },
    ]);
    expect(segs.map((s) => s.lang)).toEqual(['es', 'en', 'es']);
  });

  it('an option’s number is said as words and highlighted whole; text with no words is skipped', () => {
    const segs = segmentBlocks([
      { text: '1', lang: 'en', say: 'Option 1.' },
      { text: ' — ', lang: 'en' },
      { text: 'Keep flying', lang: 'en' },
    ]);
    expect(segs).toEqual([
      { block: 0, start: 0, end: 1, say: 'Option 1.', lang: 'en' },
      { block: 2, start: 0, end: 11, say: 'Keep flying', lang: 'en' },
    ]);
  });

  it('reads the kicker’s dots as pauses and folds white space', () => {
    expect(spoken('Meeting 14 ·  October 31,\n 1962')).toBe('Meeting 14, October 31, 1962');
  });
});

describe('voices', () => {
  const v = (name: string, lang: string, localService: boolean, isDefault = false): VoiceLike => ({
    name,
    lang,
    voiceURI: `uri:${name}`,
    localService,
    default: isDefault,
  });
  const device = [
    v('Google español', 'es-ES', false),
    v('Espeak Spanish', 'es', true),
    v('Mónica', 'es-MX', true),
    v('Alex', 'en-US', true, true),
    v('Google US English', 'en-US', false),
  ];

  it('never offers a network voice', () => {
    expect(localVoices(device, 'es').map((x) => x.name)).toEqual(['Espeak Spanish', 'Mónica']);
    expect(localVoices(device, 'en').map((x) => x.name)).toEqual(['Alex']);
    expect(localVoices([v('Google US English', 'en-US', false)], 'en')).toEqual([]);
  });

  it('prefers the same region, keeps a chosen local voice, ignores a chosen network voice', () => {
    expect(voiceFor(device, 'es-MX')?.name).toBe('Mónica');
    expect(voiceFor(device, 'es', 'uri:Mónica')?.name).toBe('Mónica');
    expect(voiceFor(device, 'es', 'uri:Google español')?.name).toBe('Espeak Spanish');
    expect(voiceFor(device, 'fr')).toBeNull();
  });

  it('speeds stay between 0.75 and 1.5', () => {
    expect(clampRate(1.25)).toBe(1.25);
    expect(clampRate(3)).toBe(1);
    expect(clampRate('fast')).toBe(1);
  });
});
