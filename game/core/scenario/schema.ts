/**
 * The scenario format: a zod schema that is the single source of the scenario's TypeScript types.
 *
 * Objects are strict (unknown fields are errors, so a typo in a field name never passes silently).
 * Checks that need more than one field (references, quotes, reachability) live in game/core/check/.
 * Every field a player reads is marked prose (`proseText`, the PROSE registry): the glossary check and the
 * translation overlay find prose through these marks (scenario/prose.ts), never by field names.
 * The format is described for content writers in docs/SCENARIO-FORMAT.md.
 */
import * as z from 'zod/mini';
import { formatRule, listRule } from './diagnostic';
import { STANCES, type Stance } from './stances';

// zod/mini (not the full zod): the schema is checked in the browser too, and mini is a fraction of the size.
// jitless: zod would otherwise probe for eval with `new Function`, which the game's Content-Security-Policy
// forbids (the probe is caught, but the browser still reports a CSP violation).
z.config({ jitless: true });

/** Current scenario format, and the oldest format this build still reads. */
export const FORMAT_VERSION = 2;
export const MIN_FORMAT_VERSION = 2;

const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, formatRule('id')));
const text = z.string().check(z.minLength(1));

/**
 * The mark on every field a player reads, written in the scenario's own words (not verbatim quotes, ids,
 * dates, paths or archival references): glossary markup (`[[term]]`) may appear there, and a translation
 * replaces it. The mark sits on the string schema, so each prose field uses one of the two below.
 */
export const PROSE = z.registry<{ prose: true }>();
/** Prose that must not be empty. */
const proseText = z.string().check(z.minLength(1)).register(PROSE, { prose: true });
/** Prose that may be empty (its field defaults to ''). */
const proseOrEmpty = z.string().register(PROSE, { prose: true });

/**
 * A verbatim quotation. `source` is a key of `Scenario.sources`; `quote` must be found in that file after
 * collapsing every run of whitespace to one space (OCR errors included). `note` is optional context, such
 * as "editors' footnote".
 */
export const citationSchema = z.strictObject({
  source: id,
  quote: text,
  note: z.optional(proseOrEmpty),
  /** The quote in the player's language: set by the translation overlay (overlay.ts), never written in a scenario file. */
  translation: z.optional(text),
});

export const sourceSchema = z.strictObject({
  /** Path under scenarios/sources/, e.g. "excomm-14-1962-10-31-summary-record.txt" or "aftermath/…". */
  file: text,
  title: text,
  /** ISO date, e.g. "1962-10-31". */
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, formatRule('date'))),
  /** Archival citation (FRUS volume and document, library and folder). */
  citation: text,
  kind: z.enum(['meeting', 'background', 'aftermath']),
  /** The cast person who wrote or signed the document (a letter): their statements quoting it need no naming paragraph. */
  author: z.optional(id),
  /** What kind of record this is: an id of the scenario's `recordKinds` (its sourcing card is shown the first time one is opened). */
  recordKind: z.optional(id),
  /** The title glossed in the player's language: set by the translation overlay (overlay.ts), never written in a scenario file. */
  gloss: z.optional(text),
});

export const meterSchema = z.strictObject({
  id,
  label: proseText,
  /** One plain sentence: what a high value means. */
  description: proseText,
  initial: z.int().check(z.minimum(0), z.maximum(100)),
  /** How the meter is told apart without colour (pattern name for the chart). */
  pattern: z.enum(['solid', 'stripes', 'dots', 'grid', 'waves']),
  /** True when a high value is bad (risk of war): the balance report counts its rises against an option. */
  badWhenHigh: z._default(z.boolean(), false),
});

export const personSchema = z.strictObject({
  id,
  name: proseText,
  /** The 1962 title as the records give it. */
  title: proseText,
  bio: proseText,
  /** Short name on the name card, e.g. "Rusk". */
  short: proseText,
  /** Other ways the records name this person ("The President", "Secretary Rusk"), for the attribution check. */
  aliases: z._default(z.array(text), []),
  /** Whose side the person speaks for: the view from Moscow and Havana is voiced by soviet and cuban people. */
  side: z._default(z.enum(['us', 'soviet', 'cuban', 'un', 'other']), 'us'),
  /** How the room draws the person: a dark suit, or a service uniform (the Chairman of the Joint Chiefs). */
  dress: z._default(z.enum(['suit', 'uniform']), 'suit'),
});

