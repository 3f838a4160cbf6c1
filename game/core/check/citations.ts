/**
 * The record: source files exist and are quotable, every quote is found word for word, a quote credited to a
 * person sits in a paragraph that names them, the view from the other side is voiced from that side, and
 * consequences say honestly what is record and what is the game's own (record medium, citations, basis).
 */
import type { Key } from '../scenario/diagnostic';
import { citationSchema, scenarioSchema, type Citation, type Consequence, type Person, type Scenario, type Statement } from '../scenario/schema';
import { longestFoundPrefix, namesMentioned, normalizeWhitespace, paragraphsAround, quotablePart, quoteLocator, uncitableReason } from '../scenario/text';
import { reaches, walkWithSchema } from '../scenario/walk';
import type { Lookups } from './context';
import type { Report } from './report';

/** The quotable text of each usable source, by source key. */
export type Usable = Map<string, string>;

/** Source files: citable, present, with quotable text, in the folder their kind says. */
export function checkSources(s: Scenario, sources: Record<string, string>, r: Report): Usable {
  const usable: Usable = new Map();
  for (const [key, src] of Object.entries(s.sources)) {
    const text = sources[src.file];
    const reason = uncitableReason(src.file);
    if (reason) r.err(['sources', key, 'file'], { kind: reason === 'index' ? 'source-is-index' : 'source-not-retrieved', file: src.file });
    else if (text === undefined) r.err(['sources', key, 'file'], { kind: 'source-file-missing', file: src.file });
    else {
      const q = quotablePart(src.file, text);
      if (q.trim() === '') r.err(['sources', key, 'file'], { kind: 'source-not-quotable', file: src.file });
      usable.set(key, q);
    }
    const folder = src.file.startsWith('aftermath/') ? 'aftermath' : src.file.startsWith('background/') ? 'background' : 'meeting';
    if (folder !== src.kind) r.warn(['sources', key, 'kind'], { kind: 'source-kind-mismatch', declared: src.kind, folder });
  }
  return usable;
}

const holdsCitations = reaches((schema) => schema === citationSchema);

/** Every citation in the scenario with its path, found through the schema (prologue, statements, consequences, …). */
export function citationsOf(s: Scenario): { citation: Citation; path: Key[] }[] {
  const out: { citation: Citation; path: Key[] }[] = [];
  walkWithSchema(scenarioSchema, s, (schema, value, path) => {
    if (!holdsCitations(schema)) return false;
    if (schema === citationSchema) {
      out.push({ citation: value as Citation, path: [...path] });
      return false;
    }
  });
  return out;
}

/** Each citation names a known source, and its quote is in the quotable part of that source's file. */
export function checkQuotes(s: Scenario, sources: Record<string, string>, usable: Usable, r: Report): void {
  const normalized = new Map<string, string>(); // source key -> quotable text, whitespace collapsed (once per file)
  for (const { citation: c, path } of citationsOf(s)) {
    const src = s.sources[c.source];
    if (!src) {
      r.err([...path, 'source'], { kind: 'unknown-source', source: c.source });
      continue;
    }
    const text = usable.get(c.source);
    if (text === undefined) continue; // the source itself is reported by checkSources
    let flat = normalized.get(c.source);
    if (flat === undefined) normalized.set(c.source, (flat = normalizeWhitespace(text)));
    const q = normalizeWhitespace(c.quote);
    if (q !== '' && flat.includes(q)) continue;
    const whole = sources[src.file] ?? '';
    if (q !== '' && normalizeWhitespace(whole).includes(q)) r.err([...path, 'quote'], { kind: 'quote-in-header', file: src.file });
    else {
      const found = longestFoundPrefix(c.quote, text);
      const matched = found.length >= 8 ? (found.length > 60 ? '…' + found.slice(-60) : found) : null;
      r.err([...path, 'quote'], { kind: 'quote-not-found', file: src.file, matched });
    }
  }
}

/** Name suffixes that are not a surname ("Jr."). */
const SUFFIX = /^(jr|sr|ii|iii|iv)\.?$/i;

/**
 * The words that name a person in the records, for the attribution check: the short name, the last word of
 * the full name, the title and the declared aliases (each once, first spelling kept).
 */
