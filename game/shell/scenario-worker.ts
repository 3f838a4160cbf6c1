/**
 * A worker that fetches the scenario and its records and checks them (JSON parsing, the schema, and every check
 * when the build did not vouch for these exact files), so the title stays responsive while that runs. It answers
 * with the loaded scenario as JSON in a transferred buffer the page parses when first needed (scenario-answer.ts).
 */
import { fetchScenario } from '../services/scenario-fetch';
import { toAnswer, transfer } from './scenario-answer';

/** `language`: the scenario's words in that language, from its translation overlay (English: none). */
export type ScenarioRequest = { path: string; sourcesBase: string; base: string; language: string };

/** The worker's side of the messages (the project compiles against the DOM library, which types `self` as a window). */
type WorkerScope = { onmessage: ((e: MessageEvent<ScenarioRequest>) => void) | null; postMessage(message: unknown, transfer: Transferable[]): void };
const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (e) => {
  const { path, sourcesBase, base, language } = e.data;
  void fetchScenario(path, sourcesBase, base, language).then((loaded) => {
    const answer = toAnswer(loaded);
    scope.postMessage(answer, transfer(answer));
  });
};
