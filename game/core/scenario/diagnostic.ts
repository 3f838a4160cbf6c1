/**
 * One problem found in a scenario: its file, the JSON path inside it, and a message for the author. The loader
 * and every check report in this shape; the error screen and `npm run check:scenarios` print it.
 */
export type Diagnostic = { file: string; path: string; message: string; severity: 'error' | 'warning' };

/** One step of a JSON path: a field name or a list index. */
export type Key = string | number;

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

/** `scenarios/x.json decisions[3].options[1]: message` (warnings say so after the colon). */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.path ? `${d.file} ${d.path}` : d.file;
  return `${where}: ${d.severity === 'warning' ? 'warning: ' : ''}${d.message}`;
}
