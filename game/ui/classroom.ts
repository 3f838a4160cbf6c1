/**
 * Classroom tools: what the debrief adds for a class (the meters over the meetings, the results code with
 * its QR link, initials, copy and print, a print-only report), and the two teacher routes, `#/class`
 * (classroom-page.ts) and `#/guide` (guide.ts). Everything stays in the browser: the code is the only
 * thing a student hands in, and they hand it in themselves.
 */
import './classroom.css';
import './print.css';
import type { Debrief } from '../core/rules/debrief';
import type { Choice } from '../core/rules/conditions';
import type { Mode } from '../core/rules/engine';
import type { Scenario } from '../core/scenario/schema';
import { encodeCode, normalizeInitials } from '../core/codes/codes';
import { clear, h, type Child } from './dom';
import { longDate } from './parts';
import { meterChart, qrSvg } from './classroom-charts';
import { meterSeries, plainText, spellCode } from './classroom-data';
import { mountClassPage } from './classroom-page';
import { mountGuide } from './guide';
import { mountRubricPage } from './guide-written';
import { strings } from './strings';

/** The class-page address carrying a code, built from wherever this copy of the game is served. */
export function classLink(code: string): string {
  return new URL('#/class?code=' + encodeURIComponent(code), location.href).toString();
}

function safeEncode(scenario: Scenario, mode: Mode, choices: readonly Choice[], initials: string, wholeClass = false): string | null {
  try {
    return encodeCode(scenario, { mode, choices, initials, wholeClass });
  } catch {
    return null;
  }
}

/** Copies text; when the clipboard is refused, selects the text on screen so Ctrl+C (or a long press) works. */
async function copyText(text: string, shown: HTMLElement): Promise<'copied' | 'selected'> {
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    const range = document.createRange();
    range.selectNodeContents(shown);
    const sel = window.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
    return 'selected';
  }
}

function today(): string {
  const d = new Date();
  const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return longDate(iso);
}

/** The printed report: a compact, print-only version of the debrief (the screen version stays as it is). */
function printReport(scenario: Scenario, d: Debrief, codeText: HTMLElement, initialsText: HTMLElement): HTMLElement {
  const t = (x: string) => plainText(scenario, x);
  const say = strings.classroom.report;
  const head = h(
    'header',
    { class: 'report-head' },
    h('p', { class: 'report-title' }, say.title(scenario.title)),
    h('p', { class: 'report-meta' }, say.meta(today(), d.mode === 'short', d.matched, d.total), initialsText),
    h('p', { class: 'report-code' }, say.code, codeText),
  );
  const body = h('tbody');
  let meeting = '';
  d.rows.forEach((r, i) => {
    if (r.meeting.id !== meeting) {
      meeting = r.meeting.id;
      body.append(
        h(
          'tr',
          { class: 'meeting-row' },
          h('th', { colspan: '5', scope: 'colgroup' }, say.meetingRow(r.meeting.number, r.meeting.date ? longDate(r.meeting.date) : '')),
        ),
      );
    }
    const same = r.matched ? say.same : say.differed;
    if (r.kind === 'quick') {
      // A quick call takes one line: the question, both answers, across the middle columns.
      body.append(
        h(
          'tr',
          { class: 'quick-line' },
          h('td', null, String(i + 1)),
          h(
            'td',
            { colspan: '3' },
            t(r.title),
            h('span', { class: 'quick-tag' }, say.quickTag),
            say.quickAnswers(r.student.label),
            h('strong', null, r.historical.label),
          ),
          h('td', null, same),
        ),
      );
    } else {
      body.append(
        h(
          'tr',
          null,
          h('td', null, String(i + 1)),
          h('td', null, h('strong', null, t(r.title))),
          h('td', null, r.student.label),
          h('td', null, h('strong', null, r.historical.label), h('span', { class: 'report-summary' }, ' ', t(r.history.summary))),
          h('td', null, same),
        ),
      );
    }
  });
  const table = h('table', { class: 'report-table' }, h('thead', null, h('tr', null, ...say.columns.map((c) => h('th', { scope: 'col' }, c)))), body);
  const out = h('section', { class: 'print-report', 'aria-hidden': 'true' }, head, h('h2', null, say.besideRecord), table);
  if (d.ending) {
    const e = d.ending;
    out.append(
      h('h2', null, say.ending),
      h('p', null, h('strong', null, t(e.title)), e.historical ? say.historicalEnding : say.counterfactualEnding, t(e.text)),
      h('p', null, h('strong', null, say.whatHappened), t(e.history)),
    );
  } else {
    out.append(h('p', null, say.notFinished));
  }
  if (d.mostFollowed) {
    out.append(
      h(
        'p',
        null,
        h('strong', null, say.mostFollowed),
        d.mostFollowed.people.map((p) => p.name).join(', '),
        say.mostFollowedCount(d.mostFollowed.count, d.mostFollowed.of),
      ),
    );
  }
  if (d.total > 0) {
    out.append(h('p', null, h('strong', null, say.chairFollowed), say.chairCount(d.chairCount, d.total)));
    const sp = d.stanceProfile;
    out.append(h('p', null, h('strong', null, say.stance), say.stanceCompare(say.stanceLine(sp.student), say.stanceLine(sp.record), sp.of)));
  }
  if (d.finalMeters.length)
    out.append(h('p', null, h('strong', null, say.metersAtEnd), d.finalMeters.map((m) => say.meterReading(m.label, m.value)).join('; '), say.outOf100));
  out.append(h('h2', null, say.questions), h('ol', null, ...d.reflections.slice(0, 3).map((q) => h('li', null, t(q)))));
  if (d.limits.length) out.append(h('h2', null, say.limits), h('ul', null, ...d.limits.map((l) => h('li', null, t(l)))));
  return out;
}

