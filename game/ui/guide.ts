/**
 * The teacher guide (`#/guide`): lesson plans, hosting, objectives, and the parts built from the scenario
 * itself (discussion questions, answer key with the record's words, vocabulary, the records to read), so
 * the guide never disagrees with the game. Printable: print.css drops the controls.
 */
import { historicalPath } from '../core/rules/engine';
import { stanceCounts } from '../core/rules/stance';
import { optionSponsors } from '../core/rules/debrief';
import type { Decision, Scenario } from '../core/scenario/schema';
import { h } from './dom';
import { longDate, STANCE_LABEL, STANCE_SCALE } from './parts';
import { plainText } from './classroom-data';

/** C3 Framework indicators (grades 9-12) the game works toward: our short reading of each, and where the game meets it. */
export const C3_ALIGNMENT: readonly { code: string; gist: string; inGame: string }[] = [
  {
    code: 'D2.His.1.9-12',
    gist: 'Explain how events were shaped both by their particular moment and place and by the wider story around them.',
    inGame:
      'Each meeting opens with its date, its typed record header and the intelligence the committee heard that morning, then the view from Moscow in Khrushchev’s own dated words; the prologue places the meetings just after the October 28 settlement, in the Cold War.',
  },
  {
    code: 'D2.His.3.9-12',
    gist: 'Ask questions about people and groups, and judge how the importance of what they did looks different as time passes.',
    inGame:
      'Students hear named advisers argue, then see in the debrief and the epilogue how each choice played out over the following weeks and what the record says came of it.',
  },
  {
    code: 'D2.His.4.9-12',
    gist: 'Work out the many causes that made people of a period see things as they did.',
    inGame:
      'Advisers from State, Defense, the CIA and the UN mission argue from their own jobs and worries, and the President raises options of his own; the debrief shows who raised each option, the adviser the student followed most, and, counted apart, how often they followed the President’s own proposals.',
  },
  {
    code: 'D2.His.5.9-12',
    gist: 'Show how the setting of the time shaped people’s views then, and how our own setting shapes how we see them now.',
    inGame:
      'Students decide without hindsight, with only what the committee knew; the view from Moscow shows how the other side saw the same days, and the reflection questions ask students to compare their reasons with those of 1962.',
  },
  {
    code: 'D2.His.10.9-12',
    gist: 'Notice what a piece of evidence cannot tell us, and where accounts of the past disagree.',
    inGame:
      'The records are summary records, not transcripts, some with scanning errors kept as printed; invented outcomes are labelled “What might have happened” with what they rest on (a quoted warning, or “the game’s own guess”), and the debrief ends with what these records cannot tell us.',
  },
  {
    code: 'D2.His.16.9-12',
    gist: 'Bring evidence from several sources together into a reasoned argument about the past.',
    inGame:
      'Every “What happened” is quoted from a record the student can open at the passage; the debrief sets their advice beside several records and asks them to argue for or against their choice.',
  },
  {
    code: 'D2.Civ.1.9-12',
    gist: 'Tell apart what different levels of government and international bodies can and cannot do.',
    inGame:
      'The President decides, the ExComm only advises, and the choices run through the UN (inspection, the Secretary-General), the OAS and the Red Cross, each with its own powers and limits.',
  },
  {
    code: 'D2.Civ.5.9-12',
    gist: 'Judge how well citizens and institutions handle political problems, including international ones.',
    inGame:
      'Students weigh whether UN inspection, the quarantine and reconnaissance flights could check that the missiles were gone, and see in the debrief how each worked in the record.',
  },
  {
    code: 'D2.Civ.6.9-12',
    gist: 'Examine the ties between government, the wider public and the economy.',
    inGame:
      'Several decisions turn on what to tell the press and the public, and the “Public confidence” meter follows how the government’s choices land with the country.',
  },
  {
    code: 'D2.Civ.9.9-12',
    gist: 'Take part in fair, structured ways of deliberating in different settings.',
    inGame:
      'Each decision hears the advisers one by one before the student gives advice; the class debrief repeats that process aloud, around the questions where the class split most.',
  },
  {
    code: 'D2.Civ.10.9-12',
    gist: 'Consider how personal interests and points of view affect how people apply shared principles and rights.',
    inGame:
      'Advisers’ positions follow their departments and their fears; students meet the pull between secrecy and telling the public, and between pressure and keeping a deal alive, and the debrief shows how firm or flexible their own advice was beside what was decided.',
  },
  {
    code: 'D2.Civ.13.9-12',
    gist: 'Judge public policies by their intended and unintended results.',
    inGame:
      'Every choice has consequences (from the record, or labelled counterfactuals) that move the meters and lead to an ending; the debrief explains which choices led there.',
  },
];

