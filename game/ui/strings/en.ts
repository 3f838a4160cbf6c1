/**
 * Every English word the HTML screens show, grouped by where it appears. A translation is one more file beside
 * this one (`es.ts`: `export const es: Strings = { … }`) with the same keys; a key left out fails type-check.
 *
 * For translators: plain strings are translated as they are; a function such as `(n: number) => …` builds its
 * text from what it is given (keep the parameters, change the words); counted phrases go through `f.plural`
 * with the forms your language needs; dates and numbers through `f` (formatted for `locale`).
 */
import type { CodeError, CodeMisfit } from '../../core/codes/codes';
import type { SaveNote, SaveRefusal } from '../../core/save/save';
import type { Stance } from '../../core/scenario/schema';
import { formatters } from './format';

const locale = 'en-US';
const f = formatters(locale);

/** A code refusal's "why" when a code decodes but does not fit the scenario. */
function misfit(m: CodeMisfit): string {
  switch (m.what) {
    case 'too-many-choices':
      return 'it has more choices than the game has questions';
    case 'option-gone':
      return `its answer to "${m.decisionTitle}" no longer exists`;
    case 'stops-early':
      return 'it says the game was finished, but its choices stop early';
    case 'not-finished':
      return 'its game is not marked finished';
  }
}

const START_OVER = 'You can start a new game.';

