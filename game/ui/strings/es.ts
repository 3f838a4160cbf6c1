/**
 * The Spanish catalogue (Latin-American Spanish, "tú" for the student): every word the HTML screens show, with the
 * same keys as en.ts. The teacher pages (`guide`, `map`, `classPage`) come from es-teacher.ts.
 */
import type { CodeError, CodeMisfit } from '../../core/codes/codes';
import type { SaveNote, SaveRefusal } from '../../core/save/save';
import type { Stance } from '../../core/scenario/schema';
import type { DecisionKind } from '../../core/machine/selectors';
import type { CueId } from '../../core/cues';
import type { Strings } from './en';
import { esClassPage, esGuide, esMap } from './es-teacher';
import { formatters } from './format';

const locale = 'es-419';
const f = formatters(locale);

/** "y" before the last item, "e" when the last word starts with the sound "i" ("Rusk e Ignatieff"). */
function and(last: string): string {
  return /^h?i(?![aeiouáéíóú])/i.test(last) ? 'e' : 'y';
}

/** "Rusk", "Rusk y Bundy", "Rusk, Bundy y McCone" (no comma before "y"). */
function list(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  const last = items[items.length - 1]!;
  return `${items.slice(0, -1).join(', ')} ${and(last)} ${last}`;
}

/** "una vez", "dos veces", "3 veces". */
function times(n: number): string {
  return n === 1 ? 'una vez' : n === 2 ? 'dos veces' : `${f.number(n)} veces`;
}

const answers = (n: number) => f.plural(n, { one: '# respuesta', other: '# respuestas' });
const questions = (n: number) => f.plural(n, { one: '# pregunta', other: '# preguntas' });

/** A code refusal's "why" when a code decodes but does not fit the scenario. */
function misfit(m: CodeMisfit): string {
  switch (m.what) {
    case 'too-many-choices':
      return 'tiene más respuestas que preguntas hay en el juego';
    case 'option-gone':
      return `su respuesta a “${m.decisionTitle}” ya no existe`;
    case 'stops-early':
      return 'dice que la partida terminó, pero sus respuestas se acaban antes';
    case 'not-finished':
      return 'su partida no está marcada como terminada';
  }
}

const START_OVER = 'Puedes empezar una partida nueva.';