function section(id: string, title: string, ...children: (Node | string | null)[]): HTMLElement {
  return h('section', { class: 'guide-section', 'aria-labelledby': id }, h('h2', { id }, title), ...children);
}

function planTable(caption: string, rows: [string, string, string][]): HTMLElement {
  return h(
    'table',
    { class: 'guide-table plan-table' },
    h('caption', null, caption),
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Time'), h('th', { scope: 'col' }, 'Phase'), h('th', { scope: 'col' }, 'What happens'))),
    h('tbody', null, ...rows.map(([time, phase, what]) => h('tr', null, h('td', null, time), h('th', { scope: 'row' }, phase), h('td', null, what)))),
  );
}

function printButton(): HTMLButtonElement {
  const b = h('button', { type: 'button', class: 'print-btn' }, 'Print the guide');
  b.addEventListener('click', () => window.print());
  return b;
}

function byMeeting(scenario: Scenario): { heading: string; decisions: Decision[] }[] {
  return scenario.meetings.map((m) => ({
    heading: `Meeting ${m.number}: ${longDate(m.date)}`,
    decisions: scenario.decisions.filter((d) => d.meeting === m.id),
  }));
}

function discussion(scenario: Scenario): HTMLElement {
  const t = (x: string) => plainText(scenario, x);
  const out = section(
    'guide-discussion',
    'Discussion questions, decision by decision',
    h(
      'p',
      null,
      'For each question in the game: what the students were asked, and a question for talking it over. The class results page shows which of these split your class most; start there.',
    ),
  );
  for (const group of byMeeting(scenario)) {
    out.append(h('h3', null, group.heading));
    const list = h('ol', { class: 'guide-list' });
    for (const d of group.decisions) {
      list.append(
        h(
          'li',
          null,
          h(
            'p',
            { class: 'guide-item-title' },
            h('strong', null, t(d.title)),
            d.kind === 'quick' ? ' (quick call)' : '',
            scenario.shortMode.includes(d.id) ? ' · in the short game' : '',
          ),
          h('p', null, h('em', null, 'Asked: '), t(d.question)),
          h('p', null, h('em', null, 'Discuss: '), t(d.reflection)),
        ),
      );
    }
    out.append(list);
  }
  return out;
}

/** Counts from the scenario itself, so the guide never claims a number the content does not have. */
function contentFacts(scenario: Scenario) {
  const options = scenario.decisions.flatMap((d) => d.options);
  const counterfactuals = [...options.map((o) => o.consequence), ...scenario.events.map((e) => e.consequence)].filter((c) => c.kind === 'counterfactual');
  const path = historicalPath(scenario, 'full');
  const recordStances = stanceCounts(scenario, path).record;
  return {
    options: options.length,
    adviserOptions: options.filter((o) => optionSponsors(scenario, o).advisers.length > 0).length,
    chairOptions: options.filter((o) => optionSponsors(scenario, o).chair.length > 0).length,
    alternatives: options.filter((o) => optionSponsors(scenario, o).nobody).length,
    unnamed: options.filter((o) => o.unnamed).length,
    counterfactuals: counterfactuals.length,
    quotedBasis: counterfactuals.filter((c) => c.basis && c.basis.citations.length > 0).length,
    guessBasis: counterfactuals.filter((c) => c.basis && c.basis.citations.length === 0).length,
    otherSide: scenario.meetings.reduce((n, m) => n + m.otherSide.length, 0),
    recordStances,
    pathLength: path.length,
  };
}

