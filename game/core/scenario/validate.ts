/**
 * Checks on a scenario beyond its schema: versions, unique ids, references, verbatim quotes, and the shape
 * of play (reachability, cycles, dead ends, endings). Every problem is collected; nothing stops at the
 * first. Paths are JSON paths into the scenario file, e.g. `decisions[3].options[1].effects.risk`.
 */
import { isKnownCue } from '../cues';
import { conditionRefs, isAlways } from '../rules/conditions';
import { END, firstDecision, indexOf, nextDecision, targetAfter, type Mode } from '../rules/engine';
import { searchEndings } from '../rules/search';
import type { Diagnostic } from './load';
import { scanMarkup } from './markup';
import {
  FORMAT_VERSION,
  MIN_FORMAT_VERSION,
  scenarioSchema,
  STANCES,
  type Condition,
  type Consequence,
  type Person,
  type Scenario,
  type Statement,
} from './schema';
import { longestFoundPrefix, namesMentioned, paragraphsAround, quotablePart, quoteIsInSource, quoteLocator, uncitableReason } from './text';

type Key = string | number;

/** `decisions[3].options[1].effects.risk` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const k of path) {
    if (typeof k === 'number') out += `[${k}]`;
    else {
      const s = String(k);
      out += /^[A-Za-z_$][\w$-]*$/.test(s) ? (out ? `.${s}` : s) : `[${JSON.stringify(s)}]`;
    }
  }
  return out;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return `the text ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
  return `${typeof v} ${String(v)}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
};

/** The condition union's branches, in schema order. */
const CONDITION_KEYS = ['always', 'chose', 'flag', 'meter', 'all', 'any', 'not'];

type Issue = {
  code?: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
  expected?: string;
  errors?: Issue[][];
  values?: unknown[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  issues?: Issue[];
};

/** zod's own wording (full zod's "Too small…", zod/mini's "Invalid input"), as opposed to a message the schema gives. */
function isDefaultMessage(message: string): boolean {
  return message.startsWith('Too small') || message === 'Invalid input';
}

function issueToDiagnostics(file: string, data: unknown, issue: Issue, base: PropertyKey[], out: Diagnostic[]): void {
  const path = [...base, ...issue.path];
  const push = (p: PropertyKey[], message: string) => out.push({ file, path: formatPath(p), message, severity: 'error' });
  const value = valueAt(data, path);
  switch (issue.code) {
    case 'unrecognized_keys':
      for (const k of issue.keys ?? []) push([...path, k], `unknown field "${k}" (not part of the scenario format; check the spelling)`);
      return;
    case 'invalid_type': {
      if (value === undefined) {
        const last = path[path.length - 1];
        push(path, `missing required field "${String(last)}"`);
      } else push(path, `expected ${EXPECTED[issue.expected ?? ''] ?? issue.expected}, found ${describe(value)}`);
      return;
    }
    case 'invalid_union': {
      // Conditions are the only union: report the errors of the branch named by the key the writer used.
      const keys = value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value).filter((k) => CONDITION_KEYS.includes(k)) : [];
      const branch = keys.length === 1 ? issue.errors?.[CONDITION_KEYS.indexOf(keys[0]!)] : undefined;
      if (branch && branch.length > 0) {
        for (const i of branch) issueToDiagnostics(file, data, i, path, out);
        return;
      }
      push(path, `not a valid condition: use exactly one of ${CONDITION_KEYS.join(', ')}`);
      return;
    }
    case 'invalid_value':
      push(path, `must be one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}, found ${describe(value)}`);
      return;
    case 'too_small':
      if (issue.origin === 'array')
        push(path, `needs at least ${String(issue.minimum)} item(s)${isDefaultMessage(issue.message) ? '' : ` (${issue.message})`}`);
      else if (issue.origin === 'string') push(path, isDefaultMessage(issue.message) ? 'must not be empty' : issue.message);
      else push(path, `must be at least ${String(issue.minimum)}, found ${describe(value)}`);
      return;
    case 'too_big':
      if (issue.origin === 'array') push(path, `has too many items (at most ${String(issue.maximum)})`);
      else push(path, `must be at most ${String(issue.maximum)}, found ${describe(value)}`);
      return;
    case 'invalid_key':
      for (const i of issue.issues ?? []) push(path, `bad key: ${i.message}`);
      return;
    default:
      push(path, issue.message);
  }
}