export const es: Strings = {
  locale,
  format: f,

  common: {
    close: 'Cerrar',
    cancel: 'Cancelar',
    remove: 'Quitar',
    print: 'Imprimir',
    stance: { firm: 'Firme', middle: 'Intermedia', flexible: 'Flexible' } satisfies Record<Stance, string>,
    stanceScale: 'Firme: más presión, menos concesiones. Flexible: más concesiones, se confía antes. Intermedia: entre las dos.',
    meetingNumber: (n: number) => `Reunión ${n}`,
    quoted: (text: string) => `“${text}”`,
    teacherPages: 'Páginas para docentes',
    teacherGuide: 'Guía para docentes',
    classResults: 'Resultados de la clase',
    backToTitle: 'Volver a la pantalla de inicio',
    contentNotLoaded:
      'No se pudo cargar el contenido del juego, así que en esta página no se pueden leer códigos. Vuelve a cargar la página. Si el problema sigue, mira los detalles en la pantalla de inicio.',
  },

  codes: {
    error(e: CodeError): string {
      switch (e.kind) {
        case 'empty':
          return 'no se escribió nada';
        case 'no-prefix':
          return `este no es un código de ${e.game} (esos códigos empiezan con ${e.prefix})`;
        case 'bad-character':
          return e.char === 'U'
            ? 'el código tiene una U, y los códigos nunca usan esa letra: revisa ese carácter'
            : `el código tiene “${e.char}”, y los códigos nunca usan ese carácter`;
        case 'wrong-length':
          return e.detail === 'far-too-long'
            ? 'esto es demasiado largo para ser un código'
            : e.detail === 'too-short'
              ? 'el código es demasiado corto: puede faltar un carácter o un grupo'
              : 'el código no tiene el largo correcto: puede faltar un carácter o un grupo, o puede estar repetido';
        case 'mistyped':
          return e.detail === 'checksum'
            ? 'el código no pasa la verificación: puede haber un carácter mal escrito, faltante o cambiado de lugar'
            : e.detail === 'bad-version'
              ? 'el código no pasa la verificación'
              : e.detail === 'initials'
                ? 'no se pueden leer las iniciales del código'
                : 'no se pudo leer el código';
        case 'too-new':
          return 'este código se hizo con una versión más nueva del juego; actualiza el juego para leerlo';
        case 'other-scenario':
          return 'este código es de otro escenario';
        case 'newer-scenario':
          return `este código se hizo con una versión más nueva del escenario (la ${e.codeVersion}; este juego tiene la ${e.gameVersion})`;
        case 'older-scenario':
          return `este código se hizo con una versión más antigua del escenario (la ${e.codeVersion}) y ${misfit(e)}`;
        case 'does-not-fit':
          return `este código no encaja con el escenario: ${misfit(e)}`;
      }
    },
    resumeHint: (prefix: string) => `Empieza con ${prefix}, por ejemplo ${prefix}-7KQ4-M9TP-… No importan las mayúsculas, los espacios ni los guiones.`,
  },

  saves: {
    refused(r: SaveRefusal): string {
      return `${savedGameProblem(r)} ${START_OVER}`;
    },
    note(n: SaveNote): string {
      return `Se guardó con la versión ${n.savedVersion} del escenario y se reconstruyó con la versión ${n.currentVersion}.`;
    },
    none: 'No hay ninguna partida guardada en este navegador.',
    setAside: (r: SaveRefusal) => `No se pudo abrir tu partida guardada. ${savedGameProblem(r)} Se guardó aparte. ${START_OVER}`,
  },

  resume: {
    title: 'Continuar con un código',
    label: 'Código para continuar o de resultados',
    submit: 'Continuar',
  },

  shell: {
    title: {
      continue: 'Continuar',
      shortGame: 'Partida corta (unos 15 minutos)',
      resumeFromCode: 'Continuar con un código',
      settings: 'Configuración',
      unknownScenario: (id: string) => `Aquí no hay ningún escenario llamado “${id}”, así que se muestra el escenario propio del juego.`,
      noStorage: 'Este navegador no guarda datos: tu progreso se perderá cuando cierres la página.',
    },
    sound: {
      toggle: (on: boolean) => (on ? 'Sonido: encendido' : 'Sonido: apagado'),
      announced: (on: boolean) => (on ? 'Sonido encendido' : 'Sonido apagado'),
      unavailable: 'El sonido no está disponible en este dispositivo. El juego sigue sin sonido, y los subtítulos se siguen mostrando.',
    },
    play: {
      bar: 'Juego',
      settings: 'Configuración',
      saveAndExit: 'Guardar y salir',
      resumeCode: 'Código para continuar',
      roomLabel: (room: string) => `${room}, desde arriba: la mesa larga con una tarjeta con el nombre en cada asiento. El asesor que habla aparece iluminado.`,
      roomCaption: (room: string) => `${room}. El asesor que habla aparece iluminado.`,
      noStorage: 'Este navegador no guarda datos, así que tu progreso se perderá si cierras la página. Igual puedes jugar hasta el final.',
      notPersistent: 'El guardado no funciona en este navegador, así que tu progreso se perderá si cierras la página.',
      extrasFailed: 'No se pudieron cargar el código de resultados ni los gráficos. ',
      tryAgain: 'Intentar de nuevo',
    },
    code: {
      title: 'Tu código para continuar',
      explain:
        'Escribe este código en “Continuar con un código”, en la pantalla de inicio de cualquier computadora, para seguir desde aquí. Solo guarda tus respuestas.',
      none: 'Todavía no hay ningún código.',
      hintNoPrefix: 'No importan las mayúsculas, los espacios ni los guiones.',
    },
    notices: {
      reload: 'Recargar',
      chunkFailed: (part: string) =>
        `No se pudo cargar una parte del juego (${part}). Tu progreso está guardado en este navegador. Revisa la conexión y luego recarga la página.`,
      redeployed: 'puede que el juego se haya actualizado o que se haya cortado la conexión',
      background: 'Algo falló en segundo plano. El juego sigue. Si falta una parte, recarga la página. Tu progreso está guardado en este navegador.',
      parts: { game: 'el juego', sound: 'el sonido', map: 'el mapa', classroom: 'las herramientas para la clase', room: 'la imagen de la sala' },
    },
    pages: {
      bar: 'Sitio',
      home: (name: string) => `${name}: pantalla de inicio`,
      notLoaded: 'No se pudo cargar esta página. Revisa la conexión y vuelve a intentarlo.',
    },
    about: {
      heading: 'Sobre las fuentes',
      paragraphs: (stanceScale: string) => [
        'Todo lo que el juego muestra como “Lo que pasó” se cita palabra por palabra de los registros que aparecen aquí, que vienen con el juego. Cualquier otro resultado se marca como “Lo que pudo haber pasado”: un contrafáctico. Cada uno dice en qué se apoya. “Por qué pudo haber pasado” cita una advertencia que alguien hizo en ese momento. “Suposición del juego (no viene del registro)” marca un resultado que nadie previó en estos registros: el juego lo deduce.',
        'Cada opción dice quién la propuso en la sala: un asesor, el propio Presidente (“Lo propuso el Presidente”) o nadie (“una alternativa que ofrece el juego”). El balance final cuenta las propuestas del propio Presidente aparte de las de sus asesores.',
        `Cada opción también está en una escala que va de firme a flexible. ${stanceScale} El balance final muestra qué tan firme o flexible fue tu consejo, junto a lo que se decidió. Ninguna postura es la correcta.`,
      ],
      records: 'Los registros',
      readText: 'Leer el texto',
      sourceLine: (date: string, citation: string) => ` (${date}). ${citation.replace(/\.$/, '')}. `,
      limits: 'Lo que estos registros no pueden decirnos',
    },
  },

  settings: {
    title: 'Configuración',
    textSize: 'Tamaño del texto',
    sizes: { normal: 'Normal', large: 'Grande', larger: 'Más grande' },
    sound: 'Sonido',
    soundHint: 'Apagado al principio. La tecla M también lo enciende y lo apaga.',
    volume: 'Volumen',
    captions: 'Subtítulos de los sonidos',
    captionsHint: 'Muestra un subtítulo corto para cada sonido.',
    motion: 'Reducir el movimiento',
    motionHint: 'Imágenes fijas en lugar de imágenes en movimiento.',
    keys: 'Atajos de una sola tecla',
    keysHint:
      'Las teclas de números 1-4 eligen una opción; la M enciende o apaga el sonido. Desactívalos si usas entrada por voz o un lector de pantalla que necesita esas teclas.',
    done: 'Listo',
  },

  sources: {
    fullText: 'Texto completo del registro',
    highlighted: 'El pasaje citado está resaltado.',
  },

  parts: {
    source: 'Fuente',
    sourceName: (label: string, index: number | null, title: string) => `${label}${index === null ? '' : ` ${index}`}: ${title}`,
    sourceNumbered: (label: string, index: number) => `${label} ${index}`,
    medium: { record: 'Del registro', cable: 'Telegrama', headline: 'Titular', phone: 'Mensaje telefónico' },
    basisWarning: 'Por qué pudo haber pasado: ',
    basisGuess: 'Suposición del juego (no viene del registro): ',
    happened: 'Lo que pasó',
    mightHave: 'Lo que pudo haber pasado',
    counterfactualNote: ' (un contrafáctico: esto no pasó)',
    metersCaption: 'Cómo están las cosas',
    meterValue: (value: number, delta: number) => `${value} de 100${delta === 0 ? '' : delta > 0 ? ` (sube ${delta})` : ` (baja ${-delta})`}`,
  },

  screens: {
    progress: {
      decision: (n: number, total: number, exact: boolean) => `decisión ${n} de ${exact ? '' : 'unas '}${total}`,
      question: (n: number, total: number, exact: boolean) => `pregunta ${n} de ${exact ? '' : 'unas '}${total}`,
    },
    names: (names: readonly string[]) => list(names),
    meetingKicker: (n: number, date: string) => `Reunión ${n} · ${date}`,
    continue: 'Continuar',
    mapHere: 'Mapa: dónde pasa esto',
    metersMoved: 'Cómo cambiaron las cosas',
    consequenceAnnounce: (tag: string, headline: string) => `${tag}: ${headline}`,
    raisedUnnamed: 'Se propuso en la sala; el registro no dice quién.',
    unknown: {
      title: 'Algo salió mal',
      text: 'El juego llegó a una pantalla que no conoce.',
    },
    prologue: {
      kicker: 'Antes de sentarte',
      continue: 'Toma asiento',
      where: 'Contexto',
    },
    opening: {
      title: (date: string) => `El comité se reúne: ${date}`,
      named: 'Mencionados en el registro',
      continue: 'Escuchar el informe',
      announce: (n: number, date: string, time: string) => `Reunión ${n}, ${date}, ${time}`,
    },
    intelligence: {
      title: 'El informe de inteligencia',
      intro: 'Lo que le dijeron al comité al comienzo de la reunión, según el registro.',
      none: 'El registro de esta reunión no incluye un informe de inteligencia.',
      continue: 'Ir a las preguntas',
      viewFrom: (soviet: boolean, cuban: boolean) => {
        const places = [soviet ? 'Moscú' : '', cuban ? 'La Habana' : ''].filter(Boolean);
        return places.length ? `El punto de vista de ${list(places)}` : 'El punto de vista del otro lado';
      },
      otherSideIntro: 'Lo que dijo el otro lado, con sus propias palabras registradas. Cada tarjeta dice cuándo se dijo.',
      saidLater: (date: string) => `Se dijo más tarde, el ${date}, después de esta reunión.`,
      saidSameDay: (date: string) => `Se dijo el ${date}, el mismo día de esta reunión.`,
      saidBefore: (date: string) => `Se dijo el ${date}, antes de esta reunión.`,
    },
    decision: {
      kind: { decision: 'Decisión', quick: 'Decisión rápida' } satisfies Record<DecisionKind, string>,
      chairAndAdvisers: (names: string) => `Lo propuso el Presidente, con el apoyo de ${names}.`,
      chair: 'Lo propuso el Presidente.',
      advisers: (names: string) => `Defendido por ${names}.`,
      alternative: 'Nadie en la sala propuso esto: es una alternativa que ofrece el juego.',
      aroundTable: 'Alrededor de la mesa',
      yourAdvice: 'Tu consejo al Presidente',
      chooseHint: 'Elige una opción y luego confírmala. No hay límite de tiempo.',
      confirmTitle: '¿Dar este consejo?',
      confirm: 'Confirmar consejo',
      chooseAgain: 'Elegir de nuevo',
      noViews: 'El registro no da la opinión de nadie sobre esto antes de la decisión.',
      showAll: 'Mostrar a todos los asesores',
      hear: (name: string) => `Escuchar a ${name}`,
    },
    consequence: {
      taken: { decision: 'Diste tu consejo', quick: 'Se tomó la decisión rápida' } satisfies Record<DecisionKind, string>,
      youAdvised: 'Tu consejo: ',
      flightsMap: 'Mapa: los vuelos que aconsejaste',
      chairAndAdvisers: (names: string) => `Según el registro, lo propuso el propio Presidente, con el apoyo de ${names}.`,
      chair: 'Según el registro, lo propuso el propio Presidente.',
      unnamed: 'Alguien en la sala propuso esta opción; el registro no dice quién.',
      alternative: 'Según el registro, nadie en la sala propuso esta opción: es una alternativa que ofrece el juego.',
      newsArrives: 'Llegan noticias…',
    },
    event: {
      title: 'Llegan noticias',
      after: (title: string) => `Después de: ${title}`,
    },
    summary: {
      title: (n: number) => `Fin de la reunión ${n}`,
      realMeeting: 'Lo que se hizo en la reunión real',
      yourAdvice: 'Tu consejo en esta reunión',
      progress: 'Tu progreso',
      saves: 'El juego se guarda en este navegador después de cada respuesta. Para seguir en otra computadora, anota este código para continuar:',
      noCode: 'No hay ningún código para continuar.',
    },
    epilogue: {
      title: 'Lo que vino después',
      historical: 'El final histórico',
      counterfactual: 'Un final contrafáctico: esto no pasó',
      actually: 'Lo que pasó en realidad',
      record: (from: string | null, to: string | null) => (from !== null && to !== null ? `El registro: del ${from} al ${to}` : 'El registro'),
      about: (date: string) => `Alrededor del ${date}`,
      continue: 'Compara tu consejo con lo decidido',
      where: 'Después de las reuniones',
    },
  },

  debrief: {
    title: 'Balance final',
    stamp: 'DESCLASIFICADO',
    heading: 'Balance final: tu consejo junto al registro',
    summary: (matched: number, total: number, short: boolean) =>
      `Tu consejo coincidió con lo decidido en ${matched} de ${questions(total)}${short ? ' (partida corta)' : ''}. Ninguna opción es correcta o incorrecta. La idea es ver qué arriesgaba y qué ganaba cada camino.`,
    endingHeading: 'Tu final junto al resultado histórico',
    yourEnding: 'Tu final',
    endingKind: (historical: boolean) => (historical ? ' (el final histórico)' : ' (un final contrafáctico)'),
    whyEnding: 'Por qué este final: ',
    because: (choices: readonly { title: string; label: string }[]) => choices.map((c) => `${c.title}: ${c.label}`).join('; '),
    fallback: 'No se cumplió ninguna condición de los otros finales, así que el juego llegó a este.',
    byQuestion: 'Pregunta por pregunta',
    questions: 'Preguntas para pensar',
    limits: 'Lo que estos registros no pueden decirnos',
    playAgain: 'Jugar otra vez',
    badge: (matched: boolean) => (matched ? 'Coincidió con el registro' : 'Distinto del registro'),
    quickLine: (student: string, decided: string) => `tú: ${student}; se decidió: ${decided}. `,
    yourAdvice: 'Tu consejo',
    decided: 'Lo que se decidió',
    stanceLine: (stance: string) => `Postura: ${stance.toLowerCase()}`,
    chair: 'Lo propuso el propio Presidente.',
    alternative: 'Una alternativa que ofrece el juego: nadie en la sala la propuso.',
    later: 'Cómo terminó después: ',
    whoArgued: 'Quién defendió qué: ',
    arguedBy: (chair: boolean, unnamed: boolean, names: readonly string[]) =>
      list([...(chair ? ['el Presidente (su propia propuesta)'] : []), ...(unnamed ? ['alguien que el registro no nombra'] : []), ...names]),
    sides: (sides: readonly { label: string; who: string }[]) => sides.map((s) => `${s.label}: ${s.who}`).join('; '),
    meters: 'Indicadores: ',
    meterMoved: (label: string, before: number, after: number) => `${label} ${before} → ${after}`,
    followedHeading: 'De quién seguiste los consejos',
    mostOften: 'El asesor que más seguiste: ',
    adviser: (name: string, title: string) => `${name} (${title})`,
    mostOftenCount: (count: number, of: number) => ` — ${count} de ${answers(of)}.`,
    noAdviser: 'No elegiste ninguna opción que un asesor defendiera en el registro.',
    chairFollowed: (count: number, total: number) => `Seguiste la propuesta del propio Presidente ${times(count)} (de ${answers(total)}).`,
    noChair: 'No elegiste ninguna opción que propusiera el propio Presidente.',
    chairApart: ' Las propuestas del propio Presidente se cuentan aparte de las de sus asesores.',
    stanceHeading: 'Firme o flexible: tu postura',
    stanceIntro: (scale: string) => `Cada opción está en una escala. ${scale} Ninguna postura es la correcta: cada una arriesgaba algo distinto.`,
    stanceCaption: (of: number) =>
      `Tus respuestas junto a lo que se decidió, en ${f.plural(of, { one: 'la misma pregunta', other: 'las mismas # preguntas' })}`,
    stanceColumns: ['Postura', 'Tus respuestas', 'Lo que se decidió'] as [string, string, string],
    countOf: (n: number, of: number) => `${n} de ${of}`,
  },

  captions: {
    'room-tone': '[Zumbido suave de una sala cerrada]',
    typewriter: '[Teclea una máquina de escribir]',
    teletype: '[Traquetea un teletipo]',
    phone: '[Suena un teléfono]',
    paper: '[Crujen unos papeles]',
    stamp: '[Golpe seco de un sello]',
    jet: '[Un avión a reacción pasa a lo lejos]',
    'ship-horn': '[Suena la bocina de un barco a lo lejos]',
    'sting-tension': '[Música grave e inquieta]',
    'sting-calm': '[Música tranquila]',
    'ending-historical': '[Una campana suena suave]',
    'ending-settled': '[La música se calma]',
    'ending-crisis': '[Un estruendo lejano y luego música sombría]',
  } satisfies Record<CueId, string>,

  loading: {
    errorTitle: 'No se pudo cargar el contenido del juego',
    problems: (n: number) =>
      `El escenario tiene ${f.plural(n, { one: '# problema', other: '# problemas' })}. Un docente o un programador puede arreglarlo en los archivos que aparecen abajo.`,
    nothingLost: 'No se perdió nada: las partidas guardadas siguen en este navegador.',
  },

  classroom: {
    metersOverTime: 'Los indicadores, reunión por reunión',
    noCode: 'No se pudo crear un código de resultados para esta partida.',
    spelledOut: (spelled: string) => `Deletreado: ${spelled}`,
    initialsInPrint: (initials: string) => (initials ? ` · Iniciales: ${initials}` : ''),
    qrLabel: 'Código QR: abre la página de resultados de la clase con este código ya agregado',
    qrFailed: 'No se pudo dibujar el código QR. Lee el código en voz alta.',
    copy: 'Copiar código',
    copied: 'Código copiado.',
    selected: 'El código está seleccionado: presiona Ctrl+C (o Cmd+C) para copiarlo.',
    printOrPdf: 'Imprimir o guardar como PDF',
    initialsUpdated: (initials: string) =>
      initials ? `Código actualizado con las iniciales ${initials.split('').join(' ')}.` : 'Código actualizado sin iniciales.',
    resultsTitle: (finished: boolean) => (finished ? 'Tu código de resultados' : 'Tu código hasta ahora'),
    giveCode: 'Dale este código a tu docente: léelo en voz alta, cópialo en un formulario o deja que escanee el código QR. Solo contiene tus respuestas.',
    initialsLabel: 'Tus iniciales (opcional, hasta 3 letras)',
    initialsHint: 'Solo letras de la A a la Z. Se guardan solo dentro del código, para que tu docente pueda distinguir los códigos.',
    scanCaption: 'Escanea para abrir la página de resultados de la clase con este código agregado: ',
    classLinkNote: ' (para docentes: reunir y comparar los códigos de la clase)',
    report: {
      title: (scenarioTitle: string) => `${scenarioTitle}: balance final`,
      meta: (today: string, short: boolean, matched: number, total: number) =>
        `Jugado el ${today} · ${short ? 'Partida corta' : 'Partida completa'} · Coincidió con el registro en ${matched} de ${questions(total)}`,
      code: 'Código de resultados: ',
      meetingRow: (n: number, date: string) => `Reunión ${n} · ${date}`,
      same: 'Igual',
      differed: 'Distinto',
      quickTag: ' (decisión rápida)',
      quickAnswers: (you: string) => ` — tú: ${you}; se decidió: `,
      columns: ['#', 'Pregunta', 'Tu consejo', 'Lo que se decidió', 'Resultado'],
      besideRecord: 'Tu consejo junto al registro',
      ending: 'Tu final',
      historicalEnding: ' (el final histórico). ',
      counterfactualEnding: ' (un contrafáctico: esto no pasó). ',
      whatHappened: 'Lo que pasó en realidad: ',
      notFinished: 'Esta partida no se terminó, así que todavía no tiene final.',
      mostFollowed: 'Asesor que más seguiste: ',
      mostFollowedCount: (count: number, of: number) => ` (${count} de ${answers(of)}).`,
      chairFollowed: 'Propuestas del propio Presidente que seguiste: ',
      chairCount: (count: number, total: number) => `${count} de ${answers(total)}.`,
      stance: 'Postura: ',
      stanceLine: (c: Record<Stance, number>) => `firme ${c.firm}, intermedia ${c.middle}, flexible ${c.flexible}`,
      stanceCompare: (student: string, record: string, of: number) => `tus respuestas: ${student}; lo que se decidió: ${record} (de ${of}).`,
      metersAtEnd: 'Indicadores al final: ',
      meterReading: (label: string, value: number) => `${label} ${value}`,
      outOf100: ' (de 100).',
      questions: 'Preguntas para pensar',
      limits: 'Lo que estos registros no pueden decirnos',
    },
  },

  charts: {
    metersTitle: 'Los indicadores al comienzo y después de cada reunión',
    metersDesc: (meters: string) =>
      `Un gráfico de barras con un grupo de barras por indicador (${meters}). Cada barra muestra el indicador, sobre 100, al comienzo y después de cada reunión. La tabla que sigue a la imagen da los mismos números.`,
    startTick: 'I',
    metersCaption: 'Cada grupo de barras es un indicador, con su propio patrón. De izquierda a derecha: ',
    tickMeaning: (tick: string, first: boolean, label: string) => `${tick} = ${first ? 'el inicio' : `después de la ${label.toLowerCase()}`}`,
    metersTableCaption: 'Valores de los indicadores (sobre 100) al comienzo y después de cada reunión',
    meter: 'Indicador',
    barCount: (count: number, share: string) => `${count} (${share})`,
    countOf: (count: number, total: number, share: string) => `${count} de ${total} (${share})`,
    yes: 'sí',
  },

  classData: {
    start: 'Inicio',
    csvColumns: ['código', 'iniciales', 'modo', 'terminada', 'final', 'respuestas firmes', 'respuestas intermedias', 'respuestas flexibles'],
    yes: 'sí',
    no: 'no',
    spoken: {
      '-': 'guion',
      '0': 'cero',
      '1': 'uno',
      '2': 'dos',
      '3': 'tres',
      '4': 'cuatro',
      '5': 'cinco',
      '6': 'seis',
      '7': 'siete',
      '8': 'ocho',
      '9': 'nueve',
    } as Record<string, string>,
    spokenGroupSeparator: ', guion, ',
  },

  guide: esGuide,
  map: esMap,
  classPage: esClassPage,
};

