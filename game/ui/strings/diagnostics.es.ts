/**
 * Las palabras de los problemas de un escenario en español (Latinoamérica), para quien edita los archivos: la
 * pantalla de error las muestra en un juego en español. Los nombres de campos, los ids, los nombres de archivo y
 * los valores JSON se citan tal como están en los archivos (en inglés).
 */
import type { FormatRule, Found, IdList, ListRule, PlayMode } from '../../core/scenario/diagnostic';
import type { DiagnosticWords } from './diagnostics';

function found(v: Found): string {
  switch (v.is) {
    case 'null':
      return 'null';
    case 'list':
      return 'una lista';
    case 'object':
      return 'un objeto';
    case 'nothing':
      return 'nada';
    case 'text':
      return `el texto ${JSON.stringify(v.text)}`;
    case 'number':
      return `el número ${v.value}`;
    case 'boolean':
      return `el valor ${v.value}`;
  }
}

/** El nombre de un tipo en zod → lo que lee quien escribe el escenario. */
const EXPECTED: Record<string, string> = {
  string: 'texto',
  number: 'un número',
  int: 'un número entero',
  boolean: 'true o false',
  array: 'una lista',
  object: 'un objeto',
  record: 'un objeto',
};

const FORMAT_RULE: Record<FormatRule, string> = {
  id: 'un id solo lleva letras minúsculas, dígitos y guiones',
  date: 'una fecha se escribe AAAA-MM-DD',
  'source-hash': 'un hash de source solo lleva letras minúsculas y dígitos (lo escribe `npm run i18n`)',
  language: 'un idioma es una etiqueta como "es" o "es-MX"',
  'code-prefix': 'un prefijo de código es una letra mayúscula seguida de 1 a 5 mayúsculas o dígitos, por ejemplo "EX62"',
  'map-path': 'un mapa es una ruta .json dentro del sitio, por ejemplo "map/caribbean.json"',
  clock: 'una hora se escribe HH:MM en el reloj de 24 horas, p. ej. "16:30"',
};

const LIST_RULE: Record<ListRule, string> = {
  'statement-citations': 'una declaración necesita al menos una cita',
  'history-citations': 'el registro histórico necesita al menos una cita',
  limits: 'di al menos una vez lo que los registros no pueden decir',
};

/** Cómo se llama un elemento de cada lista con ids (con su artículo). */
const ITEM: Record<IdList, string> = {
  meters: 'de indicador',
  cast: 'de persona',
  meetings: 'de reunión',
  decisions: 'de decisión',
  events: 'de evento',
  endings: 'de final',
  glossary: 'de término del glosario',
  places: 'de lugar',
  recordKinds: 'de tipo de documento',
  comparisons: 'de comparación',
};

const UNIT = { prose: 'del campo de prosa', quote: 'de la cita', title: 'del título de la fuente' } as const;

const inShort = (mode: PlayMode) => (mode === 'full' ? '' : ' en la partida corta');
const quoted = (items: readonly string[]) => items.map((x) => JSON.stringify(x));
const listOrNone = (items: readonly string[]) => (items.length ? items.join(', ') : 'ninguno');
const items = (n: number) => (n === 1 ? '1 elemento' : `${n} elementos`);

