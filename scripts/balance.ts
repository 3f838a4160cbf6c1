/**
 * `npm run balance`: the scoring report. For every decision, each option's net score (the sum of its
 * effects, risk of war counted negative) and where the historical option ranks; then the endings reached by
 * scripted players (always historical, always firmest, always most flexible) and by 10,000 seeded random
 * players; then the targets, each PASS or FAIL. A report, not a test: it exits 1 when a target fails so a
 * writer sees it, and tests/unit/content/balance.test.ts keeps the same targets in `npm test`.
 *
 *   npm run balance                 full play, seed 1962
 *   npm run balance -- --short      short mode
 *   npm run balance -- --seed 7     another seed for the random players
 */
import { balanceReport, type BalanceTarget } from '../game/core/rules/balance';
import { formatDiagnostic, loadScenario } from '../game/core/scenario/load';
import { diagnosticsEn } from '../game/ui/strings/diagnostics.en';
import { readScenarioFiles } from '../tests/helpers/disk';
import { seededRandom } from '../tests/helpers/random';
import { REAL_PATH } from '../tests/helpers/scenarios';

const args = process.argv.slice(2);
const mode = args.includes('--short') ? 'short' : 'full';
const seedAt = args.indexOf('--seed');
const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : 1962;
const path = args.find((a) => a.endsWith('.json')) ?? REAL_PATH;

const loaded = loadScenario(readScenarioFiles(path));
if (!loaded.ok) {
  for (const d of loaded.diagnostics) console.error(formatDiagnostic(d, diagnosticsEn));
  console.error(`${path} does not load: no balance report`);
  process.exit(1);
}
const s = loaded.scenario;
const r = balanceReport(s, { mode, random: seededRandom(seed) });

const pad = (x: string, n: number) => (x.length >= n ? x : x + ' '.repeat(n - x.length));
const sign = (n: number) => (n > 0 ? `+${n}` : String(n));
console.log(`Balance report: ${path}, ${mode} play, ${r.decisions.length} decisions`);
console.log('Net score = sum of an option\'s effects, with "Risk of war" counted negative. * = the historical option.\n');
console.log(`${pad('decision', 24)}${pad('hist. rank', 12)}options: net (stance)`);
for (const d of r.decisions) {
  const rank = `${d.historicalRank} of ${d.options.length}${d.historicalStrictBest ? ' BEST' : ''}`;
  const opts = d.options.map((o) => `${o.id === d.historical ? '*' : ''}${o.id} ${sign(o.net)} (${o.stance})`).join(' | ');
  console.log(`${pad(d.decisionId, 24)}${pad(rank, 12)}${opts}`);
}
console.log(`\nHistorical option strictly best: ${r.strictBest} of ${r.decisions.length} (target: at most ${r.strictBestLimit})`);
console.log('\nEndings');
console.log(`  always historical     -> ${r.scripted.historical ?? '(none)'}`);
console.log(`  always firmest        -> ${r.scripted.firmest ?? '(none)'}`);
console.log(`  always most flexible  -> ${r.scripted.flexible ?? '(none)'}`);
console.log(`  ${r.random.games.toLocaleString('en-US')} random players (seed ${seed}):`);
for (const e of r.random.endings) console.log(`    ${pad(e.id, 20)}${pad(String(e.count), 7)}${((100 * e.count) / r.random.games).toFixed(1)}%`);
console.log('\nTargets');
const TARGET_NAMES: Record<BalanceTarget, string> = {
  'strict-best': `historical option strictly best in at most ${r.strictBestLimit} of ${r.decisions.length} decisions`,
  'historical-path': 'always-historical reaches the historical ending',
  'firmest-elsewhere': 'always-firmest ends elsewhere than the historical ending',
  'flexible-elsewhere': 'always-most-flexible ends elsewhere than the historical ending',
  'five-endings': 'random play reaches at least 5 endings',
  'no-ending-half': 'no ending takes more than half of the random games',
};
for (const t of r.targets) console.log(`  ${t.ok ? 'PASS' : 'FAIL'}  ${TARGET_NAMES[t.id]}`);
const failed = r.targets.filter((t) => !t.ok).length;
console.log(failed ? `\n${failed} target(s) not met` : '\nAll targets met');
process.exit(failed ? 1 : 0);