/** The first sentence(s) of a save refusal, before the way out. */
function savedGameProblem(r: SaveRefusal): string {
  switch (r.kind) {
    case 'empty':
      return 'Aquí no hay ninguna partida guardada.';
    case 'truncated':
      return 'La partida guardada se cortó antes de escribirse completa, así que no se puede leer.';
    case 'not-json':
      return 'La partida guardada está dañada y no se puede leer.';
    case 'not-object':
      return 'La partida guardada no tiene un formato que este juego pueda leer.';
    case 'missing-field':
      return `La partida guardada está incompleta (le falta el dato ${r.field}).`;
    case 'wrong-type':
      return {
        saveVersion: 'La partida guardada está dañada (su versión no es un número).',
        scenarioId: 'La partida guardada está dañada (el nombre de su escenario no es válido).',
        choices: 'La partida guardada está dañada (falta su lista de respuestas).',
        savedAt: 'La partida guardada está dañada (no se puede leer su fecha).',
      }[r.field];
    case 'too-new':
      return 'Esta partida guardada se hizo con una versión más nueva del juego. Actualiza el juego para continuarla.';
    case 'too-old':
      return 'Esta partida guardada se hizo con una versión más antigua del juego, y esta versión ya no la puede leer.';
    case 'other-scenario':
      return `Esta partida guardada es de otro escenario (“${r.scenarioId}”).`;
    case 'bad-mode':
      return 'La partida guardada está dañada (no dice si es la partida completa o la corta).';
    case 'bad-choice':
      return r.detail === 'too-many'
        ? 'La partida guardada tiene más respuestas que preguntas hay en este escenario.'
        : 'La partida guardada está dañada (no se puede leer una de sus respuestas).';
    case 'internal':
      return r.during === 'read' ? `No se pudo leer la partida guardada (${r.error}).` : `No se pudo restaurar la partida guardada (${r.error}).`;
    case 'unknown-decision':
    case 'unknown-option':
    case 'out-of-order':
    case 'after-end':
      return `La partida guardada ya no encaja con este escenario: ${unfitChoice(r)}.`;
  }
}

function unfitChoice(r: Extract<SaveRefusal, { at: number }>): string {
  const n = r.at + 1;
  switch (r.kind) {
    case 'unknown-decision':
      return `la respuesta ${n} nombra una pregunta que no está en este escenario (“${r.decision}”)`;
    case 'after-end':
      return `la respuesta ${n} viene después de que el juego ya había terminado`;
    case 'out-of-order':
      return r.decisionTitle === undefined
        ? `no se pudo repetir la respuesta ${n}`
        : `la respuesta ${n} contesta “${r.decisionTitle}”, pero la partida ya estaba en otra pregunta`;
    case 'unknown-option':
      return r.optionExists || r.decisionTitle === undefined
        ? `no se pudo aplicar la respuesta ${n}`
        : `la respuesta ${n} elige una opción de “${r.decisionTitle}” que ya no existe (“${r.option}”)`;
  }
}