export const diagnosticsEs: DiagnosticWords = {
  severity: { error: 'error', warning: 'advertencia' },
  lineColumn: (line, column) => `línea ${line}, columna ${column}`,
  problems: {
    'bad-json': (p) => `no es JSON válido: ${p.detail}`,
    'not-an-object': (p) => `${p.format === 'scenario' ? 'un escenario' : 'un archivo de traducción'} es un objeto JSON; se encontró ${found(p.found)}`,
    'format-too-new': (p) =>
      `la versión de formato ${p.version} es más nueva de lo que este juego puede leer (lee las versiones ${p.min} a ${p.max}); actualiza el juego`,
    'format-too-old': (p) =>
      `la versión de formato ${p.version} es demasiado antigua para este juego (lee las versiones ${p.min} a ${p.max}); convierte el archivo al formato ${p.max}`,
    'internal-error': (p) => `error interno durante la revisión: ${p.detail}`,

    'unknown-field': (p) =>
      `campo desconocido "${p.field}" (no forma parte del formato ${p.format === 'scenario' ? 'de escenario' : 'de los archivos de traducción'}; revisa cómo está escrito)`,
    'missing-field': (p) => `falta el campo obligatorio "${p.field}"`,
    'wrong-type': (p) => `se esperaba ${EXPECTED[p.expected] ?? p.expected}; se encontró ${found(p.found)}`,
    'bad-condition': (p) => `no es una condición válida: usa exactamente una de estas claves: ${p.keys.join(', ')}`,
    'not-one-of': (p) => `debe ser uno de estos valores: ${p.values.join(', ')}; se encontró ${found(p.found)}`,
    'too-few-items': (p) => `necesita al menos ${items(p.minimum)}${p.rule ? ` (${LIST_RULE[p.rule]})` : ''}`,
    'too-many-items': (p) => `tiene demasiados elementos (como máximo ${p.maximum})`,
    'empty-text': () => 'no puede estar vacío',
    'too-small': (p) => `debe ser al menos ${p.minimum}; se encontró ${found(p.found)}`,
    'too-big': (p) => `debe ser como máximo ${p.maximum}; se encontró ${found(p.found)}`,
    'bad-format': (p) => FORMAT_RULE[p.rule],
    'bad-key': (p) => `clave no válida: ${FORMAT_RULE[p.rule]}`,
    'schema-issue': (p) => `problema de formato (${p.code}): ${p.detail}`,

    'duplicate-id': (p) => `id ${ITEM[p.list]} repetido: "${p.id}" (se usó primero en ${p.first})`,
    'duplicate-option-id': (p) => `id de opción repetido: "${p.id}" en la decisión "${p.decision}"`,
    'meeting-number-reused': (p) => `el número de reunión ${p.number} se usa dos veces`,

    'source-is-index': (p) => `"${p.file}": INDEX.md es una lista de fuentes que escribimos nosotros, no una fuente`,
    'source-not-retrieved': (p) =>
      `"${p.file}": los archivos marcados NOT-RETRIEVED no tienen el texto del documento (no se encontró el documento), así que no se pueden citar`,
    'source-file-missing': (p) => `el archivo "${p.file}" no está en scenarios/sources/`,
    'source-not-quotable': (p) =>
      `"${p.file}" no tiene texto citable (en los archivos de background/ y aftermath/, el texto del documento empieza debajo de la línea de "=")`,
    'source-kind-mismatch': (p) =>
      `kind es "${p.declared}", pero el archivo está en ${p.folder === 'meeting' ? 'la carpeta principal (actas de reuniones)' : `la carpeta ${p.folder}/`}`,
    'unknown-source': (p) => `fuente desconocida "${p.source}" (no es una clave de sources)`,
    'quote-in-header': (p) => `la cita solo está en el encabezado de "${p.file}" (arriba de la línea de "="), que es nuestra nota, no el documento`,
    'quote-not-found': (p) =>
      `no se encontró la cita en "${p.file}"${p.matched !== null ? `: coincide hasta "${p.matched}" y luego cambia` : ' (ni siquiera sus primeras palabras)'}`,
    'quote-not-attributed': (p) =>
      `la cita se atribuye a ${p.person}, pero el párrafo de "${p.file}" que la contiene no nombra a ${p.person} ` +
      `(se buscó ${quoted(p.looked).join(', ')}); atribúyela a la persona que nombra el registro, o declara un alias en cast`,
    'other-side-speaker': (p) =>
      `${p.person} habla por el lado "${p.side}"; la visión desde Moscú o La Habana la da una persona de cast cuyo side es "soviet" o "cuban"`,

    'historical-uncited': () => 'una consecuencia histórica necesita al menos una cita',
    'historical-with-basis': () => 'una consecuencia histórica no lleva basis: ocurrió, así que sus citas son el registro (basis es para los contrafácticos)',
    'counterfactual-record-medium': () =>
      'una consecuencia contrafáctica no puede usar el medio "record" (se muestra como "Del registro"): usa cable, headline o phone',
    'counterfactual-no-basis': () =>
      'una consecuencia contrafáctica necesita un basis: la advertencia en que se apoya, citada ({ "text", "citations" }), o la inferencia propia del juego, dicha con claridad ({ "text", "inference": true })',
    'basis-both': () => 'un basis es la advertencia en que se apoya (citations) o la inferencia propia del juego (inference: true), no las dos cosas',
    'basis-neither': () =>
      'un basis necesita la advertencia en que se apoya, citada (citations), o "inference": true para decir que es una inferencia propia del juego',

    'markup-no-id': (p) => `el marcado de glosario "${p.markup}" no tiene id de término`,
    'markup-empty-words': (p) => `el marcado de glosario "${p.markup}" tiene vacías las palabras que se muestran`,
    'markup-unbalanced': () => 'marcado de glosario sin cerrar: cada "[[" necesita su "]]"',
    'unknown-term': (p) => `término de glosario desconocido "${p.id}" en el marcado [[…]]`,

    'unknown-person': (p) =>
      `persona desconocida "${p.id}" (${p.role === 'cast' ? 'no está en cast' : p.role === 'chair' ? 'chair debe ser un id de cast' : 'author debe ser un id de cast'})`,
    'unknown-cue': (p) => `señal de sonido desconocida "${p.cue}" (el juego solo conoce las de game/core/cues.ts)`,
    'cue-not-listed': (p) => `la señal de sonido "${p.cue}" no está en la lista cues`,
    'unknown-decision': (p) => `decisión desconocida "${p.id}"`,
    'unknown-next': (p) => `decisión desconocida "${p.id}" (usa un id de decisión o "end")`,
    'unknown-option': (p) => `la decisión "${p.decision}" no tiene la opción "${p.option}"`,
    'flag-never-set': (p) => `ninguna opción ni evento activa la marca "${p.flag}"`,
    'unknown-meter': (p) => `indicador desconocido "${p.id}"`,
    'meter-condition-unbounded': () => 'una condición de indicador necesita atLeast o atMost',
    'meter-condition-impossible': () => 'atLeast es mayor que atMost: esta condición nunca se cumple',
    'unknown-place': (p) => `lugar desconocido "${p.id}"`,
    'unknown-meeting': (p) => `reunión desconocida "${p.id}"`,
    'history-unknown-option': (p) => `history nombra la opción "${p.option}", que esta decisión no tiene`,
    'unknown-record-kind': (p) => `tipo de documento desconocido "${p.id}" (no es un id de recordKinds)`,
    'comparison-after': (p) => `reunión desconocida "${p.id}" (usa un id de reunión, o "end" para el epílogo)`,
    'comparison-same-record': (p) => `la comparación pone "${p.source}" al lado de sí misma: nombra dos documentos distintos`,
    'comparison-quote-elsewhere': (p) => `la cita viene de "${p.source}", que no es uno de los documentos comparados (${p.records.join(', ')})`,

    'no-other-side': () => 'no hay visión desde Moscú o La Habana: da al menos una declaración en otherSide por reunión',
    'meeting-unused': (p) => `la reunión "${p.meeting}" no tiene decisiones, así que nunca se muestra`,
    'quick-call-options': (p) => `una decisión rápida tiene dos o tres opciones, no ${p.count}`,
    'stances-missing': (p) =>
      `no ofrece ninguna opción ${quoted(p.missing).join(' ni ')}: una pregunta con tres o más opciones debe ofrecer consejos "firm", "middle" y "flexible"`,
    'stances-same': () => 'las dos opciones tienen la misma postura (stance): una pregunta con dos opciones debe ofrecer dos posturas distintas',
    'option-unraised': () =>
      'nadie defendió ni propuso esta opción: nombra a los asesores que la defendieron (arguedBy) o a quien preside si la propuso él mismo (raisedBy), cada uno con una cita; pon "unnamed": true si el registro muestra que la propuso alguien a quien no nombra, o pon "alternative": true',
    'raised-and-alternative': () => 'una opción que alguien defendió o propuso (arguedBy, raisedBy) no puede ser también una alternativa que nadie propuso',
    'unnamed-conflict': () => '"unnamed" significa que el registro no dice quién la propuso: no puede ir con arguedBy, raisedBy ni "alternative"',
    'chair-argued': (p) => `"${p.person}" preside la sala: la propuesta propia de quien preside va en raisedBy, no en arguedBy`,
    'raised-not-chair': (p) => `solo quien preside ("${p.chair}") propone una opción por sí mismo: lo que defendió "${p.person}" va en arguedBy`,
    'flag-unused': (p) => `la marca "${p.flag}" se activa, pero ningún evento ni final la consulta`,

    'short-mode-repeat': (p) => `la decisión "${p.decision}" aparece dos veces`,
    'short-mode-order': (p) => `la decisión "${p.decision}" está fuera de orden: pon las decisiones de shortMode en el mismo orden que en decisions`,
    'last-ending-not-always': () => 'el último final debe ser { "always": true }, para que toda partida tenga un final',
    'early-always-ending': () => 'solo el último final puede ser { "always": true }: los finales que vienen después nunca se alcanzan',
    cycle: (p) => `ciclo en el orden de juego: ${p.loop.join(' → ')}`,
    'decision-unreached': (p) =>
      p.mode === 'full'
        ? `la decisión "${p.decision}" nunca se alcanza: el next de ninguna pregunta lleva aquí`
        : `la decisión "${p.decision}" nunca se alcanza en la partida corta`,
    'dead-end': (p) =>
      `callejón sin salida${inShort(p.mode)}: jugando ${p.choices.length === 0 ? 'sin elegir nada' : p.choices.map((c) => `${c.decision}=${c.option}`).join(', ')} ` +
      'se llega al fin sin ningún final cuya condición se cumpla',
    'search-incomplete': (p) =>
      `la búsqueda de finales${inShort(p.mode)} se detuvo después de ${p.states} estados; los finales no alcanzados todavía podrían alcanzarse`,
    'ending-unreached': (p) =>
      p.mode === 'full'
        ? `el final "${p.ending}" nunca se alcanza: ninguna partida cumple su condición antes que la de un final anterior`
        : `el final "${p.ending}" no se puede alcanzar en la partida corta`,

    'set-by-overlay': (p) => `"${p.field}" lo pone el archivo de traducción; no se escribe en el escenario`,
    'overlay-wrong-scenario': (p) => `este archivo de traducción traduce "${p.translates}", pero el id del escenario es "${p.scenario}"`,
    'overlay-named-scenario': (p) => `el nombre del archivo es de "${p.named}", pero traduce "${p.translates}" (nómbralo <id del escenario>.<idioma>.json)`,
    'overlay-named-language': (p) => `el nombre del archivo es del idioma "${p.named}", pero su idioma es "${p.language}"`,
    'translation-missing': (p) => `falta la traducción ${UNIT[p.unit]} "${p.key}"`,
    'translation-not-a-unit': (p) =>
      `"${p.key}" no es un texto que traduzca el archivo de traducción: solo se traducen campos de prosa, citas y títulos de fuentes (revisa la clave)`,
    'translation-should-be-empty': () => 'el texto en inglés de este campo está vacío: deja vacía también la traducción (o quita la entrada)',
    'translation-empty': () => 'traducción vacía de un texto que no está vacío en inglés',
    'translation-glossary-ids': (p) =>
      `los ids de glosario no coinciden con el inglés: el inglés tiene ${listOrNone(p.english)}; la traducción, ${listOrNone(p.translation)} (deja cada [[id]] tal como está)`,
    'translation-placeholders': (p) =>
      `los marcadores {…} no coinciden con el inglés: el inglés tiene ${listOrNone(p.english)}; la traducción, ${listOrNone(p.translation)}`,
    'translation-stale': (p) =>
      `traducción desactualizada: el inglés cambió después de traducirse (source "${p.source}"; el inglés ahora tiene el hash "${p.hash}"); revisa la traducción y luego actualiza su source`,

    'fetch-failed': (p) => `no se pudo cargar (${p.detail})`,
    'loader-failed': (p) => `no se pudo cargar (el cargador del escenario no arrancó: ${p.detail ?? 'falló el proceso en segundo plano'})`,
    'manifest-empty': () => 'debe listar al menos un escenario',
    'manifest-bad-id': () => 'solo puede llevar letras minúsculas, dígitos y guiones',
    'manifest-bad-file': () => 'debe ser un archivo dentro de scenarios/',
    'manifest-bad-sources': () => 'debe ser una carpeta dentro de scenarios/, terminada en "/"',
  },
};