/** A statement in the room: who said it, in plain words, with the quoted record. */
export const statementSchema = z.strictObject({
  speaker: id,
  text: proseText,
  citations: z.array(citationSchema).check(z.minLength(1, listRule('statement-citations'))),
});

/** Conditions used by follow-up events and endings. All pure data; evaluated in rules/conditions.ts. */
export type Condition =
  | { always: true }
  | { chose: { decision: string; options: string[] } }
  | { flag: string }
  | { meter: { id: string; atLeast?: number; atMost?: number } }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const conditionSchema: z.ZodMiniType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ always: z.literal(true) }),
    z.strictObject({ chose: z.strictObject({ decision: id, options: z.array(id).check(z.minLength(1)) }) }),
    z.strictObject({ flag: id }),
    z.strictObject({
      meter: z.strictObject({
        id,
        atLeast: z.optional(z.int().check(z.minimum(0), z.maximum(100))),
        atMost: z.optional(z.int().check(z.minimum(0), z.maximum(100))),
      }),
    }),
    z.strictObject({ all: z.array(conditionSchema).check(z.minLength(1)) }),
    z.strictObject({ any: z.array(conditionSchema).check(z.minLength(1)) }),
    z.strictObject({ not: conditionSchema }),
  ]),
);

export const mediumSchema = z.enum(['record', 'cable', 'headline', 'phone']);

/**
 * Why a counterfactual is plausible: either the warning it rests on, quoted (`citations`), or the game's own
 * inference said plainly (`inference: true`). Exactly one of the two (checked in game/core/check/citations.ts).
 */
export const basisSchema = z.strictObject({
  text: proseText,
  citations: z._default(z.array(citationSchema), []),
  inference: z._default(z.boolean(), false),
});

/**
 * What follows an option or an event. `kind: historical` means it happened and must carry citations;
 * `kind: counterfactual` is invented, plausible from risks the advisers named (`basis` says which), and is
 * labelled "What might have happened" wherever it is shown.
 */
export const consequenceSchema = z.strictObject({
  medium: mediumSchema,
  kind: z.enum(['historical', 'counterfactual']),
  /** Headline, cable subject or note heading. */
  headline: proseText,
  text: proseText,
  citations: z._default(z.array(citationSchema), []),
  /** For a counterfactual (required there): the warning it rests on, or the game's own inference. */
  basis: z.optional(basisSchema),
  /** Sound cue to play with it (must be a known cue). */
  cue: z.optional(id),
});

/** Meter changes: meter id → delta (results are clamped to 0..100). */
export const effectsSchema = z.record(id, z.int().check(z.minimum(-50), z.maximum(50)));

/** The stance scale the debrief profiles the student on. */
export const stanceSchema = z.enum(STANCES);
export { STANCES, type Stance };

export const optionSchema = z.strictObject({
  id,
  /** Short button label. */
  label: proseText,
  /** The advice in the student's voice: "Mr. President, I advise …". */
  advice: proseText,
  /** Advisers who argued this in the record, each with the quote (never the chair: see raisedBy). */
  arguedBy: z._default(z.array(statementSchema), []),
  /** The chair (the President) raised this himself, with the quote. */
  raisedBy: z._default(z.array(statementSchema), []),
  /** True when nobody in the room raised this: the game offers it as an alternative. */
  alternative: z._default(z.boolean(), false),
  /**
   * True when the record shows this was raised in the room but does not say by whom (the chair only agreed
   * to it, say). The consequence or history quotes the record.
   */
  unnamed: z._default(z.boolean(), false),
  /** Where the advice sits on the scale from firm (more pressure, less given) to flexible (more given, trust sooner). */
  stance: stanceSchema,
  effects: z._default(effectsSchema, {}),
  /** Flags this choice sets (for events and endings). */
  setFlags: z._default(z.array(id), []),
  consequence: consequenceSchema,
  /** Overrides the decision's `next` when this option is chosen. */
  next: z.optional(id),
  /** Map layers this advice sets in motion (flights the student approves are drawn on the map). */
  routes: z._default(z.array(z.enum(['u2', 'low-level', 'quarantine'])), []),
});