export function namingWords(p: Person): string[] {
  const words = p.name
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/,+$/, ''));
  while (words.length > 1 && SUFFIX.test(words[words.length - 1]!)) words.pop();
  const seen = new Set<string>();
  // A group ("The Soviet negotiators") has no surname: its last word would name anyone.
  const surname = /^the\s/i.test(p.name.trim()) ? '' : (words[words.length - 1] ?? '');
  return [p.short, surname, p.title, ...p.aliases].filter((w) => {
    const k = w.trim().toLowerCase();
    if (k === '' || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Each person's naming words less those that would also name someone else, which prove nothing about who
 * spoke: a word inside another person's name or aliases ("Kennedy" in "Robert F. Kennedy", "Johnson" in
 * "A. Johnson"), or a one-word title another title also starts with ("Ambassador").
 */
export function distinctNamingWords(cast: readonly Person[]): Map<string, string[]> {
  const all = new Map(cast.map((p) => [p.id, namingWords(p)]));
  const out = new Map<string, string[]>();
  for (const p of cast) {
    const others = cast.filter((q) => q.id !== p.id);
    const nameForms = others.flatMap((q) => all.get(q.id)!.filter((w) => w !== q.title)).join(' | ');
    const titleStarts = new Set(others.map((q) => q.title.split(/[\s,;]+/)[0]!.toLowerCase()));
    out.set(
      p.id,
      all.get(p.id)!.filter((w) => namesMentioned(nameForms, [w]).length === 0 && !(!/\s/.test(w.trim()) && titleStarts.has(w.trim().toLowerCase()))),
    );
  }
  return out;
}

/** Attribution: a quote credited to a person sits in a paragraph of the record that names them (or is their own document). */
export function checkAttribution(s: Scenario, usable: Usable, at: Lookups, r: Report): void {
  const locators = new Map<string, ReturnType<typeof quoteLocator>>();
  const unambiguousNames = distinctNamingWords(s.cast);
  const check = (st: Statement, path: Key[]) => {
    const person = at.people.get(st.speaker);
    if (!person) return; // reported by the references
    st.citations.forEach((c, k) => {
      const src = s.sources[c.source];
      const text = usable.get(c.source);
      if (!src || text === undefined) return; // reported with the quotes
      if (src.author === person.id) return; // their own letter or statement
      let locator = locators.get(c.source);
      if (!locator) locators.set(c.source, (locator = quoteLocator(text)));
      const places = locator.all(c.quote);
      if (places.length === 0) return; // quote not found: reported with the quotes
      const looked = unambiguousNames.get(person.id) ?? [];
      if (places.some(([a, b]) => namesMentioned(paragraphsAround(text, a, b), looked).length > 0)) return;
      r.err([...path, 'citations', k], { kind: 'quote-not-attributed', person: person.short, file: src.file, looked });
    });
  };
  s.meetings.forEach((m, i) => {
    m.intelligence.forEach((st, j) => check(st, ['meetings', i, 'intelligence', j]));
    m.otherSide.forEach((st, j) => {
      check(st, ['meetings', i, 'otherSide', j]);
      const p = at.people.get(st.speaker);
      if (p && p.side !== 'soviet' && p.side !== 'cuban')
        r.err(['meetings', i, 'otherSide', j, 'speaker'], { kind: 'other-side-speaker', person: p.short, side: p.side });
    });
  });
  s.decisions.forEach((d, i) => {
    d.positions.forEach((st, j) => check(st, ['decisions', i, 'positions', j]));
    d.options.forEach((o, j) => {
      o.arguedBy.forEach((st, k) => check(st, ['decisions', i, 'options', j, 'arguedBy', k]));
      o.raisedBy.forEach((st, k) => check(st, ['decisions', i, 'options', j, 'raisedBy', k]));
    });
  });
}

/** What is record and what is the game's own: a historical consequence is cited; a counterfactual never poses as record and says what it rests on. */
export function checkConsequenceRecord(c: Consequence, path: Key[], r: Report): void {
  if (c.kind === 'historical') {
    if (c.citations.length === 0) r.err([...path, 'citations'], { kind: 'historical-uncited' });
    if (c.basis) r.err([...path, 'basis'], { kind: 'historical-with-basis' });
  } else {
    if (c.medium === 'record') r.err([...path, 'medium'], { kind: 'counterfactual-record-medium' });
    if (!c.basis) r.err([...path, 'basis'], { kind: 'counterfactual-no-basis' });
    else if (c.basis.citations.length > 0 && c.basis.inference) r.err([...path, 'basis'], { kind: 'basis-both' });
    else if (c.basis.citations.length === 0 && !c.basis.inference) r.err([...path, 'basis'], { kind: 'basis-neither' });
  }
}

/** The consequence rules above for every option and event. */
export function checkConsequences(s: Scenario, r: Report): void {
  s.decisions.forEach((d, i) => d.options.forEach((o, j) => checkConsequenceRecord(o.consequence, ['decisions', i, 'options', j, 'consequence'], r)));
  s.events.forEach((e, i) => checkConsequenceRecord(e.consequence, ['events', i, 'consequence'], r));
}