export const en = {
  locale,
  format: f,

  common: {
    close: 'Close',
    cancel: 'Cancel',
    remove: 'Remove',
    print: 'Print',
    stance: { firm: 'Firm', middle: 'Middle', flexible: 'Flexible' } satisfies Record<Stance, string>,
    /** What the stance scale means, in one line (the debrief, the guide and the about page say the same). */
    stanceScale: 'Firm: more pressure, less given. Flexible: more given, trust sooner. Middle: between the two.',
    meetingNumber: (n: number) => `Meeting ${n}`,
    teacherPages: 'Teacher pages',
    teacherGuide: 'Teacher guide',
    classResults: 'Class results',
    backToTitle: 'Back to the title',
    contentNotLoaded:
      'The game content could not be loaded, so codes cannot be read on this page. Reload the page; if the problem stays, see the title screen for details.',
  },

  /** Why a results or resume code was refused (a sentence fragment: the screens add "Not added: " or end it with a full stop). */
  codes: {
    error(e: CodeError): string {
      switch (e.kind) {
        case 'empty':
          return 'nothing was typed';
        case 'no-prefix':
          return `this is not an ${e.game} code (those start with ${e.prefix})`;
        case 'bad-character':
          return e.char === 'U' ? 'the code contains a U, which codes never use: check that character' : `the code contains "${e.char}", which codes never use`;
        case 'wrong-length':
          return e.detail === 'far-too-long'
            ? 'this is far too long to be a code'
            : e.detail === 'too-short'
              ? 'the code is too short: a character or a group may be missing'
              : 'the code has the wrong length: a character or a group may be missing or doubled';
        case 'mistyped':
          return e.detail === 'checksum'
            ? 'the code does not check out: a character may be mistyped, missing or swapped'
            : e.detail === 'bad-version'
              ? 'the code does not check out'
              : e.detail === 'initials'
                ? 'the initials in the code cannot be read'
                : 'the code could not be read';
        case 'too-new':
          return 'this code was made by a newer version of the game; update the game to read it';
        case 'other-scenario':
          return 'this code belongs to a different scenario';
        case 'newer-scenario':
          return `this code was made with a newer version of the scenario (${e.codeVersion}; this game has ${e.gameVersion})`;
        case 'older-scenario':
          return `this code was made with an older version of the scenario (${e.codeVersion}) and ${misfit(e)}`;
        case 'does-not-fit':
          return `this code does not fit the scenario: ${misfit(e)}`;
      }
    },
    /** The hint under a code field: "It starts with EX62, for example EX62-7KQ4-M9TP-…" */
    resumeHint: (prefix: string) => `It starts with ${prefix}, for example ${prefix}-7KQ4-M9TP-… Capitals, spaces and dashes do not matter.`,
  },

  /** Why a saved game could not be restored: whole sentences, ending with the way out. */
  saves: {
    refused(r: SaveRefusal): string {
      return `${savedGameProblem(r)} ${START_OVER}`;
    },
    note(n: SaveNote): string {
      return `Saved with version ${n.savedVersion} of the scenario and replayed on version ${n.currentVersion}.`;
    },
  },

  settings: {
    title: 'Settings',
    textSize: 'Text size',
    sizes: { normal: 'Normal', large: 'Large', larger: 'Larger' },
    sound: 'Sound',
    soundHint: 'Off by default. The key M also turns it on and off.',
    volume: 'Volume',
    captions: 'Captions for sounds',
    captionsHint: 'Shows a short caption for every sound.',
    motion: 'Reduce motion',
    motionHint: 'Still pictures instead of moving ones.',
    keys: 'Single-key shortcuts',
    keysHint:
      'Number keys 1-4 pick an option; M turns sound on or off. Turn off if you use speech input or a screen reader that needs those keys.',
    done: 'Done',
  },

  sources: {
    fullText: 'Full text of the record',
    highlighted: 'The quoted passage is highlighted.',
  },

  /** Pieces shared by the play screens (parts.ts). */
  parts: {
    source: 'Source',
    /** A Source control's accessible name: "Source 2: Summary record of …". */
    sourceName: (label: string, index: number | null, title: string) => `${label}${index === null ? '' : ` ${index}`}: ${title}`,
    sourceNumbered: (label: string, index: number) => `${label} ${index}`,
    medium: { record: 'From the record', cable: 'Cable', headline: 'Headline', phone: 'Telephone message' },
    basisWarning: 'Why this could have happened: ',
    basisGuess: 'The game’s own guess (not from the record): ',
    happened: 'What happened',
    mightHave: 'What might have happened',
    counterfactualNote: ' (a counterfactual: this did not happen)',
    metersCaption: 'Where things stand',
    meterValue: (value: number, delta: number) => `${value} of 100${delta === 0 ? '' : delta > 0 ? ` (up ${delta})` : ` (down ${-delta})`}`,
  },

  loading: {
    couldNotLoad: (detail: string) => `could not be loaded (${detail})`,
  },

  /** What the debrief adds for a class (classroom.ts): charts, the results code, the printed report. */
  classroom: {
    metersOverTime: 'The meters, meeting by meeting',
    noCode: 'A results code could not be made for this game.',
    spelledOut: (spelled: string) => `Spelled out: ${spelled}`,
    initialsInPrint: (initials: string) => (initials ? ` · Initials: ${initials}` : ''),
    qrLabel: 'QR code: opens the class results page with this code added',
    qrFailed: 'The QR code could not be drawn; read the code out instead.',
    copy: 'Copy code',
    copied: 'Code copied.',
    selected: 'The code is selected: press Ctrl+C (or Cmd+C) to copy it.',
    printOrPdf: 'Print or save as PDF',
    initialsUpdated: (initials: string) => (initials ? `Code updated with initials ${initials.split('').join(' ')}.` : 'Code updated without initials.'),
    resultsTitle: (finished: boolean) => (finished ? 'Your results code' : 'Your code so far'),
    giveCode: 'Give this code to your teacher: read it out, copy it into a form, or let them scan the QR code. It holds your answers and nothing else.',
    initialsLabel: 'Your initials (optional, up to 3 letters)',
    initialsHint: 'Letters A to Z only. They are kept only inside the code, so your teacher can tell codes apart.',
    scanCaption: 'Scan to open the class results page with this code added: ',
    classLinkNote: ' (for the teacher: collect and compare the class’s codes)',
    report: {
      title: (scenarioTitle: string) => `${scenarioTitle}: debrief`,
      meta: (today: string, short: boolean, matched: number, total: number) =>
        `Played on ${today} · ${short ? 'Short game' : 'Full game'} · Matched the record on ${matched} of ${total} questions`,
      code: 'Results code: ',
      meetingRow: (n: number, date: string) => `Meeting ${n} · ${date}`,
      same: 'Same',
      differed: 'Differed',
      quickTag: ' (quick call)',
      quickAnswers: (you: string) => ` — you: ${you}; decided: `,
      columns: ['#', 'Question', 'Your advice', 'What was decided', 'Result'],
      besideRecord: 'Your advice beside the record',
      ending: 'Your ending',
      historicalEnding: ' (the historical ending). ',
      counterfactualEnding: ' (a counterfactual: this did not happen). ',
      whatHappened: 'What actually happened: ',
      notFinished: 'This game was not finished, so there is no ending yet.',
      mostFollowed: 'Adviser followed most often: ',
      mostFollowedCount: (count: number, of: number) => ` (${count} of ${of} answers).`,
      chairFollowed: 'The President’s own proposals followed: ',
      chairCount: (count: number, total: number) => `${count} of ${total} answers.`,
      stance: 'Stance: ',
      stanceLine: (c: Record<Stance, number>) => `firm ${c.firm}, middle ${c.middle}, flexible ${c.flexible}`,
      stanceCompare: (student: string, record: string, of: number) => `your answers ${student}; what was decided ${record} (of ${of}).`,
      metersAtEnd: 'Meters at the end: ',
      meterReading: (label: string, value: number) => `${label} ${value}`,
      outOf100: ' (out of 100).',
      questions: 'Questions to think about',
      limits: 'What these records cannot tell us',
    },
  },

  /** Charts for the debrief and the class page (classroom-charts.ts). */
  charts: {
    metersTitle: 'The meters at the start and after each meeting',
    metersDesc: (meters: string) =>
      `A bar chart with one group of bars per meter (${meters}), each bar showing the meter, out of 100, at the start and after each meeting. The table after the picture gives the same numbers.`,
    startTick: 'S',
    metersCaption: 'Each group of bars is one meter, filled with its own pattern. Left to right: ',
    tickMeaning: (tick: string, first: boolean, label: string) => `${tick} = ${first ? 'the start' : `after ${label.toLowerCase()}`}`,
    metersTableCaption: 'Meter values (out of 100) at the start and after each meeting',
    meter: 'Meter',
    barCount: (count: number, share: string) => `${count} (${share})`,
    countOf: (count: number, total: number, share: string) => `${count} of ${total} (${share})`,
    yes: 'yes',
  },

  /** Words inside the pure classroom helpers (classroom-data.ts): the meters' points, the CSV, a code read aloud. */
  classData: {
    start: 'Start',
    csvColumns: ['code', 'initials', 'mode', 'finished', 'ending', 'firm answers', 'middle answers', 'flexible answers'],
    yes: 'yes',
    no: 'no',
    /** How each character that is not a letter is read aloud. */
    spoken: {
      '-': 'dash',
      '0': 'zero',
      '1': 'one',
      '2': 'two',
      '3': 'three',
      '4': 'four',
      '5': 'five',
      '6': 'six',
      '7': 'seven',
      '8': 'eight',
      '9': 'nine',
    } as Record<string, string>,
    spokenGroupSeparator: ', dash, ',
  },

  /** The class results page (`#/class`, classroom-page.ts). */
  classPage: {
    title: 'Class results',
    intro:
      'Collect each student’s results code (it appears on their debrief). Paste them in any text, type them one at a time as students read them out, or load a file. The list is kept in this browser only and is never sent anywhere.',
    pasteLabel: 'Paste text that contains codes',
    pasteHint: (prefix: string) =>
      `A spreadsheet column, a form export, an e-mail or a chat: every code starting with ${prefix} is picked out; the rest of the text is ignored.`,
    pasteAdd: 'Add the codes in this text',
    oneLabel: 'Add one code',
    oneAdd: 'Add code',
    fileLabel: 'Load codes from a text or CSV file',
    addHeading: 'Add codes',
    download: 'Download',
    notKept:
      'This browser is not keeping the list (saving is blocked or full): it will be lost when you close or reload the page. Export a CSV before you leave.',
    noneFound: (from: string, prefix: string) => `No codes were found in ${from}. Codes start with ${prefix}.`,
    added: (n: number, from: string, bad: number) =>
      `Added ${f.plural(n, { one: '# code', other: '# codes' })} from ${from}${bad ? ` (${bad} could not be read: see the list below)` : ''}.`,
    fromPaste: 'the pasted text',
    fromBox: 'the code box',
    fromFiles: (n: number) => `${n} files`,
    fromLink: 'the QR link',
    typeFirst: 'Type a code first.',
    notAdded: (why: string) => `Not added: ${why}.`,
    tooLarge: (name: string) => `${name} is too large to be a list of codes.`,
    unreadable: (name: string) => `${name} could not be read.`,
    removed: 'Code removed.',
    glance: 'The class at a glance',
    stats: {
      received: 'Codes received',
      accepted: 'Read correctly',
      finished: 'Finished games',
      inProgress: 'Games in progress',
      rejected: 'Could not be read',
      repeats: 'Exact repeats',
    },
    rejectedReason: (why: string) => `: ${why}.`,
    removeCode: (code: string) => `Remove ${code}`,
    rejectedHeading: (n: number) => `Codes that could not be read (${n})`,
    rejectedIntro:
      'These are left out of the results below; every other code still counts. Ask the student to read the code again, add the corrected one, then remove the wrong one.',
    repeatsHeading: (n: number) => `Exact repeats (${n})`,
    repeatsIntro:
      'These codes were handed in more than once. They are all counted, because two students who made the same choices get the same code; if one student handed a code in twice, remove the extra copy in the list of codes.',
    repeatLine: (count: number, initials: string) => ` — ${count} times${initials ? `, initials ${initials}` : ', no initials'}`,
    csvButton: 'Download results (CSV)',
    csvDone: (n: number) => `Downloaded a CSV with ${f.plural(n, { one: '# row', other: '# rows' })}.`,
    clear: 'Clear the list…',
    clearYes: 'Yes, clear the list',
    cleared: 'The list is cleared.',
    clearQuestion: (n: number) => `Remove all ${n} codes from this browser? This cannot be undone.`,
    toolsHeading: 'Keep or clear the results',
    toolsIntro:
      'The CSV has one row per code that was read (repeats included): code, initials, mode, finished, ending, then the option chosen for each decision.',
    modeShort: 'Short',
    modeFull: 'Full',
    finished: 'Finished',
    inProgress: (answers: number) => `In progress (${answers} answers)`,
    repeat: 'Repeat',
    codesRead: (n: number) => `The codes read correctly (${n})`,
    codeColumns: ['Code', 'Initials', 'Mode', 'Ending', 'Repeat', ''],
    noCodes: 'No codes yet. The results appear here as soon as one code is added.',
    startersHeading: 'Discussion starters: where the class differed most from history',
    starterLine: (differed: number, answered: number, share: string) =>
      `: ${differed} of ${answered} (${share}) advised something other than what the ExComm decided.`,
    endingsHeading: 'Endings reached',
    noFinished: 'No finished games yet.',
    endingLabel: (title: string, historical: boolean) => `${title}${historical ? '' : ' (counterfactual)'}`,
    whatHappened: 'what happened',
    endingsTitle: 'Endings reached by the class',
    endingsCaption: (n: number) => `${n} finished games. The solid blue bar is the ending that matches history.`,
    endingsColumns: ['Ending', 'Students', 'What happened'] as [string, string, string],
    stancesHeading: 'Firm or flexible: the class',
    stancesIntro: (scale: string) =>
      `Every option sits on a scale. ${scale} No stance is right: each one risked something different. A good question for the class: when did firmness pay, and when did flexibility?`,
    stanceBar: (label: string, share: string) => `${label} (decided: ${share})`,
    stanceMost: 'the stance most decisions took',
    stancesTitle: 'Stance of every answer the class gave',
    stancesCaption: (total: number, counts: string) =>
      `${total} answers. In brackets: how often what was decided took that stance, on the same questions (${counts}). The solid blue bar is the stance most decisions took.`,
    stancesColumns: ['Stance', 'Answers', 'Most of what was decided'] as [string, string, string],
    stanceCount: (label: string, n: number) => `${label.toLowerCase()} ${n}`,
    leaning: (counts: string, mixed: number, students: number) => `Students by the stance of most of their answers: ${counts}, mixed ${mixed} (of ${students}).`,
    decisionsHeading: 'Decision by decision',
    decisionsIntro: 'How the class split on each question. The solid blue bar, marked “the ExComm chose this”, is what was decided at the meeting.',
    quickTag: ' · quick call',
    answeredBy: (n: number) => ` · answered by ${n}`,
    nobody: 'Nobody in these codes reached this question (it is not in the short game, or play went another way).',
    excommChose: 'the ExComm chose this',
    decisionTitle: (title: string) => `${title}: how the class advised`,
    decisionCaption: (matched: number, answered: number, share: string) => `${matched} of ${answered} (${share}) advised what the ExComm decided.`,
    decisionColumns: ['Option', 'Students', 'The ExComm chose'] as [string, string, string],
  },
};

