/**
 * What the room offers: each meeting is shown and hears the other side, each question offers a real choice
 * of stances, and each option says who raised it (an adviser, the chair, someone unnamed, or nobody).
 */
import type { Key } from '../scenario/diagnostic';
import { STANCES, type Scenario } from '../scenario/schema';
import { conditionRefs } from '../rules/conditions';
import type { Lookups } from './context';
import type { Report } from './report';

export function checkDecisions(s: Scenario, at: Lookups, r: Report): void {
  s.meetings.forEach((m, i) => {
    if (m.otherSide.length === 0) r.warn(['meetings', i, 'otherSide'], { kind: 'no-other-side' });
    if (!s.decisions.some((d) => d.meeting === m.id)) r.warn(['meetings', i], { kind: 'meeting-unused', meeting: m.id });
  });
  const chairKnown = at.cast.has(s.chair);
  s.decisions.forEach((d, i) => {
    const here: Key[] = ['decisions', i];
    if (d.kind === 'quick' && d.options.length > 3) r.err([...here, 'options'], { kind: 'quick-call-options', count: d.options.length });
    const stances = new Set(d.options.map((o) => o.stance));
    if (d.options.length >= 3 && stances.size < STANCES.length)
      r.warn([...here, 'options'], { kind: 'stances-missing', missing: STANCES.filter((x) => !stances.has(x)) });
    if (d.options.length === 2 && stances.size < 2) r.warn([...here, 'options'], { kind: 'stances-same' });
    d.options.forEach((o, j) => {
      const op: Key[] = [...here, 'options', j];
      const raised = o.arguedBy.length > 0 || o.raisedBy.length > 0;
      if (!raised && !o.alternative && !o.unnamed) r.err(op, { kind: 'option-unraised' });
      if (raised && o.alternative) r.err([...op, 'alternative'], { kind: 'raised-and-alternative' });
      if (o.unnamed && (raised || o.alternative)) r.err([...op, 'unnamed'], { kind: 'unnamed-conflict' });
      if (!chairKnown) return; // reported by the references
      o.arguedBy.forEach((st, k) => {
        if (st.speaker === s.chair) r.err([...op, 'arguedBy', k, 'speaker'], { kind: 'chair-argued', person: st.speaker });
      });
      o.raisedBy.forEach((st, k) => {
        if (st.speaker !== s.chair) r.err([...op, 'raisedBy', k, 'speaker'], { kind: 'raised-not-chair', chair: s.chair, person: st.speaker });
      });
    });
  });
  const usedFlags = new Set<string>();
  for (const c of [...s.events.map((e) => e.when), ...s.endings.map((e) => e.when)]) conditionRefs(c).flags.forEach((f) => usedFlags.add(f));
  s.decisions.forEach((d, i) =>
    d.options.forEach((o, j) =>
      o.setFlags.forEach((f, k) => {
        if (!usedFlags.has(f)) r.warn(['decisions', i, 'options', j, 'setFlags', k], { kind: 'flag-unused', flag: f });
      }),
    ),
  );
}
