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
    if (m.otherSide.length === 0) r.warn(['meetings', i, 'otherSide'], 'no view from Moscow or Havana: give at least one otherSide statement per meeting');
    if (!s.decisions.some((d) => d.meeting === m.id)) r.warn(['meetings', i], `meeting "${m.id}" has no decisions, so it is never shown`);
  });
  const chairKnown = at.cast.has(s.chair);
  s.decisions.forEach((d, i) => {
    const here: Key[] = ['decisions', i];
    if (d.kind === 'quick' && d.options.length > 3) r.err([...here, 'options'], `a quick call has two or three options, not ${d.options.length}`);
    const stances = new Set(d.options.map((o) => o.stance));
    if (d.options.length >= 3 && stances.size < STANCES.length)
      r.warn(
        [...here, 'options'],
        `offers no ${STANCES.filter((x) => !stances.has(x))
          .map((x) => `"${x}"`)
          .join(' or ')} option: a question with three or more options should offer firm, middle and flexible advice`,
      );
    if (d.options.length === 2 && stances.size < 2)
      r.warn([...here, 'options'], 'both options have the same stance: a question with two options should offer two different stances');
    d.options.forEach((o, j) => {
      const op: Key[] = [...here, 'options', j];
      const raised = o.arguedBy.length > 0 || o.raisedBy.length > 0;
      if (!raised && !o.alternative && !o.unnamed)
        r.err(
          op,
          'nobody argued or raised this option: name the advisers who argued it (arguedBy), the chair if he raised it himself (raisedBy), each with a quote, set "unnamed": true if the record shows it raised by someone it does not name, or set "alternative": true',
        );
      if (raised && o.alternative)
        r.err([...op, 'alternative'], 'an option someone argued or raised (arguedBy, raisedBy) cannot also be an alternative nobody raised');
      if (o.unnamed && (raised || o.alternative))
        r.err([...op, 'unnamed'], '"unnamed" means the record does not say who raised it: it cannot go with arguedBy, raisedBy or "alternative"');
      if (!chairKnown) return; // reported by the references
      o.arguedBy.forEach((st, k) => {
        if (st.speaker === s.chair)
          r.err([...op, 'arguedBy', k, 'speaker'], `"${st.speaker}" chairs the room: the chair's own proposal goes in raisedBy, not arguedBy`);
      });
      o.raisedBy.forEach((st, k) => {
        if (st.speaker !== s.chair)
          r.err([...op, 'raisedBy', k, 'speaker'], `only the chair ("${s.chair}") raises an option himself: what "${st.speaker}" argued goes in arguedBy`);
      });
    });
  });
  const usedFlags = new Set<string>();
  for (const c of [...s.events.map((e) => e.when), ...s.endings.map((e) => e.when)]) conditionRefs(c).flags.forEach((f) => usedFlags.add(f));
  s.decisions.forEach((d, i) =>
    d.options.forEach((o, j) =>
      o.setFlags.forEach((f, k) => {
        if (!usedFlags.has(f)) r.warn(['decisions', i, 'options', j, 'setFlags', k], `flag "${f}" is set but no event or ending looks at it`);
      }),
    ),
  );
}
