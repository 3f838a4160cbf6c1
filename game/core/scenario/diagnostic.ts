/**
 * One problem found in a scenario: its file, the JSON path inside it, and what is wrong, as data (a Problem).
 * The loader and every check report in this shape; the words are the string catalogue's
 * (game/ui/strings/diagnostics.*.ts), so the core builds no sentence: `npm run check:scenarios` prints them in
 * English, the error screen in the player's language.
 */
export type Diagnostic = {
  file: string;
  path: string;
  problem: Problem;
  severity: Severity;
  /** Where the path sits in the file (from 1), when the loader found it (a failed load's diagnostics). */
  line?: number;
  column?: number;
};

export type Severity = 'error' | 'warning';

/** What a value in a file was, for "found …": its JSON kind, with the text (cut at 40 characters, then "…") or the value. */
export type Found =
  { is: 'null' | 'list' | 'object' | 'nothing' } | { is: 'text'; text: string } | { is: 'number'; value: number } | { is: 'boolean'; value: boolean };

/** The file formats the schema checks read. */
export type FileFormat = 'scenario' | 'overlay';

/** The pattern a text field must match (the schema's `z.regex`): each is worded in the catalogue. */
export const FORMAT_RULES = ['id', 'date', 'source-hash', 'language', 'code-prefix', 'map-path', 'clock'] as const;
export type FormatRule = (typeof FORMAT_RULES)[number];

/** Why a list must not be short, where the schema says more than "at least n items". */
export const LIST_RULES = ['statement-citations', 'history-citations', 'limits'] as const;
export type ListRule = (typeof LIST_RULES)[number];

/** The schema names its rules by these keys (zod carries them as its issue's message; zod-issues.ts reads them back). */
export const formatRule = (rule: FormatRule): string => rule;
export const listRule = (rule: ListRule): string => rule;

/** The lists of the scenario whose items have ids. */
export type IdList = 'meters' | 'cast' | 'meetings' | 'decisions' | 'events' | 'endings' | 'glossary' | 'places' | 'recordKinds' | 'comparisons';

/** Full play or the short game. */
export type PlayMode = 'full' | 'short';

/**
 * Everything the loader, the checks and the scenario's fetching can find wrong, one kind per message. Parameters
 * are data: ids, file names, field names, numbers, lists; `detail` is a text from outside the game (the JSON
 * parser's or the browser's own message), shown as it is.
 */
