/**
 * The English words of a scenario's problems, for whoever edits the files: `npm run check:scenarios`, `npm run
 * i18n` and the build print them, and the error screen shows them in an English game. Field names, ids, file
 * names and JSON values are quoted as they are in the files.
 */
import type { FormatRule, Found, IdList, ListRule, PlayMode } from '../../core/scenario/diagnostic';
import type { DiagnosticWords } from './diagnostics';

function found(v: Found): string {
  switch (v.is) {
    case 'null':
      return 'null';
    case 'list':
      return 'a list';
    case 'object':
      return 'an object';
    case 'nothing':
      return 'nothing';
    case 'text':
      return `the text ${JSON.stringify(v.text)}`;
    case 'number':
      return `number ${v.value}`;
    case 'boolean':
      return `boolean ${v.value}`;
  }
}

/** zod's name of a type → what the author reads. */
const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
};

const FORMAT_RULE: Record<FormatRule, string> = {
  id: 'an id is lower-case letters, digits and hyphens',
  date: 'a date is YYYY-MM-DD',
  'source-hash': 'a source hash is lower-case letters and digits (written by `npm run i18n`)',
  language: 'a language is a tag such as "es" or "es-MX"',
  'code-prefix': 'a code prefix is a capital letter and then 1 to 5 capitals or digits, e.g. "EX62"',
  'map-path': 'a map is a .json path under the site, e.g. "map/caribbean.json"',
  clock: 'a clock time is HH:MM on the 24-hour clock, e.g. "16:30"',
};

const LIST_RULE: Record<ListRule, string> = {
  'statement-citations': 'a statement needs at least one citation',
  'history-citations': 'the historical record needs at least one citation',
  limits: 'say at least once what the records cannot tell',
};

/** What an item of each id list is called. */
const ITEM: Record<IdList, string> = {
  meters: 'meter',
  cast: 'person',
  meetings: 'meeting',
  decisions: 'decision',
  events: 'event',
  endings: 'ending',
  glossary: 'glossary term',
  places: 'place',
  recordKinds: 'record kind',
  comparisons: 'comparison',
};

const UNIT = { prose: 'prose field', quote: 'quote', title: 'source title' } as const;

const inShort = (mode: PlayMode) => (mode === 'full' ? '' : ' in short mode');
const quoted = (items: readonly string[]) => items.map((x) => JSON.stringify(x));
const listOrNone = (items: readonly string[]) => (items.length ? items.join(', ') : 'none');