/** What students see besides the advice itself, and how to read it: built from the scenario. */
function howToRead(scenario: Scenario): HTMLElement {
  const f = contentFacts(scenario);
  const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  const out = section(
    'guide-how',
    'What students see, and how to read it',
    h('h3', null, 'Who raised each option'),
    h(
      'p',
      null,
      `Each option says who raised it in the room. Of the game’s ${f.options} options, ${f.adviserOptions} were argued by advisers and ${f.chairOptions} were raised by the President himself (some by both): the button, the result screen and the debrief say “The President raised this”. ${f.alternatives === 0 ? 'No option was' : n(f.alternatives, 'option was', 'options were')} raised by nobody in the room: these are marked “an alternative the game offers”.${f.unnamed ? ` ${f.unnamed === 1 ? 'One option was' : `${f.unnamed} options were`} raised by someone the record does not name: the game says so.` : ''} The debrief names the adviser a student followed most often, and counts the President’s own proposals apart from the advisers.`,
    ),
    h('h3', null, 'Firm or flexible'),
    h(
      'p',
      null,
      `Every option sits on a scale. ${STANCE_SCALE} The debrief shows how many of a student’s answers were firm, middle and flexible, beside the same counts for what was decided on the same questions. No stance is right: ask students what each one risked. On the full game’s recorded path (${n(f.pathLength, 'question', 'questions')}), what was decided was firm on ${f.recordStances.firm}, middle on ${f.recordStances.middle} and flexible on ${f.recordStances.flexible}.`,
    ),
    h('h3', null, 'What happened, and what might have happened'),
    h(
      'p',
      null,
      `“What happened” is always quoted from the records. “What might have happened” marks a counterfactual (the game has ${f.counterfactuals}), and each says what it rests on. “Why this could have happened” quotes a warning someone gave at the time (${f.quotedBasis} of them). “The game’s own guess (not from the record)” marks an outcome nobody in the records foresaw, which the game infers (${f.guessBasis} of them). These labels are a good way into talking about evidence.`,
    ),
    h('h3', null, 'The view from Moscow'),
    h(
      'p',
      null,
      `After the U.S. intelligence briefing, each meeting gives the view from the other side in its own recorded words (${n(f.otherSide, 'statement', 'statements')} in all). In these records that means Moscow, in Khrushchev’s letters: they keep no words of Castro’s own, so Havana’s view reaches the class only through what others report, which is worth saying aloud. Each card gives the date of its record. When that date is after the meeting, the card says “Said later”: the committee could not have known it at the table.`,
    ),
    h('h3', null, 'What these records cannot tell us'),
    h('p', null, 'The debrief ends with the limits of the sources, so a class knows what the game cannot show:'),
    h('ul', { class: 'guide-list' }, ...scenario.limits.map((l) => h('li', null, plainText(scenario, l)))),
  );
  return out;
}

function answerKey(scenario: Scenario): HTMLElement {
  const t = (x: string) => plainText(scenario, x);
  const out = section(
    'guide-answers',
    'Answer key: what the ExComm decided',
    h(
      'p',
      null,
      'There are no right or wrong answers in the game: a student’s advice either matched what was decided or differed from it. This key gives what was decided, in the words of the record.',
    ),
  );
  const cite = (c: { source: string; quote: string; note?: string | undefined }) => {
    const src = scenario.sources[c.source];
    return h(
      'blockquote',
      { class: 'guide-quote' },
      h('p', null, `“${c.quote}”`),
      h('footer', null, '— ', src ? h('a', { href: `scenarios/sources/${src.file}` }, src.title) : c.source, c.note ? ` (${c.note})` : ''),
    );
  };
  for (const group of byMeeting(scenario)) {
    out.append(h('h3', null, group.heading));
    for (const d of group.decisions) {
      const hist = d.options.find((o) => o.id === d.history.option);
      const notes = hist
        ? [`stance: ${STANCE_LABEL[hist.stance].toLowerCase()}`, ...(optionSponsors(scenario, hist).chair.length ? ['the President’s own proposal'] : [])]
        : [];
      const item = h(
        'div',
        { class: 'answer' },
        h(
          'p',
          { class: 'guide-item-title' },
          h('strong', null, t(d.title)),
          ': ',
          hist ? hist.label : d.history.option,
          notes.length ? ` (${notes.join('; ')})` : '',
        ),
        h('p', null, t(d.history.summary)),
        ...d.history.citations.map(cite),
      );
      if (d.history.later) {
        item.append(h('p', null, h('em', null, 'How it ended later: '), t(d.history.later.text)), ...d.history.later.citations.map(cite));
      }
      out.append(item);
    }
  }
  return out;
}

