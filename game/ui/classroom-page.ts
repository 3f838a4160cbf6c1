/**
 * The class results page (`#/class`): a teacher collects the students' results codes (pasted in any text,
 * typed one by one, loaded from a file, or arriving through a QR link) and sees how the class advised
 * beside what the ExComm decided. No server and no accounts: the list is kept in this browser only.
 */
import { aggregateClass, leaning, type ClassAggregate } from '../core/codes/aggregate';
import { codePrefixOf, decodeCode, extractCodes } from '../core/codes/codes';
import type { Scenario } from '../core/scenario/schema';
import { STANCES } from '../core/scenario/stances';
import { clear, h } from './dom';
import { splitChart } from './classroom-charts';
import { classCsv, codeFromHash, csvFileName, percent, plainText, readClassList, writeClassList } from './classroom-data';
import { probeStorage, scenarioKeys } from '../services/storage';
import { codeErrorText, strings } from './strings';

function links(): HTMLElement {
  return h(
    'nav',
    { class: 'page-links', 'aria-label': strings.common.teacherPages },
    h('a', { href: '#/guide' }, strings.common.teacherGuide),
    h('a', { href: '#/' }, strings.common.backToTitle),
  );
}

/** A typed single code may leave out the prefix, EX62 or the scenario's (students reading it out often skip it). */
export function withPrefix(typed: string, prefix: string): string {
  const t = typed.trim();
  // The prefix's characters, in any case, maybe with spaces or dashes between them ("ex 62", "EX-62").
  const starts = new RegExp(`^${[...prefix].join('[\\s-]*')}`, 'i');
  return starts.test(t) ? t : `${prefix}-${t}`;
}