export type Problem =
  // The file itself.
  | { kind: 'bad-json'; detail: string }
  | { kind: 'not-an-object'; format: FileFormat; found: Found }
  | { kind: 'format-too-new'; version: number; min: number; max: number }
  | { kind: 'format-too-old'; version: number; min: number; max: number }
  | { kind: 'internal-error'; detail: string }
  // The schema.
  | { kind: 'unknown-field'; field: string; format: FileFormat }
  | { kind: 'missing-field'; field: string }
  | { kind: 'wrong-type'; expected: string; found: Found }
  | { kind: 'bad-condition'; keys: string[] }
  /** `values`: each allowed value as JSON. */
  | { kind: 'not-one-of'; values: string[]; found: Found }
  | { kind: 'too-few-items'; minimum: number; rule: ListRule | null }
  | { kind: 'too-many-items'; maximum: number }
  | { kind: 'empty-text' }
  | { kind: 'too-small'; minimum: number; found: Found }
  | { kind: 'too-big'; maximum: number; found: Found }
  | { kind: 'bad-format'; rule: FormatRule }
  | { kind: 'bad-key'; rule: FormatRule }
  /** An issue of a kind the schema does not raise today: zod's code and its own message. */
  | { kind: 'schema-issue'; code: string; detail: string }
  // Ids.
  | { kind: 'duplicate-id'; list: IdList; id: string; first: string }
  | { kind: 'duplicate-option-id'; id: string; decision: string }
  | { kind: 'meeting-number-reused'; number: number }
  // Sources and quotes.
  | { kind: 'source-is-index'; file: string }
  | { kind: 'source-not-retrieved'; file: string }
  | { kind: 'source-file-missing'; file: string }
  | { kind: 'source-not-quotable'; file: string }
  | { kind: 'source-kind-mismatch'; declared: string; folder: 'meeting' | 'background' | 'aftermath' }
  | { kind: 'unknown-source'; source: string }
  | { kind: 'quote-in-header'; file: string }
  /** `matched`: the longest beginning of the quote that is in the file (its last 60 characters, after "…"), when 8 characters or more. */
  | { kind: 'quote-not-found'; file: string; matched: string | null }
  | { kind: 'quote-not-attributed'; person: string; file: string; looked: string[] }
  | { kind: 'other-side-speaker'; person: string; side: string }
  // Consequences.
  | { kind: 'historical-uncited' }
  | { kind: 'historical-with-basis' }
  | { kind: 'counterfactual-record-medium' }
  | { kind: 'counterfactual-no-basis' }
  | { kind: 'basis-both' }
  | { kind: 'basis-neither' }
  // Glossary markup.
  | { kind: 'markup-no-id'; markup: string }
  | { kind: 'markup-empty-words'; markup: string }
  | { kind: 'markup-unbalanced' }
  | { kind: 'unknown-term'; id: string }
  // References.
  | { kind: 'unknown-person'; id: string; role: 'cast' | 'chair' | 'author' }
  | { kind: 'unknown-cue'; cue: string }
  | { kind: 'cue-not-listed'; cue: string }
  | { kind: 'unknown-decision'; id: string }
  | { kind: 'unknown-next'; id: string }
  | { kind: 'unknown-option'; decision: string; option: string }
  | { kind: 'flag-never-set'; flag: string }
  | { kind: 'unknown-meter'; id: string }
  | { kind: 'meter-condition-unbounded' }
  | { kind: 'meter-condition-impossible' }
  | { kind: 'unknown-place'; id: string }
  | { kind: 'unknown-meeting'; id: string }
  | { kind: 'history-unknown-option'; option: string }
  // Reading the records: sourcing cards and comparisons.
  | { kind: 'unknown-record-kind'; id: string }
  | { kind: 'comparison-after'; id: string }
  | { kind: 'comparison-same-record'; source: string }
  | { kind: 'comparison-quote-elsewhere'; source: string; records: string[] }
  // What the room offers.
  | { kind: 'no-other-side' }
  | { kind: 'meeting-unused'; meeting: string }
  | { kind: 'quick-call-options'; count: number }
  | { kind: 'stances-missing'; missing: string[] }
  | { kind: 'stances-same' }
  | { kind: 'option-unraised' }
  | { kind: 'raised-and-alternative' }
  | { kind: 'unnamed-conflict' }
  | { kind: 'chair-argued'; person: string }
  | { kind: 'raised-not-chair'; chair: string; person: string }
  | { kind: 'flag-unused'; flag: string }
  // The shape of play.
  | { kind: 'short-mode-repeat'; decision: string }
  | { kind: 'short-mode-order'; decision: string }
  | { kind: 'last-ending-not-always' }
  | { kind: 'early-always-ending' }
  | { kind: 'cycle'; loop: string[] }
  | { kind: 'decision-unreached'; decision: string; mode: PlayMode }
  | { kind: 'dead-end'; mode: PlayMode; choices: { decision: string; option: string }[] }
  | { kind: 'search-incomplete'; mode: PlayMode; states: number }
  | { kind: 'ending-unreached'; ending: string; mode: PlayMode }
  // The translation overlay.
  | { kind: 'set-by-overlay'; field: 'translation' | 'gloss' }
  | { kind: 'overlay-wrong-scenario'; translates: string; scenario: string }
  | { kind: 'overlay-named-scenario'; named: string; translates: string }
  | { kind: 'overlay-named-language'; named: string; language: string }
  | { kind: 'translation-missing'; unit: 'prose' | 'quote' | 'title'; key: string }
  | { kind: 'translation-not-a-unit'; key: string }
  | { kind: 'translation-should-be-empty' }
  | { kind: 'translation-empty' }
  | { kind: 'translation-glossary-ids'; english: string[]; translation: string[] }
  | { kind: 'translation-placeholders'; english: string[]; translation: string[] }
  | { kind: 'translation-stale'; source: string; hash: string }
  // Fetching (game/services/scenario-fetch.ts, game/shell/load.ts) and the manifest (game/shell/scenario-choice.ts).
  | { kind: 'fetch-failed'; detail: string }
  /** `detail`: the browser's reason, when it gave one. */
  | { kind: 'loader-failed'; detail: string | null }
  | { kind: 'manifest-empty' }
  | { kind: 'manifest-bad-id' }
  | { kind: 'manifest-bad-file' }
  | { kind: 'manifest-bad-sources' };

