/**
 * The authoring checks on a scenario that passed its schema, run as passes in order. Each pass reports every
 * problem it finds (nothing stops at the first); the passes about the shape of play run only when the passes
 * before them proved what they rely on (the gates below). Paths are JSON paths into the scenario file, e.g.
 * `decisions[3].options[1].effects.risk`. Each problem is data (a Problem of scenario/diagnostic.ts: a kind with
 * its ids and numbers), never a sentence: the string catalogue words it (game/ui/strings/diagnostics.*.ts).
 *
 * This folder sits above scenario/ and rules/: it imports them, and only scenario/load.ts imports it.
 */
import type { Diagnostic } from '../scenario/diagnostic';
import type { Scenario } from '../scenario/schema';
import { checkAttribution, checkConsequences, checkQuotes, checkSources } from './citations';
import { lookups } from './context';
import { checkDecisions } from './decisions';
import { checkIds } from './ids';
import { checkOverlayFieldsAbsent } from './overlay';
import { checkCycles, checkEndingOrder, checkEndings, checkReach, checkShortModeList } from './play-shape';
import { checkProse } from './prose';
import { checkReferences } from './references';
import { checkReadingRecords } from './records';
import { newReport } from './report';

export { checkSchema } from './zod-issues';
export { checkOverlay } from './overlay';

export function checkScenario(file: string, s: Scenario, sources: Record<string, string>): Diagnostic[] {
  const r = newReport(file);
  const at = lookups(s);

  // Passes that need nothing but a scenario the schema accepted.
  const ids = checkIds(s, r);
  const usable = checkSources(s, sources, r);
  checkQuotes(s, sources, usable, r);
  checkProse(s, at, r);
  const refs = checkReferences(s, at, r);
  checkReadingRecords(s, r);
  checkAttribution(s, usable, at, r);
  checkConsequences(s, r);
  checkOverlayFieldsAbsent(s, r);
  checkDecisions(s, at, r);
  checkEndingOrder(s, r);
  const shortModeKnown = checkShortModeList(s, r);

  // The shape of play. Gate 1: play order can be worked out only with unique ids and resolved references.
  if (!ids.playIdsUnique || !refs.playOrderOk) return r.diagnostics;
  // Gate 2: reachability and the search assume an order without cycles.
  if (checkCycles(s, r)) return r.diagnostics;
  checkReach(s, 'full', r);
  // Gate 3: short mode is walked only when its list names known decisions.
  if (shortModeKnown) checkReach(s, 'short', r);
  // Gate 4: the ending search evaluates conditions, so they must be sound.
  if (refs.conditionsOk) checkEndings(s, shortModeKnown ? ['full', 'short'] : ['full'], r);
  return r.diagnostics;
}
