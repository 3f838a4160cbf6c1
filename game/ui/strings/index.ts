/**
 * The active string catalogue. English is built in; every other language (`strings/es.ts`, `export const es:
 * Strings = { … }`) is its own chunk, listed in CATALOGUES and loaded only when chosen (`loadLanguage('es')`), so
 * the English game never carries it.
 *
 * Screens read `strings.area.key` when they render (never keep a copy at module load), so a language chosen
 * before the first screen is drawn applies everywhere. The words of a scenario's problems are a chunk of their own
 * per language (`strings.diagnostics()`, diagnostics.<lang>.ts), loaded only for the error screen.
 */
import type { CodeError } from '../../core/codes/codes';
import type { SaveNote, SaveRefusal } from '../../core/save/save';
import { en, type Strings } from './en';

export type { Strings } from './en';

/** Every language of the game and how to load its catalogue (each one's file is typed `Strings`). */
const CATALOGUES = {
  en: () => Promise.resolve(en),
  es: () => import('./es').then((m) => m.es),
  /** The pseudo-locale of the tests (see pseudo.ts): never offered to players. */
  qps: () => import('./pseudo').then((m) => m.pseudoOf(en)),
} satisfies Record<string, () => Promise<Strings>>;

export type Language = keyof typeof CATALOGUES;
/** The languages players can choose. */
export const LANGUAGES: Language[] = ['en', 'es'];

const loaded = new Map<Language, Strings>([['en', en]]);
let current: Language = 'en';

/** The catalogue in use (a live binding: it follows `loadLanguage`). */
export let strings: Strings = en;

/** Loads a language's catalogue (once) and makes it the one in use. */
export async function loadLanguage(language: Language): Promise<void> {
  const catalogue = loaded.get(language) ?? (await CATALOGUES[language]());
  loaded.set(language, catalogue);
  strings = catalogue;
  current = language;
}

/** The language in use. */
export function currentLanguage(): Language {
  return current;
}

export function isLanguage(x: unknown): x is Language {
  return typeof x === 'string' && Object.prototype.hasOwnProperty.call(CATALOGUES, x);
}

/** Why a results or resume code was refused, e.g. "the code does not check out: …" (a fragment, lower case). */
export function codeErrorText(error: CodeError): string {
  return strings.codes.error(error);
}

/** Why a saved game (from storage or replayed from a code) cannot be restored, ending "You can start a new game." */
export function saveRefusedText(refusal: SaveRefusal): string {
  return strings.saves.refused(refusal);
}

/** The title screen's message when Continue finds a stored save it cannot restore (it has been set aside). */
export function saveSetAsideText(refusal: SaveRefusal): string {
  return strings.saves.setAside(refusal);
}

/** A remark on a save that was restored anyway ("Saved with version 1 of the scenario and replayed on version 2."). */
export function saveNoteText(note: SaveNote): string {
  return strings.saves.note(note);
}

/** The hint under the resume field, with the scenario's code prefix. */
export function resumeHintText(prefix: string): string {
  return strings.codes.resumeHint(prefix);
}
