/**
 * Number, plural and date formatting for one locale, through `Intl`. Each catalogue (en.ts, es.ts, …) makes its
 * own with its locale, so a translator never writes formatting code.
 */

/** The forms of a counted phrase: `other` always, the rest as the language needs (`#` is the formatted number). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface Formatters {
  /** `plural(3, { one: '# code', other: '# codes' })` gives "3 codes". */
  plural(n: number, forms: PluralForms): string;
  /** A whole number as the locale writes it. */
  number(n: number): string;
  /** A calendar day, "October 31, 1962", from "1962-10-31" (whatever the time zone); the input back when it is not a date. */
  longDate(iso: string): string;
  /** A share as a whole percentage, "0%" for none of none. */
  percent(part: number, whole: number): string;
}

/** Makes a value the first time it is asked for, then keeps it. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/**
 * The `Intl` objects are made on first use, not when the catalogue loads: making one loads the locale's data,
 * tens of milliseconds on a slow laptop, which the title (which formats nothing) should not wait for.
 */
export function formatters(locale: string): Formatters {
  const rules = once(() => new Intl.PluralRules(locale));
  const numbers = once(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 0, useGrouping: false }));
  const percents = once(() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }));
  const dates = once(() => new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' }));
  return {
    plural: (n, forms) => (forms[rules().select(n)] ?? forms.other).replace('#', numbers().format(n)),
    number: (n) => numbers().format(n),
    longDate: (iso) => {
      const date = new Date(`${iso}T00:00:00Z`);
      return Number.isNaN(date.getTime()) ? iso : dates().format(date);
    },
    percent: (part, whole) => percents().format(whole === 0 ? 0 : Math.round((part / whole) * 100) / 100),
  };
}
