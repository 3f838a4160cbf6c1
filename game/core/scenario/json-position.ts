/**
 * Where a JSON path sits in the text of a JSON file, so a diagnostic can name its line (`…json:123:5`). A small
 * scanner of our own: it records the offset of every value (for an object's field, the offset of its key) by
 * its formatted path (`decisions[2].options[0].label`), the same paths the checks report.
 */
import { appendPath, formatDiagnosticAt, parentPath, type Diagnostic, type DiagnosticWording, type Position } from './diagnostic';

const SPACE = new Set([' ', '\t', '\n', '\r']);

/** Where the scanner stops reading text that is not JSON (caught below: only the offset matters). */
class Fault extends Error {}

/**
 * Offset of each path's value (a field's key) in a JSON text. Text that is not JSON gives what was read
 * before the fault, and `fault`, the offset where reading stopped.
 */
export function scanJson(text: string): { offsets: Map<string, number>; fault?: number } {
  const at = new Map<string, number>();
  let i = 0;
  const ws = () => {
    while (i < text.length && SPACE.has(text[i]!)) i++;
  };
  const string = (): string => {
    if (text[i] !== '"') throw new Fault();
    const start = i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    if (i >= text.length) throw new Fault();
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string, from: number): void => {
    ws();
    at.set(path, from < 0 ? i : from);
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        const keyAt = i;
        const key = string();
        ws();
        if (text[i++] !== ':') throw new Fault();
        value(appendPath(path, key), keyAt);
        ws();
        if (text[i] === ',') i++;
        else if (text[i++] === '}') return;
        else throw new Fault();
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (let n = 0; ; n++) {
        value(appendPath(path, n), -1);
        ws();
        if (text[i] === ',') i++;
        else if (text[i++] === ']') return;
        else throw new Fault();
      }
    } else if (c === '"') string();
    else {
      const start = i;
      while (i < text.length && !SPACE.has(text[i]!) && !',]}'.includes(text[i]!)) i++;
      if (i === start) throw new Fault();
    }
  };
  try {
    value('', -1);
    return { offsets: at };
  } catch {
    return { offsets: at, fault: Math.min(i, text.length) };
  }
}

/** Line and column (from 1) of an offset. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * A locator for one file's text: the position of a path, or of its nearest ancestor present in the file (a
 * missing field is reported on its object). Undefined when nothing of the path is in the file.
 */
export function jsonLocator(text: string): (path: string) => Position | undefined {
  let offsets: Map<string, number> | undefined;
  return (path) => {
    offsets ??= scanJson(text).offsets;
    for (let p = path; ; p = parentPath(p)) {
      const at = offsets.get(p);
      if (at !== undefined) return positionAt(text, at);
      if (p === '') return undefined;
    }
  };
}

/** The diagnostics about this file with the line and column of their path (those already placed are kept). */
export function withPositions(file: { scenarioPath: string; scenarioText: string }, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const locate = jsonLocator(file.scenarioText);
  return diagnostics.map((d) => {
    if (d.line !== undefined || d.file !== file.scenarioPath || !d.path) return d;
    const at = locate(d.path);
    return at ? { ...d, line: at.line, column: at.column } : d;
  });
}

/** Each diagnostic in compiler style (formatDiagnosticAt, in `words`), with the line of its path when it is about this file. */
export function formatWithLines(file: { scenarioPath: string; scenarioText: string }, diagnostics: readonly Diagnostic[], words: DiagnosticWording): string[] {
  return withPositions(file, diagnostics).map((d) => formatDiagnosticAt(d, words));
}