function vocabulary(scenario: Scenario): HTMLElement {
  const terms = [...scenario.glossary].sort((a, b) => a.term.localeCompare(b.term));
  return section(
    'guide-vocab',
    'Vocabulary',
    h('p', null, 'The same definitions appear in the game when a student selects an underlined term.'),
    h('dl', { class: 'glossary' }, ...terms.flatMap((g) => [h('dt', null, g.term), h('dd', null, g.definition)])),
  );
}

function reading(scenario: Scenario): HTMLElement {
  const kinds: { kind: 'meeting' | 'background' | 'aftermath'; title: string; intro: string }[] = [
    {
      kind: 'meeting',
      title: 'The meetings the game is built on',
      intro: 'The summary records of the three ExComm meetings students sit in, with the record of action.',
    },
    { kind: 'background', title: 'Background: the settlement', intro: 'The letters that set the terms of the October 28 settlement.' },
    { kind: 'aftermath', title: 'What came next', intro: 'Later meetings, telegrams and letters, through the joint letter of January 7, 1963.' },
  ];
  const out = section(
    'guide-reading',
    'Background reading: the records shipped with the game',
    h(
      'p',
      null,
      'Full texts of every record the game quotes. Most come from Foreign Relations of the United States (FRUS); some are scans read by computer, so a few words are garbled exactly as in the scan.',
    ),
  );
  const all = Object.values(scenario.sources);
  for (const k of kinds) {
    const list = all.filter((s) => s.kind === k.kind).sort((a, b) => a.date.localeCompare(b.date));
    if (!list.length) continue;
    out.append(
      h('h3', null, k.title),
      h('p', null, k.intro),
      h(
        'ul',
        { class: 'reading-list' },
        ...list.map((s) => h('li', null, h('a', { href: `scenarios/sources/${s.file}` }, s.title), ` (${longDate(s.date)}). ${s.citation}.`)),
      ),
    );
  }
  return out;
}