function download(name: string, text: string): void {
  // A byte-order mark so spreadsheet programs read the file as UTF-8 (curly quotes, dashes).
  const blob = new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name, class: 'visually-hidden' }, strings.classPage.download);
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function mountClassPage(main: HTMLElement, scenario: Scenario | null): void {
  const say = strings.classPage;
  const page = h('section', { class: 'screen class-page wide', 'aria-labelledby': 'class-h1' });
  page.append(h('h1', { id: 'class-h1', tabindex: '-1' }, say.title), links());
  main.append(page);
  if (!scenario) {
    page.append(h('p', { class: 'notice', role: 'alert' }, strings.common.contentNotLoaded));
    return;
  }
  const prefix = codePrefixOf(scenario);

  const storage = probeStorage();
  const classKey = scenarioKeys(scenario.id).classCodes;
  let codes = readClassList(storage, classKey);
  let persistent = storage !== null;

  page.append(h('p', null, say.intro));
  const storageNote = h('p', { class: 'notice', role: 'status', hidden: true });
  page.append(storageNote);
  const status = h('p', { class: 'class-status', role: 'status', id: 'class-status' });

  // --- Adding codes ---
  const paste = h('textarea', { id: 'class-paste', rows: 6, spellcheck: 'false', 'aria-describedby': 'class-paste-hint' });
  const pasteForm = h(
    'form',
    { class: 'add-form' },
    h('label', { for: 'class-paste' }, say.pasteLabel),
    h('p', { id: 'class-paste-hint', class: 'hint' }, say.pasteHint(prefix)),
    paste,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', id: 'class-paste-add' }, say.pasteAdd)),
  );
  const one = h('input', {
    type: 'text',
    id: 'class-one',
    class: 'code-input',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': 'class-one-error',
  });
  const oneError = h('p', { id: 'class-one-error', class: 'field-error', role: 'alert' });
  const oneForm = h(
    'form',
    { class: 'add-form' },
    h('label', { for: 'class-one' }, say.oneLabel),
    h('div', { class: 'inline-field' }, one, h('button', { type: 'submit', id: 'class-one-add' }, say.oneAdd)),
    oneError,
  );
  const file = h('input', { type: 'file', id: 'class-file', accept: '.txt,.csv,.tsv,text/plain,text/csv', multiple: true });
  const fileField = h('div', { class: 'field' }, h('label', { for: 'class-file' }, say.fileLabel), file);
  page.append(
    h(
      'section',
      { class: 'class-add', 'aria-labelledby': 'class-add-h' },
      h('h2', { id: 'class-add-h' }, say.addHeading),
      pasteForm,
      oneForm,
      fileField,
      status,
    ),
  );

  const results = h('div', { class: 'class-results' });
  page.append(results);

  const save = () => {
    persistent = writeClassList(storage, classKey, codes);
    storageNote.hidden = persistent;
    storageNote.textContent = persistent ? '' : say.notKept;
  };
  const add = (found: string[], from: string) => {
    if (!found.length) {
      status.textContent = say.noneFound(from, prefix);
      return;
    }
    codes = [...codes, ...found];
    save();
    render();
    const bad = found.filter((c) => !decodeCode(c, scenario).ok).length;
    status.textContent = say.added(found.length, from, bad);
  };

  pasteForm.addEventListener('submit', (e) => {
    e.preventDefault();
    const found = extractCodes(paste.value, scenario);
    add(found, say.fromPaste);
    if (found.length) paste.value = '';
  });
  oneForm.addEventListener('submit', (e) => {
    e.preventDefault();
    const typed = one.value.trim();
    if (!typed) {
      oneError.textContent = say.typeFirst;
      return;
    }
    const code = withPrefix(typed, prefix);
    const decoded = decodeCode(code, scenario);
    if (!decoded.ok) {
      // Not added: the teacher can fix the character while the student is still there.
      oneError.textContent = say.notAdded(codeErrorText(decoded.error));
      one.setAttribute('aria-invalid', 'true');
      one.focus();
      return;
    }
    oneError.textContent = '';
    one.removeAttribute('aria-invalid');
    one.value = '';
    add([decoded.code.canonical], say.fromBox);
    one.focus();
  });
  file.addEventListener('change', async () => {
    const files = [...(file.files ?? [])];
    const found: string[] = [];
    for (const f of files) {
      if (f.size > 5_000_000) {
        status.textContent = say.tooLarge(f.name);
        continue;
      }
      try {
        found.push(...extractCodes(await f.text(), scenario));
      } catch {
        status.textContent = say.unreadable(f.name);
      }
    }
    if (files.length) add(found, files.length === 1 ? files[0]!.name : say.fromFiles(files.length));
    file.value = '';
  });

  const removeAt = (i: number) => {
    codes = codes.filter((_, j) => j !== i);
    save();
    render();
    status.textContent = say.removed;
  };

  function render(): void {
    clear(results);
    const agg = aggregateClass(codes, scenario!);
    results.append(summary(agg), ...problems(agg), ...charts(scenario!, agg), codeList(agg), tools(agg));
  }

  function summary(agg: ClassAggregate): HTMLElement {
    const stat = (key: string, n: number, label: string) => h('div', { class: 'stat', 'data-stat': key }, h('dt', null, label), h('dd', null, String(n)));
    const repeatsExtra = agg.repeats.reduce((n, r) => n + r.count - 1, 0);
    return h(
      'section',
      { class: 'class-summary', 'aria-labelledby': 'class-summary-h' },
      h('h2', { id: 'class-summary-h' }, say.glance),
      h(
        'dl',
        { class: 'stats' },
        stat('received', agg.received, say.stats.received),
        stat('accepted', agg.accepted, say.stats.accepted),
        stat('finished', agg.finished, say.stats.finished),
        stat('in-progress', agg.inProgress, say.stats.inProgress),
        stat('rejected', agg.rejected.length, say.stats.rejected),
        stat('repeats', repeatsExtra, say.stats.repeats),
      ),
    );
  }

  function problems(agg: ClassAggregate): HTMLElement[] {
    const out: HTMLElement[] = [];
    if (agg.rejected.length) {
      const list = h('ul', { class: 'rejected-list' });
      codes.forEach((c, i) => {
        const r = decodeCode(c, scenario!);
        if (r.ok) return;
        list.append(
          h(
            'li',
            { class: 'rejected' },
            h('code', { class: 'code-text' }, c),
            h('span', { class: 'reason' }, say.rejectedReason(codeErrorText(r.error))),
            ' ',
            h('button', { type: 'button', class: 'linkish', onclick: () => removeAt(i), 'aria-label': say.removeCode(c) }, strings.common.remove),
          ),
        );
      });
      out.push(
        h(
          'section',
          { class: 'class-rejected', 'aria-labelledby': 'class-rejected-h' },
          h('h2', { id: 'class-rejected-h' }, say.rejectedHeading(agg.rejected.length)),
          h('p', null, say.rejectedIntro),
          list,
        ),
      );
    }
    if (agg.repeats.length) {
      out.push(
        h(
          'section',
          { class: 'class-repeats', 'aria-labelledby': 'class-repeats-h' },
          h('h2', { id: 'class-repeats-h' }, say.repeatsHeading(agg.repeats.length)),
          h('p', null, say.repeatsIntro),
          h(
            'ul',
            { class: 'repeat-list' },
            ...agg.repeats.map((r) => h('li', { class: 'repeat' }, h('code', { class: 'code-text' }, r.canonical), say.repeatLine(r.count, r.initials))),
          ),
        ),
      );
    }
    return out;
  }

  function tools(agg: ClassAggregate): HTMLElement {
    const csv = h('button', { type: 'button', class: 'primary', id: 'class-csv', disabled: agg.accepted === 0 }, say.csvButton);
    csv.addEventListener('click', () => {
      download(csvFileName(scenario!.id, new Date()), classCsv(scenario!, agg));
      status.textContent = say.csvDone(agg.accepted);
    });
    const print = h('button', { type: 'button', class: 'print-btn' }, strings.common.print);
    print.addEventListener('click', () => window.print());
    const clearBtn = h('button', { type: 'button', id: 'class-clear', disabled: codes.length === 0 }, say.clear);
    const confirmBox = h('div', { class: 'confirm-clear', role: 'group', 'aria-labelledby': 'clear-q', hidden: true });
    clearBtn.addEventListener('click', () => {
      confirmBox.hidden = false;
      const yes = h('button', { type: 'button', class: 'danger', id: 'class-clear-yes' }, say.clearYes);
      const no = h('button', { type: 'button', id: 'class-clear-no' }, strings.common.cancel);
      yes.addEventListener('click', () => {
        codes = [];
        save();
        render();
        status.textContent = say.cleared;
        paste.focus();
      });
      no.addEventListener('click', () => {
        confirmBox.hidden = true;
        clearBtn.focus();
      });
      confirmBox.replaceChildren(h('p', { id: 'clear-q' }, say.clearQuestion(codes.length)), h('div', { class: 'actions' }, yes, no));
      no.focus();
    });
    return h(
      'section',
      { class: 'class-tools', 'aria-labelledby': 'class-tools-h' },
      h('h2', { id: 'class-tools-h' }, say.toolsHeading),
      h('p', null, say.toolsIntro),
      h('div', { class: 'actions' }, csv, print, clearBtn),
      confirmBox,
    );
  }

  function codeList(agg: ClassAggregate): HTMLElement {
    const endingTitle = new Map(scenario!.endings.map((e) => [e.id, e.title]));
    const rows = h('tbody');
    // Entries are in list order among the codes that decode, so walk the list to keep each row's position.
    let k = 0;
    codes.forEach((c, i) => {
      if (!decodeCode(c, scenario!).ok) return;
      const e = agg.entries[k++];
      if (!e) return;
      rows.append(
        h(
          'tr',
          { class: e.repeatOf !== null ? 'is-repeat' : null },
          h('td', null, h('code', { class: 'code-text' }, e.code.canonical)),
          h('td', null, e.code.initials || '—'),
          h('td', null, (e.code.mode === 'short' ? say.modeShort : say.modeFull) + (e.code.wholeClass ? say.wholeClass : '')),
          h('td', null, e.code.finished ? (e.ending ? (endingTitle.get(e.ending) ?? e.ending) : say.finished) : say.inProgress(e.code.choices.length)),
          h('td', null, e.repeatOf !== null ? say.repeat : ''),
          h(
            'td',
            null,
            h(
              'button',
              { type: 'button', class: 'linkish', onclick: () => removeAt(i), 'aria-label': say.removeCode(e.code.canonical) },
              strings.common.remove,
            ),
          ),
        ),
      );
    });
    return h(
      'details',
      { class: 'class-codes' },
      h('summary', null, say.codesRead(agg.accepted)),
      h('table', { class: 'codes-table' }, h('thead', null, h('tr', null, ...say.codeColumns.map((c) => h('th', { scope: 'col' }, c)))), rows),
    );
  }

  render();
  const fromLink = codeFromHash(location.hash);
  if (fromLink) {
    // Drop the parameter first, so reloading the page does not add the same code again.
    history.replaceState(null, '', '#/class');
    add([fromLink], say.fromLink);
  } else if (!persistent) save();
}

