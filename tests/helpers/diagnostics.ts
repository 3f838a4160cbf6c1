/** Diagnostics in English, as `npm run check:scenarios` and an English error screen word them. */
import { formatDiagnostic, formatDiagnosticAt, problemText, type Diagnostic, type Position } from '../../game/core/scenario/diagnostic';
import { diagnosticsEn } from '../../game/ui/strings/diagnostics.en';

/** `file path: message (line n, column m)`, as the error screen shows it. */
export const english = (d: Diagnostic): string => formatDiagnostic(d, diagnosticsEn);

/** `file:line:column path: error: message`, as check:scenarios prints it. */
export const englishAt = (d: Diagnostic, at?: Position): string => formatDiagnosticAt(d, diagnosticsEn, ...(at ? [at] : []));

/** The English words of a diagnostic's problem alone. */
export const message = (d: Pick<Diagnostic, 'problem'>): string => problemText(diagnosticsEn, d.problem);
