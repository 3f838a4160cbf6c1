/**
 * The broken-scenario corpus: one rule per file, each made from the test scenario (tests/fixtures/mini)
 * by one change, with the diagnostic it must give. `npx tsx tests/helpers/write-broken-corpus.ts` writes
 * the files to tests/fixtures/broken/; the test reads them back from disk like check-scenarios does.
 */
import { formatPath } from '../../game/core/scenario/diagnostic';

/* The scenario is edited as loose JSON on purpose: these are files the schema must refuse. */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export type BrokenCase = {
  name: string;
  rule: string;
  /** Exact JSON path of the expected diagnostic. */
  path: string;
  /** A fragment of its message. */
  message: string;
  /** Change the (copied) mini scenario, or give the raw file text. */
  mutate?: (s: Json) => void;
  raw?: string;
};

export const BROKEN_CASES: BrokenCase[] = [
  { name: 'bad-json', rule: 'the file is not JSON', path: '', message: 'not valid JSON', raw: '{ "formatVersion": 2, "id": "harbour-test", \n  "title": }\n' },
  {
    name: 'unknown-field',
    rule: 'unknown fields are errors',
    path: 'decisions[0].colour',
    message: 'unknown field "colour"',
    mutate: (s) => (s.decisions[0].colour = 'red'),
  },
  {
    name: 'missing-field',
    rule: 'required fields',
    path: 'decisions[1].question',
    message: 'missing required field "question"',
    mutate: (s) => delete s.decisions[1].question,
  },
  { name: 'wrong-type', rule: 'field types', path: 'meters[0].initial', message: 'expected', mutate: (s) => (s.meters[0].initial = 'fifty') },
  {
    name: 'duplicate-id',
    rule: 'unique ids',
    path: 'decisions[2].id',
    message: 'duplicate decision id "d-patrols"',
    mutate: (s) => (s.decisions[2].id = 'd-patrols'),
  },
  {
    name: 'duplicate-option-id',
    rule: 'unique option ids within a decision',
    path: 'decisions[0].options[2].id',
    message: 'duplicate option id "pause"',
    mutate: (s) => (s.decisions[0].options[2].id = 'pause'),
  },
  {
    name: 'unresolved-source',
    rule: 'citations name a known source',
    path: 'decisions[0].positions[0].citations[0].source',
    message: 'unknown source "minutes-9"',
    mutate: (s) => (s.decisions[0].positions[0].citations[0].source = 'minutes-9'),
  },
  {
    name: 'missing-source-file',
    rule: 'a source file exists',
    path: 'sources.m2.file',
    message: 'is not in scenarios/sources/',
    mutate: (s) => (s.sources.m2.file = 'board-9-minutes.txt'),
  },
  {
    name: 'unresolved-cast',
    rule: 'speakers are in the cast',
    path: 'decisions[0].positions[1].speaker',
    message: 'unknown person "dana"',
    mutate: (s) => (s.decisions[0].positions[1].speaker = 'dana'),
  },
  {
    name: 'unresolved-participant',
    rule: 'participants are in the cast',
    path: 'meetings[1].participants[2]',
    message: 'unknown person "dana"',
    mutate: (s) => (s.meetings[1].participants[2] = 'dana'),
  },
  {
    name: 'unresolved-meeting',
    rule: 'a decision names a known meeting',
    path: 'decisions[4].meeting',
    message: 'unknown meeting "meeting-9"',
    mutate: (s) => (s.decisions[4].meeting = 'meeting-9'),
  },
  {
    name: 'unresolved-next',
    rule: 'next names a decision or "end"',
    path: 'decisions[2].options[0].next',
    message: 'unknown decision "d-nowhere"',
    mutate: (s) => (s.decisions[2].options[0].next = 'd-nowhere'),
  },
  {
    name: 'unresolved-event',
    rule: 'an event follows a known decision',
    path: 'events[0].after',
    message: 'unknown decision "q-nowhere"',
    mutate: (s) => (s.events[0].after = 'q-nowhere'),
  },
  {
    name: 'unresolved-ending-condition',
    rule: 'an ending condition names decisions and options that exist',
    path: 'endings[1].when.all[0].chose.options[0]',
    message: 'has no option "chat"',
    mutate: (s) => (s.endings[1].when.all[0].chose.options[0] = 'chat'),
  },
  {
    name: 'flag-never-set',
    rule: 'a condition flag is set somewhere',
    path: 'endings[0].when.all[0].flag',
    message: 'flag "collision" is never set',
    mutate: (s) => (s.endings[0].when.all[0].flag = 'collision'),
  },
  {
    name: 'unresolved-place',
    rule: 'map places exist',
    path: 'decisions[0].mapPlaces[1]',
    message: 'unknown place "atlantis"',
    mutate: (s) => (s.decisions[0].mapPlaces[1] = 'atlantis'),
  },
  {
    name: 'unresolved-cue',
    rule: 'cues are known to the game',
    path: 'decisions[1].options[0].consequence.cue',
    message: 'unknown sound cue "thunder"',
    mutate: (s) => (s.decisions[1].options[0].consequence.cue = 'thunder'),
  },
  {
    name: 'cue-not-listed',
    rule: 'cues used are listed in cues',
    path: 'events[1].consequence.cue',
    message: 'sound cue "stamp" is not listed in cues',
    mutate: (s) => (s.events[1].consequence.cue = 'stamp'),
  },
  {
    name: 'topic-cue-unknown',
    rule: 'topic cues are known to the game',
    path: 'presentation.topicCues[0].cue',
    message: 'unknown sound cue "seagulls"',
    mutate: (s) => (s.presentation.topicCues[0].cue = 'seagulls'),
  },
  {
    name: 'topic-cue-not-listed',
    rule: 'topic cues are listed in cues',
    path: 'presentation.topicCues[0].cue',
    message: 'sound cue "ship-horn" is not listed in cues',
    mutate: (s) => (s.presentation.topicCues[0].cue = 'ship-horn'),
  },
  {
    name: 'glossary-in-presentation',
    rule: 'glossary markup is checked in the presentation block (premise, about)',
    path: 'presentation.about[0]',
    message: 'unknown glossary term "breakwater"',
    mutate: (s) => (s.presentation.about[0] = 'A test scenario about a [[breakwater]].'),
  },
  {
    name: 'unresolved-glossary-term',
    rule: 'glossary markup names a term',
    path: 'decisions[0].question',
    message: 'unknown glossary term "blockade"',
    mutate: (s) => (s.decisions[0].question = 'Should the [[blockade]] go on?'),
  },
  {
    name: 'unbalanced-markup',
    rule: 'glossary markup is well formed',
    path: 'meetings[0].summary',
    message: 'unbalanced glossary markup',
    mutate: (s) => (s.meetings[0].summary = 'The [[patrol paused.'),
  },
  {
    name: 'unknown-meter',
    rule: 'effects name known meters',
    path: 'decisions[3].options[1].effects.risk',
    message: 'unknown meter "risk"',
    mutate: (s) => (s.decisions[3].options[1].effects = { risk: 5 }),
  },
  {
    name: 'quote-not-found',
    rule: 'quotes are verbatim',
    path: 'decisions[0].history.citations[0].quote',
    message: 'quote not found in "board-1-minutes.txt": it matches up to',
    mutate: (s) => (s.decisions[0].history.citations[0].quote = 'It was agreed that the patrols be suspended for one week.'),
  },
  {
    name: 'quote-in-header',
    rule: 'only text below the line of = is quotable',
    path: 'epilogue[0].citations[0].quote',
    message: 'only in the header',
    mutate: (s) => (s.epilogue[0].citations[0].quote = 'HEADER ONLY PHRASE appears only here.'),
  },
  {
    name: 'not-retrieved-source',
    rule: 'NOT-RETRIEVED files are not sources',
    path: 'sources.lost.file',
    message: 'NOT-RETRIEVED',
    mutate: (s) => {
      s.sources.lost = { file: 'aftermath/letter-NOT-RETRIEVED.txt', title: 'Lost letter', date: '1961-03-20', citation: 'none', kind: 'aftermath' };
      s.epilogue[0].citations.push({ source: 'lost', quote: 'The council agreed to sail with one inspector.' });
    },
  },
  {
    name: 'index-source',
    rule: 'INDEX.md is not a source',
    path: 'sources.index.file',
    message: 'INDEX.md',
    mutate: (s) => (s.sources.index = { file: 'aftermath/INDEX.md', title: 'Index', date: '1961-04-20', citation: 'none', kind: 'aftermath' }),
  },
  {
    name: 'history-without-citation',
    rule: 'the historical record is cited',
    path: 'decisions[0].history.citations',
    message: 'the historical record needs at least one citation',
    mutate: (s) => (s.decisions[0].history.citations = []),
  },
  {
    name: 'history-unknown-option',
    rule: 'history names an option of the decision',
    path: 'decisions[0].history.option',
    message: 'which this decision does not have',
    mutate: (s) => (s.decisions[0].history.option = 'sink'),
  },
  {
    name: 'historical-consequence-uncited',
    rule: 'a historical consequence is cited',
    path: 'decisions[1].options[1].consequence.citations',
    message: 'a historical consequence needs at least one citation',
    mutate: (s) => (s.decisions[1].options[1].consequence.citations = []),
  },
  {
    name: 'no-adviser',
    rule: 'an option has an adviser, is raised by the chair, or is an alternative',
    path: 'decisions[0].options[1]',
    message: 'nobody argued or raised this option',
    mutate: (s) => (s.decisions[0].options[1].arguedBy = []),
  },
  {
    name: 'adviser-and-alternative',
    rule: 'an argued option is not an alternative',
    path: 'decisions[0].options[0].alternative',
    message: 'cannot also be an alternative',
    mutate: (s) => (s.decisions[0].options[0].alternative = true),
  },
  {
    name: 'alternative-with-raisedBy',
    rule: 'an option the chair raised is not an alternative',
    path: 'decisions[1].options[1].alternative',
    message: 'cannot also be an alternative',
    mutate: (s) => (s.decisions[1].options[1].alternative = true),
  },
  {
    name: 'chair-in-arguedBy',
    rule: "the chair's own proposal goes in raisedBy, not arguedBy",
    path: 'decisions[1].options[1].arguedBy[0].speaker',
    message: "the chair's own proposal goes in raisedBy",
    mutate: (s) => {
      s.decisions[1].options[1].arguedBy = s.decisions[1].options[1].raisedBy;
      s.decisions[1].options[1].raisedBy = [];
    },
  },
  {
    name: 'raisedBy-not-chair',
    rule: 'only the chair raises an option himself',
    path: 'decisions[0].options[0].raisedBy[0].speaker',
    message: 'only the chair ("chair") raises an option himself',
    mutate: (s) => {
      s.decisions[0].options[0].raisedBy = s.decisions[0].options[0].arguedBy;
      s.decisions[0].options[0].arguedBy = [];
    },
  },
  {
    name: 'unnamed-with-raisedBy',
    rule: 'an option raised by someone the record does not name has no named sponsor',
    path: 'decisions[1].options[1].unnamed',
    message: '"unnamed" means the record does not say who raised it',
    mutate: (s) => (s.decisions[1].options[1].unnamed = true),
  },
  { name: 'unknown-chair', rule: 'the chair is in the cast', path: 'chair', message: 'unknown person "mayor"', mutate: (s) => (s.chair = 'mayor') },
  {
    name: 'misattributed-quote',
    rule: 'a quote sits in a paragraph of its record that names the speaker',
    path: 'decisions[0].options[1].arguedBy[0].citations[0]',
    message:
      'quote credited to Cole, but the paragraph of "board-1-minutes.txt" that holds it does not name Cole (looked for "Cole", "Member for the Fish Market", "Mr. Cull")',
    mutate: (s) => (s.decisions[0].options[1].arguedBy[0].speaker = 'cole'),
  },
  {
    name: 'otherside-side',
    rule: 'the view from the other side is voiced by a soviet or cuban person',
    path: 'meetings[0].otherSide[0].speaker',
    message: 'Roca speaks for the "us" side',
    mutate: (s) => (s.cast.find((p: Json) => p.id === 'roca').side = 'us'),
  },
  {
    name: 'unknown-author',
    rule: 'a source author is in the cast',
    path: 'sources.m1.author',
    message: 'unknown person "mayor"',
    mutate: (s) => (s.sources.m1.author = 'mayor'),
  },
  {
    name: 'counterfactual-in-record',
    rule: 'a counterfactual consequence does not use the record medium',
    path: 'decisions[0].options[0].consequence.medium',
    message: 'may not use the "record" medium',
    mutate: (s) => (s.decisions[0].options[0].consequence.medium = 'record'),
  },
  {
    name: 'basis-missing',
    rule: 'a counterfactual consequence has a basis',
    path: 'decisions[0].options[2].consequence.basis',
    message: 'a counterfactual consequence needs a basis',
    mutate: (s) => delete s.decisions[0].options[2].consequence.basis,
  },
  {
    name: 'basis-both',
    rule: 'a basis is cited or an inference, not both',
    path: 'decisions[0].options[0].consequence.basis',
    message: 'not both',
    mutate: (s) => (s.decisions[0].options[0].consequence.basis.inference = true),
  },
  {
    name: 'basis-neither',
    rule: 'a basis is cited or says it is an inference',
    path: 'decisions[0].options[2].consequence.basis',
    message: 'a basis needs the warning it rests on',
    mutate: (s) => (s.decisions[0].options[2].consequence.basis.inference = false),
  },
  {
    name: 'basis-quote-not-found',
    rule: 'a basis quote is verbatim',
    path: 'events[0].consequence.basis.citations[0].quote',
    message: 'quote not found in "board-1-minutes.txt"',
    mutate: (s) => (s.events[0].consequence.basis.citations[0].quote = 'a collision by day would end all talks'),
  },
  {
    name: 'historical-with-basis',
    rule: 'a historical consequence has no basis',
    path: 'decisions[0].options[1].consequence.basis',
    message: 'a historical consequence has no basis',
    mutate: (s) => (s.decisions[0].options[1].consequence.basis = { text: 'Berg advised it.', inference: true }),
  },
  {
    name: 'glossary-in-fallback-reflection',
    rule: 'glossary markup is checked in every prose field, list items included',
    path: 'fallbackReflections[1]',
    message: 'unknown glossary term "blockade"',
    mutate: (s) => (s.fallbackReflections[1] = 'Who in the room would you have argued with about the [[blockade]]?'),
  },
  {
    name: 'no-limits',
    rule: 'the limits of the records are stated',
    path: 'limits',
    message: 'say at least once what the records cannot tell',
    mutate: (s) => (s.limits = []),
  },
  {
    name: 'quick-call-too-many-options',
    rule: 'a quick call has two or three options',
    path: 'decisions[5].options',
    message: 'a quick call has two or three options, not 4',
    mutate: (s) => s.decisions[5].options.push({ ...s.decisions[5].options[0], id: 'gift' }),
  },
  {
    name: 'unreachable-decision',
    rule: 'every decision is reachable',
    path: 'decisions[3]',
    message: 'decision "d-inspect" is never reached',
    mutate: (s) => (s.decisions[2].options[1].next = 'd-final'),
  },
  {
    name: 'cycle',
    rule: 'no cycles',
    path: 'decisions[4].options[1].next',
    message: 'cycle in play order: d-talks → d-final → d-talks',
    mutate: (s) => (s.decisions[4].options[1].next = 'd-talks'),
  },
  {
    name: 'dead-end',
    rule: 'every playthrough reaches an ending',
    path: 'endings',
    message: 'dead end: playing',
    mutate: (s) => (s.endings[3].when = { flag: 'incident' }),
  },
  {
    name: 'last-ending-not-always',
    rule: 'the last ending is { always: true }',
    path: 'endings[3].when',
    message: 'the last ending must be { "always": true }',
    mutate: (s) => (s.endings[3].when = { any: [{ flag: 'incident' }, { not: { flag: 'incident' } }] }),
  },
  {
    name: 'unreachable-ending',
    rule: 'every ending is reachable',
    path: 'endings[2]',
    message: 'ending "hard-bargain" is never reached',
    mutate: (s) =>
      (s.endings[2].when = {
        all: [
          { chose: { decision: 'd-final', options: ['refuse'] } },
          { chose: { decision: 'd-talks', options: ['escalate'] } },
          { chose: { decision: 'd-inspect', options: ['demand'] } },
        ],
      }),
  },
  {
    name: 'bad-condition',
    rule: 'conditions have one known form',
    path: 'endings[0].when',
    message: 'not a valid condition',
    mutate: (s) => (s.endings[0].when = { flagg: 'incident' }),
  },
  {
    name: 'short-mode-unknown',
    rule: 'short mode lists known decisions',
    path: 'shortMode[1]',
    message: 'unknown decision "d-missing"',
    mutate: (s) => (s.shortMode = ['d-patrols', 'd-missing']),
  },
  {
    name: 'short-mode-order',
    rule: 'short mode follows play order',
    path: 'shortMode[1]',
    message: 'out of order',
    mutate: (s) => (s.shortMode = ['d-talks', 'd-patrols']),
  },
  {
    name: 'short-mode-unreachable',
    rule: 'every short-mode decision is reached in short mode',
    path: 'shortMode[1]',
    message: 'decision "d-inspect" is never reached in short mode',
    mutate: (s) => {
      s.shortMode = ['d-talks', 'd-inspect'];
      s.decisions[2].options[1].next = 'd-final';
      s.decisions[2].next = 'd-final';
    },
  },
  {
    name: 'format-too-new',
    rule: 'format version too new',
    path: 'formatVersion',
    message: 'is newer than this game can read',
    mutate: (s) => (s.formatVersion = 3),
  },
  { name: 'format-too-old', rule: 'format version too old', path: 'formatVersion', message: 'is too old for this game', mutate: (s) => (s.formatVersion = 1) },
  {
    name: 'quote-translation-in-scenario',
    rule: "a quote's translation is set by the overlay, never written in the scenario",
    path: 'decisions[0].history.citations[0].translation',
    message: 'set by the translation overlay, not written in the scenario',
    mutate: (s) => (s.decisions[0].history.citations[0].translation = 'Se acordó pausar las patrullas por una semana.'),
  },
  {
    name: 'source-gloss-in-scenario',
    rule: "a source title's gloss is set by the overlay, never written in the scenario",
    path: 'sources.m1.gloss',
    message: 'set by the translation overlay, not written in the scenario',
    mutate: (s) => (s.sources.m1.gloss = 'Acta de la primera reunión'),
  },
];