/** Version check, then the schema. A file from a newer or older format gets its own message and nothing else. */
export function checkSchema(file: string, data: unknown): { ok: true; scenario: Scenario } | { ok: false; diagnostics: Diagnostic[] } {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, diagnostics: [{ file, path: '', severity: 'error', message: `a scenario is a JSON object, found ${describe(data)}` }] };
  }
  const v = (data as Record<string, unknown>).formatVersion;
  const reads = `it reads versions ${MIN_FORMAT_VERSION} to ${FORMAT_VERSION}`;
  const versionProblem =
    typeof v !== 'number'
      ? null
      : v > FORMAT_VERSION
        ? `format version ${v} is newer than this game can read (${reads}); update the game`
        : v < MIN_FORMAT_VERSION
          ? `format version ${v} is too old for this game (${reads}); convert the file to format ${FORMAT_VERSION}`
          : null;
  if (versionProblem) return { ok: false, diagnostics: [{ file, path: 'formatVersion', severity: 'error', message: versionProblem }] };
  const result = scenarioSchema.safeParse(data);
  if (result.success) return { ok: true, scenario: result.data };
  const diagnostics: Diagnostic[] = [];
  for (const issue of result.error.issues) issueToDiagnostics(file, data, issue as unknown as Issue, [], diagnostics);
  // The same problem can come out of several union branches: report it once.
  const seen = new Set<string>();
  return { ok: false, diagnostics: diagnostics.filter((d) => (seen.has(d.path + d.message) ? false : (seen.add(d.path + d.message), true))) };
}

/** Visit every value with its path. */
function walk(value: unknown, path: Key[], visit: (value: unknown, path: Key[]) => void): void {
  visit(value, path);
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i], visit));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k], visit);
}

/**
 * Fields that hold verbatim or technical text, where glossary markup is not read. The nearest field name on
 * a string's path decides, so the items of a list (`fallbackReflections[2]`, `prologue.paragraphs[0]`) are
 * prose like their list, and the ids in `shortMode` or `setFlags` are not.
 */
const NOT_PROSE = new Set([
  'quote',
  'id',
  'file',
  'citation',
  'source',
  'speaker',
  'date',
  'kind',
  'medium',
  'cue',
  'pattern',
  'next',
  'after',
  'meeting',
  'option',
  'stance',
  'side',
  'author',
  'chair',
  'aliases',
  'participants',
  'mapPlaces',
  'setFlags',
  'routes',
  'shortMode',
  'cues',
  'flag',
  'decision',
  'options',
]);