export const diagnosticsEn: DiagnosticWords = {
  severity: { error: 'error', warning: 'warning' },
  lineColumn: (line, column) => `line ${line}, column ${column}`,
  problems: {
    'bad-json': (p) => `not valid JSON: ${p.detail}`,
    'not-an-object': (p) => `${p.format === 'scenario' ? 'a scenario' : 'a translation overlay'} is a JSON object, found ${found(p.found)}`,
    'format-too-new': (p) => `format version ${p.version} is newer than this game can read (it reads versions ${p.min} to ${p.max}); update the game`,
    'format-too-old': (p) =>
      `format version ${p.version} is too old for this game (it reads versions ${p.min} to ${p.max}); convert the file to format ${p.max}`,
    'internal-error': (p) => `internal error while checking: ${p.detail}`,

    'unknown-field': (p) =>
      `unknown field "${p.field}" (not part of ${p.format === 'scenario' ? 'the scenario format' : 'the translation overlay format'}; check the spelling)`,
    'missing-field': (p) => `missing required field "${p.field}"`,
    'wrong-type': (p) => `expected ${EXPECTED[p.expected] ?? p.expected}, found ${found(p.found)}`,
    'bad-condition': (p) => `not a valid condition: use exactly one of ${p.keys.join(', ')}`,
    'not-one-of': (p) => `must be one of ${p.values.join(', ')}, found ${found(p.found)}`,
    'too-few-items': (p) => `needs at least ${p.minimum} item(s)${p.rule ? ` (${LIST_RULE[p.rule]})` : ''}`,
    'too-many-items': (p) => `has too many items (at most ${p.maximum})`,
    'empty-text': () => 'must not be empty',
    'too-small': (p) => `must be at least ${p.minimum}, found ${found(p.found)}`,
    'too-big': (p) => `must be at most ${p.maximum}, found ${found(p.found)}`,
    'bad-format': (p) => FORMAT_RULE[p.rule],
    'bad-key': (p) => `bad key: ${FORMAT_RULE[p.rule]}`,
    'schema-issue': (p) => p.detail,

    'duplicate-id': (p) => `duplicate ${ITEM[p.list]} id "${p.id}" (first used at ${p.first})`,
    'duplicate-option-id': (p) => `duplicate option id "${p.id}" in decision "${p.decision}"`,
    'meeting-number-reused': (p) => `meeting number ${p.number} is used twice`,

    'source-is-index': (p) => `"${p.file}": INDEX.md is a list of sources written by us, not a source`,
    'source-not-retrieved': (p) => `"${p.file}": files marked NOT-RETRIEVED hold no document text (the document was not found), so they cannot be cited`,
    'source-file-missing': (p) => `file "${p.file}" is not in scenarios/sources/`,
    'source-not-quotable': (p) => `"${p.file}" has no quotable text (in background/ and aftermath/ files the document text starts below the line of "=")`,
    'source-kind-mismatch': (p) =>
      `kind is "${p.declared}" but the file is in the ${p.folder === 'meeting' ? 'top folder (meeting records)' : `${p.folder}/ folder`}`,
    'unknown-source': (p) => `unknown source "${p.source}" (not a key of sources)`,
    'quote-in-header': (p) => `quote is only in the header of "${p.file}" (above the line of "="), which is our note, not the document`,
    'quote-not-found': (p) =>
      `quote not found in "${p.file}"${p.matched !== null ? `: it matches up to "${p.matched}" and then differs` : ' (not even its first words)'}`,
    'quote-not-attributed': (p) =>
      `quote credited to ${p.person}, but the paragraph of "${p.file}" that holds it does not name ${p.person} ` +
      `(looked for ${quoted(p.looked).join(', ')}); credit the person the record names, or declare an alias in cast`,
    'other-side-speaker': (p) =>
      `${p.person} speaks for the "${p.side}" side; the view from Moscow or Havana is voiced by a cast person whose side is "soviet" or "cuban"`,

    'historical-uncited': () => 'a historical consequence needs at least one citation',
    'historical-with-basis': () => 'a historical consequence has no basis: it happened, so its citations are the record (basis is for counterfactuals)',
    'counterfactual-record-medium': () =>
      'a counterfactual consequence may not use the "record" medium (shown as "From the record"): use cable, headline or phone',
    'counterfactual-no-basis': () =>
      'a counterfactual consequence needs a basis: the warning it rests on, quoted ({ "text", "citations" }), or the game\'s own inference said plainly ({ "text", "inference": true })',
    'basis-both': () => "a basis is either the warning it rests on (citations) or the game's own inference (inference: true), not both",
    'basis-neither': () => 'a basis needs the warning it rests on, quoted (citations), or "inference": true to say it is the game\'s own inference',

    'markup-no-id': (p) => `glossary markup "${p.markup}" has no term id`,
    'markup-empty-words': (p) => `glossary markup "${p.markup}" has empty shown words`,
    'markup-unbalanced': () => 'unbalanced glossary markup: every "[[" needs a matching "]]"',
    'unknown-term': (p) => `unknown glossary term "${p.id}" in [[…]] markup`,

    'unknown-person': (p) =>
      `unknown person "${p.id}" (${p.role === 'cast' ? 'not in cast' : p.role === 'chair' ? 'the chair must be a cast id' : 'the author must be a cast id'})`,
    'unknown-cue': (p) => `unknown sound cue "${p.cue}" (the game knows only those in game/core/cues.ts)`,
    'cue-not-listed': (p) => `sound cue "${p.cue}" is not listed in cues`,
    'unknown-decision': (p) => `unknown decision "${p.id}"`,
    'unknown-next': (p) => `unknown decision "${p.id}" (use a decision id or "end")`,
    'unknown-option': (p) => `decision "${p.decision}" has no option "${p.option}"`,
    'flag-never-set': (p) => `flag "${p.flag}" is never set by any option or event`,
    'unknown-meter': (p) => `unknown meter "${p.id}"`,
    'meter-condition-unbounded': () => 'a meter condition needs atLeast or atMost',
    'meter-condition-impossible': () => 'atLeast is greater than atMost: this condition can never hold',
    'unknown-place': (p) => `unknown place "${p.id}"`,
    'unknown-meeting': (p) => `unknown meeting "${p.id}"`,
    'history-unknown-option': (p) => `history names option "${p.option}", which this decision does not have`,
    'unknown-record-kind': (p) => `unknown record kind "${p.id}" (not an id of recordKinds)`,
    'comparison-after': (p) => `unknown meeting "${p.id}" (use a meeting id, or "end" for the epilogue)`,
    'comparison-same-record': (p) => `the comparison sets "${p.source}" beside itself: name two different records`,
    'comparison-quote-elsewhere': (p) => `the quote comes from "${p.source}", which is not one of the records compared (${p.records.join(', ')})`,

    'no-other-side': () => 'no view from Moscow or Havana: give at least one otherSide statement per meeting',
    'meeting-unused': (p) => `meeting "${p.meeting}" has no decisions, so it is never shown`,
    'quick-call-options': (p) => `a quick call has two or three options, not ${p.count}`,
    'stances-missing': (p) =>
      `offers no ${quoted(p.missing).join(' or ')} option: a question with three or more options should offer firm, middle and flexible advice`,
    'stances-same': () => 'both options have the same stance: a question with two options should offer two different stances',
    'option-unraised': () =>
      'nobody argued or raised this option: name the advisers who argued it (arguedBy), the chair if he raised it himself (raisedBy), each with a quote, set "unnamed": true if the record shows it raised by someone it does not name, or set "alternative": true',
    'raised-and-alternative': () => 'an option someone argued or raised (arguedBy, raisedBy) cannot also be an alternative nobody raised',
    'unnamed-conflict': () => '"unnamed" means the record does not say who raised it: it cannot go with arguedBy, raisedBy or "alternative"',
    'chair-argued': (p) => `"${p.person}" chairs the room: the chair's own proposal goes in raisedBy, not arguedBy`,
    'raised-not-chair': (p) => `only the chair ("${p.chair}") raises an option himself: what "${p.person}" argued goes in arguedBy`,
    'flag-unused': (p) => `flag "${p.flag}" is set but no event or ending looks at it`,

    'short-mode-repeat': (p) => `decision "${p.decision}" is listed twice`,
    'short-mode-order': (p) => `decision "${p.decision}" is out of order: list the short-mode decisions in the order of decisions`,
    'last-ending-not-always': () => 'the last ending must be { "always": true }, so every playthrough has an ending',
    'early-always-ending': () => 'only the last ending may be { "always": true }: the endings after it can never be reached',
    cycle: (p) => `cycle in play order: ${p.loop.join(' → ')}`,
    'decision-unreached': (p) =>
      p.mode === 'full'
        ? `decision "${p.decision}" is never reached: no question's next leads here`
        : `decision "${p.decision}" is never reached in short mode`,
    'dead-end': (p) =>
      `dead end${inShort(p.mode)}: playing ${p.choices.length === 0 ? 'no choices' : p.choices.map((c) => `${c.decision}=${c.option}`).join(', ')} ` +
      'reaches the end with no ending whose condition holds',
    'search-incomplete': (p) => `the search for endings${inShort(p.mode)} stopped after ${p.states} states; unreached endings may still be reachable`,
    'ending-unreached': (p) =>
      p.mode === 'full'
        ? `ending "${p.ending}" is never reached: no playthrough meets its condition before an earlier ending's`
        : `ending "${p.ending}" cannot be reached in short mode`,

    'set-by-overlay': (p) => `"${p.field}" is set by the translation overlay, not written in the scenario`,
    'overlay-wrong-scenario': (p) => `this overlay translates "${p.translates}", but the scenario's id is "${p.scenario}"`,
    'overlay-named-scenario': (p) => `the file is named for "${p.named}" but translates "${p.translates}" (name it <scenario id>.<lang>.json)`,
    'overlay-named-language': (p) => `the file is named for "${p.named}" but its language is "${p.language}"`,
    'translation-missing': (p) => `missing translation of the ${UNIT[p.unit]} "${p.key}"`,
    'translation-not-a-unit': (p) => `"${p.key}" is not a text the overlay translates: only prose fields, quotes and source titles are (check the key)`,
    'translation-should-be-empty': () => 'the English of this field is empty: leave the translation empty too (or leave the entry out)',
    'translation-empty': () => 'empty translation of a text that is not empty in English',
    'translation-glossary-ids': (p) =>
      `glossary ids differ from the English: English has ${listOrNone(p.english)}, the translation ${listOrNone(p.translation)} (keep every [[id]] as it is)`,
    'translation-placeholders': (p) =>
      `placeholders differ from the English: English has ${listOrNone(p.english)}, the translation ${listOrNone(p.translation)}`,
    'translation-stale': (p) =>
      `stale translation: the English changed since it was translated (source "${p.source}", the English now hashes to "${p.hash}"); check the translation, then update its source`,

    'fetch-failed': (p) => `could not be loaded (${p.detail})`,
    'loader-failed': (p) => `could not be loaded (the scenario loader did not start: ${p.detail ?? 'the worker failed'})`,
    'manifest-empty': () => 'must list at least one scenario',
    'manifest-bad-id': () => 'must be lower-case letters, digits and hyphens',
    'manifest-bad-file': () => 'must be a file inside scenarios/',
    'manifest-bad-sources': () => 'must be a folder inside scenarios/, ending with "/"',
  },
};
