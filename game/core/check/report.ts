/** Where the checks write what they find: every problem is collected, nothing stops at the first. */
import { formatPath, type Diagnostic, type Key } from '../scenario/diagnostic';

export type Report = {
  err(path: Key[], message: string): void;
  warn(path: Key[], message: string): void;
  /** How many errors so far: a pass compares before and after to learn whether it found any. */
  errorCount(): number;
  readonly diagnostics: Diagnostic[];
};

export function newReport(file: string): Report {
  const diagnostics: Diagnostic[] = [];
  let errors = 0;
  return {
    diagnostics,
    err(path, message) {
      errors++;
      diagnostics.push({ file, path: formatPath(path), message, severity: 'error' });
    },
    warn(path, message) {
      diagnostics.push({ file, path: formatPath(path), message, severity: 'warning' });
    },
    errorCount: () => errors,
  };
}
