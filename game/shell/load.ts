/**
 * Loads the chosen scenario off the main thread (scenario-worker.ts); where a worker cannot start or fails, the
 * same loader runs on the page instead. Either way the result is the loader's own: a scenario, or diagnostics.
 */
import type { Loaded } from '../ui/load-scenario';
import type { ScenarioChoice } from './scenario-choice';
import type { ScenarioRequest } from './scenario-worker';

function onPage(choice: ScenarioChoice): Promise<Loaded> {
  return import('../ui/load-scenario').then((m) => m.fetchScenario(choice.path, choice.sourcesBase));
}

export function loadScenario(choice: ScenarioChoice): Promise<Loaded> {
  if (typeof Worker === 'undefined') return onPage(choice);
  return new Promise<Loaded>((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./scenario-worker.ts', import.meta.url), { type: 'module', name: 'scenario' });
    } catch {
      return resolve(onPage(choice));
    }
    worker.onmessage = (e: MessageEvent<Loaded>) => {
      worker.terminate();
      resolve(e.data);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      worker.terminate();
      resolve(onPage(choice));
    };
    const request: ScenarioRequest = { path: choice.path, sourcesBase: choice.sourcesBase, base: document.baseURI };
    worker.postMessage(request);
  });
}
