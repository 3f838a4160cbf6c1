/**
 * A fingerprint of a scenario as the game fetches it: the scenario text and the text of every source file it
 * names. The build runs every authoring check and records the fingerprint of what it checked; a browser that
 * fetches files with the same fingerprint need not run the slow checks again (quotes, attribution, the ending
 * search). A teacher's edited file has another fingerprint, so it gets every check.
 */

/** The hash a translation keeps of the English it translates (base 36 of hash53), to tell when that English changed. */
export function sourceHash(text: string): string {
  return hash53(text).toString(36);
}

/** cyrb53: a fast 53-bit string hash (not cryptographic: it tells edited files apart, it does not defend). */
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The source files a scenario names (read loosely: a broken file simply names none). */
function namedSources(scenarioText: string): string[] {
  try {
    const raw = JSON.parse(scenarioText) as { sources?: Record<string, { file?: unknown }> };
    return [...new Set(Object.values(raw.sources ?? {}).flatMap((s) => (typeof s?.file === 'string' ? [s.file] : [])))].sort();
  } catch {
    return [];
  }
}

/** `files`: the scenario text and its sources (a ScenarioFiles of load.ts). */
export function fingerprint(files: { scenarioText: string; sources: Record<string, string> }): string {
  const parts = [files.scenarioText];
  for (const f of namedSources(files.scenarioText)) parts.push(`\u0000${f}\u0000${files.sources[f] ?? '\u0001missing'}`);
  const text = parts.join('');
  return `${hash53(text).toString(36)}-${hash53(text, 1962).toString(36)}-${text.length.toString(36)}`;
}