/**
 * The broken translation overlays: each made from the mini scenario's Spanish overlay
 * (tests/fixtures/mini/i18n/harbour-test.es.json) by one change, written to tests/fixtures/broken/i18n/ and
 * checked against the mini scenario.
 */
export const OVERLAY_BASE = 'tests/fixtures/mini/i18n/harbour-test.es.json';

const entry = (key: string) => formatPath(['entries', key]);

export const BROKEN_OVERLAY_CASES: BrokenCase[] = [
  {
    name: 'overlay-bad-json',
    rule: 'the overlay is JSON',
    path: '',
    message: 'not valid JSON',
    raw: '{ "formatVersion": 1, "scenario": "harbour-test",\n  "entries": }\n',
  },
  {
    name: 'overlay-unknown-field',
    rule: 'the overlay has the format fields only',
    path: 'translator',
    message: 'unknown field "translator" (not part of the translation overlay format',
    mutate: (o) => (o.translator = 'Ana'),
  },
  {
    name: 'overlay-wrong-version',
    rule: 'the overlay format version',
    path: 'formatVersion',
    message: 'must be one of 1',
    mutate: (o) => (o.formatVersion = 2),
  },
  {
    name: 'overlay-entry-shape',
    rule: 'an entry is { source, text }',
    path: `${entry('title')}.text`,
    message: 'expected text, found number 5',
    mutate: (o) => (o.entries.title.text = 5),
  },
  {
    name: 'overlay-wrong-scenario',
    rule: 'the overlay names the scenario it translates',
    path: 'scenario',
    message: 'this overlay translates "lighthouse-test", but the scenario\'s id is "harbour-test"',
    mutate: (o) => (o.scenario = 'lighthouse-test'),
  },
  {
    name: 'overlay-missing-prose',
    rule: 'every prose field is translated',
    path: entry('decisions[d-patrols].options[warn-first].advice'),
    message: 'missing translation of the prose field "decisions[d-patrols].options[warn-first].advice"',
    mutate: (o) => delete o.entries['decisions[d-patrols].options[warn-first].advice'],
  },
  {
    name: 'overlay-missing-quote',
    rule: 'every quote is translated',
    path: entry('decisions[d-patrols].history.citations[0].quote'),
    message: 'missing translation of the quote',
    mutate: (o) => delete o.entries['decisions[d-patrols].history.citations[0].quote'],
  },
  {
    name: 'overlay-missing-title',
    rule: 'every source title is glossed',
    path: entry('sources.m1.title'),
    message: 'missing translation of the source title "sources.m1.title"',
    mutate: (o) => delete o.entries['sources.m1.title'],
  },
  {
    name: 'overlay-not-prose',
    rule: 'only prose, quotes and source titles are translated (not ids)',
    path: entry('decisions[d-patrols].id'),
    message: 'is not a text the overlay translates',
    mutate: (o) => (o.entries['decisions[d-patrols].id'] = { source: 'abc', text: 'd-patrullas' }),
  },
  {
    name: 'overlay-not-prose-file',
    rule: 'only prose, quotes and source titles are translated (not file names)',
    path: entry('sources.m1.file'),
    message: 'is not a text the overlay translates',
    mutate: (o) => (o.entries['sources.m1.file'] = { source: 'abc', text: 'junta-1-acta.txt' }),
  },
  {
    name: 'overlay-glossary-id-translated',
    rule: 'glossary ids stay as in the English',
    path: `${entry('decisions[d-patrols].question')}.text`,
    message: 'glossary ids differ from the English: English has patrol, the translation patrulla',
    mutate: (o) => (o.entries['decisions[d-patrols].question'].text = '¿Deben seguir las [[patrulla|patrullas]] de noche?'),
  },
  {
    name: 'overlay-glossary-dropped',
    rule: 'every glossary link of the English is kept',
    path: `${entry('meetings[meeting-1].summary')}.text`,
    message: 'glossary ids differ from the English: English has patrol, the translation none',
    mutate: (o) => (o.entries['meetings[meeting-1].summary'].text = 'La Junta suspendió la patrulla por una semana.'),
  },
  {
    name: 'overlay-placeholder',
    rule: 'placeholders match the English',
    path: `${entry('decisions[q-press].question')}.text`,
    message: 'placeholders differ from the English: English has none, the translation {name}',
    mutate: (o) => (o.entries['decisions[q-press].question'].text = '¿Decir algo hoy a la prensa, {name}?'),
  },
  {
    name: 'overlay-unbalanced-markup',
    rule: 'markup in a translation is well formed',
    path: `${entry('limits[0]')}.text`,
    message: 'unbalanced glossary markup',
    mutate: (o) => (o.entries['limits[0]'].text = 'Las actas no dicen qué habló el consejo en privado sobre la [[quota|cuota]] y la [[patrulla.'),
  },
  {
    name: 'overlay-empty-translation',
    rule: 'a translation is not empty',
    path: `${entry('glossary[quota].definition')}.text`,
    message: 'empty translation',
    mutate: (o) => (o.entries['glossary[quota].definition'].text = ' '),
  },
  {
    name: 'overlay-stale',
    rule: 'a translation of English that changed since is stale',
    path: `${entry('decisions[d-talks].question')}.source`,
    message: 'the English changed since it was translated',
    mutate: (o) => (o.entries['decisions[d-talks].question'].source = 'stale0'),
  },
];
