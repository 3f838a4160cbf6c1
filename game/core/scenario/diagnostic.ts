/**
 * One problem found in a scenario: its file, the JSON path inside it, and a message for the author. The loader
 * and every check report in this shape; the error screen and `npm run check:scenarios` print it.
 */
export type Diagnostic = {
  file: string;
  path: string;
  message: string;
  severity: 'error' | 'warning';
  /** Where the path sits in the file (from 1), when the loader found it (a failed load's diagnostics). */
  line?: number;
  column?: number;
};

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
 * `scenarios/x.json decisions[3].options[1]: message (line 80, column 7)` (warnings say so after the colon; the
 * line when known). The error screen shows this.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.path ? `${d.file} ${d.path}` : d.file;
  const line = d.line !== undefined ? ` (line ${d.line}, column ${d.column ?? 1})` : '';
  return `${where}: ${d.severity === 'warning' ? 'warning: ' : ''}${d.message}${line}`;
}

/** A place in a file: line and column, both from 1. */
export type Position = { line: number; column: number };

/**
 * Compiler style with the place in the file and the severity always said:
 * `scenarios/x.json:123:5 decisions[2].options[0].label: error: message`.
 */
export function formatDiagnosticAt(
  d: Diagnostic,
  at: Position | undefined = d.line !== undefined ? { line: d.line, column: d.column ?? 1 } : undefined,
): string {
  const where = at ? `${d.file}:${at.line}:${at.column}` : d.file;
  return `${where}${d.path ? ` ${d.path}` : ''}: ${d.severity}: ${d.message}`;
}
