/**
 * The Spanish catalogue (Latin-American Spanish, "tú" for the student): every word the HTML screens show, with the
 * same keys as en.ts. The teacher pages (`guide`, `map`, `classPage`) come first, then the catalogue itself.
 */
import type { CodeError, CodeMisfit } from '../../core/codes/codes';
import type { SaveNote, SaveRefusal } from '../../core/save/save';
import type { Stance } from '../../core/scenario/schema';
import type { DecisionKind } from '../../core/machine/selectors';
import type { CueId } from '../../core/cues';
import type { Strings } from './en';
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

// ---------------------------------------------------------------------------------------------------------
// The teacher pages: the guide (addressed to the teacher with "usted"), the map and the class results page.

const esGuide: Strings['guide'] = {
  title: 'Guía para docentes',
  endNav: 'Páginas para docentes (final)',
  print: 'Imprimir la guía',
  lead: 'ExComm 1962 sienta a los estudiantes a la mesa del Comité Ejecutivo (el ExComm) del presidente Kennedy, en los días después de que Jruschov aceptó, el 28 de octubre de 1962, retirar sus misiles de Cuba. La crisis no había terminado: todavía había que verificar y cumplir el acuerdo. Los estudiantes escuchan a los asesores, dan su propio consejo en cada pregunta, ven lo que pasó después y, al final, comparan su consejo con lo que realmente se decidió, con las palabras de los registros desclasificados.',
  meetingOn: (n, date) => `la reunión ${f.number(n)} (${date})`,
  overview: (meetingCount, meetings, questions, shortCount) =>
    `La partida completa sigue al comité a lo largo de ${f.plural(meetingCount, { one: '# reunión', other: '# reuniones' })}: ${meetings}. Plantea unas ${f.number(questions)} preguntas, algunas de ellas decisiones rápidas que se responden en una sola pantalla, y dura de 25 a 30 minutos. La partida corta conserva ${f.number(shortCount)} de las decisiones principales y dura unos 15 minutos.`,
  notLoaded:
    'No se pudo cargar el contenido del juego, así que faltan las partes de esta guía que se construyen a partir de él (preguntas para la discusión, clave de respuestas, vocabulario, lecturas). Vuelva a cargar la página para intentarlo de nuevo.',
  meetingHeading: (n, date) => `Reunión ${f.number(n)}: ${date}`,

  objectives: {
    title: 'Objetivos de aprendizaje',
    intro: 'Al final de la clase, los estudiantes deberían poder:',
    items: [
      'describir qué le exigía a cada lado el acuerdo del 28 de octubre y por qué fue difícil cumplirlo;',
      'explicar las posiciones de varios asesores del ExComm sobre una pregunta, y qué temía o esperaba cada uno;',
      'comparar su propio consejo con lo que decidió el ExComm, usando evidencia citada de los registros;',
      'distinguir un resultado documentado de un contrafáctico verosímil, y decir qué puede mostrar un acta resumida y qué no;',
      'comparar qué tan firme o flexible fue su consejo con lo que se decidió, y decir qué arriesgaba cada postura;',
      'describir cómo vio Moscú esos mismos días, con las propias palabras del lado soviético, y decir qué falta de la versión de La Habana;',
      'juzgar una decisión política por sus resultados buscados y no buscados, sin que lo que hoy sabemos decida la respuesta.',
    ],
  },

  plans: {
    title: 'Planes de clase',
    columns: ['Tiempo', 'Fase', 'Qué ocurre'],
    full: {
      caption: 'Una clase de 45 a 50 minutos (partida completa)',
      rows: [
        [
          '0–5 min',
          'Preparación',
          'Los estudiantes abren el juego y eligen Comenzar. Presente la situación en dos oraciones: se acordó que los misiles salgan de Cuba, pero nadie lo ha verificado todavía. Diga que no hay respuestas correctas, solo decisiones que hay que explicar.',
        ],
        [
          '5–37 min',
          'Juego (unos 30 min)',
          'Los estudiantes juegan solos o en parejas. Anímelos a abrir los botones Fuente y a escuchar a todos los asesores antes de elegir. Recorra el salón y pregunte: “¿Quién en la sala está de acuerdo contigo?”',
        ],
        [
          '37–39 min',
          'Recoger los códigos',
          'Los estudiantes agregan sus iniciales en el balance final y le dan a usted su código de resultados: en voz alta, pegado en un formulario o un chat compartido, o escaneado desde el código QR. Péguelos o escríbalos en la página Resultados de la clase.',
        ],
        [
          '39–50 min',
          'Puesta en común (unos 11 min)',
          'Proyecte la página Resultados de la clase. Empiece por los temas para iniciar la discusión (donde la clase más se apartó de la historia). En cada uno, pida a un estudiante que coincidió con los registros y a otro que no coincidió que expliquen sus razones; luego lea las palabras del registro en la clave de respuestas. Muestre “Firme o flexible: la clase” y pregunte cuándo dio resultado la firmeza y cuándo la flexibilidad. Cierre con una pregunta de reflexión del balance final de un estudiante, o con lo que estos registros no pueden decirnos.',
        ],
      ],
    },
    short: {
      caption: 'Una clase de 30 minutos (partida corta)',
      setUp: [
        '0–3 min',
        'Preparación',
        'Los estudiantes eligen “Partida corta”. Presente la situación en una oración: el acuerdo está hecho; ahora hay que verificarlo.',
      ],
      play: (shortCount) => [
        '3–18 min',
        'Juego (unos 15 min)',
        `Los estudiantes juegan la partida corta${shortCount ? `: ${f.number(shortCount)} de las decisiones principales` : ''}.`,
      ],
      rest: [
        ['18–20 min', 'Recoger los códigos', 'Como arriba: códigos en voz alta, pegados o por QR en la página Resultados de la clase.'],
        [
          '20–30 min',
          'Puesta en común (10 min)',
          'Elija una o dos decisiones en las que la clase más se dividió. Lea las palabras del registro y luego pregunte: ¿qué sabía el ExComm que ustedes no sabían, y qué saben ustedes que ellos no sabían?',
        ],
      ],
    },
    projector: {
      caption: 'Una clase de 50 minutos con un solo proyector (modo proyector, toda la clase junta)',
      rows: [
        [
          '0–5 min',
          'Preparación',
          'En la computadora conectada al proyector, elija “Modo proyector (toda la clase)” en la pantalla de inicio (o abra la dirección del juego con `?mode=projector` al final; puede guardarla en favoritos). Explique que la clase es un solo asesor del Presidente: en cada pregunta todos escuchan a los asesores y luego votan a mano alzada. No hay respuestas correctas, solo decisiones que hay que explicar. Elija a un estudiante para contar las manos.',
        ],
        [
          '5–35 min',
          'Juego en conjunto (unos 30 min)',
          'El juego muestra la partida corta con letra grande. Pida a los estudiantes que lean en voz alta las palabras de los asesores, un asesor cada uno. En cada pregunta, pida a un estudiante que defienda cada opción (un minuto en total); luego cuente las manos de cada opción y escriba los números en las casillas junto a las opciones (o use + y −). “Seguir a la clase” juega la opción con más manos; si hay empate, el juego le pide que elija entre las opciones empatadas (o pueden discutir un minuto más y votar de nuevo). También puede elegir directamente la opción de la clase. Con un control de presentaciones, Av Pág avanza y Re Pág pasa a la opción anterior.',
        ],
        [
          '35–45 min',
          'Puesta en común (10 min)',
          'El balance final muestra el voto de la clase en cada pregunta junto a lo que se decidió. Empiece por la votación más reñida y por una pregunta en la que la clase se apartó de los registros: lea las palabras del registro y pida a alguien que votó con el grupo más pequeño que explique sus razones. Pregunte: ¿qué sabía el ExComm que ustedes no sabían, y qué saben ustedes que ellos no sabían?',
        ],
        [
          '45–50 min',
          'Boleto de salida',
          'Cada estudiante escribe dos o tres oraciones en papel: una pregunta en la que ahora votaría distinto, o en la que sigue votando con el grupo más pequeño, y por qué, nombrando a un asesor cuyas palabras lo convencieron.',
        ],
      ],
      note: 'El modo proyector no necesita cuentas y guarda todo en la misma computadora, como la partida de un estudiante. Su código de resultados se puede agregar en la página Resultados de la clase, donde aparece marcado como partida de toda la clase y cuenta como una partida.',
    },
    homework:
      'Tarea o actividad de ampliación: cada estudiante elige una decisión en la que se apartó de los registros, lee el acta completa de la reunión (enlazada más abajo) y escribe un párrafo que defienda o corrija su consejo con dos citas.',
  },

  hosting: {
    title: 'Cómo alojar el juego para una clase',
    intro:
      'El juego es una carpeta de archivos simples: no necesita base de datos, ni cuentas, ni conexión a internet una vez que está en su red. Elija una de estas opciones:',
    staticHost: 'Un servidor web de la escuela o cualquier alojamiento estático. ',
    staticHow:
      'En una computadora con Node.js 20.19 o posterior, en la carpeta del juego, ejecute `npm run build`. Copie toda la carpeta `dist/` al servidor (sirve cualquier carpeta o subruta) y dé su dirección a los estudiantes.',
    laptop: 'Una computadora portátil en la red del salón. ',
    laptopHow:
      'En la carpeta del juego, ejecute `npm start -- --host`. El comando muestra las direcciones en las que sirve el juego; dé a los estudiantes la que empieza con la dirección de red de la portátil (por ejemplo, http://192.168.1.20:4173/). Los estudiantes deben estar en la misma red, y el firewall de la portátil debe permitir la conexión. No deje que la portátil se suspenda durante la clase.',
    links:
      'Los códigos QR y los enlaces para la clase se construyen a partir de la dirección con la que se abrió el juego, así que funcionan en cualquier lugar donde esté alojado.',
  },

  results: {
    title: 'Cómo recoger los resultados sin cuentas',
    codes: (prefix) =>
      `Al final del juego, cada estudiante ve un código de resultados${prefix ? ` como ${prefix}-…` : ''}, una cadena corta que registra su modo de juego y su elección en cada pregunta, más hasta tres iniciales si las escribe. No contiene nada más. Los códigos no usan letras que se confunden con facilidad (ni I, ni L, ni O, ni U), y no importan las mayúsculas, los espacios ni los guiones, así que se pueden leer en voz alta.`,
    openBefore: 'Abra Resultados de la clase (desde la pantalla de inicio o ',
    openLink: 'aquí',
    openAfter:
      '). Pegue cualquier texto que contenga códigos (una exportación de un formulario o de una hoja de cálculo, un chat), escriba los códigos uno por uno o cargue un archivo de texto o CSV. Un estudiante también puede mostrarle el código QR: al escanearlo con su dispositivo, se abre la página con el código ya agregado. Los códigos mal escritos aparecen en una lista con el motivo; los demás cuentan igual. Los códigos entregados dos veces se señalan, pero se conservan, porque dos estudiantes que eligieron lo mismo obtienen el mismo código. Puede descargar los resultados como archivo CSV.',
  },

  howToRead: {
    title: 'Qué ven los estudiantes y cómo leerlo',
    whoRaisedHeading: 'Quién propuso cada opción',
    whoRaised: (c) =>
      `Cada opción dice quién la propuso en la sala. De las ${f.number(c.options)} opciones del juego, los asesores defendieron ${f.number(c.adviserOptions)} y el propio Presidente propuso ${f.number(c.chairOptions)} (algunas, ambos): el botón, la pantalla de resultado y el balance final dicen “Lo propuso el Presidente”. ${c.alternatives === 0 ? 'Todas las opciones las propuso alguien en la sala: ninguna se marca como “una alternativa que ofrece el juego”.' : f.plural(c.alternatives, { one: 'Nadie en la sala propuso una de las opciones: se marca como “una alternativa que ofrece el juego”.', other: 'Nadie en la sala propuso # de las opciones: se marcan como “una alternativa que ofrece el juego”.' })}${c.unnamed ? ` ${f.plural(c.unnamed, { one: 'En una de las opciones, el registro no dice quién la propuso: el juego lo indica.', other: 'En # de las opciones, el registro no dice quién las propuso: el juego lo indica.' })}` : ''} El balance final nombra al asesor que el estudiante siguió más a menudo, y cuenta las propuestas del propio Presidente aparte de las de los asesores.`,
    stanceHeading: 'Firme o flexible',
    stance: (scale, pathLength, record) =>
      `Cada opción se ubica en una escala. ${scale} El balance final muestra cuántas respuestas de un estudiante fueron firmes, intermedias y flexibles, junto a los mismos conteos de lo que se decidió en esas mismas preguntas. Ninguna postura es la correcta: pregunte a los estudiantes qué arriesgaba cada una. En el recorrido histórico de la partida completa (${f.plural(pathLength, { one: '# pregunta', other: '# preguntas' })}), lo que se decidió fue firme en ${f.number(record.firm)}, intermedio en ${f.number(record.middle)} y flexible en ${f.number(record.flexible)}.`,
    happenedHeading: 'Lo que pasó y lo que pudo haber pasado',
    happened: (counterfactuals, quoted, guessed) =>
      `“Lo que pasó” siempre se cita de los registros. “Lo que pudo haber pasado” marca un contrafáctico (el juego tiene ${f.number(counterfactuals)}), y cada uno dice en qué se basa. “Por qué pudo haber pasado” cita una advertencia que alguien hizo en ese momento (${f.number(quoted)} en total). “Suposición del juego (no viene del registro)” marca un resultado que nadie previó en los registros y que el juego deduce (${f.number(guessed)} en total). Estas etiquetas son una buena forma de empezar a hablar sobre la evidencia.`,
    otherSideHeading: 'El punto de vista de Moscú',
    otherSide: (statements) =>
      `Después del informe de inteligencia de EE. UU., cada reunión presenta el punto de vista del otro lado con sus propias palabras registradas (${f.plural(statements, { one: '# declaración', other: '# declaraciones' })} en total). En estos registros, eso significa Moscú, en las cartas de Jruschov: no conservan palabras del propio Castro, así que el punto de vista de La Habana llega a la clase solo a través de lo que cuentan otros, y vale la pena decirlo en voz alta. Cada tarjeta da la fecha de su registro. Cuando esa fecha es posterior a la reunión, la tarjeta dice “Se dijo más tarde”: el comité no podía saberlo en la mesa.`,
    limitsHeading: 'Lo que estos registros no pueden decirnos',
    limits: 'El balance final termina con los límites de las fuentes, para que la clase sepa lo que el juego no puede mostrar:',
  },

  discussion: {
    title: 'Preguntas para la discusión, decisión por decisión',
    intro:
      'Para cada pregunta del juego: lo que se les preguntó a los estudiantes y una pregunta para conversarlo. La página Resultados de la clase muestra cuáles dividieron más a su clase; empiece por ahí.',
    quick: ' (decisión rápida)',
    inShort: ' · en la partida corta',
    asked: 'Se pregunta: ',
    discuss: 'Para discutir: ',
  },

  answers: {
    title: 'Clave de respuestas: lo que decidió el ExComm',
    intro:
      'En el juego no hay respuestas correctas ni incorrectas: el consejo de un estudiante coincidió con lo que se decidió o se apartó de ello. Esta clave da lo que se decidió, con las palabras del registro.',
    stance: (label) => `postura: ${label.toLowerCase()}`,
    chairProposal: 'propuesta del propio Presidente',
    later: 'Cómo terminó después: ',
  },

  vocabulary: {
    title: 'Vocabulario',
    intro: 'Las mismas definiciones aparecen en el juego cuando un estudiante selecciona un término subrayado.',
  },

  reading: {
    title: 'Lecturas de contexto: los registros incluidos en el juego',
    intro:
      'Los textos completos de todos los registros que cita el juego. La mayoría provienen de Foreign Relations of the United States (FRUS); algunos son escaneos leídos por computadora, así que unas pocas palabras aparecen deformadas, tal como en el escaneo.',
    kinds: {
      meeting: {
        title: 'Las reuniones en las que se basa el juego',
        intro: 'Las actas resumidas de las tres reuniones del ExComm en las que participan los estudiantes, con el registro de las decisiones tomadas.',
      },
      background: { title: 'Contexto: el acuerdo', intro: 'Las cartas que fijaron los términos del acuerdo del 28 de octubre.' },
      aftermath: { title: 'Lo que vino después', intro: 'Reuniones, telegramas y cartas posteriores, hasta la carta conjunta del 7 de enero de 1963.' },
    },
    entry: (date, citation) => ` (${date}). ${citation}.`,
  },

  c3: {
    title: 'Alineación con el Marco C3 (grados 9 a 12)',
    intro:
      'El College, Career, and Civic Life (C3) Framework for Social Studies State Standards (el Marco C3 para los estándares estatales de Estudios Sociales), Dimensión 2. Las descripciones breves son resúmenes nuestros; consulte el Marco para ver la redacción exacta.',
    columns: ['Indicador', 'En breve', 'Dónde lo trabaja el juego'],
    items: [
      {
        code: 'D2.His.1.9-12',
        gist: 'Explicar cómo los hechos fueron moldeados tanto por su momento y lugar particulares como por la historia más amplia que los rodea.',
        inGame:
          'Cada reunión empieza con su fecha, el encabezado mecanografiado de su acta y la información de inteligencia que el comité escuchó esa mañana; luego viene el punto de vista de Moscú, con las palabras fechadas del propio Jruschov. El prólogo sitúa las reuniones justo después del acuerdo del 28 de octubre, en plena Guerra Fría.',
      },
      {
        code: 'D2.His.3.9-12',
        gist: 'Hacer preguntas sobre personas y grupos, y juzgar cómo la importancia de lo que hicieron se ve distinta con el paso del tiempo.',
        inGame:
          'Los estudiantes escuchan debatir a asesores con nombre propio; luego ven, en el balance final y el epílogo, cómo se desarrolló cada decisión en las semanas siguientes y qué resultó de ella según los registros.',
      },
      {
        code: 'D2.His.4.9-12',
        gist: 'Identificar las muchas causas que hicieron que la gente de una época viera las cosas como las veía.',
        inGame:
          'Asesores del Departamento de Estado, de Defensa, de la CIA y de la misión ante la ONU argumentan desde sus propios cargos y preocupaciones, y el Presidente propone opciones propias; el balance final muestra quién propuso cada opción, el asesor al que el estudiante siguió más y, contado aparte, cuántas veces siguió las propuestas del propio Presidente.',
      },
      {
        code: 'D2.His.5.9-12',
        gist: 'Mostrar cómo el contexto de la época moldeó las opiniones de la gente de entonces, y cómo nuestro propio contexto moldea la forma en que hoy las vemos.',
        inGame:
          'Los estudiantes deciden sin saber lo que pasó después, solo con lo que sabía el comité; el punto de vista de Moscú muestra cómo el otro lado vio esos mismos días, y las preguntas de reflexión piden a los estudiantes comparar sus razones con las de 1962.',
      },
      {
        code: 'D2.His.10.9-12',
        gist: 'Notar lo que una evidencia no puede decirnos, y en qué no coinciden los relatos sobre el pasado.',
        inGame:
          'Los registros son actas resumidas, no transcripciones, y algunos tienen errores de escaneo que se conservan tal como se imprimieron; los resultados inventados llevan la etiqueta “Lo que pudo haber pasado” y dicen en qué se basan (una advertencia citada o “suposición del juego”), y el balance final termina con lo que estos registros no pueden decirnos.',
      },
      {
        code: 'D2.His.16.9-12',
        gist: 'Reunir evidencia de varias fuentes en un argumento razonado sobre el pasado.',
        inGame:
          'Cada “Lo que pasó” se cita de un registro que el estudiante puede abrir en ese pasaje; el balance final pone su consejo junto a varios registros y le pide argumentar a favor o en contra de su decisión.',
      },
      {
        code: 'D2.Civ.1.9-12',
        gist: 'Distinguir lo que pueden y no pueden hacer los distintos niveles de gobierno y los organismos internacionales.',
        inGame:
          'El Presidente decide, el ExComm solo aconseja, y las opciones pasan por la ONU (la inspección, el Secretario General), la OEA y la Cruz Roja, cada una con sus propios poderes y límites.',
      },
      {
        code: 'D2.Civ.5.9-12',
        gist: 'Juzgar qué tan bien manejan los ciudadanos y las instituciones los problemas políticos, incluidos los internacionales.',
        inGame:
          'Los estudiantes evalúan si la inspección de la ONU, la cuarentena y los vuelos de reconocimiento podían comprobar que los misiles se habían ido, y ven en el balance final cómo funcionó cada uno según los registros.',
      },
      {
        code: 'D2.Civ.6.9-12',
        gist: 'Examinar los vínculos entre el gobierno, el público en general y la economía.',
        inGame:
          'Varias decisiones dependen de qué decirles a la prensa y al público, y el indicador “Confianza pública” muestra cómo recibe el país las decisiones del gobierno.',
      },
      {
        code: 'D2.Civ.9.9-12',
        gist: 'Participar en formas justas y ordenadas de deliberar en distintos contextos.',
        inGame:
          'En cada decisión se escucha a los asesores uno por uno antes de que el estudiante dé su consejo; la puesta en común de la clase repite ese proceso en voz alta, en torno a las preguntas en las que la clase más se dividió.',
      },
      {
        code: 'D2.Civ.10.9-12',
        gist: 'Considerar cómo los intereses personales y los puntos de vista influyen en la manera en que las personas aplican principios y derechos compartidos.',
        inGame:
          'Las posiciones de los asesores responden a sus departamentos y a sus temores; los estudiantes enfrentan la tensión entre el secreto y la información al público, y entre la presión y mantener vivo un acuerdo, y el balance final muestra qué tan firme o flexible fue su propio consejo junto a lo que se decidió.',
      },
      {
        code: 'D2.Civ.13.9-12',
        gist: 'Juzgar las políticas públicas por sus resultados buscados y no buscados.',
        inGame:
          'Cada decisión tiene consecuencias (tomadas de los registros, o contrafácticos señalados como tales) que mueven los indicadores y llevan a un final; el balance final explica qué decisiones llevaron hasta ahí.',
      },
    ],
  },

  privacy: {
    title: 'Privacidad',
    items: [
      'Nada sale del dispositivo. El juego no envía datos a ningún lugar: no hay analíticas, ni rastreo, ni publicidad, ni cookies, ni fuentes tipográficas o scripts de otros sitios.',
      'No hay cuentas ni nombres. El único dato personal que puede guardar el juego son hasta tres iniciales, y solo si el estudiante las escribe en el código de resultados.',
      'Las partidas guardadas, la configuración y la lista de la clase se guardan en el navegador de ese dispositivo (en su almacenamiento local) y en ningún otro lugar. Si se borran los datos del sitio en el navegador, se eliminan; la página Resultados de la clase también tiene un botón para borrar la lista.',
      'Un código de resultados llega al docente solo cuando el propio estudiante lo entrega.',
    ],
  },

  accessibility: {
    title: 'Accesibilidad',
    intro: 'El juego busca cumplir el nivel AA de las WCAG 2.1. En particular:',
    items: [
      'Todo funciona solo con el teclado (Tab, Enter, barra espaciadora; las teclas numéricas 1–4 eligen una opción y la M activa o desactiva el sonido, y estos atajos se pueden desactivar en Configuración). El foco siempre es visible.',
      'Todas las palabras son texto real, nunca solo parte de la imagen de la sala: los lectores de pantalla leen las tarjetas, las citas y el balance final, y anuncian cada pantalla nueva. Los gráficos incluyen sus números como texto.',
      'El sonido está apagado hasta que se activa, y nunca es necesario; cada sonido tiene un subtítulo.',
      'Leer en voz alta (en la barra de cada pantalla, o la tecla R) lee la tarjeta oración por oración y resalta la oración que se lee, a una velocidad de 0,75× a 1,5×. Solo usa voces guardadas en el dispositivo, así que ningún texto sale de él; el inglés de los documentos se lee con una voz en inglés. Si un dispositivo no tiene una voz así, el juego lo dice y señala la herramienta del propio dispositivo (en una Chromebook, «Seleccionar para pronunciar»).',
      'Después de una visita con conexión, el juego y la página de resultados de la clase funcionan sin conexión, y Chrome puede instalar el juego como una aplicación.',
      'El movimiento se reduce cuando el sistema lo pide, o desde Configuración.',
      'El texto se puede agrandar en Configuración, y la página también respeta el zoom del navegador. Los colores cumplen un contraste de 4.5:1, y los indicadores y los gráficos usan tramas y etiquetas además del color.',
      'Ninguna pregunta tiene límite de tiempo.',
    ],
    report: 'Si algo le impide avanzar a un estudiante, por favor infórmelo para que se pueda corregir.',
  },
};

