/**
 * Loads the chosen scenario off the main thread (scenario-worker.ts), so the title answers at once while the
 * scenario is parsed and checked; its answer is read lazily (scenario-answer.ts). Every browser the build supports runs module workers; if one cannot start
 * (a blocked or missing file), the loader's answer is a diagnostic like any other, and the error screen says so.
 */
import type { Loaded } from '../services/scenario-fetch';
import type { ScenarioChoice } from './scenario-choice';
import { fromAnswer, type ScenarioAnswer } from './scenario-answer';
import type { ScenarioRequest } from './scenario-worker';

export function loadScenario(choice: ScenarioChoice, language: string): Promise<Loaded> {
  const failed = (detail: string | null): Loaded => ({
    ok: false,
    diagnostics: [{ file: choice.path, path: '', problem: { kind: 'loader-failed', detail }, severity: 'error' }],
  });
  return new Promise<Loaded>((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./scenario-worker.ts', import.meta.url), { type: 'module', name: 'scenario' });
    } catch (e) {
      return resolve(failed((e as Error).message));
    }
    worker.onmessage = (e: MessageEvent<ScenarioAnswer>) => {
      worker.terminate();
      resolve(fromAnswer(e.data));
    };
    worker.onerror = (e) => {
      e.preventDefault();
      worker.terminate();
      resolve(failed(e.message || null));
    };
    const request: ScenarioRequest = { path: choice.path, sourcesBase: choice.sourcesBase, base: document.baseURI, language };
    worker.postMessage(request);
  });
}