export const historySchema = z.strictObject({
  /** The option that matches what was decided (or the "leave it open" option). */
  option: id,
  summary: proseText,
  citations: z.array(citationSchema).check(z.minLength(1, listRule('history-citations'))),
  /** When the meeting left it open: how it ended later, quoting aftermath documents. */
  later: z.optional(
    z.strictObject({
      text: proseText,
      citations: z.array(citationSchema).check(z.minLength(1)),
    }),
  ),
});

export const decisionSchema = z.strictObject({
  id,
  /** Full decision point, or a quick call (two or three options, one screen, one line in the debrief). */
  kind: z.enum(['decision', 'quick']),
  meeting: id,
  /** Short title for the debrief table. */
  title: proseText,
  question: proseText,
  context: z._default(proseOrEmpty, ''),
  positions: z._default(z.array(statementSchema), []),
  options: z.array(optionSchema).check(z.minLength(2), z.maxLength(4)),
  history: historySchema,
  /** Asked in the debrief when the student's advice differed from history. */
  reflection: proseText,
  /** Places to show on the map for this question. */
  mapPlaces: z._default(z.array(id), []),
  /** Next decision id, or "end" (epilogue and ending). Default: the next decision in the file. */
  next: z.optional(id),
});

export const meetingSchema = z.strictObject({
  id,
  number: z.int().check(z.minimum(1)),
  /** ISO date. */
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, formatRule('date'))),
  /** As the record gives it: "10 a.m." */
  time: proseText,
  /** The same time on the 24-hour clock ("10:00"), for the clock on the room's wall. */
  clock: z.optional(z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, formatRule('clock')))),
  place: proseText,
  /** The typed header, as the record begins. */
  header: proseText,
  classification: proseText,
  /** People the record names as present or speaking (cast ids). */
  participants: z.array(id).check(z.minLength(1)),
  /** What the record says about attendance (e.g. "The record lists no attendees; these are the people it names."). */
  participantsNote: z._default(proseOrEmpty, ''),
  intelligence: z._default(z.array(statementSchema), []),
  /** The view from Moscow or Havana in their own recorded words (speakers on the soviet or cuban side). */
  otherSide: z._default(z.array(statementSchema), []),
  /** Places to show with the intelligence briefing. */
  mapPlaces: z._default(z.array(id), []),
  /** End-of-meeting summary shown after the last decision of the meeting. */
  summary: proseText,
});

export const eventSchema = z.strictObject({
  id,
  /** Checked right after this decision is answered. */
  after: id,
  when: conditionSchema,
  effects: z._default(effectsSchema, {}),
  setFlags: z._default(z.array(id), []),
  consequence: consequenceSchema,
});

export const endingSchema = z.strictObject({
  id,
  title: proseText,
  kind: z.enum(['historical', 'counterfactual']),
  /** First ending (in file order) whose condition holds is reached; the last must be `{ always: true }`. */
  when: conditionSchema,
  text: proseText,
  /** What actually happened, for the side-by-side view. */
  history: proseText,
  citations: z._default(z.array(citationSchema), []),
  cue: z.optional(id),
});

export const epilogueEntrySchema = z.strictObject({
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, formatRule('date'))),
  approximate: z._default(z.boolean(), false),
  text: proseText,
  citations: z.array(citationSchema).check(z.minLength(1)),
});

export const glossarySchema = z.strictObject({
  id,
  term: proseText,
  definition: proseText,
});

/**
 * A kind of record (summary record, record of action, telegram…): the sourcing card a student reads the first
 * time they open a record of this kind, and finds again in the source viewer and on the about page.
 */
