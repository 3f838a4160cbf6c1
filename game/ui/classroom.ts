/**
 * Classroom tools (results code on the debrief, class results page, teacher guide). Stub: being written.
 */
import type { Debrief } from '../core/rules/debrief';
import type { Choice } from '../core/rules/conditions';
import type { Mode } from '../core/rules/engine';
import type { Scenario } from '../core/scenario/schema';
import { clear, h, type Child } from './dom';

export function classroomExtras(_scenario: Scenario, _debrief: Debrief, _mode: Mode, _choices: readonly Choice[]): Child {
  return null;
}

export function mountClassroomRoute(main: HTMLElement, route: string, _scenario: Scenario | null): void {
  clear(main);
  const title = route.startsWith('class') ? 'Class results' : 'Teacher guide';
  main.append(h('section', { class: 'screen' }, h('h1', { tabindex: '-1' }, title), h('p', null, h('a', { href: '#/' }, 'Back to the title'))));
}