const esMap: Strings['map'] = {
  couldNotShow: (detail) => `No se pudo mostrar el mapa (${detail}).`,
  wordsUntranslated: 'Los nombres de este mapa están en inglés: no se pudo cargar su traducción.',
  title: 'Mapa: Cuba, Florida y los accesos por mar, otoño de 1962',
  describe: (places) =>
    `Mapa de Cuba, el sur de Florida, las Bahamas y los accesos por mar como eran en 1962, con ${f.plural(places, { one: '# lugar numerado', other: '# lugares numerados' })}.`,
  highlighted: (names) => `Resaltado: ${names}.`,
  listNote: 'La lista numerada debajo del mapa nombra cada lugar.',
  kinds: { city: 'Ciudad', port: 'Puerto', 'missile-site': 'Emplazamiento de misiles', airfield: 'Aeródromo', base: 'Base naval' },
  quarantinePath: (label) => `Línea de cuarentena, ${label} (aprox.)`,
  routePath: (route, path) => `${route}: ${path}`,
  placeMarker: (name, approximate) => `${name}${approximate ? ' (aprox.)' : ''}`,
  places: 'Lugares del mapa',
  placeLine: (kind, role) => ` — ${kind.toLowerCase()}. ${role}`,
  placeHighlighted: 'Resaltado en el mapa.',
  approximate: 'Ubicación aproximada.',
  unverified: 'Ubicación no verificada.',
  inRecords: 'Se nombra en los registros.',
  notInRecords: 'No se nombra en los registros.',
  quarantineLabel: (wide) => (wide ? 'Línea de cuarentena (aprox.)' : 'Cuarentena (aprox.)'),
  legend: 'Leyenda del mapa',
  legendDashed: 'Sin relleno y con borde discontinuo: ubicación aproximada o no verificada',
  legendInRecords: 'Número rojo cuadrado: se nombra en los registros',
  legendNotInRecords: 'Número redondo: no se nombra en los registros',
  legendBand: (inner, outer, centre) => `Franja sombreada: entre ${inner} y ${outer} desde ${centre ?? 'el centro'} (las fuentes no indican la unidad)`,
};