/** `wholeClass`: a projector game, whose code says so (the class page marks it). */
export function classroomExtras(scenario: Scenario, debrief: Debrief, mode: Mode, choices: readonly Choice[], opts: { wholeClass?: boolean } = {}): Child {
  const wholeClass = opts.wholeClass === true;
  const wrap = h('div', { class: 'classroom-extras' });
  const say = strings.classroom;

  if (debrief.rows.length) {
    wrap.append(
      h(
        'section',
        { class: 'meters-over-time', 'aria-labelledby': 'meters-time-h' },
        h('h2', { id: 'meters-time-h' }, say.metersOverTime),
        meterChart(meterSeries(scenario, debrief), 'debrief-meters'),
      ),
    );
  }

  let initials = '';
  const code = safeEncode(scenario, mode, choices, initials, wholeClass);
  if (!code) {
    wrap.append(h('p', { class: 'hint' }, say.noCode));
    return wrap;
  }

  // The code as one text element; the spelled-out copy is for screen readers reading it character by character.
  const codeEl = h('p', { class: 'results-code', translate: 'no', 'data-code': code }, code);
  const spelled = h('p', { class: 'visually-hidden', id: 'results-code-spelled' }, say.spelledOut(spellCode(code)));
  const printCode = h('span', { class: 'report-code-text' }, code);
  const printInitials = h('span', { class: 'report-initials' });
  const status = h('p', { class: 'copy-status', role: 'status' });
  const qrBox = h('div', { class: 'qr-box' });
  const linkText = h('span', { class: 'qr-url' });

  const show = (c: string) => {
    codeEl.textContent = c;
    codeEl.dataset.code = c;
    spelled.textContent = say.spelledOut(spellCode(c));
    printCode.textContent = c;
    printInitials.textContent = say.initialsInPrint(initials);
    const url = classLink(c);
    linkText.textContent = url;
    clear(qrBox);
    try {
      qrBox.append(qrSvg(url, say.qrLabel));
    } catch {
      qrBox.append(h('p', { class: 'hint' }, say.qrFailed));
    }
  };

  const copy = h('button', { type: 'button', class: 'primary copy-code' }, say.copy);
  copy.addEventListener('click', async () => {
    const how = await copyText(codeEl.textContent ?? '', codeEl);
    status.textContent = how === 'copied' ? say.copied : say.selected;
  });
  const print = h('button', { type: 'button', class: 'print-btn' }, say.printOrPdf);
  print.addEventListener('click', () => window.print());

  const input = h('input', {
    type: 'text',
    id: 'results-initials',
    class: 'initials-input',
    // No maxlength: a pasted "J.K.L." would be cut before the dots are dropped; the handler keeps three letters.
    size: 4,
    autocomplete: 'off',
    spellcheck: 'false',
    inputmode: 'text',
    'aria-describedby': 'initials-hint',
  });
  input.addEventListener('input', () => {
    const clean = normalizeInitials(input.value);
    if (input.value !== clean) input.value = clean;
    if (clean === initials) return;
    initials = clean;
    const next = safeEncode(scenario, mode, choices, initials, wholeClass);
    if (next) show(next);
    status.textContent = say.initialsUpdated(initials);
  });

  wrap.append(
    h(
      'section',
      { class: 'results', 'aria-labelledby': 'results-h' },
      h('h2', { id: 'results-h' }, say.resultsTitle(debrief.finished)),
      h('p', null, say.giveCode),
      codeEl,
      spelled,
      h('div', { class: 'actions' }, copy, print),
      status,
      h(
        'div',
        { class: 'field initials-field' },
        h('label', { for: 'results-initials' }, say.initialsLabel),
        input,
        h('p', { id: 'initials-hint', class: 'hint' }, say.initialsHint),
      ),
      h('figure', { class: 'qr-figure' }, qrBox, h('figcaption', null, say.scanCaption, linkText)),
      h('p', { class: 'class-link' }, h('a', { href: '#/class' }, strings.common.classResults), say.classLinkNote),
    ),
  );
  wrap.append(printReport(scenario, debrief, printCode, printInitials));
  show(code);
  return wrap;
}

export function mountClassroomRoute(main: HTMLElement, route: string, scenario: Scenario | null): void {
  clear(main);
  document.body.classList.remove('playing');
  if (route.startsWith('class')) {
    document.body.dataset.screen = 'class';
    mountClassPage(main, scenario);
  } else if (route.startsWith('guide/rubric')) {
    document.body.dataset.screen = 'guide-rubric';
    mountRubricPage(main, scenario);
  } else {
    document.body.dataset.screen = 'guide';
    mountGuide(main, scenario);
  }
  (main.querySelector('h1') as HTMLElement | null)?.focus();
}
