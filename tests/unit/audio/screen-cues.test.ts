import { describe, expect, it } from 'vitest';
import { KNOWN_CUES } from '../../../game/core/cues';
import { cuesForScreen, MEDIUM_CUES } from '../../../game/services/audio';
import { SCREENS } from '../../../game/core/machine/screens';

describe('cuesForScreen', () => {
  it('maps the fixed screens', () => {
    expect(cuesForScreen('prologue')).toEqual(['paper']);
    expect(cuesForScreen('opening')).toEqual(['typewriter']);
    expect(cuesForScreen('intelligence')).toEqual(['paper']);
    expect(cuesForScreen('decision')).toEqual([]);
    expect(cuesForScreen('summary')).toEqual(['sting-calm']);
    expect(cuesForScreen('debrief')).toEqual(['stamp']);
  });

  it('a consequence sounds like its medium', () => {
    expect(cuesForScreen('consequence', 'cable')).toEqual(['teletype']);
    expect(cuesForScreen('consequence', 'phone')).toEqual(['phone']);
    expect(cuesForScreen('consequence', 'headline')).toEqual(['paper']);
    expect(cuesForScreen('consequence', 'record')).toEqual(['typewriter']);
    expect(Object.keys(MEDIUM_CUES).sort()).toEqual(['cable', 'headline', 'phone', 'record']);
  });

  it('adds the cue a consequence names, once, and ignores unknown ids', () => {
    expect(cuesForScreen('consequence', 'cable', { cue: 'ship-horn' })).toEqual(['teletype', 'ship-horn']);
    expect(cuesForScreen('consequence', 'cable', { cue: 'teletype' })).toEqual(['teletype']);
    expect(cuesForScreen('consequence', 'cable', { cue: 'kazoo' })).toEqual(['teletype']);
  });

  it('an event opens with the tension sting', () => {
    expect(cuesForScreen('event')).toEqual(['sting-tension']);
    expect(cuesForScreen('event', 'headline')).toEqual(['sting-tension', 'paper']);
    expect(cuesForScreen('event', 'cable', { cue: 'jet' })).toEqual(['sting-tension', 'teletype', 'jet']);
  });

  it('an ending plays its sting', () => {
    expect(cuesForScreen('epilogue', 'historical')).toEqual(['ending-historical']);
    expect(cuesForScreen('epilogue', 'settled')).toEqual(['ending-settled']);
    expect(cuesForScreen('epilogue', 'crisis')).toEqual(['ending-crisis']);
    expect(cuesForScreen('epilogue', 'counterfactual')).toEqual(['ending-settled']);
    expect(cuesForScreen('epilogue', 'counterfactual', { cue: 'ending-crisis' })).toEqual(['ending-crisis']);
    expect(cuesForScreen('epilogue')).toEqual(['ending-historical']);
  });

  // The shipped scenario's topic sounds (presentation.topicCues).
  const topicCues = [
    {
      cue: 'jet',
      words: ['reconnaissance', 'overflight', 'overflights', 'U-2', 'surveillance flight', 'surveillance flights', 'low-level flight', 'low-level flights'],
    },
    { cue: 'ship-horn', words: ['quarantine', 'ship', 'ships', 'vessel', 'vessels', 'freighter', 'freighters', 'blockade'] },
  ];

  it('topic sounds play only when the scenario names the cue', () => {
    const topic = 'Should low-level reconnaissance flights over Cuba continue?';
    expect(cuesForScreen('decision', undefined, { topic, topicCues })).toEqual([]);
    expect(cuesForScreen('decision', undefined, { topic, scenarioCues: [], topicCues })).toEqual([]);
    expect(cuesForScreen('decision', undefined, { topic, scenarioCues: ['jet'], topicCues })).toEqual(['jet']);
    expect(cuesForScreen('decision', undefined, { topic, scenarioCues: ['jet'] })).toEqual([]);
    expect(cuesForScreen('intelligence', undefined, { topic: 'U-2 photographs', scenarioCues: ['jet'], topicCues })).toEqual(['paper', 'jet']);
    const ships = 'Soviet ships approach the quarantine line';
    expect(cuesForScreen('decision', undefined, { topic: ships, scenarioCues: ['jet', 'ship-horn'], topicCues })).toEqual(['ship-horn']);
    // Whole words only, any case: "relationship" is not a ship; "SHIPS" is.
    expect(cuesForScreen('decision', undefined, { topic: 'the relationship', scenarioCues: ['ship-horn'], topicCues })).toEqual([]);
    expect(cuesForScreen('decision', undefined, { topic: 'SHIPS turn back', scenarioCues: ['ship-horn'], topicCues })).toEqual(['ship-horn']);
    // A cue the game does not know is never played, whatever the scenario lists.
    expect(cuesForScreen('decision', undefined, { topic: 'kazoo band', scenarioCues: ['kazoo'], topicCues: [{ cue: 'kazoo', words: ['kazoo'] }] })).toEqual([]);
  });

  it('only ever returns known cues, never the room tone', () => {
    for (const kind of SCREENS) {
      for (const detail of [undefined, 'cable', 'crisis', 'counterfactual'] as const) {
        const cues = cuesForScreen(kind, detail, { topic: 'reconnaissance ships', scenarioCues: KNOWN_CUES, topicCues });
        for (const cue of cues) expect(KNOWN_CUES).toContain(cue);
        expect(cues).not.toContain('room-tone');
      }
    }
  });
});