/** The first sentence(s) of a save refusal, before the way out. */
function savedGameProblem(r: SaveRefusal): string {
  switch (r.kind) {
    case 'empty':
      return 'There is no saved game here.';
    case 'truncated':
      return 'The saved game was cut off before it was fully written, so it cannot be read.';
    case 'not-json':
      return 'The saved game is damaged and cannot be read.';
    case 'not-object':
      return 'The saved game is not in a form this game can read.';
    case 'missing-field':
      return `The saved game is incomplete (it has no ${r.field}).`;
    case 'wrong-type':
      return {
        saveVersion: 'The saved game is damaged (its version is not a number).',
        scenarioId: 'The saved game is damaged (its scenario is not named properly).',
        choices: 'The saved game is damaged (its list of choices is missing).',
        savedAt: 'The saved game is damaged (its date cannot be read).',
      }[r.field];
    case 'too-new':
      return 'This saved game was made by a newer version of the game. Update the game to continue it.';
    case 'too-old':
      return 'This saved game was made by an older version of the game that this one can no longer read.';
    case 'other-scenario':
      return `This saved game belongs to a different scenario ("${r.scenarioId}").`;
    case 'bad-mode':
      return 'The saved game is damaged (it does not say whether it is the full or the short game).';
    case 'bad-choice':
      return r.detail === 'too-many'
        ? 'The saved game has more choices than this scenario has questions.'
        : 'The saved game is damaged (one of its choices cannot be read).';
    case 'internal':
      return r.during === 'read' ? `The saved game could not be read (${r.error}).` : `The saved game could not be restored (${r.error}).`;
    case 'unknown-decision':
    case 'unknown-option':
    case 'out-of-order':
    case 'after-end':
      return `The saved game no longer fits this scenario: ${unfitChoice(r)}.`;
  }
}

function unfitChoice(r: Extract<SaveRefusal, { at: number }>): string {
  const n = r.at + 1;
  switch (r.kind) {
    case 'unknown-decision':
      return `choice ${n} names a question that is not in this scenario ("${r.decision}")`;
    case 'after-end':
      return `choice ${n} comes after the game had already ended`;
    case 'out-of-order':
      return r.decisionTitle === undefined ? `choice ${n} could not be replayed` : `choice ${n} answers "${r.decisionTitle}", but play had reached a different question`;
    case 'unknown-option':
      return r.optionExists || r.decisionTitle === undefined
        ? `choice ${n} could not be applied`
        : `choice ${n} picks an answer to "${r.decisionTitle}" that no longer exists ("${r.option}")`;
  }
}

/** The shape every catalogue has: a translation missing a key, or with a key of the wrong kind, fails type-check. */
export type Strings = typeof en;
