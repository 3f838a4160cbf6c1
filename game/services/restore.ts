/**
 * Restoring the stored save: parsed and replayed by the core. A save that is refused is set aside (kept, not
 * deleted) and its reason returned, so the title can tell the player and offer a fresh game.
 */
import type { Scenario } from '../core/scenario/schema';
import { parseSave, type ParseSaveResult } from '../core/save/save';
import type { SaveStore } from './save-store';

export type RestoreOutcome =
  | { kind: 'none' }
  | { kind: 'restored'; result: Extract<ParseSaveResult, { ok: true }> }
  | { kind: 'refused'; message: string; reason: Extract<ParseSaveResult, { ok: false }>['kind'] };

export function restoreFromStore(store: SaveStore, scenario: Scenario): RestoreOutcome {
  const raw = store.read();
  if (raw === null) return { kind: 'none' };
  const result = parseSave(raw, scenario);
  if (result.ok) return { kind: 'restored', result };
  store.setAsideBroken();
  return { kind: 'refused', message: result.message, reason: result.kind };
}
