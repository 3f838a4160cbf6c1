/**
 * The pseudo-locale "qps", for tests only: every word of a catalogue wrapped in ⟦…⟧ (functions wrap what they
 * return). Played through the game, any visible text without the marks is text that does not come from the
 * catalogue or the scenario's translation: a hard-coded string a translator would never see. Not offered to
 * players (it is not in LANGUAGES); `?lang=qps` opens it.
 */
import type { DiagnosticWords } from './diagnostics';
import type { Strings } from './en';

/** Each run of words is wrapped; `code` spans (commands shown as they are) are left as they are. */
const wrap = (s: string) =>
  s
    .split(/(`[^`]*`)/)
    .map((part) => (part === '' || part.startsWith('`') || part.trim() === '' ? part : `⟦${part}⟧`))
    .join('');

function pseudoValue(v: unknown): unknown {
  if (typeof v === 'string') return wrap(v);
  if (typeof v === 'function') return (...args: unknown[]) => pseudoValue((v as (...a: unknown[]) => unknown)(...args));
  if (Array.isArray(v)) return v.map(pseudoValue);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, pseudoValue(x)]));
  return v;
}

export function pseudoOf(base: Strings): Strings {
  const { locale, format, diagnostics, ...words } = base;
  return {
    ...(pseudoValue(words) as Omit<Strings, 'locale' | 'format' | 'diagnostics'>),
    locale,
    format,
    // Loaded on demand: the words are wrapped once they arrive.
    diagnostics: () => diagnostics().then((w) => pseudoValue(w) as DiagnosticWords),
  };
}