function charts(scenario: Scenario, agg: ClassAggregate): HTMLElement[] {
  const say = strings.classPage;
  if (agg.accepted === 0) {
    return [h('p', { class: 'empty-note' }, say.noCodes)];
  }
  const out: HTMLElement[] = [];
  const t = (x: string) => plainText(scenario, x);

  if (agg.mostDifferent.length) {
    out.push(
      h(
        'section',
        { class: 'class-starters', 'aria-labelledby': 'class-starters-h' },
        h('h2', { id: 'class-starters-h' }, say.startersHeading),
        h(
          'ol',
          null,
          ...agg.mostDifferent.map((m) => {
            const d = scenario.decisions.find((x) => x.id === m.decisionId);
            const differed = Math.round(m.differShare * m.answered);
            return h(
              'li',
              null,
              h('strong', null, t(m.title)),
              say.starterLine(differed, m.answered, percent(differed, m.answered)),
              d ? h('p', { class: 'starter-q' }, t(d.reflection)) : '',
            );
          }),
        ),
      ),
    );
  }

  const endingsAnswered = agg.endings.reduce((n, e) => n + e.count, 0);
  out.push(
    h(
      'section',
      { class: 'class-endings', 'aria-labelledby': 'class-endings-h' },
      h('h2', { id: 'class-endings-h' }, say.endingsHeading),
      endingsAnswered === 0
        ? h('p', null, say.noFinished)
        : splitChart(
            agg.endings.map((e) => ({
              label: say.endingLabel(e.title, e.kind === 'historical'),
              count: e.count,
              highlight: e.kind === 'historical',
              note: say.whatHappened,
            })),
            endingsAnswered,
            {
              title: say.endingsTitle,
              caption: say.endingsCaption(endingsAnswered),
              columns: say.endingsColumns,
            },
          ),
    ),
  );

  // How firm or flexible the class was, beside what was decided on the same questions. No stance is right.
  const st = agg.stances;
  if (st.total > 0) {
    const students = STANCES.reduce((n, s) => n + st.leaning[s], 0) + st.leaning.mixed;
    const recordLeaning = leaning(st.record);
    out.push(
      h(
        'section',
        { class: 'class-stances', 'aria-labelledby': 'class-stances-h' },
        h('h2', { id: 'class-stances-h' }, say.stancesHeading),
        h('p', null, say.stancesIntro(strings.common.stanceScale)),
        splitChart(
          STANCES.map((s) => ({
            label: say.stanceBar(strings.common.stance[s], percent(st.record[s], st.total)),
            count: st.answers[s],
            highlight: s === recordLeaning,
            note: say.stanceMost,
          })),
          st.total,
          {
            title: say.stancesTitle,
            caption: say.stancesCaption(st.total, STANCES.map((s) => say.stanceCount(strings.common.stance[s], st.record[s])).join(', ')),
            columns: say.stancesColumns,
          },
        ),
        h('p', null, say.leaning(STANCES.map((s) => say.stanceCount(strings.common.stance[s], st.leaning[s])).join(', '), st.leaning.mixed, students)),
      ),
    );
  }

  const perDecision = h(
    'section',
    { class: 'class-decisions', 'aria-labelledby': 'class-decisions-h' },
    h('h2', { id: 'class-decisions-h' }, say.decisionsHeading),
  );
  perDecision.append(h('p', null, say.decisionsIntro));
  const meetingOf = new Map(scenario.meetings.map((m) => [m.id, m]));
  for (const d of agg.decisions) {
    const decision = scenario.decisions.find((x) => x.id === d.decisionId);
    const m = decision ? meetingOf.get(decision.meeting) : undefined;
    const block = h(
      'article',
      { class: 'class-decision', 'data-decision': d.decisionId },
      h('h3', null, t(d.title), d.kind === 'quick' ? h('span', { class: 'quick-tag' }, say.quickTag) : ''),
      h('p', { class: 'kicker' }, m ? strings.common.meetingNumber(m.number) : '', say.answeredBy(d.answered)),
    );
    if (decision) block.append(h('p', { class: 'question' }, t(decision.question)));
    if (d.answered === 0) {
      block.append(h('p', { class: 'hint' }, say.nobody));
    } else {
      block.append(
        splitChart(
          d.options.map((o) => ({ label: o.label, count: o.count, highlight: o.historical, note: say.excommChose })),
          d.answered,
          {
            title: say.decisionTitle(t(d.title)),
            caption: say.decisionCaption(d.matched, d.answered, percent(d.matched, d.answered)),
            columns: say.decisionColumns,
          },
        ),
      );
    }
    perDecision.append(block);
  }
  out.push(perDecision);
  return out;
}
