/**
 * The class results page (`#/class`): a teacher collects the students' results codes (pasted in any text,
 * typed one by one, loaded from a file, or arriving through a QR link) and sees how the class advised
 * beside what the ExComm decided. No server and no accounts: the list is kept in this browser only.
 */
import { aggregateClass, leaning, type ClassAggregate } from '../core/codes/aggregate';
import { decodeCode, extractCodes } from '../core/codes/codes';
import { STANCES, type Scenario } from '../core/scenario/schema';
import { clear, h } from './dom';
import { splitChart } from './classroom-charts';
import { STANCE_LABEL, STANCE_SCALE } from './parts';
import { classCsv, codeFromHash, csvFileName, percent, plainText, readClassList, writeClassList } from './classroom-data';
import { probeStorage } from './storage';

function links(): HTMLElement {
  return h(
    'nav',
    { class: 'page-links', 'aria-label': 'Teacher pages' },
    h('a', { href: '#/guide' }, 'Teacher guide'),
    h('a', { href: '#/' }, 'Back to the title'),
  );
}

/** A typed single code may leave out the EX62 prefix (students reading it out often skip it). */
function withPrefix(typed: string): string {
  const t = typed.trim();
  return /^\s*ex\s*-?\s*6\s*2/i.test(t) ? t : `EX62-${t}`;
}