const esClassPage: Strings['classPage'] = {
  title: 'Resultados de la clase',
  intro:
    'Reúna el código de resultados de cada estudiante (aparece en su balance final). Péguelos dentro de cualquier texto, escríbalos uno por uno mientras los estudiantes los leen en voz alta o cargue un archivo. La lista se guarda solo en este navegador y nunca se envía a ningún lugar.',
  pasteLabel: 'Pegue un texto que contenga códigos',
  pasteHint: (prefix) =>
    `Una columna de una hoja de cálculo, una exportación de un formulario, un correo electrónico o un chat: se toma cada código que empieza con ${prefix}, y el resto del texto se ignora.`,
  pasteAdd: 'Agregar los códigos de este texto',
  oneLabel: 'Agregar un código',
  oneAdd: 'Agregar código',
  fileLabel: 'Cargar códigos desde un archivo de texto o CSV',
  addHeading: 'Agregar códigos',
  download: 'Descargar',
  notKept:
    'Este navegador no está guardando la lista (el almacenamiento está bloqueado o lleno): se perderá al cerrar o volver a cargar la página. Exporte un CSV antes de salir.',
  noneFound: (from, prefix) => `No se encontraron códigos en ${from}. Los códigos empiezan con ${prefix}.`,
  added: (n, from, bad) =>
    `${f.plural(n, { one: 'Se agregó # código', other: 'Se agregaron # códigos' })} desde ${from}${bad ? ` (${f.plural(bad, { one: '# no se pudo leer', other: '# no se pudieron leer' })}: vea la lista de abajo)` : ''}.`,
  fromPaste: 'el texto pegado',
  fromBox: 'el campo de código',
  fromFiles: (n) => `${f.number(n)} archivos`,
  fromLink: 'el enlace del código QR',
  typeFirst: 'Primero escriba un código.',
  notAdded: (why) => `No se agregó: ${why}.`,
  tooLarge: (name) => `${name} es demasiado grande para ser una lista de códigos.`,
  unreadable: (name) => `No se pudo leer ${name}.`,
  removed: 'Se quitó el código.',
  glance: 'La clase de un vistazo',
  stats: {
    received: 'Códigos recibidos',
    accepted: 'Leídos correctamente',
    finished: 'Partidas terminadas',
    inProgress: 'Partidas en curso',
    rejected: 'No se pudieron leer',
    repeats: 'Repeticiones exactas',
  },
  rejectedReason: (why) => `: ${why}.`,
  removeCode: (code) => `Quitar ${code}`,
  rejectedHeading: (n) => `Códigos que no se pudieron leer (${f.number(n)})`,
  rejectedIntro:
    'Estos códigos quedan fuera de los resultados de abajo; todos los demás cuentan igual. Pida al estudiante que vuelva a leer el código, agregue el código corregido y luego quite el incorrecto.',
  repeatsHeading: (n) => `Repeticiones exactas (${f.number(n)})`,
  repeatsIntro:
    'Estos códigos se entregaron más de una vez. Todos se cuentan, porque dos estudiantes que tomaron las mismas decisiones obtienen el mismo código; si un estudiante entregó un código dos veces, quite la copia sobrante en la lista de códigos.',
  repeatLine: (count, initials) => ` — ${f.plural(count, { one: '# vez', other: '# veces' })}${initials ? `, iniciales ${initials}` : ', sin iniciales'}`,
  csvButton: 'Descargar los resultados (CSV)',
  csvDone: (n) => `Se descargó un CSV con ${f.plural(n, { one: '# fila', other: '# filas' })}.`,
  clear: 'Borrar la lista…',
  clearYes: 'Sí, borrar la lista',
  cleared: 'Se borró la lista.',
  clearQuestion: (n) =>
    `${f.plural(n, { one: '¿Quitar el código de este navegador?', other: '¿Quitar los # códigos de este navegador?' })} Esto no se puede deshacer.`,
  toolsHeading: 'Guardar o borrar los resultados',
  toolsIntro:
    'El CSV tiene una fila por cada código leído (incluidas las repeticiones): código, iniciales, modo, terminada, final y luego la opción elegida en cada decisión.',
  modeShort: 'Corta',
  modeFull: 'Completa',
  finished: 'Terminada',
  inProgress: (answers) => `En curso (${f.plural(answers, { one: '# respuesta', other: '# respuestas' })})`,
  repeat: 'Repetido',
  codesRead: (n) => `Los códigos leídos correctamente (${f.number(n)})`,
  codeColumns: ['Código', 'Iniciales', 'Modo', 'Final', 'Repetido', ''],
  noCodes: 'Todavía no hay códigos. Los resultados aparecen aquí en cuanto se agrega un código.',
  startersHeading: 'Para iniciar la discusión: donde la clase más se apartó de la historia',
  starterLine: (differed, answered, share) =>
    `: ${f.number(differed)} de ${f.number(answered)} (${share}) ${f.plural(differed, { one: 'aconsejó', other: 'aconsejaron' })} algo distinto de lo que decidió el ExComm.`,
  endingsHeading: 'Finales alcanzados',
  noFinished: 'Todavía no hay partidas terminadas.',
  endingLabel: (title, historical) => `${title}${historical ? '' : ' (contrafáctico)'}`,
  whatHappened: 'lo que pasó',
  endingsTitle: 'Finales alcanzados por la clase',
  endingsCaption: (n) =>
    `${f.plural(n, { one: '# partida terminada', other: '# partidas terminadas' })}. La barra azul sólida es el final que coincide con la historia.`,
  endingsColumns: ['Final', 'Estudiantes', 'Lo que pasó'],
  stancesHeading: 'Firme o flexible: la clase',
  stancesIntro: (scale) =>
    `Cada opción se ubica en una escala. ${scale} Ninguna postura es la correcta: cada una arriesgaba algo distinto. Una buena pregunta para la clase: ¿cuándo dio resultado la firmeza y cuándo la flexibilidad?`,
  stanceBar: (label, share) => `${label} (lo decidido: ${share})`,
  stanceMost: 'la postura que tomó la mayoría de las decisiones',
  stancesTitle: 'Postura de cada respuesta que dio la clase',
  stancesCaption: (total, counts) =>
    `${f.plural(total, { one: '# respuesta', other: '# respuestas' })}. Entre paréntesis: cuántas veces lo que se decidió tomó esa postura, en las mismas preguntas (${counts}). La barra azul sólida es la postura que tomó la mayoría de las decisiones.`,
  stancesColumns: ['Postura', 'Respuestas', 'La mayoría de lo decidido'],
  stanceCount: (label, n) => `${label.toLowerCase()} ${f.number(n)}`,
  leaning: (counts, mixed, students) =>
    `Estudiantes según la postura de la mayoría de sus respuestas: ${counts}, mixta ${f.number(mixed)} (de ${f.number(students)}).`,
  decisionsHeading: 'Decisión por decisión',
  decisionsIntro: 'Cómo se dividió la clase en cada pregunta. La barra azul sólida, marcada con “el ExComm eligió esto”, es lo que se decidió en la reunión.',
  quickTag: ' · decisión rápida',
  answeredBy: (n) => f.plural(n, { one: ' · la respondió # estudiante', other: ' · la respondieron # estudiantes' }),
  nobody: 'Nadie en estos códigos llegó a esta pregunta (no está en la partida corta, o el juego tomó otro camino).',
  excommChose: 'el ExComm eligió esto',
  decisionTitle: (title) => `${title}: cómo aconsejó la clase`,
  decisionCaption: (matched, answered, share) =>
    `${f.number(matched)} de ${f.number(answered)} (${share}) ${f.plural(matched, { one: 'aconsejó', other: 'aconsejaron' })} lo que decidió el ExComm.`,
  decisionColumns: ['Opción', 'Estudiantes', 'El ExComm eligió'],
  wholeClass: ' · toda la clase (proyector)',
};