export const recordKindSchema = z.strictObject({
  id,
  /** "Summary record". */
  name: proseText,
  /** What kind of document it is, who wrote it and for whom. */
  who: proseText,
  /** When it was written, relative to the events. */
  when: proseText,
  /** What it can show. */
  shows: proseText,
  /** What it cannot show. */
  cannotShow: proseText,
});

/** One question of a comparison: optional choices, then the answer, with both records' own words. */
export const comparisonQuestionSchema = z.strictObject({
  id,
  question: proseText,
  /** Choices the student may pick from (none: a written answer only). */
  choices: z._default(z.array(proseText).check(z.maxLength(5)), []),
  /** Revealed on request: what the two records say, and how a historian might weigh them (never one right answer). */
  answer: proseText,
  /** The records' own words (checked like every quote; each from one of the comparison's records). */
  citations: z.array(citationSchema).check(z.minLength(1)),
});

/**
 * "Compare the records": two records of the same meeting side by side and a few questions, offered (never
 * required) after a meeting's summary or at the end of play.
 */
export const comparisonSchema = z.strictObject({
  id,
  title: proseText,
  /** Offered after the summary of this meeting (a meeting id), or "end": on the epilogue. The debrief lists them all. */
  after: id,
  /** The two records compared (keys of `sources`). */
  records: z.array(id).check(z.minLength(2), z.maxLength(2)),
  intro: proseText,
  questions: z.array(comparisonQuestionSchema).check(z.minLength(1), z.maxLength(6)),
});

export const placeSchema = z.strictObject({
  id,
  name: proseText,
  kind: z.enum(['city', 'port', 'missile-site', 'airfield', 'base', 'line', 'route', 'region']),
  lat: z.number().check(z.minimum(-90), z.maximum(90)),
  lon: z.number().check(z.minimum(-180), z.maximum(180)),
  approximate: z._default(z.boolean(), false),
  /** Whether the shipped records name this place. */
  inRecords: z.boolean(),
  /** Where the location comes from (reference), in a few words. */
  reference: proseText,
  note: z._default(proseOrEmpty, ''),
});

/**
 * How the shell presents this scenario: everything the title, the top bar, the codes, the map and the sounds
 * would otherwise hard-wire. The engine never reads it.
 */
export const presentationSchema = z.strictObject({
  /** The short name on the title screen, the top bar and the printed report ("ExComm 1962"). */
  shortTitle: proseText,
  /** The title screen's premise: one short paragraph (prose). */
  premise: proseText,
  /**
   * The one historical question the game asks (prose): shown as play begins, kept in view on the meeting
   * summaries, and asked again in the debrief and the written task.
   */
  centralQuestion: z.optional(proseText),
  /** Results and resume codes start with this: a capital letter, then 1–5 capitals or digits ("EX62"). */
  codePrefix: z.string().check(z.regex(/^[A-Z][A-Z0-9]{1,5}$/, formatRule('code-prefix'))),
  /** The dates over the epilogue ("November 1962 – January 1963"). */
  epilogueDates: z.optional(proseText),
  /** The room pictured beside the card, for the caption and screen readers ("The Cabinet Room"). */
  room: proseText,
  /** The map, a path under the site's root ("map/caribbean.json"); without it the game shows no map. */
  map: z.optional(z.string().check(z.regex(/^[a-z0-9][a-z0-9/_.-]*\.json$/, formatRule('map-path')))),
  /** Topic sounds on question screens: the cue plays when the question or its context uses one of the words (whole words, any case). */
  topicCues: z._default(z.array(z.strictObject({ cue: id, words: z.array(text).check(z.minLength(1)) })), []),
  /** The scenario's own paragraphs on the about page, after the game's general ones (prose). */
  about: z._default(z.array(proseText), []),
});

/**
 * The optional written task after the debrief (a document-based question): short excerpts from the records, each
 * with a line of sourcing (who, what kind of record, when, for whom), sentence starters and the rubric. It answers
 * `presentation.centralQuestion`; without that question the game does not offer the task.
 */
