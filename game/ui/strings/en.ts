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
import type { DecisionKind } from '../../core/machine/selectors';
import type { CueId } from '../../core/cues';
import type { DiagnosticWords } from './diagnostics';
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
    /** Words quoted from a record (or the student's own advice), in this language's quotation marks. */
    quoted: (text: string) => `“${text}”`,
    teacherPages: 'Teacher pages',
    teacherGuide: 'Teacher guide',
    classResults: 'Class results',
    backToTitle: 'Back to the title',
    skipLink: 'Skip to content',
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
    /** For the title screen (main.ts, Continue): no save at all. */
    none: 'There is no saved game in this browser.',
    /** For the title screen (main.ts, Continue): a stored save that was refused and set aside. */
    setAside: (r: SaveRefusal) => `Your saved game could not be opened. ${savedGameProblem(r)} It has been kept aside. ${START_OVER}`,
  },

  /** The "Resume from a code" dialog (main.ts). */
  resume: {
    title: 'Resume from a code',
    label: 'Resume or results code',
    submit: 'Resume',
  },

  /** The page around the game (game/shell/): title, top bars, notices, the about page, the code dialogs. */
  shell: {
    title: {
      begin: 'Begin',
      continue: 'Continue',
      shortGame: 'Short game (about 15 minutes)',
      /** Projector mode: one screen, the whole class deciding by a show of hands. */
      projector: 'Projector mode (whole class)',
      /** Under the title when opened with ?mode=projector (a teacher's bookmark). */
      projectorReady: 'Projector mode: press Page Down (or the clicker) to start the whole-class game.',
      stamp: 'TOP SECRET',
      links: 'More',
      aboutLink: 'About the sources',
      /** The language control on the title: each language named in its own words. */
      language: 'Language',
      languageNames: { en: 'English', es: 'Español' } as Record<string, string>,
      resumeFromCode: 'Resume from code',
      settings: 'Settings',
      unknownScenario: (id: string) => `There is no scenario called “${id}” here, so the game’s own scenario is shown.`,
      noStorage: 'This browser is not keeping saved data: progress will not be kept after you close the page.',
      untranslated: 'This scenario has no translation into this language yet, so its story is shown in English.',
    },
    sound: {
      toggle: (on: boolean): string => (on ? 'Sound: on' : 'Sound: off'),
      announced: (on: boolean): string => (on ? 'Sound on' : 'Sound off'),
      unavailable: 'Sound is not available on this device. The game goes on silently; captions still show.',
    },
    play: {
      bar: 'Game',
      settings: 'Settings',
      saveAndExit: 'Save and exit',
      resumeCode: 'Resume code',
      /** What the stage beside the card shows (its caption, and its name to a screen reader), by kind of picture. */
      stagePicture: {
        room: (room: string) => `${room}: the advisers around the long table. The one who speaks is lit.`,
        emptyRoom: (room: string) => `${room} before the meeting, the table still empty.`,
        calendar: (_room: string) => 'The calendar turns to the day of the meeting.',
        cable: (_room: string) => 'A teletype prints the cable.',
        headline: (_room: string) => 'The newspaper arrives with the headline.',
        phone: (_room: string) => 'The telephone rings.',
        record: (_room: string) => 'The record is typed and stamped.',
        recordCopy: (_room: string) => 'A carbon copy is typed: a record of what might have happened.',
        lighttable: (_room: string) => 'A reconnaissance photo develops on the light table.',
      },
      noStorage: 'This browser is not keeping saved data, so your progress will not be kept if you close the page. You can still play to the end.',
      notPersistent: 'Saving is not working in this browser, so your progress will not be kept if you close the page.',
      extrasFailed: 'The results code and charts could not be loaded. ',
      tryAgain: 'Try again',
    },
    code: {
      title: 'Your resume code',
      explain: 'Type this code into “Resume from code” on the title screen of any computer to carry on from here. It holds only your answers.',
      none: 'No code is available yet.',
      /** The hint under the resume field before the scenario (and so its prefix) is known. */
      hintNoPrefix: 'Capitals, spaces and dashes do not matter.',
    },
    notices: {
      reload: 'Reload',
      chunkFailed: (part: string) =>
        `A part of the game could not be loaded (${part}). Your progress is saved in this browser. Check the connection, then reload.`,
      redeployed: 'the game may have been updated, or the connection dropped',
      background: 'Something went wrong in the background. The game goes on; if a part is missing, reload the page. Your progress is saved in this browser.',
      /** A new version of the game is in the browser, waiting (shown away from decisions; Reload takes it). */
      updateReady: 'A new version is ready. Your progress is saved in this browser: reload to use the new version.',
      /** The lazily loaded parts, as the notice names them. */
      parts: { game: 'the game', sound: 'sound', map: 'the map', classroom: 'the classroom tools', room: 'the picture of the room' },
    },
    pages: {
      bar: 'Site',
      home: (name: string) => `${name}: title screen`,
      notLoaded: 'This page could not be loaded. Check the connection and try again.',
    },
    about: {
      heading: 'About the sources',
      paragraphs: (stanceScale: string) => [
        'Everything the game shows as “What happened” is quoted word for word from the records listed here, which ship with the game. Anything else shown as an outcome is labelled “What might have happened”: a counterfactual. Each one says what it rests on. “Why this could have happened” quotes a warning someone gave at the time. “The game’s own guess (not from the record)” marks an outcome that nobody in these records foresaw: the game infers it.',
        'Each option says who raised it in the room: an adviser, the President himself (“The President raised this”), or nobody (“an alternative the game offers”). The debrief counts the President’s own proposals apart from his advisers.',
        `Each option also sits on a scale from firm to flexible. ${stanceScale} The debrief shows how firm or flexible your advice was beside what was decided. No stance is right.`,
      ],
      records: 'The records',
      readText: 'Read the text',
      sourceLine: (date: string, citation: string) => ` (${date}). ${citation.replace(/\.$/, '')}. `,
      limits: 'What these records cannot tell us',
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
      'Number keys 1-4 pick an option; M turns sound on or off; R reads aloud (again: pause). Turn off if you use speech input or a screen reader that needs those keys.',
    readVoice: 'Reading voice',
    readVoiceAuto: 'Automatic',
    readVoiceHint: 'Only voices stored on this device are used, so nothing you read leaves it.',
    readVoiceNone: 'This device has no reading voice of its own for this language.',
    readRate: 'Reading speed',
    language: 'Language (Idioma)',
    languageHint: 'The game’s words change at once; the records’ own words stay in English, with a translation beneath.',
    done: 'Done',
  },

  /** Read aloud (shell/read-aloud.ts): the control in the bar and its message. */
  reader: {
    group: 'Read aloud',
    read: 'Read aloud',
    pause: 'Pause',
    resume: 'Resume',
    stop: 'Stop',
    speed: 'Speed',
    close: 'Close',
    rate: (r: number) => `${f.number(r)}×`,
    /** Said before an option's words: its number. */
    option: (n: string) => `Option ${n}.`,
    noVoice: (language: string) =>
      `This device has no reading voice of its own for ${language}, and the game only uses voices that stay on the device. Use the device’s own read-aloud tool instead: on a Chromebook, turn on Select-to-speak (Settings, Accessibility), select the text and press Search + S. All the game’s text can be selected.`,
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
    /** Beneath a quotation shown in the record's English: its translation, labelled. */
    translation: 'Translation',
    basisWarning: 'Why this could have happened: ',
    basisGuess: 'The game’s own guess (not from the record): ',
    happened: 'What happened',
    mightHave: 'What might have happened',
    counterfactualNote: ' (a counterfactual: this did not happen)',
    metersCaption: 'Where things stand',
    meterValue: (value: number, delta: number) => `${value} of 100${delta === 0 ? '' : delta > 0 ? ` (up ${delta})` : ` (down ${-delta})`}`,
  },

  /** The play screens (game/ui/screens/): headings, kickers, buttons, the top bar's "where" and the live region. */
  screens: {
    /** Progress in the top bar and a question's kicker: "decision 3 of 15", "question 3 of about 15". */
    progress: {
      decision: (n: number, total: number, exact: boolean) => `decision ${n} of ${exact ? '' : 'about '}${total}`,
      question: (n: number, total: number, exact: boolean) => `question ${n} of ${exact ? '' : 'about '}${total}`,
    },
    /** "Rusk", "Rusk and Bundy", "Rusk, Bundy and McCone" (no comma before "and"). */
    names: (names: readonly string[]) => (names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`),
    /** "Meeting 19 · November 3, 1962": a meeting screen's kicker and the top bar over it (the date already formatted). */
    meetingKicker: (n: number, date: string) => `Meeting ${n} · ${date}`,
    continue: 'Continue',
    mapHere: 'Map: where this happens',
    metersMoved: 'How things moved',
    /** The live region for a consequence or an event: "What happened: …" (the tag is `parts.happened` or `parts.mightHave`). */
    consequenceAnnounce: (tag: string, headline: string) => `${tag}: ${headline}`,
    /** Who raised an option, shared by the question and the debrief. */
    raisedUnnamed: 'Raised in the room; the record does not say by whom.',
    unknown: {
      title: 'Something went wrong',
      text: 'The game reached a screen it does not know.',
    },
    prologue: {
      kicker: 'Before you sit down',
      continue: 'Take your seat',
      where: 'Background',
    },
    opening: {
      title: (date: string) => `The committee meets: ${date}`,
      named: 'Named in the record',
      continue: 'Hear the briefing',
      announce: (n: number, date: string, time: string) => `Meeting ${n}, ${date}, ${time}`,
    },
    intelligence: {
      title: 'The intelligence briefing',
      intro: 'What the committee was told at the start of the meeting, as the record reports it.',
      none: 'The record of this meeting gives no intelligence briefing.',
      continue: 'To the questions',
      /** "The view from Moscow", "… from Havana" or both: named after the sides that actually speak. */
      viewFrom: (soviet: boolean, cuban: boolean) => {
        const places = [soviet ? 'Moscow' : '', cuban ? 'Havana' : ''].filter(Boolean);
        return `The view from ${places.join(' and ') || 'the other side'}`;
      },
      otherSideIntro: 'What the other side said, in their own recorded words. Each card says when it was said.',
      /** When a statement of the other side was made, against the meeting's date (the date already formatted). */
      saidLater: (date: string) => `Said later, on ${date}, after this meeting.`,
      saidSameDay: (date: string) => `Said on ${date}, the day of this meeting.`,
      saidBefore: (date: string) => `Said on ${date}, before this meeting.`,
    },
    decision: {
      /** What a question is called on screen. */
      kind: { decision: 'Decision', quick: 'Quick call' } satisfies Record<DecisionKind, string>,
      chairAndAdvisers: (names: string) => `The President raised this; argued by ${names}.`,
      chair: 'The President raised this.',
      advisers: (names: string) => `Argued by ${names}.`,
      alternative: 'Nobody in the room raised this: an alternative the game offers.',
      aroundTable: 'Around the table',
      yourAdvice: 'Your advice to the President',
      chooseHint: 'Choose an option, then confirm it. There is no time limit.',
      confirmTitle: 'Give this advice?',
      confirm: 'Confirm advice',
      chooseAgain: 'Choose again',
      noViews: 'The record gives no one’s view on this before the decision.',
      showAll: 'Show all advisers',
      hear: (name: string) => `Hear ${name}`,
    },
    consequence: {
      /** The heading once the advice is given. */
      taken: { decision: 'Your advice is taken', quick: 'The quick call is made' } satisfies Record<DecisionKind, string>,
      youAdvised: 'You advised: ',
      flightsMap: 'Map: the flights you advised',
      chairAndAdvisers: (names: string) => `The President raised this himself in the record; ${names} argued it too.`,
      chair: 'The President raised this himself in the record.',
      unnamed: 'Someone in the room raised this option; the record does not say who.',
      alternative: 'Nobody in the room raised this option in the record: it is an alternative the game offers.',
      newsArrives: 'News arrives…',
    },
    event: {
      title: 'News arrives',
      after: (title: string) => `After: ${title}`,
    },
    summary: {
      title: (n: number) => `End of meeting ${n}`,
      realMeeting: 'What the real meeting did',
      yourAdvice: 'Your advice at this meeting',
      progress: 'Your progress',
      saves: 'The game saves in this browser after every answer. To carry on from another computer, write down this resume code:',
      noCode: 'No resume code is available.',
    },
    epilogue: {
      title: 'What came next',
      historical: 'The historical ending',
      counterfactual: 'A counterfactual ending: this did not happen',
      actually: 'What actually happened',
      /** The timeline's heading, with its first and last dates (formatted), when there are any. */
      record: (from: string | null, to: string | null) => (from !== null && to !== null ? `The record: ${from} to ${to}` : 'The record'),
      about: (date: string) => `About ${date}`,
      continue: 'See how your advice compares',
      where: 'After the meetings',
    },
  },

  /** The debrief at the end of play (screens/debrief.ts). */
  debrief: {
    title: 'Debrief',
    stamp: 'DECLASSIFIED',
    heading: 'Debrief: your advice beside the record',
    summary: (matched: number, total: number, short: boolean) =>
      `Your advice matched what was decided on ${matched} of ${total} questions${short ? ' (short game)' : ''}. No option is right or wrong: the point is to see what each path risked and gained.`,
    endingHeading: 'Your ending beside the historical outcome',
    yourEnding: 'Your ending',
    endingKind: (historical: boolean): string => (historical ? ' (the historical ending)' : ' (a counterfactual)'),
    whyEnding: 'Why this ending: ',
    /** The choices that led to the ending, "Title: option; Title: option". */
    because: (choices: readonly { title: string; label: string }[]) => choices.map((c) => `${c.title}: ${c.label}`).join('; '),
    fallback: 'None of the other endings’ conditions held, so the game reached this one.',
    byQuestion: 'Question by question',
    questions: 'Questions to think about',
    limits: 'What these records cannot tell us',
    playAgain: 'Play again',
    badge: (matched: boolean): string => (matched ? 'Matched the record' : 'Differed from the record'),
    /** A quick call's one line after its title: "you: …; decided: …. " */
    quickLine: (student: string, decided: string) => `you: ${student}; decided: ${decided}. `,
    yourAdvice: 'Your advice',
    decided: 'What was decided',
    stanceLine: (stance: string) => `Stance: ${stance.toLowerCase()}`,
    chair: 'The President raised this himself.',
    alternative: 'An alternative the game offers: nobody in the room raised it.',
    later: 'How it ended later: ',
    whoArgued: 'Who argued what: ',
    /** Who argued one option: the President, someone unnamed, then the advisers by name. */
    arguedBy: (chair: boolean, unnamed: boolean, names: readonly string[]) =>
      [...(chair ? ['the President (his own proposal)'] : []), ...(unnamed ? ['someone the record does not name'] : []), ...names].join(', '),
    /** The options and who argued each, "Option: who; Option: who". */
    sides: (sides: readonly { label: string; who: string }[]) => sides.map((s) => `${s.label}: ${s.who}`).join('; '),
    meters: 'Meters: ',
    meterMoved: (label: string, before: number, after: number) => `${label} ${before} → ${after}`,
    followedHeading: 'Whose advice you followed',
    mostOften: 'The adviser you followed most often: ',
    adviser: (name: string, title: string) => `${name} (${title})`,
    mostOftenCount: (count: number, of: number) => ` — ${count} of ${of} answers.`,
    noAdviser: 'You did not choose any option an adviser argued in the record.',
    chairFollowed: (count: number, total: number) =>
      `You followed the President’s own proposal ${count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`} (of ${total} answers).`,
    noChair: 'You did not choose any option the President raised himself.',
    chairApart: ' The President’s own proposals are counted apart from his advisers’.',
    stanceHeading: 'Firm or flexible: your stance',
    stanceIntro: (scale: string) => `Every option sits on a scale. ${scale} No stance is right: each one risked something different.`,
    stanceCaption: (of: number) => `Your answers beside what was decided, on the same ${f.plural(of, { one: '# question', other: '# questions' })}`,
    stanceColumns: ['Stance', 'Your answers', 'What was decided'] as [string, string, string],
    countOf: (n: number, of: number) => `${n} of ${of}`,
  },

  /**
   * Reading the records like a historian (historian.ts): the question for today, the sourcing cards of each kind
   * of record, "Compare the records", and how the game simplifies history.
   */
  historian: {
    questionHeading: 'The question for today',
    questionIntro: 'Keep this question in mind as you play. At the end of the game you will answer it for yourself.',
    questionReminder: 'Keep it in mind: at the end of the game you answer it yourself.',
    answerHeading: 'The question for today, again',
    answerIntro:
      'Answer it in one sentence, for yourself. Think of what you saw in the game and in the records: what the United States got, what it gave up, and what was still not settled. The game is not looking for one right answer.',
    answerLabel: 'Your answer in one sentence (optional)',
    keptHere: 'What you write stays in this browser only. It is never part of your results code.',
    notKept: 'This browser cannot keep what you write: it will be gone when you close the page.',
    kindAbout: (name: string) => `About this kind of record: ${name}`,
    kindFirst: 'This is the first record of this kind you have opened. Read this card first: it helps you judge what the record can tell you.',
    kindWho: 'What it is, who wrote it, for whom',
    kindWhen: 'When it was written',
    kindShows: 'What it can show',
    kindCannot: 'What it cannot show',
    kindsHeading: 'Kinds of records',
    kindsIntro:
      'Every record in this game is one of these kinds. The first time you open a record of a kind, its card opens at the top of the record; after that it stays there, folded, for when you need it.',
    kindLine: (name: string) => `Kind: ${name}. `,
    compareHeading: 'Compare the records (optional)',
    compareOffer:
      'This meeting left two different records. You can set them side by side and answer a few questions, in about five minutes. It is up to you: you can skip it and come back to it in the debrief.',
    compareEndOffer: 'After the meetings in the game, one more meeting left two different records. You can compare them now or from the debrief.',
    compareDebrief: 'Two records of the same meeting, side by side, with a few questions. What you write stays in this browser.',
    compareButton: (title: string) => `Compare: ${title}`,
    compareProgress: (answered: number, total: number) => `${answered} of ${total} questions answered`,
    records: 'The two records',
    readRecord: (title: string) => `Read the whole record: ${title}`,
    readRecordShort: 'Read the whole record',
    questions: 'Questions',
    yourChoice: 'Your choice (optional)',
    yourAnswer: 'Your answer (optional)',
    showAnswer: 'Show what the records say',
    hideAnswer: 'Hide what the records say',
    done: 'Done',
    simplifiesHeading: 'How this game simplifies history',
    simplifiesIntro: 'A game about the past is an interpretation of it, like a textbook chapter or a film. Here is what this one adds and what it leaves out.',
    meters: (labels: string) =>
      `The meters (${labels}) are the game’s invention. Nobody in 1962 measured these things with numbers. The people who made the game chose how much each piece of advice moves them.`,
    metersLeaveOut:
      'The meters leave out much that mattered: what people in Cuba, the Soviet Union and the United States lived through; fear, pride and trust between leaders; luck; and everything that happened outside these meetings.',
    options: 'The game gives you a few options for each question. In the real meetings, people could say anything, change their minds, or put off deciding.',
    counterfactuals:
      'When your advice differs from what was decided, the game shows what might have happened. That is a guess, built from risks the advisers named or from the game’s own reasoning: it is not history.',
    recordsCannot:
      'The records have limits too (the list “What these records cannot tell us” above): private understandings that are not written in these papers, and voices that were not in the room, such as Cuban and Soviet leaders speaking for themselves.',
    judgeQuestion: 'Judge the game: what is one thing its picture of 1962 gets right, and one thing it gets wrong or leaves out? Give a reason for each.',
    judgeLabel: 'Your judgement (optional)',
    guideHeading: 'Compare the records: answers',
    guideIntro:
      'Students are offered these optional activities after meeting 14 and at the end (both can be opened again from the debrief). Each question has no single right answer; the answers below are what students see when they open “Show what the records say”, with the records’ own words.',
    guideChoices: (choices: string) => `Choices offered: ${choices}.`,
    guideRecords: (a: string, b: string) => `Records: ${a}; ${b}.`,
  },

  /** What each sound says, in words: shown as a caption and announced politely to screen readers (shell/sound.ts). */
  captions: {
    'room-tone': '[Quiet hum of a closed room]',
    typewriter: '[Typewriter clacks]',
    teletype: '[Teletype chatters]',
    phone: '[Telephone rings]',
    paper: '[Papers rustle]',
    stamp: '[A stamp thumps down]',
    jet: '[A jet passes far overhead]',
    'ship-horn': "[A ship's horn sounds in the distance]",
    'sting-tension': '[Low, uneasy music]',
    'sting-calm': '[Calm music]',
    'ending-historical': '[A bell tolls softly]',
    'ending-settled': '[Music settles quietly]',
    'ending-crisis': '[A distant boom, then dark music]',
  } satisfies Record<CueId, string>,

  /**
   * The words of a scenario's problems on the error screen (diagnostics.en.ts): a chunk of their own, loaded only
   * when a scenario fails, so the game that loads never carries them.
   */
  diagnostics: (): Promise<DiagnosticWords> => import('./diagnostics.en').then((m) => m.diagnosticsEn),

  loading: {
    /** The error screen when the scenario has problems (main.ts). */
    errorTitle: 'The game content could not be loaded',
    problems: (n: number) =>
      `The scenario has ${f.plural(n, { one: '# problem', other: '# problems' })}. A teacher or developer can fix them in the files named below.`,
    /** The last line of the error screen (app.ts). */
    nothingLost: 'Nothing was lost: any saved game is still in this browser.',
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
    resultsTitle: (finished: boolean): string => (finished ? 'Your results code' : 'Your code so far'),
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

  /**
   * The teacher guide (`#/guide`, guide.ts). Text between backticks is shown as code (`npm run build`); keep the
   * backticks and the command inside them as they are.
   */
  guide: {
    title: 'Teacher guide',
    endNav: 'Teacher pages (end)',
    print: 'Print the guide',
    lead: 'ExComm 1962 puts students at the table of President Kennedy’s Executive Committee (the ExComm) in the days after Khrushchev agreed, on October 28, 1962, to remove his missiles from Cuba. The crisis was not over: the deal still had to be checked and kept. Students hear the advisers, give their own advice on each question, see what followed, and at the end compare their advice with what was actually decided, in the words of the declassified records.',
    meetingOn: (n: number, date: string) => `meeting ${n} on ${date}`,
    overview: (meetingCount: number, meetings: string, questions: number, shortCount: number) =>
      `The full game follows the committee through ${meetingCount} meetings: ${meetings}. It asks about ${questions} questions, some of them quick calls answered on one screen, and takes 25 to 30 minutes. The short game keeps ${shortCount} of the main decisions and takes about 15 minutes.`,
    notLoaded:
      'The game content could not be loaded, so the parts of this guide built from it (discussion questions, answer key, vocabulary, reading) are missing. Reload the page to try again.',
    meetingHeading: (n: number, date: string) => `Meeting ${n}: ${date}`,

    objectives: {
      title: 'Learning objectives',
      intro: 'By the end of the lesson, students should be able to:',
      items: [
        'describe what the October 28 settlement required of each side and why carrying it out was hard;',
        'explain the positions of several ExComm advisers on a question, and what each adviser feared or hoped for;',
        'compare their own advice with what the ExComm decided, using evidence quoted from the records;',
        'tell a documented outcome from a plausible counterfactual, and say what a summary record can and cannot show;',
        'compare how firm or flexible their advice was with what was decided, and say what each stance risked;',
        'describe how Moscow saw the same days, from the Soviet side’s own words, and say what is missing from Havana’s;',
        'judge a policy choice by its intended and unintended results, without hindsight deciding the answer.',
      ],
    },

    plans: {
      title: 'Lesson plans',
      columns: ['Time', 'Phase', 'What happens'] as [string, string, string],
      full: {
        caption: 'A 45 to 50 minute lesson (full game)',
        rows: [
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
        ] as [string, string, string][],
      },
      short: {
        caption: 'A 30-minute lesson (short game)',
        setUp: ['0–3 min', 'Set-up', 'Students choose “Short game”. One-sentence framing: the deal is made; now it has to be checked.'] as [
          string,
          string,
          string,
        ],
        play: (shortCount: number | null): [string, string, string] => [
          '3–18 min',
          'Play (about 15 min)',
          `Students play the short game${shortCount ? `: ${shortCount} of the main decisions` : ''}.`,
        ],
        rest: [
          ['18–20 min', 'Collect codes', 'As above: codes by voice, paste or QR onto the Class results page.'],
          [
            '20–30 min',
            'Debrief (10 min)',
            'Take the one or two decisions where the class split most. Read the record’s words, then ask: what did the ExComm know that you did not, and what do you know that they did not?',
          ],
        ] as [string, string, string][],
      },
      projector: {
        caption: 'A 50-minute lesson with one projector (projector mode, the whole class together)',
        rows: [
          [
            '0–5 min',
            'Set-up',
            'On the computer that is connected to the projector, choose “Projector mode (whole class)” on the title screen (or open the game’s address with `?mode=projector` at the end, which you can bookmark). Say that the class is one adviser to the President: at each question everyone hears the advisers, then votes by a show of hands. There are no right answers, only choices to explain. Pick one student to count hands.',
          ],
          [
            '5–35 min',
            'Play together (about 30 min)',
            'The game plays the short game in large type. Ask students to read the advisers’ words aloud, one adviser each. At each question, ask one student to argue for each option (a minute in all), then count hands for each option and type the numbers into the boxes beside the options (or use + and −). “Go with the class” plays the option with the most hands; on a tie, the game asks you to choose among the tied options (or you can argue a minute more and vote again). You can also just choose the class’s option. With a presentation clicker, Page Down goes on and Page Up moves to the previous option.',
          ],
          [
            '35–45 min',
            'Debrief (10 min)',
            'The debrief shows the class’s vote on each question beside what was decided. Start with the closest vote and with a question where the class differed from the record: read the record’s words, then ask someone who voted with the smaller side to explain their reasons. Ask: what did the ExComm know that you did not, and what do you know that they did not?',
          ],
          [
            '45–50 min',
            'Exit ticket',
            'Each student writes two or three sentences on paper: one question where they would now vote differently, or still vote with the smaller side, and why, naming an adviser whose words persuaded them.',
          ],
        ] as [string, string, string][],
        note: 'Projector mode needs no accounts and keeps everything on the one computer, like a student’s game. Its results code can be added on the Class results page, where it is marked as a whole-class game and counts as one game.',
      },
      homework:
        'Homework or extension: each student picks one decision where they differed from the record, reads the full meeting record linked below, and writes a paragraph defending or revising their advice with two quotations.',
    },

    hosting: {
      title: 'Hosting the game for a class',
      intro: 'The game is a folder of plain files: it needs no database, no accounts and no internet connection once it is on your network. Pick one of these:',
      staticHost: 'A school web server or any static host. ',
      staticHow:
        'On a computer with Node.js 20.19 or later, in the game folder, run `npm run build`. Copy the whole `dist/` folder to the server (any folder or sub-path works) and give students its address.',
      laptop: 'A laptop on the classroom network. ',
      laptopHow:
        'In the game folder, run `npm start -- --host`. It prints the addresses it is serving on; give students the one that starts with the laptop’s network address (for example http://192.168.1.20:4173/). Students must be on the same network, and the laptop’s firewall must allow the connection. Keep the laptop awake for the lesson.',
      links: 'QR codes and class links are built from the address the game was opened at, so they work wherever the game is hosted.',
    },

    results: {
      title: 'Collecting results without accounts',
      /** The scenario's code prefix, or null when the content did not load. */
      codes: (prefix: string | null) =>
        `At the end of the game each student sees a results code${prefix ? ` such as ${prefix}-…` : ''}, a short string that records their mode and their choice on every question, plus up to three initials if they type them. Nothing else is in it. Codes use no easily confused letters (no I, L, O or U), and capitals, spaces and dashes do not matter, so they can be read aloud.`,
      openBefore: 'Open Class results (from the title screen or ',
      openLink: 'here',
      openAfter:
        '). Paste any text that contains codes (an export from a form or a spreadsheet, a chat), type codes one by one, or load a text or CSV file. A student can also show you the QR code: scanning it on your device opens the page with the code added. Mistyped codes are listed with the reason; the others still count. Codes handed in twice are flagged but kept, because two students who chose alike get the same code. You can download the results as a CSV file.',
    },

    /** What students see and how to read it, with counts taken from the scenario. */
    howToRead: {
      title: 'What students see, and how to read it',
      whoRaisedHeading: 'Who raised each option',
      whoRaised: (c: { options: number; adviserOptions: number; chairOptions: number; alternatives: number; unnamed: number }) =>
        `Each option says who raised it in the room. Of the game’s ${c.options} options, ${c.adviserOptions} were argued by advisers and ${c.chairOptions} were raised by the President himself (some by both): the button, the result screen and the debrief say “The President raised this”. ${c.alternatives === 0 ? 'No option was' : f.plural(c.alternatives, { one: '# option was', other: '# options were' })} raised by nobody in the room: these are marked “an alternative the game offers”.${c.unnamed ? ` ${c.unnamed === 1 ? 'One option was' : `${c.unnamed} options were`} raised by someone the record does not name: the game says so.` : ''} The debrief names the adviser a student followed most often, and counts the President’s own proposals apart from the advisers.`,
      stanceHeading: 'Firm or flexible',
      stance: (scale: string, pathLength: number, record: Record<Stance, number>) =>
        `Every option sits on a scale. ${scale} The debrief shows how many of a student’s answers were firm, middle and flexible, beside the same counts for what was decided on the same questions. No stance is right: ask students what each one risked. On the full game’s recorded path (${f.plural(pathLength, { one: '# question', other: '# questions' })}), what was decided was firm on ${record.firm}, middle on ${record.middle} and flexible on ${record.flexible}.`,
      happenedHeading: 'What happened, and what might have happened',
      happened: (counterfactuals: number, quoted: number, guessed: number) =>
        `“What happened” is always quoted from the records. “What might have happened” marks a counterfactual (the game has ${counterfactuals}), and each says what it rests on. “Why this could have happened” quotes a warning someone gave at the time (${quoted} of them). “The game’s own guess (not from the record)” marks an outcome nobody in the records foresaw, which the game infers (${guessed} of them). These labels are a good way into talking about evidence.`,
      otherSideHeading: 'The view from Moscow',
      otherSide: (statements: number) =>
        `After the U.S. intelligence briefing, each meeting gives the view from the other side in its own recorded words (${f.plural(statements, { one: '# statement', other: '# statements' })} in all). In these records that means Moscow, in Khrushchev’s letters: they keep no words of Castro’s own, so Havana’s view reaches the class only through what others report, which is worth saying aloud. Each card gives the date of its record. When that date is after the meeting, the card says “Said later”: the committee could not have known it at the table.`,
      limitsHeading: 'What these records cannot tell us',
      limits: 'The debrief ends with the limits of the sources, so a class knows what the game cannot show:',
    },

    discussion: {
      title: 'Discussion questions, decision by decision',
      intro:
        'For each question in the game: what the students were asked, and a question for talking it over. The class results page shows which of these split your class most; start there.',
      quick: ' (quick call)',
      inShort: ' · in the short game',
      asked: 'Asked: ',
      discuss: 'Discuss: ',
    },

    answers: {
      title: 'Answer key: what the ExComm decided',
      intro:
        'There are no right or wrong answers in the game: a student’s advice either matched what was decided or differed from it. This key gives what was decided, in the words of the record.',
      stance: (label: string) => `stance: ${label.toLowerCase()}`,
      chairProposal: 'the President’s own proposal',
      later: 'How it ended later: ',
    },

    vocabulary: {
      title: 'Vocabulary',
      intro: 'The same definitions appear in the game when a student selects an underlined term.',
    },

    reading: {
      title: 'Background reading: the records shipped with the game',
      intro:
        'Full texts of every record the game quotes. Most come from Foreign Relations of the United States (FRUS); some are scans read by computer, so a few words are garbled exactly as in the scan.',
      kinds: {
        meeting: {
          title: 'The meetings the game is built on',
          intro: 'The summary records of the three ExComm meetings students sit in, with the record of action.',
        },
        background: { title: 'Background: the settlement', intro: 'The letters that set the terms of the October 28 settlement.' },
        aftermath: { title: 'What came next', intro: 'Later meetings, telegrams and letters, through the joint letter of January 7, 1963.' },
      },
      entry: (date: string, citation: string) => ` (${date}). ${citation}.`,
    },

    c3: {
      title: 'Alignment with the C3 Framework (grades 9–12)',
      intro:
        'The College, Career, and Civic Life (C3) Framework for Social Studies State Standards, Dimension 2. The short descriptions are our own summaries; check the Framework for the exact wording.',
      columns: ['Indicator', 'In short', 'Where the game addresses it'] as [string, string, string],
      /** C3 Framework indicators (grades 9-12) the game works toward: our short reading of each, and where the game meets it. */
      items: [
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
      ] as { code: string; gist: string; inGame: string }[],
    },

    privacy: {
      title: 'Privacy',
      items: [
        'Nothing leaves the device. The game sends no data anywhere: no analytics, no tracking, no advertising, no cookies, no fonts or scripts from other sites.',
        'There are no accounts and no names. The only personal detail the game can hold is up to three initials, and only if the student types them into the results code.',
        'Saved games, settings and the class list are kept in the browser on that device (its local storage) and nowhere else. Clearing the browser’s site data removes them; the Class results page also has a Clear button.',
        'A results code reaches the teacher only when the student hands it over themselves.',
      ],
    },

    accessibility: {
      title: 'Accessibility',
      intro: 'The game aims to meet WCAG 2.1 level AA. In particular:',
      items: [
        'Everything works with the keyboard alone (Tab, Enter, Space; number keys 1–4 pick an option and M toggles sound, and these shortcuts can be turned off in Settings). Focus is always visible.',
        'All words are real text, never only in the picture of the room: screen readers read the cards, the quotations and the debrief, and announce each new screen. Charts come with their numbers as text.',
        'Sound is off until turned on and is never needed; every sound has a caption.',
        'Read aloud (in the bar of every screen, or the R key) reads the card sentence by sentence and highlights the sentence being read, at 0.75× to 1.5× speed. It uses only voices stored on the device, so no text leaves it; the records’ English is read with an English voice. Where a device has no such voice, the game says so and points to the device’s own tool (on a Chromebook, Select-to-speak).',
        'After one visit with the network on, the game and the class results page work with the network off, and Chrome can install the game like an app.',
        'Motion is reduced when the system asks for it, or from Settings.',
        'Text can be made larger in Settings, and the page also follows the browser’s zoom. Colours meet 4.5:1 contrast, and meters and charts use patterns and labels as well as colour.',
        'There is no time limit on any question.',
      ],
      report: 'If something gets in a student’s way, please report it so it can be fixed.',
    },
  },

  /** The map of the Caribbean (map.ts). */
  map: {
    /** Under a question when the map cannot be drawn (main.ts). */
    couldNotShow: (detail: string) => `The map could not be shown (${detail}).`,
    /** Under the map when the map's words in the chosen language could not be loaded (map-host.ts). */
    wordsUntranslated: 'The names on this map are in English: their translation could not be loaded.',
    title: 'Map: Cuba, Florida and the approaches, autumn 1962',
    describe: (places: number) => `Map of Cuba, southern Florida, the Bahamas and the sea approaches as in 1962, with ${places} numbered places.`,
    highlighted: (names: string) => `Highlighted: ${names}.`,
    listNote: 'The numbered list below the map names each place.',
    kinds: { city: 'City', port: 'Port', 'missile-site': 'Missile site', airfield: 'Airfield', base: 'Naval base' },
    quarantinePath: (label: string) => `Quarantine line, ${label} (approx.)`,
    routePath: (route: string, path: string) => `${route}: ${path}`,
    placeMarker: (name: string, approximate: boolean) => `${name}${approximate ? ' (approx.)' : ''}`,
    places: 'Places on the map',
    placeLine: (kind: string, role: string) => ` — ${kind.toLowerCase()}. ${role}`,
    placeHighlighted: 'Highlighted on the map.',
    approximate: 'Approx. location.',
    unverified: 'Location not verified.',
    inRecords: 'Named in the records.',
    notInRecords: 'Not named in the records.',
    quarantineLabel: (wide: boolean): string => (wide ? 'Quarantine line (approx.)' : 'Quarantine (approx.)'),
    legend: 'Map legend',
    legendDashed: 'Hollow, dashed: approx. or unverified location',
    legendInRecords: 'Square red number: named in the records',
    legendNotInRecords: 'Round number: not named in the records',
    legendBand: (inner: string, outer: string, centre: string | undefined) =>
      `Shaded band: between ${inner} and ${outer} from ${centre ?? 'the centre'} (the sources do not give the unit)`,
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
    leaning: (counts: string, mixed: number, students: number) =>
      `Students by the stance of most of their answers: ${counts}, mixed ${mixed} (of ${students}).`,
    decisionsHeading: 'Decision by decision',
    decisionsIntro: 'How the class split on each question. The solid blue bar, marked “the ExComm chose this”, is what was decided at the meeting.',
    quickTag: ' · quick call',
    answeredBy: (n: number) => ` · answered by ${n}`,
    nobody: 'Nobody in these codes reached this question (it is not in the short game, or play went another way).',
    excommChose: 'the ExComm chose this',
    decisionTitle: (title: string) => `${title}: how the class advised`,
    decisionCaption: (matched: number, answered: number, share: string) => `${matched} of ${answered} (${share}) advised what the ExComm decided.`,
    decisionColumns: ['Option', 'Students', 'The ExComm chose'] as [string, string, string],
    /** A projector game's code in the list of codes (after the mode). */
    wholeClass: ' · whole class (projector)',
  },

  /** Projector mode: one screen, a teacher at the front, the class deciding by a show of hands. */
  projector: {
    adviceHeading: 'The class’s advice',
    hint: 'Count the hands for each option and type the numbers in, then choose “Go with the class”. Or just choose the class’s option.',
    clicker: 'Clicker: Page Down goes on; Page Up moves to the previous option.',
    handsFor: (label: string) => `Hands for ${label}`,
    hands: 'Hands',
    fewer: (label: string) => `One fewer for ${label}`,
    more: (label: string) => `One more for ${label}`,
    goWithClass: 'Go with the class',
    noHands: 'No hands counted yet.',
    needHands: 'Type in the hands first, or choose an option for the class.',
    leading: (label: string, hands: number, total: number) => `Most hands: ${label} (${hands} of ${total}).`,
    tied: (labels: string, hands: number) => `A tie: ${labels}, with ${f.plural(hands, { one: '# hand', other: '# hands' })} each.`,
    tieHeading: 'A tie: you choose for the class',
    tieText: (labels: string, hands: number) =>
      `${labels} have ${f.plural(hands, { one: '# hand', other: '# hands' })} each. Choose one for the class (Page Up moves, Page Down chooses), or count again.`,
    /** The debrief: the class's side of a question. */
    debriefAdvice: 'The class’s advice',
    split: (parts: readonly { label: string; hands: number }[]) => `Class: ${parts.map((p) => `${p.hands} for ${p.label}`).join(', ')}.`,
    tieNote: ' A tie: the teacher chose.',
    teacherNote: ' The teacher chose.',
    noCount: 'Class: chosen without a count of hands.',
    debriefNote: 'A whole-class game: beside each question, the class’s show of hands.',
  },
  written: {
    stepHeading: 'Your written answer (optional)',
    stepIntro:
      'One more step, if your teacher asks for it: answer the big question of the game in one paragraph, using short excerpts from the records. You can skip it.',
    open: 'Write your answer (optional)',
    goOn: 'Go on with your answer (optional)',
    started: (words: number) => `You have started an answer (${f.plural(words, { one: '# word', other: '# words' })}). It is kept in this browser.`,
    title: 'Your written answer',
    heading: 'Your written answer (optional)',
    kicker: 'After the debrief',
    skipNote: 'This step is optional. You can go back to the debrief at any time; what you write is kept.',
    back: 'Back to the debrief',
    questionHeading: 'The question',
    documentsHeading: 'The documents',
    documentsIntro: 'Each document says who made it, what kind of record it is, when, and for whom. Ask yourself how that shapes what it says.',
    document: (n: number) => `Document ${n}`,
    writeHeading: 'Write your paragraph',
    answerLabel: 'Your answer',
    answerHint: 'Saved in this browser as you type. It is printed with your report. It is never part of your results code.',
    notKept: 'This browser is not keeping your answer. Print it or save it as a PDF before you close the page.',
    words: (n: number) => f.plural(n, { one: '# word', other: '# words' }),
    startersHeading: 'Sentence starters',
    startersHint: 'Press a starter to add it to your answer where the cursor is.',
    rubricHeading: 'What a strong answer has',
    rubricIntro: 'Your teacher may read your answer for these points.',
    print: 'Print or save as PDF',
    printHeading: 'Written answer',
    printQuestion: 'Question: ',
    printWords: (n: number) => `(${f.plural(n, { one: '# word', other: '# words' })})`,
    printRubric: 'Rubric: ',
    guide: {
      title: 'The written answer (document-based)',
      intro: (question: string, documents: number) =>
        `After the debrief, students can answer the game’s central question in one paragraph: “${question}” The task shows ${f.plural(documents, { one: 'one short excerpt', other: '# short excerpts' })} from the records, each with a line saying who made it, what kind of record it is, when and for whom; sentence starters; and the rubric below. In the game it is optional: students choose “Write your answer (optional)” at the end of the debrief, and can go back to the debrief at any time.`,
      privacy:
        'The answer stays in the student’s browser (saved as they type, so a reload does not lose it) and is never part of the results code. Collect it on paper or as a PDF: the printed report includes it.',
      planCaption: 'A 50-minute lesson for the written answer (after the class has played)',
      rows: [
        [
          '0–5 min',
          'The question',
          'Read the central question aloud. Show the rubric (print the rubric page or put it on the projector). Say that the records can support more than one answer.',
        ],
        [
          '5–20 min',
          'Read the documents',
          'In pairs, students read the documents. For each one they note who made it, for whom, and whether it points to success, to a cost, or to both.',
        ],
        ['20–25 min', 'Plan', 'Each student writes a one-sentence thesis and chooses at least three documents to use.'],
        [
          '25–45 min',
          'Write',
          'Students write their paragraph in the game. They source at least two documents and say where documents agree or disagree. Sentence starters help those who need a way in.',
        ],
        [
          '45–50 min',
          'Share and hand in',
          'Two or three students read their thesis aloud: notice how the same records support different answers. Students print the report or save it as a PDF; the answer is printed with it.',
        ],
      ] as [string, string, string][],
      rubricHeading: 'Rubric',
      rubricColumns: ['Criterion', 'What a strong answer does', 'Met?'] as [string, string, string],
      rubricCaption: 'Rubric for the written answer',
      rubricLink: 'The rubric and the documents as a printable page',
      pageTitle: 'Written answer: rubric and documents',
      pageLead: 'A handout for the written answer: the question, the rubric, the documents and the sentence starters, as the game shows them.',
      backToGuide: 'Back to the teacher guide',
      print: 'Print this page',
      noTask: 'This scenario has no written task.',
    },
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
      return r.decisionTitle === undefined
        ? `choice ${n} could not be replayed`
        : `choice ${n} answers "${r.decisionTitle}", but play had reached a different question`;
    case 'unknown-option':
      return r.optionExists || r.decisionTitle === undefined
        ? `choice ${n} could not be applied`
        : `choice ${n} picks an answer to "${r.decisionTitle}" that no longer exists ("${r.option}")`;
  }
}

/** The shape every catalogue has: a translation missing a key, or with a key of the wrong kind, fails type-check. */
export type Strings = typeof en;