/** The last field name on a path (`fallbackReflections` for `fallbackReflections[2]`). */
function nearestKey(path: readonly Key[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return undefined;
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

export function checkScenario(file: string, s: Scenario, sources: Record<string, string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const err = (path: Key[], message: string) => out.push({ file, path: formatPath(path), message, severity: 'error' });
  const warn = (path: Key[], message: string) => out.push({ file, path: formatPath(path), message, severity: 'warning' });

  // --- unique ids ---------------------------------------------------------------------------------
  let duplicatesInPlay = false;
  const unique = (list: readonly { id: string }[], base: Key, what: string) => {
    const first = new Map<string, number>();
    list.forEach((item, i) => {
      const at = first.get(item.id);
      if (at !== undefined) {
        err([base, i, 'id'], `duplicate ${what} id "${item.id}" (first used at ${formatPath([base, at])})`);
        if (base === 'decisions' || base === 'endings') duplicatesInPlay = true;
      } else first.set(item.id, i);
    });
  };
  unique(s.meters, 'meters', 'meter');
  unique(s.cast, 'cast', 'person');
  unique(s.meetings, 'meetings', 'meeting');
  unique(s.decisions, 'decisions', 'decision');
  unique(s.events, 'events', 'event');
  unique(s.endings, 'endings', 'ending');
  unique(s.glossary, 'glossary', 'glossary term');
  unique(s.places, 'places', 'place');
  s.decisions.forEach((d, i) => {
    const first = new Map<string, number>();
    d.options.forEach((o, j) => {
      const at = first.get(o.id);
      if (at !== undefined) {
        err(['decisions', i, 'options', j, 'id'], `duplicate option id "${o.id}" in decision "${d.id}"`);
        duplicatesInPlay = true;
      } else first.set(o.id, j);
    });
  });
  const numbers = new Map<number, number>();
  s.meetings.forEach((m, i) => {
    if (numbers.has(m.number)) warn(['meetings', i, 'number'], `meeting number ${m.number} is used twice`);
    numbers.set(m.number, i);
  });

  const cast = new Set(s.cast.map((p) => p.id));
  const meters = new Set(s.meters.map((m) => m.id));
  const meetings = new Map(s.meetings.map((m) => [m.id, m]));
  const decisions = new Map(s.decisions.map((d) => [d.id, d]));
  const places = new Set(s.places.map((p) => p.id));
  const glossary = new Set(s.glossary.map((g) => g.id));
  const listedCues = new Set(s.cues);

  // --- sources --------------------------------------------------------------------------------------
  const usable = new Map<string, string>(); // source key -> quotable text
  for (const [key, src] of Object.entries(s.sources)) {
    const text = sources[src.file];
    const reason = uncitableReason(src.file);
    if (reason) err(['sources', key, 'file'], `"${src.file}": ${reason}`);
    else if (text === undefined) err(['sources', key, 'file'], `file "${src.file}" is not in scenarios/sources/`);
    else {
      const q = quotablePart(src.file, text);
      if (q.trim() === '')
        err(
          ['sources', key, 'file'],
          `"${src.file}" has no quotable text (in background/ and aftermath/ files the document text starts below the line of "=")`,
        );
      usable.set(key, q);
    }
    const folder = src.file.startsWith('aftermath/') ? 'aftermath' : src.file.startsWith('background/') ? 'background' : 'meeting';
    if (folder !== src.kind)
      warn(
        ['sources', key, 'kind'],
        `kind is "${src.kind}" but the file is in the ${folder === 'meeting' ? 'top folder (meeting records)' : folder + '/ folder'}`,
      );
  }

  // --- citations, statements, glossary markup (everywhere) -----------------------------------------
  walk(s, [], (value, path) => {
    const last = path[path.length - 1];
    const parent = path[path.length - 2];
    if (parent === 'citations' && typeof last === 'number' && value && typeof value === 'object') {
      const c = value as { source: string; quote: string };
      const src = s.sources[c.source];
      if (!src) {
        err([...path, 'source'], `unknown source "${c.source}" (not a key of sources)`);
        return;
      }
      const text = usable.get(c.source);
      if (text === undefined) return; // the source itself is reported above
      if (quoteIsInSource(c.quote, text)) return;
      const whole = sources[src.file] ?? '';
      if (quoteIsInSource(c.quote, whole))
        err([...path, 'quote'], `quote is only in the header of "${src.file}" (above the line of "="), which is our note, not the document`);
      else {
        const found = longestFoundPrefix(c.quote, text);
        err(
          [...path, 'quote'],
          `quote not found in "${src.file}"` +
            (found.length >= 8 ? `: it matches up to "${found.length > 60 ? '…' + found.slice(-60) : found}" and then differs` : ' (not even its first words)'),
        );
      }
      return;
    }
    if (value && typeof value === 'object' && !Array.isArray(value) && 'speaker' in value) {
      const sp = (value as { speaker: string }).speaker;
      if (!cast.has(sp)) err([...path, 'speaker'], `unknown person "${sp}" (not in cast)`);
    }
    const key = nearestKey(path);
    if (typeof value === 'string' && key !== undefined && !NOT_PROSE.has(key) && path[0] !== 'sources') {
      const { ids, problems } = scanMarkup(value);
      for (const p of problems) err(path, p);
      for (const id of ids) if (!glossary.has(id)) err(path, `unknown glossary term "${id}" in [[…]] markup`);
    }
  });

  // --- people: the chair, authors, and who may say what ---------------------------------------------------
  const people = new Map(s.cast.map((p) => [p.id, p]));
  const chairKnown = cast.has(s.chair);
  if (!chairKnown) err(['chair'], `unknown person "${s.chair}" (the chair must be a cast id)`);
  for (const [key, src] of Object.entries(s.sources)) {
    if (src.author !== undefined && !cast.has(src.author)) err(['sources', key, 'author'], `unknown person "${src.author}" (the author must be a cast id)`);
  }

  // --- attribution: a quote credited to a person sits in a paragraph of the record that names them ----------
  const locators = new Map<string, ReturnType<typeof quoteLocator>>();
  const unambiguousNames = distinctNamingWords(s.cast);
  const checkAttribution = (st: Statement, path: Key[]) => {
    const person = people.get(st.speaker);
    if (!person) return; // reported above
    st.citations.forEach((c, k) => {
      const src = s.sources[c.source];
      const text = usable.get(c.source);
      if (!src || text === undefined) return; // reported above
      if (src.author === person.id) return; // their own letter or statement
      let locator = locators.get(c.source);
      if (!locator) locators.set(c.source, (locator = quoteLocator(text)));
      const places = locator.all(c.quote);
      if (places.length === 0) return; // quote not found: reported above
      const looked = unambiguousNames.get(person.id) ?? [];
      if (places.some(([a, b]) => namesMentioned(paragraphsAround(text, a, b), looked).length > 0)) return;
      err(
        [...path, 'citations', k],
        `quote credited to ${person.short}, but the paragraph of "${src.file}" that holds it does not name ${person.short} ` +
          `(looked for ${looked.map((w) => JSON.stringify(w)).join(', ')}); credit the person the record names, or declare an alias in cast`,
      );
    });
  };
  s.meetings.forEach((m, i) => {
    m.intelligence.forEach((st, j) => checkAttribution(st, ['meetings', i, 'intelligence', j]));
    m.otherSide.forEach((st, j) => {
      checkAttribution(st, ['meetings', i, 'otherSide', j]);
      const p = people.get(st.speaker);
      if (p && p.side !== 'soviet' && p.side !== 'cuban')
        err(
          ['meetings', i, 'otherSide', j, 'speaker'],
          `${p.short} speaks for the "${p.side}" side; the view from Moscow or Havana is voiced by a cast person whose side is "soviet" or "cuban"`,
        );
    });
  });
  s.decisions.forEach((d, i) => {
    d.positions.forEach((st, j) => checkAttribution(st, ['decisions', i, 'positions', j]));
    d.options.forEach((o, j) => {
      o.arguedBy.forEach((st, k) => checkAttribution(st, ['decisions', i, 'options', j, 'arguedBy', k]));
      o.raisedBy.forEach((st, k) => checkAttribution(st, ['decisions', i, 'options', j, 'raisedBy', k]));
    });
  });

  // --- cues --------------------------------------------------------------------------------------------
  s.cues.forEach((c, i) => {
    if (!isKnownCue(c)) err(['cues', i], `unknown sound cue "${c}" (the game knows only those in game/core/cues.ts)`);
  });
  const checkCue = (cue: string | undefined, path: Key[]) => {
    if (cue === undefined) return;
    if (!isKnownCue(cue)) err(path, `unknown sound cue "${cue}" (the game knows only those in game/core/cues.ts)`);
    else if (!listedCues.has(cue)) err(path, `sound cue "${cue}" is not listed in cues`);
  };

  // --- flags that something sets -------------------------------------------------------------------------
  const setFlags = new Set<string>();
  for (const d of s.decisions) for (const o of d.options) o.setFlags.forEach((f) => setFlags.add(f));
  for (const e of s.events) e.setFlags.forEach((f) => setFlags.add(f));

  const checkEffects = (effects: Record<string, number>, path: Key[]) => {
    for (const k of Object.keys(effects)) if (!meters.has(k)) err([...path, k], `unknown meter "${k}"`);
  };
  const checkConsequence = (c: Consequence, path: Key[]) => {
    if (c.kind === 'historical') {
      if (c.citations.length === 0) err([...path, 'citations'], 'a historical consequence needs at least one citation');
      if (c.basis)
        err([...path, 'basis'], 'a historical consequence has no basis: it happened, so its citations are the record (basis is for counterfactuals)');
    } else {
      if (c.medium === 'record')
        err([...path, 'medium'], 'a counterfactual consequence may not use the "record" medium (shown as "From the record"): use cable, headline or phone');
      if (!c.basis)
        err(
          [...path, 'basis'],
          'a counterfactual consequence needs a basis: the warning it rests on, quoted ({ "text", "citations" }), or the game\'s own inference said plainly ({ "text", "inference": true })',
        );
      else if (c.basis.citations.length > 0 && c.basis.inference)
        err([...path, 'basis'], "a basis is either the warning it rests on (citations) or the game's own inference (inference: true), not both");
      else if (c.basis.citations.length === 0 && !c.basis.inference)
        err([...path, 'basis'], 'a basis needs the warning it rests on, quoted (citations), or "inference": true to say it is the game\'s own inference');
    }
    checkCue(c.cue, [...path, 'cue']);
  };
  let conditionsOk = true;
  const checkCondition = (c: Condition, path: Key[]): void => {
    const before = out.length;
    checkConditionParts(c, path);
    if (out.slice(before).some((d) => d.severity === 'error')) conditionsOk = false;
  };
  const checkConditionParts = (c: Condition, path: Key[]): void => {
    if ('chose' in c) {
      const d = decisions.get(c.chose.decision);
      if (!d) err([...path, 'chose', 'decision'], `unknown decision "${c.chose.decision}"`);
      else
        c.chose.options.forEach((o, i) => {
          if (!d.options.some((x) => x.id === o)) err([...path, 'chose', 'options', i], `decision "${d.id}" has no option "${o}"`);
        });
    } else if ('flag' in c) {
      if (!setFlags.has(c.flag)) err([...path, 'flag'], `flag "${c.flag}" is never set by any option or event`);
    } else if ('meter' in c) {
      if (!meters.has(c.meter.id)) err([...path, 'meter', 'id'], `unknown meter "${c.meter.id}"`);
      if (c.meter.atLeast === undefined && c.meter.atMost === undefined) err([...path, 'meter'], 'a meter condition needs atLeast or atMost');
      if (c.meter.atLeast !== undefined && c.meter.atMost !== undefined && c.meter.atLeast > c.meter.atMost)
        err([...path, 'meter'], 'atLeast is greater than atMost: this condition can never hold');
    } else if ('all' in c) c.all.forEach((x, i) => checkConditionParts(x, [...path, 'all', i]));
    else if ('any' in c) c.any.forEach((x, i) => checkConditionParts(x, [...path, 'any', i]));
    else if ('not' in c) checkConditionParts(c.not, [...path, 'not']);
  };
  const checkPlaces = (list: string[], path: Key[]) =>
    list.forEach((p, i) => {
      if (!places.has(p)) err([...path, i], `unknown place "${p}"`);
    });

  // --- meetings ----------------------------------------------------------------------------------------------
  s.meetings.forEach((m, i) => {
    m.participants.forEach((p, j) => {
      if (!cast.has(p)) err(['meetings', i, 'participants', j], `unknown person "${p}" (not in cast)`);
    });
    checkPlaces(m.mapPlaces, ['meetings', i, 'mapPlaces']);
    if (m.otherSide.length === 0) warn(['meetings', i, 'otherSide'], 'no view from Moscow or Havana: give at least one otherSide statement per meeting');
    if (!s.decisions.some((d) => d.meeting === m.id)) warn(['meetings', i], `meeting "${m.id}" has no decisions, so it is never shown`);
  });

  // --- decisions ---------------------------------------------------------------------------------------------
  let referencesOk = true;
  s.decisions.forEach((d, i) => {
    const at: Key[] = ['decisions', i];
    const meeting = meetings.get(d.meeting);
    if (!meeting) {
      err([...at, 'meeting'], `unknown meeting "${d.meeting}"`);
      referencesOk = false;
    }
    if (d.next !== undefined && d.next !== END && !decisions.has(d.next)) {
      err([...at, 'next'], `unknown decision "${d.next}" (use a decision id or "end")`);
      referencesOk = false;
    }
    if (d.kind === 'quick' && d.options.length > 3) err([...at, 'options'], `a quick call has two or three options, not ${d.options.length}`);
    if (!d.options.some((o) => o.id === d.history.option)) {
      err([...at, 'history', 'option'], `history names option "${d.history.option}", which this decision does not have`);
    }
    checkPlaces(d.mapPlaces, [...at, 'mapPlaces']);
    const stances = new Set(d.options.map((o) => o.stance));
    if (d.options.length >= 3 && stances.size < STANCES.length)
      warn(
        [...at, 'options'],
        `offers no ${STANCES.filter((x) => !stances.has(x))
          .map((x) => `"${x}"`)
          .join(' or ')} option: a question with three or more options should offer firm, middle and flexible advice`,
      );
    if (d.options.length === 2 && stances.size < 2)
      warn([...at, 'options'], 'both options have the same stance: a question with two options should offer two different stances');
    d.options.forEach((o, j) => {
      const op: Key[] = [...at, 'options', j];
      const raised = o.arguedBy.length > 0 || o.raisedBy.length > 0;
      if (!raised && !o.alternative && !o.unnamed)
        err(
          op,
          'nobody argued or raised this option: name the advisers who argued it (arguedBy), the chair if he raised it himself (raisedBy), each with a quote, set "unnamed": true if the record shows it raised by someone it does not name, or set "alternative": true',
        );
      if (raised && o.alternative)
        err([...op, 'alternative'], 'an option someone argued or raised (arguedBy, raisedBy) cannot also be an alternative nobody raised');
      if (o.unnamed && (raised || o.alternative))
        err([...op, 'unnamed'], '"unnamed" means the record does not say who raised it: it cannot go with arguedBy, raisedBy or "alternative"');
      if (chairKnown) {
        o.arguedBy.forEach((st, k) => {
          if (st.speaker === s.chair)
            err([...op, 'arguedBy', k, 'speaker'], `"${st.speaker}" chairs the room: the chair's own proposal goes in raisedBy, not arguedBy`);
        });
        o.raisedBy.forEach((st, k) => {
          if (st.speaker !== s.chair)
            err([...op, 'raisedBy', k, 'speaker'], `only the chair ("${s.chair}") raises an option himself: what "${st.speaker}" argued goes in arguedBy`);
        });
      }
      if (o.next !== undefined && o.next !== END && !decisions.has(o.next)) {
        err([...op, 'next'], `unknown decision "${o.next}" (use a decision id or "end")`);
        referencesOk = false;
      }
      checkEffects(o.effects, [...op, 'effects']);
      checkConsequence(o.consequence, [...op, 'consequence']);
    });
  });

  // --- events and endings --------------------------------------------------------------------------------------
  s.events.forEach((e, i) => {
    if (!decisions.has(e.after)) {
      err(['events', i, 'after'], `unknown decision "${e.after}"`);
    }
    checkCondition(e.when, ['events', i, 'when']);
    checkEffects(e.effects, ['events', i, 'effects']);
    checkConsequence(e.consequence, ['events', i, 'consequence']);
  });
  s.endings.forEach((e, i) => {
    checkCondition(e.when, ['endings', i, 'when']);
    checkCue(e.cue, ['endings', i, 'cue']);
  });
  const lastEnding = s.endings[s.endings.length - 1];
  if (lastEnding && !isAlways(lastEnding.when))
    err(['endings', s.endings.length - 1, 'when'], 'the last ending must be { "always": true }, so every playthrough has an ending');
  s.endings.forEach((e, i) => {
    if (i < s.endings.length - 1 && isAlways(e.when))
      err(['endings', i, 'when'], 'only the last ending may be { "always": true }: the endings after it can never be reached');
  });
  const usedFlags = new Set<string>();
  for (const c of [...s.events.map((e) => e.when), ...s.endings.map((e) => e.when)]) conditionRefs(c).flags.forEach((f) => usedFlags.add(f));
  s.decisions.forEach((d, i) =>
    d.options.forEach((o, j) =>
      o.setFlags.forEach((f, k) => {
        if (!usedFlags.has(f)) warn(['decisions', i, 'options', j, 'setFlags', k], `flag "${f}" is set but no event or ending looks at it`);
      }),
    ),
  );

  // --- short mode ------------------------------------------------------------------------------------------------
  const shortSeen = new Set<string>();
  let lastPos = -1;
  s.shortMode.forEach((id, i) => {
    const pos = s.decisions.findIndex((d) => d.id === id);
    if (pos < 0) {
      err(['shortMode', i], `unknown decision "${id}"`);
      return;
    }
    if (shortSeen.has(id)) err(['shortMode', i], `decision "${id}" is listed twice`);
    else if (pos < lastPos) err(['shortMode', i], `decision "${id}" is out of order: list the short-mode decisions in the order of decisions`);
    shortSeen.add(id);
    lastPos = Math.max(lastPos, pos);
  });

  // --- the shape of play -----------------------------------------------------------------------------------------
  if (!referencesOk || duplicatesInPlay) return out; // play order cannot be worked out on broken references
  const cyclic = checkCycles(s, err);
  if (cyclic) return out;
  checkReach(s, 'full', err);
  if (s.shortMode.every((id) => decisions.has(id))) checkReach(s, 'short', err);

  if (conditionsOk) {
    for (const mode of ['full', 'short'] as const) {
      if (mode === 'short' && !s.shortMode.every((id) => decisions.has(id))) continue;
      const result = searchEndings(s, mode);
      const label = mode === 'full' ? '' : ' in short mode';
      for (const dead of result.deadEnds)
        err(['endings'], `dead end${label}: playing ${describeChoices(dead)} reaches the end with no ending whose condition holds`);
      if (!result.complete) warn(['endings'], `the search for endings${label} stopped after ${result.states} states; unreached endings may still be reachable`);
      s.endings.forEach((e, i) => {
        if (result.witnesses[e.id] || !result.complete) return;
        if (mode === 'full') err(['endings', i], `ending "${e.id}" is never reached: no playthrough meets its condition before an earlier ending's`);
        else warn(['endings', i], `ending "${e.id}" cannot be reached in short mode`);
      });
    }
  }
  return out;
}

function describeChoices(choices: { decision: string; option: string }[]): string {
  return choices.length === 0 ? 'no choices' : choices.map((c) => `${c.decision}=${c.option}`).join(', ');
}

/** Cycles in the raw play order (option and decision `next` plus file order). Reports each at the edge that closes it. */
function checkCycles(s: Scenario, err: (path: Key[], message: string) => void): boolean {
  const ix = indexOf(s);
  const state = new Map<string, 1 | 2>(); // 1 on the stack, 2 done
  const stack: string[] = [];
  let found = false;
  const edgePath = (from: string, to: string): Key[] => {
    const i = ix.position.get(from) ?? 0;
    const d = s.decisions[i]!;
    const j = d.options.findIndex((o) => o.next === to);
    if (j >= 0) return ['decisions', i, 'options', j, 'next'];
    return d.next === to ? ['decisions', i, 'next'] : ['decisions', i];
  };
  const visit = (id: string) => {
    state.set(id, 1);
    stack.push(id);
    const d = ix.decisions.get(id)!;
    const targets = new Set(d.options.map((o) => targetAfter(s, id, o.id)));
    for (const t of targets) {
      if (t === END) continue;
      const st = state.get(t);
      if (st === 1) {
        found = true;
        const loop = [...stack.slice(stack.indexOf(t)), t];
        err(edgePath(id, t), `cycle in play order: ${loop.join(' → ')}`);
      } else if (st === undefined) visit(t);
    }
    stack.pop();
    state.set(id, 2);
  };
  for (const d of s.decisions) if (!state.has(d.id)) visit(d.id);
  return found;
}

/** Every decision of the mode is reached from the start of play. */
function checkReach(s: Scenario, mode: Mode, err: (path: Key[], message: string) => void): void {
  const reached = new Set<string>();
  const queue = [firstDecision(s, mode)];
  while (queue.length) {
    const id = queue.shift()!;
    if (id === END || reached.has(id)) continue;
    reached.add(id);
    const d = indexOf(s).decisions.get(id);
    if (d) for (const o of d.options) queue.push(nextDecision(s, mode, id, o.id));
  }
  if (mode === 'full') {
    s.decisions.forEach((d, i) => {
      if (!reached.has(d.id)) err(['decisions', i], `decision "${d.id}" is never reached: no question's next leads here`);
    });
  } else {
    s.shortMode.forEach((id, i) => {
      if (!reached.has(id)) err(['shortMode', i], `decision "${id}" is never reached in short mode`);
    });
  }
}
