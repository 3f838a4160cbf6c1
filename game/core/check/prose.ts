/** Glossary markup in prose: well formed, and every `[[term]]` is in the glossary. Prose is what the schema marks. */
import { scanMarkup } from '../scenario/markup';
import { proseFields } from '../scenario/prose';
import type { Scenario } from '../scenario/schema';
import type { Lookups } from './context';
import type { Report } from './report';

export function checkProse(s: Scenario, at: Lookups, r: Report): void {
  for (const { keys, text } of proseFields(s)) {
    const { ids, problems } = scanMarkup(text);
    for (const p of problems) r.err([...keys], p);
    for (const id of ids) if (!at.glossary.has(id)) r.err([...keys], { kind: 'unknown-term', id });
  }
}