export type ProblemKind = Problem['kind'];

/** A key that is the same for the same problem at the same place (to report it once). */
export function diagnosticKey(d: Pick<Diagnostic, 'path' | 'problem'>): string {
  return `${d.path} ${JSON.stringify(d.problem)}`;
}

/** One step of a JSON path: a field name or a list index. */
export type Key = string | number;

/** `decisions[3].options[1].effects.risk` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, k) => appendPath(out, k), '');
}

/** A formatted path one step further: `decisions[3]` + `options` → `decisions[3].options`. */
export function appendPath(path: string, k: PropertyKey): string {
  if (typeof k === 'number') return `${path}[${k}]`;
  const s = String(k);
  return /^[A-Za-z_$][\w$-]*$/.test(s) ? (path ? `${path}.${s}` : s) : `${path}[${JSON.stringify(s)}]`;
}

/** The path one step up (`decisions[3].options` → `decisions[3]`; `decisions` → ``). */
export function parentPath(path: string): string {
  const m = /(?:\.[A-Za-z_$][\w$-]*|\[(?:\d+|"(?:[^"\\]|\\.)*")\])$/.exec(path);
  return m ? path.slice(0, m.index) : '';
}

/**
 * What formatting needs of a language: a function for each kind of problem and the words of the frame around
 * it. The string catalogue gives them (game/ui/strings/diagnostics.ts, which types each function's parameter
 * exactly); the core never holds them.
 */
export type DiagnosticWording = {
  problems: Record<ProblemKind, (p: never) => string>;
  severity: Record<Severity, string>;
  /** "line 80, column 7" */
  lineColumn(line: number, column: number): string;
};

/** A problem in a language's words. */
export function problemText(words: DiagnosticWording, p: Problem): string {
  return (words.problems[p.kind] as (p: Problem) => string)(p);
}

/**
 * `scenarios/x.json decisions[3].options[1]: message (line 80, column 7)` (warnings say so after the colon; the
 * line when known). The error screen shows this.
 */
export function formatDiagnostic(d: Diagnostic, words: DiagnosticWording): string {
  const where = d.path ? `${d.file} ${d.path}` : d.file;
  const line = d.line !== undefined ? ` (${words.lineColumn(d.line, d.column ?? 1)})` : '';
  return `${where}: ${d.severity === 'warning' ? `${words.severity.warning}: ` : ''}${problemText(words, d.problem)}${line}`;
}

/** A place in a file: line and column, both from 1. */
export type Position = { line: number; column: number };

/**
 * Compiler style with the place in the file and the severity always said:
 * `scenarios/x.json:123:5 decisions[2].options[0].label: error: message`.
 */
export function formatDiagnosticAt(
  d: Diagnostic,
  words: DiagnosticWording,
  at: Position | undefined = d.line !== undefined ? { line: d.line, column: d.column ?? 1 } : undefined,
): string {
  const where = at ? `${d.file}:${at.line}:${at.column}` : d.file;
  return `${where}${d.path ? ` ${d.path}` : ''}: ${words.severity[d.severity]}: ${problemText(words, d.problem)}`;
}