const esWritten: Strings['written'] = {
  stepHeading: 'Tu respuesta escrita (opcional)',
  stepIntro:
    'Un paso más, si tu docente lo pide: responde la gran pregunta del juego en un párrafo, usando fragmentos breves de los registros. Puedes saltarlo.',
  open: 'Escribe tu respuesta (opcional)',
  goOn: 'Sigue con tu respuesta (opcional)',
  started: (words) => `Ya empezaste una respuesta (${f.plural(words, { one: '# palabra', other: '# palabras' })}). Se guarda en este navegador.`,
  title: 'Tu respuesta escrita',
  heading: 'Tu respuesta escrita (opcional)',
  kicker: 'Después del balance final',
  skipNote: 'Este paso es opcional. Puedes volver al balance final en cualquier momento; lo que escribas se guarda.',
  back: 'Volver al balance final',
  questionHeading: 'La pregunta',
  documentsHeading: 'Los documentos',
  documentsIntro: 'Cada documento dice quién lo hizo, qué tipo de registro es, cuándo y para quién. Pregúntate cómo eso influye en lo que dice.',
  document: (n) => `Documento ${n}`,
  writeHeading: 'Escribe tu párrafo',
  answerLabel: 'Tu respuesta',
  answerHint: 'Se guarda en este navegador mientras escribes. Se imprime con tu informe. Nunca forma parte de tu código de resultados.',
  notKept: 'Este navegador no está guardando tu respuesta. Imprímela o guárdala como PDF antes de cerrar la página.',
  words: (n) => f.plural(n, { one: '# palabra', other: '# palabras' }),
  startersHeading: 'Inicios de oración',
  startersHint: 'Pulsa un inicio para agregarlo a tu respuesta donde está el cursor.',
  rubricHeading: 'Lo que tiene una buena respuesta',
  rubricIntro: 'Tu docente puede leer tu respuesta buscando estos puntos.',
  print: 'Imprimir o guardar como PDF',
  printHeading: 'Respuesta escrita',
  printQuestion: 'Pregunta: ',
  printWords: (n) => `(${f.plural(n, { one: '# palabra', other: '# palabras' })})`,
  printRubric: 'Rúbrica: ',
  guide: {
    title: 'La respuesta escrita (basada en documentos)',
    intro: (question, documents) =>
      `Después del balance final, los estudiantes pueden responder en un párrafo la pregunta central del juego: “${question}” La tarea muestra ${f.plural(documents, { one: 'un fragmento breve', other: '# fragmentos breves' })} de los registros, cada uno con una línea que dice quién lo hizo, qué tipo de registro es, cuándo y para quién; inicios de oración; y la rúbrica de abajo. En el juego es opcional: los estudiantes eligen “Escribe tu respuesta (opcional)” al terminar el balance final, y pueden volver al balance final en cualquier momento.`,
    privacy:
      'La respuesta se queda en el navegador del estudiante (se guarda mientras escribe, así que recargar la página no la borra) y nunca forma parte del código de resultados. Recójala en papel o en PDF: el informe impreso la incluye.',
    planCaption: 'Una clase de 50 minutos para la respuesta escrita (después de que la clase haya jugado)',
    rows: [
      [
        '0–5 min',
        'La pregunta',
        'Lea la pregunta central en voz alta. Muestre la rúbrica (imprima la página de la rúbrica o proyéctela). Diga que los registros pueden apoyar más de una respuesta.',
      ],
      [
        '5–20 min',
        'Leer los documentos',
        'En parejas, los estudiantes leen los documentos. En cada uno anotan quién lo hizo, para quién, y si apunta a un éxito, a un costo o a las dos cosas.',
      ],
      ['20–25 min', 'Planear', 'Cada estudiante escribe una tesis de una oración y elige al menos tres documentos para usar.'],
      [
        '25–45 min',
        'Escribir',
        'Los estudiantes escriben su párrafo en el juego. Analizan la fuente de al menos dos documentos y dicen en qué coinciden o se contradicen los documentos. Los inicios de oración ayudan a quien no sabe cómo empezar.',
      ],
      [
        '45–50 min',
        'Compartir y entregar',
        'Dos o tres estudiantes leen su tesis en voz alta: noten cómo los mismos registros apoyan respuestas distintas. Los estudiantes imprimen el informe o lo guardan como PDF; la respuesta se imprime con él.',
      ],
    ],
    rubricHeading: 'Rúbrica',
    rubricColumns: ['Criterio', 'Lo que hace una buena respuesta', '¿Lo cumple?'],
    rubricCaption: 'Rúbrica de la respuesta escrita',
    rubricLink: 'La rúbrica y los documentos en una página para imprimir',
    pageTitle: 'Respuesta escrita: rúbrica y documentos',
    pageLead: 'Una hoja para la respuesta escrita: la pregunta, la rúbrica, los documentos y los inicios de oración, tal como los muestra el juego.',
    backToGuide: 'Volver a la guía docente',
    print: 'Imprimir esta página',
    noTask: 'Este escenario no tiene tarea escrita.',
  },
};

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
    skipLink: 'Saltar al contenido',
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
      begin: 'Comenzar',
      continue: 'Continuar',
      shortGame: 'Partida corta (unos 15 minutos)',
      projector: 'Modo proyector (toda la clase)',
      projectorReady: 'Modo proyector: presione Av Pág (o el control de presentaciones) para empezar la partida de toda la clase.',
      stamp: 'ULTRASECRETO',
      links: 'Más',
      aboutLink: 'Sobre las fuentes',
      language: 'Idioma',
      languageNames: { en: 'English', es: 'Español' },
      resumeFromCode: 'Continuar con un código',
      settings: 'Configuración',
      unknownScenario: (id: string) => `Aquí no hay ningún escenario llamado “${id}”, así que se muestra el escenario propio del juego.`,
      noStorage: 'Este navegador no guarda datos: tu progreso se perderá cuando cierres la página.',
      untranslated: 'Este escenario todavía no tiene traducción a este idioma, así que su historia se muestra en inglés.',
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
      stagePicture: {
        room: (room: string) => `${room}: los asesores alrededor de la mesa larga. El que habla aparece iluminado.`,
        emptyRoom: (room: string) => `${room} antes de la reunión, con la mesa todavía vacía.`,
        calendar: (_room: string) => 'El calendario pasa al día de la reunión.',
        cable: (_room: string) => 'Un teletipo imprime el cable.',
        headline: (_room: string) => 'Llega el periódico con el titular.',
        phone: (_room: string) => 'Suena el teléfono.',
        record: (_room: string) => 'El acta se escribe a máquina y se sella.',
        recordCopy: (_room: string) => 'Se escribe una copia al carbón: el acta de lo que pudo haber pasado.',
        lighttable: (_room: string) => 'Una foto de reconocimiento se revela en la mesa de luz.',
      },
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
      updateReady: 'Hay una versión nueva lista. Tu progreso está guardado en este navegador: recarga la página para usar la versión nueva.',
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
      'Las teclas de números 1-4 eligen una opción; la M enciende o apaga el sonido; la R lee en voz alta (otra vez: pausa). Desactívalos si usas entrada por voz o un lector de pantalla que necesita esas teclas.',
    readVoice: 'Voz de lectura',
    readVoiceAuto: 'Automática',
    readVoiceHint: 'Solo se usan voces guardadas en este dispositivo, así que nada de lo que lees sale de él.',
    readVoiceNone: 'Este dispositivo no tiene una voz de lectura propia para este idioma.',
    readRate: 'Velocidad de lectura',
    language: 'Idioma (Language)',
    languageHint: 'Las palabras del juego cambian al momento; las palabras de los documentos se quedan en inglés, con una traducción debajo.',
    done: 'Listo',
  },

  reader: {
    group: 'Leer en voz alta',
    read: 'Leer en voz alta',
    pause: 'Pausa',
    resume: 'Seguir',
    stop: 'Detener',
    speed: 'Velocidad',
    close: 'Cerrar',
    rate: (r) => `${f.number(r)}×`,
    option: (n) => `Opción ${n}.`,
    noVoice: (language) =>
      `Este dispositivo no tiene una voz de lectura propia para el ${language.toLowerCase()}, y el juego solo usa voces que se quedan en el dispositivo. Usa la herramienta de lectura del propio dispositivo: en una Chromebook, activa «Seleccionar para pronunciar» (Configuración, Accesibilidad), selecciona el texto y presiona Buscar + S. Todo el texto del juego se puede seleccionar.`,
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
    translation: 'Traducción',
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

  historian: {
    questionHeading: 'La pregunta de hoy',
    questionIntro: 'Ten en mente esta pregunta mientras juegas. Al final del juego la vas a responder por tu cuenta.',
    questionReminder: 'Tenla en mente: al final del juego la respondes tú.',
    answerHeading: 'La pregunta de hoy, otra vez',
    answerIntro:
      'Respóndela en una oración, para ti. Piensa en lo que viste en el juego y en los registros: qué consiguió Estados Unidos, a qué renunció y qué quedó sin resolver. El juego no busca una única respuesta correcta.',
    answerLabel: 'Tu respuesta en una oración (opcional)',
    keptHere: 'Lo que escribes se queda solo en este navegador. Nunca forma parte de tu código de resultados.',
    notKept: 'Este navegador no puede guardar lo que escribes: se perderá al cerrar la página.',
    kindAbout: (name: string) => `Sobre este tipo de registro: ${name}`,
    kindFirst: 'Es el primer registro de este tipo que abres. Lee primero esta tarjeta: te ayuda a juzgar lo que el registro puede decirte.',
    kindWho: 'Qué es, quién lo escribió y para quién',
    kindWhen: 'Cuándo se escribió',
    kindShows: 'Qué puede mostrar',
    kindCannot: 'Qué no puede mostrar',
    kindsHeading: 'Tipos de registros',
    kindsIntro:
      'Cada registro de este juego es de uno de estos tipos. La primera vez que abres un registro de un tipo, su tarjeta se abre arriba del registro; después queda ahí, cerrada, para cuando la necesites.',
    kindLine: (name: string) => `Tipo: ${name}. `,
    compareHeading: 'Compara los registros (opcional)',
    compareOffer:
      'Esta reunión dejó dos registros distintos. Puedes ponerlos uno al lado del otro y responder unas preguntas, en unos cinco minutos. Tú decides: puedes saltarlo y volver a él en el balance final.',
    compareEndOffer: 'Después de las reuniones del juego, otra reunión dejó dos registros distintos. Puedes compararlos ahora o desde el balance final.',
    compareDebrief: 'Dos registros de la misma reunión, uno al lado del otro, con unas preguntas. Lo que escribes se queda en este navegador.',
    compareButton: (title: string) => `Comparar: ${title}`,
    compareProgress: (answered: number, total: number) => `${answered} de ${total} preguntas respondidas`,
    records: 'Los dos registros',
    readRecord: (title: string) => `Leer el registro completo: ${title}`,
    readRecordShort: 'Leer el registro completo',
    questions: 'Preguntas',
    yourChoice: 'Tu elección (opcional)',
    yourAnswer: 'Tu respuesta (opcional)',
    showAnswer: 'Mostrar lo que dicen los registros',
    hideAnswer: 'Ocultar lo que dicen los registros',
    done: 'Listo',
    simplifiesHeading: 'Cómo simplifica la historia este juego',
    simplifiesIntro:
      'Un juego sobre el pasado es una interpretación del pasado, como un capítulo de un libro de texto o una película. Esto es lo que este juego agrega y lo que deja fuera.',
    meters: (labels: string) =>
      `Los indicadores (${labels}) son un invento del juego. En 1962 nadie medía estas cosas con números. Las personas que hicieron el juego eligieron cuánto los mueve cada consejo.`,
    metersLeaveOut:
      'Los indicadores dejan fuera mucho de lo que importó: lo que vivió la gente en Cuba, la Unión Soviética y Estados Unidos; el miedo, el orgullo y la confianza entre los líderes; la suerte; y todo lo que pasó fuera de estas reuniones.',
    options:
      'El juego te da unas pocas opciones para cada pregunta. En las reuniones reales, la gente podía decir cualquier cosa, cambiar de opinión o dejar la decisión para después.',
    counterfactuals:
      'Cuando tu consejo es distinto de lo que se decidió, el juego muestra lo que podría haber pasado. Es una suposición, hecha a partir de riesgos que nombraron los asesores o del propio razonamiento del juego: no es historia.',
    recordsCannot:
      'Los registros también tienen límites (la lista “Lo que estos registros no pueden decirnos”, más arriba): acuerdos privados que no están escritos en estos papeles, y voces que no estaban en la sala, como los líderes cubanos y soviéticos hablando por sí mismos.',
    judgeQuestion: 'Juzga el juego: ¿qué es algo que su imagen de 1962 muestra bien, y algo que muestra mal o deja fuera? Da una razón para cada uno.',
    judgeLabel: 'Tu juicio (opcional)',
    guideHeading: 'Compara los registros: respuestas',
    guideIntro:
      'A los estudiantes se les ofrecen estas actividades opcionales después de la reunión 14 y al final (las dos se pueden volver a abrir desde el balance final). Ninguna pregunta tiene una sola respuesta correcta; las respuestas de abajo son lo que ven los estudiantes al abrir “Mostrar lo que dicen los registros”, con las palabras de los propios registros.',
    guideChoices: (choices: string) => `Opciones ofrecidas: ${choices}.`,
    guideRecords: (a: string, b: string) => `Documentos: ${a}; ${b}.`,
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

  diagnostics: () => import('./diagnostics.es').then((m) => m.diagnosticsEs),

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

  projector: {
    adviceHeading: 'El consejo de la clase',
    hint: 'Cuente las manos de cada opción y escriba los números; luego elija “Seguir a la clase”. O elija directamente la opción de la clase.',
    clicker: 'Control de presentaciones: Av Pág avanza; Re Pág pasa a la opción anterior.',
    handsFor: (label) => `Manos por ${label}`,
    hands: 'Manos',
    fewer: (label) => `Una menos por ${label}`,
    more: (label) => `Una más por ${label}`,
    goWithClass: 'Seguir a la clase',
    noHands: 'Todavía no se contó ninguna mano.',
    needHands: 'Primero escriba las manos, o elija una opción por la clase.',
    leading: (label, hands, total) => `Más manos: ${label} (${f.number(hands)} de ${f.number(total)}).`,
    tied: (labels, hands) => `Empate: ${labels}, con ${f.plural(hands, { one: '# mano', other: '# manos' })} cada una.`,
    tieHeading: 'Empate: usted elige por la clase',
    tieText: (labels, hands) =>
      `${labels} tienen ${f.plural(hands, { one: '# mano', other: '# manos' })} cada una. Elija una por la clase (Re Pág cambia, Av Pág elige), o cuenten de nuevo.`,
    debriefAdvice: 'El consejo de la clase',
    split: (parts) => `Clase: ${parts.map((p) => `${f.number(p.hands)} por ${p.label}`).join(', ')}.`,
    tieNote: ' Empate: eligió el docente.',
    teacherNote: ' Eligió el docente.',
    noCount: 'Clase: se eligió sin contar las manos.',
    debriefNote: 'Una partida de toda la clase: junto a cada pregunta, la votación a mano alzada de la clase.',
  },
  written: esWritten,
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