export const writtenTaskSchema = z.strictObject({
  /** What the student is asked to do, in a sentence or two (prose). */
  intro: proseText,
  excerpts: z
    .array(
      z.strictObject({
        /** Who made the record, what kind of record it is, when, and for whom (prose). */
        sourcing: proseText,
        /** The excerpt itself, verbatim. */
        citation: citationSchema,
      }),
    )
    .check(z.minLength(3), z.maxLength(8)),
  /** Sentence starters for students who need a way in (prose). */
  starters: z.array(proseText).check(z.minLength(1)),
  /** The criteria a strong answer meets: a short name and what it looks like (prose). */
  rubric: z.array(z.strictObject({ criterion: proseText, description: proseText })).check(z.minLength(1)),
});

export const scenarioSchema = z.strictObject({
  /** For editors only: the JSON Schema that describes this format ("./scenario.schema.json"). The game ignores it. */
  $schema: z.optional(z.string()),
  formatVersion: z.int(),
  id,
  version: z.int().check(z.minimum(1), z.maximum(1023)),
  title: proseText,
  /** The person who chairs the room (the President): his own proposals are options' `raisedBy`. */
  chair: id,
  presentation: presentationSchema,
  sources: z.record(id, sourceSchema),
  meters: z.array(meterSchema).check(z.minLength(1), z.maxLength(8)),
  cast: z.array(personSchema).check(z.minLength(1)),
  prologue: z.optional(
    z.strictObject({
      heading: proseText,
      paragraphs: z.array(proseText).check(z.minLength(1)),
      citations: z._default(z.array(citationSchema), []),
    }),
  ),
  meetings: z.array(meetingSchema).check(z.minLength(1)),
  decisions: z.array(decisionSchema).check(z.minLength(1), z.maxLength(64)),
  /** The decisions played in short mode (ids, in play order as in `decisions`). */
  shortMode: z.array(id).check(z.minLength(1)),
  events: z._default(z.array(eventSchema), []),
  endings: z.array(endingSchema).check(z.minLength(1)),
  epilogue: z._default(z.array(epilogueEntrySchema), []),
  glossary: z._default(z.array(glossarySchema), []),
  places: z._default(z.array(placeSchema), []),
  /** Sound cues the scenario uses (each must be a cue the game knows). */
  cues: z._default(z.array(id), []),
  /** Reflection questions used when every choice matched history. */
  fallbackReflections: z.array(proseText).check(z.minLength(3)),
  /** What these records cannot tell us: shown in the debrief so a class knows the limits of the sources. */
  limits: z.array(proseText).check(z.minLength(1, listRule('limits'))),
  /** The optional document-based written task after the debrief. */
  writtenTask: z.optional(writtenTaskSchema),
  /** The kinds of record in `sources` (each source names one with `recordKind`): the sourcing cards. */
  recordKinds: z._default(z.array(recordKindSchema), []),
  /** Optional activities that set two records of one meeting side by side. */
  comparisons: z._default(z.array(comparisonSchema), []),
});

export type Citation = z.infer<typeof citationSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Meter = z.infer<typeof meterSchema>;
export type Person = z.infer<typeof personSchema>;
export type Statement = z.infer<typeof statementSchema>;
export type Consequence = z.infer<typeof consequenceSchema>;
export type Basis = z.infer<typeof basisSchema>;
export type Option = z.infer<typeof optionSchema>;
export type Decision = z.infer<typeof decisionSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type ScenarioEvent = z.infer<typeof eventSchema>;
export type Ending = z.infer<typeof endingSchema>;
export type EpilogueEntry = z.infer<typeof epilogueEntrySchema>;
export type GlossaryEntry = z.infer<typeof glossarySchema>;
export type Place = z.infer<typeof placeSchema>;
export type RecordKind = z.infer<typeof recordKindSchema>;
export type Comparison = z.infer<typeof comparisonSchema>;
export type ComparisonQuestion = z.infer<typeof comparisonQuestionSchema>;
/** A validated scenario (frozen by the loader). */
export type Presentation = z.infer<typeof presentationSchema>;
export type WrittenTask = z.infer<typeof writtenTaskSchema>;
export type Scenario = z.infer<typeof scenarioSchema>;
