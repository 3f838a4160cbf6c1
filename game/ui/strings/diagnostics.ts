/**
 * The words of a scenario's problems (game/core/scenario/diagnostic.ts: the core reports each as data, a
 * Problem). Each language gives one function per problem kind (the compiler names any kind left out, and types
 * each function's parameter) and the frame around a problem ("warning", "line 80, column 7"): English in
 * diagnostics.en.ts, Spanish in diagnostics.es.ts. The catalogue loads them only when a scenario fails
 * (`strings.diagnostics()`), so the game that loads never carries them; `npm run check:scenarios` prints the
 * English. Types only: a language file is a plain object.
 */
import type { DiagnosticWording, Problem, ProblemKind } from '../../core/scenario/diagnostic';

/** One function per problem kind, given that kind's parameters. */
export type ProblemWords = { [K in ProblemKind]: (p: Extract<Problem, { kind: K }>) => string };

/** A language's words, ready for formatDiagnostic and formatDiagnosticAt. */
export type DiagnosticWords = Omit<DiagnosticWording, 'problems'> & { problems: ProblemWords };