function download(name: string, text: string): void {
  // A byte-order mark so spreadsheet programs read the file as UTF-8 (curly quotes, dashes).
  const blob = new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name, class: 'visually-hidden' }, 'Download');
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function mountClassPage(main: HTMLElement, scenario: Scenario | null): void {
  const page = h('section', { class: 'screen class-page wide', 'aria-labelledby': 'class-h1' });
  page.append(h('h1', { id: 'class-h1', tabindex: '-1' }, 'Class results'), links());
  main.append(page);
  if (!scenario) {
    page.append(
      h(
        'p',
        { class: 'notice', role: 'alert' },
        'The game content could not be loaded, so codes cannot be read on this page. Reload the page; if the problem stays, see the title screen for details.',
      ),
    );
    return;
  }

  const storage = probeStorage();
  let codes = readClassList(storage);
  let persistent = storage !== null;

  page.append(
    h(
      'p',
      null,
      'Collect each student’s results code (it appears on their debrief). Paste them in any text, type them one at a time as students read them out, or load a file. The list is kept in this browser only and is never sent anywhere.',
    ),
  );
  const storageNote = h('p', { class: 'notice', role: 'status', hidden: true });
  page.append(storageNote);
  const status = h('p', { class: 'class-status', role: 'status', id: 'class-status' });

  // --- Adding codes ---
  const paste = h('textarea', { id: 'class-paste', rows: 6, spellcheck: 'false', 'aria-describedby': 'class-paste-hint' });
  const pasteForm = h(
    'form',
    { class: 'add-form' },
    h('label', { for: 'class-paste' }, 'Paste text that contains codes'),
    h(
      'p',
      { id: 'class-paste-hint', class: 'hint' },
      'A spreadsheet column, a form export, an e-mail or a chat: every code starting with EX62 is picked out; the rest of the text is ignored.',
    ),
    paste,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', id: 'class-paste-add' }, 'Add the codes in this text')),
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
    h('label', { for: 'class-one' }, 'Add one code'),
    h('div', { class: 'inline-field' }, one, h('button', { type: 'submit', id: 'class-one-add' }, 'Add code')),
    oneError,
  );
  const file = h('input', { type: 'file', id: 'class-file', accept: '.txt,.csv,.tsv,text/plain,text/csv', multiple: true });
  const fileField = h('div', { class: 'field' }, h('label', { for: 'class-file' }, 'Load codes from a text or CSV file'), file);
  page.append(
    h('section', { class: 'class-add', 'aria-labelledby': 'class-add-h' }, h('h2', { id: 'class-add-h' }, 'Add codes'), pasteForm, oneForm, fileField, status),
  );

  const results = h('div', { class: 'class-results' });
  page.append(results);

  const save = () => {
    persistent = writeClassList(storage, codes);
    storageNote.hidden = persistent;
    storageNote.textContent = persistent
      ? ''
      : 'This browser is not keeping the list (saving is blocked or full): it will be lost when you close or reload the page. Export a CSV before you leave.';
  };
  const add = (found: string[], from: string) => {
    if (!found.length) {
      status.textContent = `No codes were found in ${from}. Codes start with EX62.`;
      return;
    }
    codes = [...codes, ...found];
    save();
    render();
    const bad = found.filter((c) => !decodeCode(c, scenario).ok).length;
    status.textContent = `Added ${found.length} code${found.length === 1 ? '' : 's'} from ${from}${bad ? ` (${bad} could not be read: see the list below)` : ''}.`;
  };

  pasteForm.addEventListener('submit', (e) => {
    e.preventDefault();
    const found = extractCodes(paste.value);
    add(found, 'the pasted text');
    if (found.length) paste.value = '';
  });
  oneForm.addEventListener('submit', (e) => {
    e.preventDefault();
    const typed = one.value.trim();
    if (!typed) {
      oneError.textContent = 'Type a code first.';
      return;
    }
    const code = withPrefix(typed);
    const decoded = decodeCode(code, scenario);
    if (!decoded.ok) {
      // Not added: the teacher can fix the character while the student is still there.
      oneError.textContent = `Not added: ${decoded.reason}.`;
      one.setAttribute('aria-invalid', 'true');
      one.focus();
      return;
    }
    oneError.textContent = '';
    one.removeAttribute('aria-invalid');
    one.value = '';
    add([decoded.code.canonical], 'the code box');
    one.focus();
  });
  file.addEventListener('change', async () => {
    const files = [...(file.files ?? [])];
    const found: string[] = [];
    for (const f of files) {
      if (f.size > 5_000_000) {
        status.textContent = `${f.name} is too large to be a list of codes.`;
        continue;
      }
      try {
        found.push(...extractCodes(await f.text()));
      } catch {
        status.textContent = `${f.name} could not be read.`;
      }
    }
    if (files.length) add(found, files.length === 1 ? files[0]!.name : `${files.length} files`);
    file.value = '';
  });

  const removeAt = (i: number) => {
    codes = codes.filter((_, j) => j !== i);
    save();
    render();
    status.textContent = 'Code removed.';
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
      h('h2', { id: 'class-summary-h' }, 'The class at a glance'),
      h(
        'dl',
        { class: 'stats' },
        stat('received', agg.received, 'Codes received'),
        stat('accepted', agg.accepted, 'Read correctly'),
        stat('finished', agg.finished, 'Finished games'),
        stat('in-progress', agg.inProgress, 'Games in progress'),
        stat('rejected', agg.rejected.length, 'Could not be read'),
        stat('repeats', repeatsExtra, 'Exact repeats'),
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
            h('span', { class: 'reason' }, `: ${r.reason}.`),
            ' ',
            h('button', { type: 'button', class: 'linkish', onclick: () => removeAt(i), 'aria-label': `Remove ${c}` }, 'Remove'),
          ),
        );
      });
      out.push(
        h(
          'section',
          { class: 'class-rejected', 'aria-labelledby': 'class-rejected-h' },
          h('h2', { id: 'class-rejected-h' }, `Codes that could not be read (${agg.rejected.length})`),
          h(
            'p',
            null,
            'These are left out of the results below; every other code still counts. Ask the student to read the code again, add the corrected one, then remove the wrong one.',
          ),
          list,
        ),
      );
    }
    if (agg.repeats.length) {
      out.push(
        h(
          'section',
          { class: 'class-repeats', 'aria-labelledby': 'class-repeats-h' },
          h('h2', { id: 'class-repeats-h' }, `Exact repeats (${agg.repeats.length})`),
          h(
            'p',
            null,
            'These codes were handed in more than once. They are all counted, because two students who made the same choices get the same code; if one student handed a code in twice, remove the extra copy in the list of codes.',
          ),
          h(
            'ul',
            { class: 'repeat-list' },
            ...agg.repeats.map((r) =>
              h(
                'li',
                { class: 'repeat' },
                h('code', { class: 'code-text' }, r.canonical),
                ` — ${r.count} times${r.initials ? `, initials ${r.initials}` : ', no initials'}`,
              ),
            ),
          ),
        ),
      );
    }
    return out;
  }

  function tools(agg: ClassAggregate): HTMLElement {
    const csv = h('button', { type: 'button', class: 'primary', id: 'class-csv', disabled: agg.accepted === 0 }, 'Download results (CSV)');
    csv.addEventListener('click', () => {
      download(csvFileName(new Date()), classCsv(scenario!, agg));
      status.textContent = `Downloaded a CSV with ${agg.accepted} row${agg.accepted === 1 ? '' : 's'}.`;
    });
    const print = h('button', { type: 'button', class: 'print-btn' }, 'Print');
    print.addEventListener('click', () => window.print());
    const clearBtn = h('button', { type: 'button', id: 'class-clear', disabled: codes.length === 0 }, 'Clear the list…');
    const confirmBox = h('div', { class: 'confirm-clear', role: 'group', 'aria-labelledby': 'clear-q', hidden: true });
    clearBtn.addEventListener('click', () => {
      confirmBox.hidden = false;
      const yes = h('button', { type: 'button', class: 'danger', id: 'class-clear-yes' }, 'Yes, clear the list');
      const no = h('button', { type: 'button', id: 'class-clear-no' }, 'Cancel');
      yes.addEventListener('click', () => {
        codes = [];
        save();
        render();
        status.textContent = 'The list is cleared.';
        paste.focus();
      });
      no.addEventListener('click', () => {
        confirmBox.hidden = true;
        clearBtn.focus();
      });
      confirmBox.replaceChildren(
        h('p', { id: 'clear-q' }, `Remove all ${codes.length} codes from this browser? This cannot be undone.`),
        h('div', { class: 'actions' }, yes, no),
      );
      no.focus();
    });
    return h(
      'section',
      { class: 'class-tools', 'aria-labelledby': 'class-tools-h' },
      h('h2', { id: 'class-tools-h' }, 'Keep or clear the results'),
      h(
        'p',
        null,
        'The CSV has one row per code that was read (repeats included): code, initials, mode, finished, ending, then the option chosen for each decision.',
      ),
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
          h('td', null, e.code.mode === 'short' ? 'Short' : 'Full'),
          h('td', null, e.code.finished ? (e.ending ? (endingTitle.get(e.ending) ?? e.ending) : 'Finished') : `In progress (${e.code.choices.length} answers)`),
          h('td', null, e.repeatOf !== null ? 'Repeat' : ''),
          h('td', null, h('button', { type: 'button', class: 'linkish', onclick: () => removeAt(i), 'aria-label': `Remove ${e.code.canonical}` }, 'Remove')),
        ),
      );
    });
    return h(
      'details',
      { class: 'class-codes' },
      h('summary', null, `The codes read correctly (${agg.accepted})`),
      h(
        'table',
        { class: 'codes-table' },
        h('thead', null, h('tr', null, ...['Code', 'Initials', 'Mode', 'Ending', 'Repeat', ''].map((c) => h('th', { scope: 'col' }, c)))),
        rows,
      ),
    );
  }

  render();
  const fromLink = codeFromHash(location.hash);
  if (fromLink) {
    // Drop the parameter first, so reloading the page does not add the same code again.
    history.replaceState(null, '', '#/class');
    add([fromLink], 'the QR link');
  } else if (!persistent) save();
}

