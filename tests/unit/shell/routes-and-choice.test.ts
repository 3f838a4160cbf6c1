/** The shell's pure parts: the route of an address, and which scenario the manifest and the address pick. */
import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../../game/shell/router';
import { parseManifest, pickScenario } from '../../../game/shell/scenario-choice';
import { english } from '../../helpers/diagnostics';

describe('parseRoute', () => {
  it('maps every address to one route of the table, unknown ones to the title', () => {
    expect(parseRoute('')).toEqual({ id: '', full: '' });
    expect(parseRoute('#/')).toEqual({ id: '', full: '' });
    expect(parseRoute('#/play')).toEqual({ id: 'play', full: 'play' });
    expect(parseRoute('#/about')).toEqual({ id: 'about', full: 'about' });
    expect(parseRoute('#/class?code=EX62-AAAA')).toEqual({ id: 'class', full: 'class?code=EX62-AAAA' });
    expect(parseRoute('#/guide')).toEqual({ id: 'guide', full: 'guide' });
    expect(parseRoute('#/nowhere')).toEqual({ id: '', full: 'nowhere' });
  });
});

describe('the scenario manifest', () => {
  const two = JSON.stringify({
    scenarios: [
      { id: 'excomm-1962', file: 'excomm-1962.json', sources: 'sources/' },
      { id: 'harbour-test', file: 'harbour-test/scenario.json', sources: 'harbour-test/sources/' },
    ],
  });

  it('picks the first scenario by default and another by the address', () => {
    const parsed = parseManifest(two);
    if (!parsed.ok) throw new Error(english(parsed.diagnostic));
    expect(pickScenario(parsed.entries, null)).toEqual({
      id: 'excomm-1962',
      path: 'scenarios/excomm-1962.json',
      sourcesBase: 'scenarios/sources/',
      unknownRequest: null,
    });
    expect(pickScenario(parsed.entries, 'harbour-test').path).toBe('scenarios/harbour-test/scenario.json');
    expect(pickScenario(parsed.entries, 'nope')).toMatchObject({ id: 'excomm-1962', unknownRequest: 'nope' });
  });

  it('refuses a broken manifest with the field at fault', () => {
    const refusal = (text: string) => {
      const parsed = parseManifest(text);
      if (parsed.ok) throw new Error('accepted');
      return english(parsed.diagnostic);
    };
    expect(refusal('{')).toMatch(/^scenarios\/index\.json: not valid JSON: /);
    expect(refusal('{"scenarios":[]}')).toBe('scenarios/index.json scenarios: must list at least one scenario');
    expect(refusal('{"scenarios":[{"id":"A b","file":"x.json","sources":"s/"}]}')).toBe(
      'scenarios/index.json scenarios[0].id: must be lower-case letters, digits and hyphens',
    );
    expect(refusal('{"scenarios":[{"id":"a","file":"../x.json","sources":"s/"}]}')).toBe(
      'scenarios/index.json scenarios[0].file: must be a file inside scenarios/',
    );
    expect(refusal('{"scenarios":[{"id":"a","file":"x.json","sources":"s"}]}')).toBe(
      'scenarios/index.json scenarios[0].sources: must be a folder inside scenarios/, ending with "/"',
    );
    expect(parseManifest('{"scenarios":[]}', 'elsewhere/index.json')).toMatchObject({ diagnostic: { file: 'elsewhere/index.json', path: 'scenarios' } });
  });

  it('the shipped manifest lists the shipped scenario first', async () => {
    const { readFileSync } = await import('node:fs');
    const parsed = parseManifest(readFileSync('scenarios/index.json', 'utf8'));
    expect(parsed.ok && parsed.entries[0]!.id).toBe('excomm-1962');
  });
});