export function mountGuide(main: HTMLElement, scenario: Scenario | null): void {
  const fullCount = scenario ? historicalPath(scenario, 'full').length : null;
  const shortCount = scenario ? scenario.shortMode.length : null;
  const meetings = scenario ? scenario.meetings.map((m) => `meeting ${m.number} on ${longDate(m.date)}`).join(', ') : null;

  const page = h('article', { class: 'screen guide wide', 'aria-labelledby': 'guide-h1' });
  page.append(
    h('h1', { id: 'guide-h1', tabindex: '-1' }, 'Teacher guide'),
    h(
      'nav',
      { class: 'page-links', 'aria-label': 'Teacher pages' },
      h('a', { href: '#/class' }, 'Class results'),
      h('a', { href: '#/' }, 'Back to the title'),
      printButton(),
    ),
    h(
      'p',
      { class: 'lead' },
      'ExComm 1962 puts students at the table of President Kennedy’s Executive Committee (the ExComm) in the days after Khrushchev agreed, on October 28, 1962, to remove his missiles from Cuba. The crisis was not over: the deal still had to be checked and kept. Students hear the advisers, give their own advice on each question, see what followed, and at the end compare their advice with what was actually decided, in the words of the declassified records.',
    ),
  );
  if (scenario && fullCount !== null) {
    page.append(
      h(
        'p',
        null,
        `The full game follows the committee through ${scenario.meetings.length} meetings: ${meetings}. It asks about ${fullCount} questions, some of them quick calls answered on one screen, and takes 25 to 30 minutes. The short game keeps ${shortCount} of the main decisions and takes about 15 minutes.`,
      ),
    );
  } else {
    page.append(
      h(
        'p',
        { class: 'notice' },
        'The game content could not be loaded, so the parts of this guide built from it (discussion questions, answer key, vocabulary, reading) are missing. Reload the page to try again.',
      ),
    );
  }

  page.append(
    section(
      'guide-objectives',
      'Learning objectives',
      h('p', null, 'By the end of the lesson, students should be able to:'),
      h(
        'ul',
        null,
        h('li', null, 'describe what the October 28 settlement required of each side and why carrying it out was hard;'),
        h('li', null, 'explain the positions of several ExComm advisers on a question, and what each adviser feared or hoped for;'),
        h('li', null, 'compare their own advice with what the ExComm decided, using evidence quoted from the records;'),
        h('li', null, 'tell a documented outcome from a plausible counterfactual, and say what a summary record can and cannot show;'),
        h('li', null, 'compare how firm or flexible their advice was with what was decided, and say what each stance risked;'),
        h('li', null, 'describe how Moscow saw the same days, from the Soviet side’s own words, and say what is missing from Havana’s;'),
        h('li', null, 'judge a policy choice by its intended and unintended results, without hindsight deciding the answer.'),
      ),
    ),
  );

  page.append(
    section(
      'guide-plans',
      'Lesson plans',
      planTable('A 45 to 50 minute lesson (full game)', [
        [
          '0–5 min',
          'Set-up',
          'Students open the game and choose Begin. Set the scene in two sentences: the missiles are agreed to leave Cuba, but nobody has checked yet. Say there are no right answers, only choices to explain.',
        ],
        [
          '5–37 min',
          'Play (about 30 min)',
          'Students play alone or in pairs. Encourage them to open the Source buttons and to hear every adviser before choosing. Circulate; ask “Who in the room agrees with you?”',
        ],
        [
          '37–39 min',
          'Collect codes',
          'Students add their initials on the debrief and give you their results code: read aloud, pasted into a shared form or chat, or scanned from the QR code. Paste or type them on the Class results page.',
        ],
        [
          '39–50 min',
          'Debrief (about 11 min)',
          'Project the Class results page. Start with the discussion starters (where the class differed most from history). For each, ask a student who matched the record and one who did not to explain their reasons; then read the record’s words from the answer key. Show “Firm or flexible: the class” and ask when firmness paid and when flexibility did. Close with one reflection question from a student’s own debrief, or with what these records cannot tell us.',
        ],
      ]),
      planTable('A 30-minute lesson (short game)', [
        ['0–3 min', 'Set-up', 'Students choose “Short game”. One-sentence framing: the deal is made; now it has to be checked.'],
        ['3–18 min', 'Play (about 15 min)', `Students play the short game${shortCount ? `: ${shortCount} of the main decisions` : ''}.`],
        ['18–20 min', 'Collect codes', 'As above: codes by voice, paste or QR onto the Class results page.'],
        [
          '20–30 min',
          'Debrief (10 min)',
          'Take the one or two decisions where the class split most. Read the record’s words, then ask: what did the ExComm know that you did not, and what do you know that they did not?',
        ],
      ]),
      h(
        'p',
        null,
        'Homework or extension: each student picks one decision where they differed from the record, reads the full meeting record linked below, and writes a paragraph defending or revising their advice with two quotations.',
      ),
    ),
  );

  page.append(
    section(
      'guide-hosting',
      'Hosting the game for a class',
      h(
        'p',
        null,
        'The game is a folder of plain files: it needs no database, no accounts and no internet connection once it is on your network. Pick one of these:',
      ),
      h(
        'ol',
        null,
        h(
          'li',
          null,
          h('strong', null, 'A school web server or any static host. '),
          'On a computer with Node.js 20.19 or later, in the game folder, run ',
          h('code', null, 'npm run build'),
          '. Copy the whole ',
          h('code', null, 'dist/'),
          ' folder to the server (any folder or sub-path works) and give students its address.',
        ),
        h(
          'li',
          null,
          h('strong', null, 'A laptop on the classroom network. '),
          'In the game folder, run ',
          h('code', null, 'npm start -- --host'),
          '. It prints the addresses it is serving on; give students the one that starts with the laptop’s network address (for example http://192.168.1.20:4173/). Students must be on the same network, and the laptop’s firewall must allow the connection. Keep the laptop awake for the lesson.',
        ),
      ),
      h('p', null, 'QR codes and class links are built from the address the game was opened at, so they work wherever the game is hosted.'),
    ),
  );

  page.append(
    section(
      'guide-results',
      'Collecting results without accounts',
      h(
        'p',
        null,
        'At the end of the game each student sees a results code such as EX62-…, a short string that records their mode and their choice on every question, plus up to three initials if they type them. Nothing else is in it. Codes use no easily confused letters (no I, L, O or U), and capitals, spaces and dashes do not matter, so they can be read aloud.',
      ),
      h(
        'p',
        null,
        'Open Class results (from the title screen or ',
        h('a', { href: '#/class' }, 'here'),
        '). Paste any text that contains codes (an export from a form or a spreadsheet, a chat), type codes one by one, or load a text or CSV file. A student can also show you the QR code: scanning it on your device opens the page with the code added. Mistyped codes are listed with the reason; the others still count. Codes handed in twice are flagged but kept, because two students who chose alike get the same code. You can download the results as a CSV file.',
      ),
    ),
  );

  if (scenario) page.append(howToRead(scenario), discussion(scenario), answerKey(scenario), vocabulary(scenario), reading(scenario));

  page.append(
    section(
      'guide-c3',
      'Alignment with the C3 Framework (grades 9–12)',
      h(
        'p',
        null,
        'The College, Career, and Civic Life (C3) Framework for Social Studies State Standards, Dimension 2. The short descriptions are our own summaries; check the Framework for the exact wording.',
      ),
      h(
        'table',
        { class: 'guide-table c3-table' },
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            h('th', { scope: 'col' }, 'Indicator'),
            h('th', { scope: 'col' }, 'In short'),
            h('th', { scope: 'col' }, 'Where the game addresses it'),
          ),
        ),
        h('tbody', null, ...C3_ALIGNMENT.map((a) => h('tr', null, h('th', { scope: 'row' }, a.code), h('td', null, a.gist), h('td', null, a.inGame)))),
      ),
    ),
  );

  page.append(
    section(
      'guide-privacy',
      'Privacy',
      h(
        'ul',
        null,
        h(
          'li',
          null,
          'Nothing leaves the device. The game sends no data anywhere: no analytics, no tracking, no advertising, no cookies, no fonts or scripts from other sites.',
        ),
        h(
          'li',
          null,
          'There are no accounts and no names. The only personal detail the game can hold is up to three initials, and only if the student types them into the results code.',
        ),
        h(
          'li',
          null,
          'Saved games, settings and the class list are kept in the browser on that device (its local storage) and nowhere else. Clearing the browser’s site data removes them; the Class results page also has a Clear button.',
        ),
        h('li', null, 'A results code reaches the teacher only when the student hands it over themselves.'),
      ),
    ),
    section(
      'guide-a11y',
      'Accessibility',
      h('p', null, 'The game aims to meet WCAG 2.1 level AA. In particular:'),
      h(
        'ul',
        null,
        h(
          'li',
          null,
          'Everything works with the keyboard alone (Tab, Enter, Space; number keys 1–4 pick an option and M toggles sound, and these shortcuts can be turned off in Settings). Focus is always visible.',
        ),
        h(
          'li',
          null,
          'All words are real text, never only in the picture of the room: screen readers read the cards, the quotations and the debrief, and announce each new screen. Charts come with their numbers as text.',
        ),
        h('li', null, 'Sound is off until turned on and is never needed; every sound has a caption.'),
        h('li', null, 'Motion is reduced when the system asks for it, or from Settings.'),
        h(
          'li',
          null,
          'Text can be made larger in Settings, and the page also follows the browser’s zoom. Colours meet 4.5:1 contrast, and meters and charts use patterns and labels as well as colour.',
        ),
        h('li', null, 'There is no time limit on any question.'),
      ),
      h('p', null, 'If something gets in a student’s way, please report it so it can be fixed.'),
    ),
  );

  page.append(
    h(
      'nav',
      { class: 'page-links', 'aria-label': 'Teacher pages (end)' },
      h('a', { href: '#/class' }, 'Class results'),
      h('a', { href: '#/' }, 'Back to the title'),
      printButton(),
    ),
  );
  main.append(page);
}
