/** Where the checks write what they find: every problem is collected, nothing stops at the first. */
import { formatPath, type Diagnostic, type Key, type Problem } from '../scenario/diagnostic';

export type Report = {
  err(path: Key[], problem: Problem): void;
  warn(path: Key[], problem: Problem): void;
  /** How many errors so far: a pass compares before and after to learn whether it found any. */
  errorCount(): number;
  readonly diagnostics: Diagnostic[];
};

export function newReport(file: string): Report {
  const diagnostics: Diagnostic[] = [];
  let errors = 0;
  return {
    diagnostics,
    err(path, problem) {
      errors++;
      diagnostics.push({ file, path: formatPath(path), problem, severity: 'error' });
    },
    warn(path, problem) {
      diagnostics.push({ file, path: formatPath(path), problem, severity: 'warning' });
    },
    errorCount: () => errors,
  };
}