function charts(scenario: Scenario, agg: ClassAggregate): HTMLElement[] {
  if (agg.accepted === 0) {
    return [h('p', { class: 'empty-note' }, 'No codes yet. The results appear here as soon as one code is added.')];
  }
  const out: HTMLElement[] = [];
  const t = (x: string) => plainText(scenario, x);

  if (agg.mostDifferent.length) {
    out.push(
      h(
        'section',
        { class: 'class-starters', 'aria-labelledby': 'class-starters-h' },
        h('h2', { id: 'class-starters-h' }, 'Discussion starters: where the class differed most from history'),
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
              `: ${differed} of ${m.answered} (${percent(differed, m.answered)}) advised something other than what the ExComm decided.`,
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
      h('h2', { id: 'class-endings-h' }, 'Endings reached'),
      endingsAnswered === 0
        ? h('p', null, 'No finished games yet.')
        : splitChart(
            agg.endings.map((e) => ({
              label: `${e.title}${e.kind === 'historical' ? '' : ' (counterfactual)'}`,
              count: e.count,
              highlight: e.kind === 'historical',
              note: 'what happened',
            })),
            endingsAnswered,
            {
              title: 'Endings reached by the class',
              caption: `${endingsAnswered} finished games. The solid blue bar is the ending that matches history.`,
              columns: ['Ending', 'Students', 'What happened'],
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
        h('h2', { id: 'class-stances-h' }, 'Firm or flexible: the class'),
        h(
          'p',
          null,
          `Every option sits on a scale. ${STANCE_SCALE} No stance is right: each one risked something different. A good question for the class: when did firmness pay, and when did flexibility?`,
        ),
        splitChart(
          STANCES.map((s) => ({
            label: `${STANCE_LABEL[s]} (decided: ${percent(st.record[s], st.total)})`,
            count: st.answers[s],
            highlight: s === recordLeaning,
            note: 'the stance most decisions took',
          })),
          st.total,
          {
            title: 'Stance of every answer the class gave',
            caption: `${st.total} answers. In brackets: how often what was decided took that stance, on the same questions (${STANCES.map((s) => `${STANCE_LABEL[s].toLowerCase()} ${st.record[s]}`).join(', ')}). The solid blue bar is the stance most decisions took.`,
            columns: ['Stance', 'Answers', 'Most of what was decided'],
          },
        ),
        h(
          'p',
          null,
          `Students by the stance of most of their answers: ${STANCES.map((s) => `${STANCE_LABEL[s].toLowerCase()} ${st.leaning[s]}`).join(', ')}, mixed ${st.leaning.mixed} (of ${students}).`,
        ),
      ),
    );
  }

  const perDecision = h(
    'section',
    { class: 'class-decisions', 'aria-labelledby': 'class-decisions-h' },
    h('h2', { id: 'class-decisions-h' }, 'Decision by decision'),
  );
  perDecision.append(
    h('p', null, 'How the class split on each question. The solid blue bar, marked “the ExComm chose this”, is what was decided at the meeting.'),
  );
  const meetingOf = new Map(scenario.meetings.map((m) => [m.id, m]));
  for (const d of agg.decisions) {
    const decision = scenario.decisions.find((x) => x.id === d.decisionId);
    const m = decision ? meetingOf.get(decision.meeting) : undefined;
    const block = h(
      'article',
      { class: 'class-decision', 'data-decision': d.decisionId },
      h('h3', null, t(d.title), d.kind === 'quick' ? h('span', { class: 'quick-tag' }, ' · quick call') : ''),
      h('p', { class: 'kicker' }, m ? `Meeting ${m.number}` : '', ` · answered by ${d.answered}`),
    );
    if (decision) block.append(h('p', { class: 'question' }, t(decision.question)));
    if (d.answered === 0) {
      block.append(h('p', { class: 'hint' }, 'Nobody in these codes reached this question (it is not in the short game, or play went another way).'));
    } else {
      block.append(
        splitChart(
          d.options.map((o) => ({ label: o.label, count: o.count, highlight: o.historical, note: 'the ExComm chose this' })),
          d.answered,
          {
            title: `${t(d.title)}: how the class advised`,
            caption: `${d.matched} of ${d.answered} (${percent(d.matched, d.answered)}) advised what the ExComm decided.`,
            columns: ['Option', 'Students', 'The ExComm chose'],
          },
        ),
      );
    }
    perDecision.append(block);
  }
  out.push(perDecision);
  return out;
}
