/**
 * The teacher-facing groups of the Spanish catalogue: the teacher guide, the map and the class results page.
 * Same keys and signatures as the English groups (en.ts); es.ts takes them from here.
 *
 * Words shared with the rest of the Spanish game (names of screens, buttons and labels quoted here) should read as
 * they do on screen: "balance final" (the debrief), "Resultados de la clase", "partida corta", "decisión rápida",
 * "postura" (stance: firme, intermedia, flexible), "registros" (the records), "indicadores" (the meters),
 * "Lo propuso el Presidente", "pantalla de inicio", "Configuración" (Settings).
 */
import type { Strings } from './en';
import { formatters } from './format';

const f = formatters('es-419');

export const esGuide: Strings['guide'] = {
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
      'El movimiento se reduce cuando el sistema lo pide, o desde Configuración.',
      'El texto se puede agrandar en Configuración, y la página también respeta el zoom del navegador. Los colores cumplen un contraste de 4.5:1, y los indicadores y los gráficos usan tramas y etiquetas además del color.',
      'Ninguna pregunta tiene límite de tiempo.',
    ],
    report: 'Si algo le impide avanzar a un estudiante, por favor infórmelo para que se pueda corregir.',
  },
};

export const esMap: Strings['map'] = {
  couldNotShow: (detail) => `No se pudo mostrar el mapa (${detail}).`,
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

export const esClassPage: Strings['classPage'] = {
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
};
