/**
 * The active string catalogue. English now; a translation is added as `strings/es.ts`
 * (`export const es: Strings = { … }`), listed in CATALOGUES, and chosen at start with `setLanguage('es')`.
 *
 * Screens read `strings.area.key` when they render (never keep a copy at module load), so a language chosen
 * before the first screen is drawn applies everywhere.
 */
import type { CodeError } from '../../core/codes/codes';
import type { SaveNote, SaveRefusal } from '../../core/save/save';
import { en, type Strings } from './en';
import { es } from './es';

export type { Strings } from './en';

const CATALOGUES = { en, es } satisfies Record<string, Strings>;

export type Language = keyof typeof CATALOGUES;
export const LANGUAGES = Object.keys(CATALOGUES) as Language[];

/** The catalogue in use (a live binding: it follows `setLanguage`). */
export let strings: Strings = en;

export function setLanguage(language: Language): void {
  strings = CATALOGUES[language];
}

/** The language in use. */
export function currentLanguage(): Language {
  return (Object.keys(CATALOGUES) as Language[]).find((l) => CATALOGUES[l] === strings) ?? 'en';
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
