/**
 * Builds assets/map/caribbean.json, the projected map the game draws as inline SVG.
 *
 *   npx tsx scripts/build-map.ts            (writes assets/map/caribbean.json)
 *   npx tsx scripts/build-map.ts --out FILE
 *
 * Input: Natural Earth 1:50m countries (npm `world-atlas`, TopoJSON) and scenarios/map/places.json (places with
 * coordinates and sources). Output: land outlines as SVG path strings (1 decimal), the projected x/y of every
 * place, the quarantine arc and two illustrative reconnaissance layers. Everything is projected here, at build
 * time, so the game ships a few tens of KB and no geo library.
 *
 * Deterministic: same inputs, byte-identical output (no dates, no random numbers, fixed key order).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { MapData, MapPlace, MapRoute, MapRegionLabel, PlaceKind } from '../game/ui/map';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** `--out <file>` writes elsewhere (the unit test rebuilds into a temp file to check the committed asset). */
const outArg = process.argv.indexOf('--out');
const OUT = outArg > 0 && process.argv[outArg + 1] ? resolve(process.argv[outArg + 1]!) : resolve(root, 'assets/map/caribbean.json');
const ATLAS = resolve(root, 'node_modules/world-atlas/countries-50m.json');
/** The project's copy of ../shared/places.json (scenarios/map/), else the shared folder beside the project. */
const PLACES_CANDIDATES = [resolve(root, 'scenarios/map/places.json'), resolve(root, '../shared/places.json')];

/**
 * The geographic box drawn. The brief asked for about lon -86..-73, lat 19..28.5; the box runs east to -64
 * because the quarantine arc (500 miles from Cape Maisí) lies east of the Bahamas and north of Puerto Rico,
 * almost wholly outside the smaller box. South to 17.6 so Jamaica, Hispaniola and Puerto Rico show whole.
 */
const BOX = { west: -86, east: -64, south: 17.6, north: 29.3 } as const;
/** The part drawn without the quarantine arc: the brief's box, a little wider so Guantánamo's tag fits. */
const CORE = { west: -86, east: -72.3, south: 18.6, north: 29.3 } as const;
/** viewBox width in user units; the height follows from the projection. */
const WIDTH = 1000;
/** Points closer than this (user units) to the last kept point are dropped: invisible at any size we draw. */
const MIN_STEP = 0.9;

// ---------------------------------------------------------------------------------------------------------
// Input

interface SourcePlace {
  id: string;
  name: string;
  kind: string;
  lat?: number;
  lon?: number;
  approximate?: boolean;
  unverified?: string;
  role_1962?: string;
  centre?: { lat: number; lon: number; name: string };
  radius_nm?: number;
  radius_unit_verified?: boolean;
}

function readPlaces(): SourcePlace[] {
  for (const file of PLACES_CANDIDATES) {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as SourcePlace[];
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }
  throw new Error(`places.json not found (looked in ${PLACES_CANDIDATES.join(', ')})`);
}

/**
 * Our own short wording for each place (list and labels), kept beside the id so a new place in places.json
 * without an entry here fails the build instead of shipping an empty description.
 */
const WORDING: Record<string, { short: string; role: string; note?: string }> = {
  havana: { short: 'Havana', role: "Cuba's capital and port; Mikoyan talked with Castro here in November 1962." },
  mariel: { short: 'Mariel', role: 'Port west of Havana where Soviet ships loaded the missiles to take them home (from 6 November).' },
  casilda: { short: 'Casilda', role: 'South-coast port near Trinidad; the last missile ship was still loading there about 8 November.' },
  'la-isabela': {
    short: 'La Isabela',
    role: 'North-coast port where the Soviet warhead ship docked on 23 October.',
    note: 'Our sources do not confirm that missiles left from here in November.',
  },
  'san-cristobal-mrbm': {
    short: 'San Cristóbal',
    role: 'Medium-range missile sites, the first found by a U-2 (14 October).',
    note: 'Marker at San Cristóbal town; the launch sites lay in the hills nearby.',
  },
  'sagua-la-grande-mrbm': {
    short: 'Sagua la Grande',
    role: 'Medium-range missile sites, watched in early November as they were cleared.',
    note: 'Marker at the town; the sites lay outside it.',
  },
  'guanajay-irbm': {
    short: 'Guanajay',
    role: 'Missile base area west of Havana, usually described as unfinished intermediate-range (IRBM) sites.',
    note: 'Marker at the town. The IRBM label is the usual one in histories but no source we read states it.',
  },
  'remedios-irbm': {
    short: 'Remedios',
    role: 'Missile base in central Cuba, usually described as an intermediate-range (IRBM) site.',
    note: 'Marker at the town. The IRBM label rests on inference, not on a quoted source.',
  },
  'san-julian-airfield': { short: 'San Julián', role: 'Airfield at the western tip where IL-28 bombers were being assembled.' },
  'holguin-airfield': {
    short: 'Holguín',
    role: 'Airfield in eastern Cuba with IL-28 bombers, most still in crates.',
    note: "Placed at today's Frank País Airport, taken to be the 1962 military airfield (not stated outright).",
  },
  'guantanamo-bay-nb': { short: 'Guantánamo', role: 'U.S. naval base; reinforced by Marines and its families evacuated in October.' },
  'key-west': { short: 'Key West', role: "Florida's southernmost city, about 90 miles from Cuba." },
  miami: { short: 'Miami', role: 'Where Cuban refugees arrived, bringing reports of missiles to U.S. intelligence.' },
  'mccoy-afb': {
    short: 'McCoy AFB',
    role: 'Air Force base near Orlando, the forward base for U-2 flights over Cuba.',
    note: "Placed at today's Orlando airport, built on the former base.",
  },
};

/**
 * Preferred side for each place's number tag, as a compass bearing in degrees (0 = up). The game's label
 * layout starts here and pushes tags apart, so these only need to point into open sea where possible.
 */
const TAG_BEARING: Record<string, number> = {
  havana: 20,
  mariel: 340,
  casilda: 200,
  'la-isabela': 20,
  'san-cristobal-mrbm': 215,
  'sagua-la-grande-mrbm': 160,
  'guanajay-irbm': 160,
  'remedios-irbm': 60,
  'san-julian-airfield': 200,
  'holguin-airfield': 20,
  'guantanamo-bay-nb': 200,
  'key-west': 300,
  miami: 90,
  'mccoy-afb': 90,
};

const KINDS: readonly PlaceKind[] = ['city', 'port', 'missile-site', 'airfield', 'base'];

// ---------------------------------------------------------------------------------------------------------
// Geometry helpers

const round1 = (v: number): number => Math.round(v * 10) / 10;
const fmt = (v: number): string => {
  const r = round1(v);
  return Object.is(r, -0) ? '0' : String(r);
};

/**
 * A d3 path context that writes compact SVG: an absolute M per ring, then relative l steps between points
 * rounded to 0.1, dropping steps shorter than MIN_STEP. Deltas are taken between rounded absolute points, so
 * rounding never drifts along a long coastline.
 */
class CompactPath {
  private parts: string[] = [];
  private last: [number, number] | null = null;
  private pending: [number, number] | null = null;
  private ringPoints = 0;
  private ringBuf: string[] = [];

  moveTo(x: number, y: number): void {
    this.flushRing();
    const p: [number, number] = [round1(x), round1(y)];
    this.ringBuf = [`M${fmt(p[0])} ${fmt(p[1])}`];
    this.last = p;
    this.ringPoints = 1;
    this.pending = null;
  }

  lineTo(x: number, y: number): void {
    const p: [number, number] = [round1(x), round1(y)];
    if (!this.last) return this.moveTo(x, y);
    if (Math.hypot(p[0] - this.last[0], p[1] - this.last[1]) < MIN_STEP) {
      // Keep the latest skipped point so a ring's final corner is not lost.
      this.pending = p;
      return;
    }
    this.step(p);
  }

  closePath(): void {
    if (this.pending) this.step(this.pending);
    this.pending = null;
    this.ringBuf.push('z');
    this.flushRing();
  }

  arc(): void {
    /* points are never drawn through this context */
  }

  result(): string {
    this.flushRing();
    return this.parts.join('');
  }

  private step(p: [number, number]): void {
    const last = this.last!;
    this.ringBuf.push(`l${fmt(p[0] - last[0])} ${fmt(p[1] - last[1])}`);
    this.last = p;
    this.pending = null;
    this.ringPoints += 1;
  }

  private flushRing(): void {
    // A ring of fewer than 3 kept points is a speck (a cay smaller than a unit): leave it out.
    if (this.ringBuf.length && this.ringPoints >= 3) this.parts.push(this.ringBuf.join('').replace(/ -/g, '-'));
    this.ringBuf = [];
    this.ringPoints = 0;
  }
}

/** Point at a given great-circle distance (degrees of arc) and initial bearing from a start point. */
function destination(lon: number, lat: number, bearingDeg: number, arcDeg: number): [number, number] {
  const rad = Math.PI / 180;
  const φ1 = lat * rad;
  const λ1 = lon * rad;
  const θ = bearingDeg * rad;
  const δ = arcDeg * rad;
  const φ2 = Math.asin(Math.sin(φ1) * Math.cos(δ) + Math.cos(φ1) * Math.sin(δ) * Math.cos(θ));
  const λ2 = λ1 + Math.atan2(Math.sin(θ) * Math.sin(δ) * Math.cos(φ1), Math.cos(δ) - Math.sin(φ1) * Math.sin(φ2));
  return [λ2 / rad, φ2 / rad];
}

function project(projection: GeoProjection, lon: number, lat: number): [number, number] {
  const p = projection([lon, lat]);
  if (!p || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) throw new Error(`cannot project ${lon},${lat}`);
  return [round1(p[0]), round1(p[1])];
}

function at(projection: GeoProjection, lon: number, lat: number): { x: number; y: number } {
  const [x, y] = project(projection, lon, lat);
  return { x, y };
}

/** Polyline through lon/lat points as an absolute SVG path (routes are short; clarity beats bytes). */
function line(projection: GeoProjection, pts: Array<[number, number]>): string {
  return pts
    .map(([lon, lat], i) => {
      const [x, y] = project(projection, lon, lat);
      return `${i === 0 ? 'M' : 'L'}${fmt(x)} ${fmt(y)}`;
    })
    .join('');
}

/**
 * A smooth route through lon/lat waypoints: a Catmull-Rom curve turned into cubic Béziers in projected space,
 * so illustrative flights read as flown tracks, not as survey lines.
 */
function curve(projection: GeoProjection, pts: Array<[number, number]>): string {
  const p = pts.map(([lon, lat]) => project(projection, lon, lat));
  if (p.length < 3) return line(projection, pts);
  let d = `M${fmt(p[0]![0])} ${fmt(p[0]![1])}`;
  for (let i = 0; i < p.length - 1; i++) {
    const p0 = p[Math.max(0, i - 1)]!;
    const p1 = p[i]!;
    const p2 = p[i + 1]!;
    const p3 = p[Math.min(p.length - 1, i + 2)]!;
    const c1 = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
    const c2 = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
    d += `C${fmt(c1[0]!)} ${fmt(c1[1]!)} ${fmt(c2[0]!)} ${fmt(c2[1]!)} ${fmt(p2[0])} ${fmt(p2[1])}`;
  }
  return d;
}

// ---------------------------------------------------------------------------------------------------------
// Build

function build(): MapData {
  const topo = JSON.parse(readFileSync(ATLAS, 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>;

  // Mercator: conformal, north up, meridians vertical, so the lon/lat box is a plain rectangle. Rotated to
  // the Florida Straits' meridian so the recorded parameters say where the map is centred.
  const boxOutline: Feature<Geometry> = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiPoint',
      coordinates: [
        [BOX.west, BOX.south],
        [BOX.east, BOX.north],
        [BOX.west, BOX.north],
        [BOX.east, BOX.south],
      ],
    },
  };
  const rotate: [number, number, number] = [80, 0, 0];
  const probe = geoMercator().rotate(rotate).fitWidth(WIDTH, boxOutline);
  const [[, y0], [, y1]] = geoPath(probe).bounds(boxOutline);
  const height = Math.round(y1 - y0);
  const projection = geoMercator().rotate(rotate).fitSize([WIDTH, height], boxOutline);
  projection.clipExtent([
    [0, 0],
    [WIDTH, height],
  ]);
  const scale = projection.scale();
  const translate = projection.translate();

  const land: MapData['land'] = [];
  for (const f of [...countries.features].sort((a, b) => a.properties.name.localeCompare(b.properties.name))) {
    const ctx = new CompactPath();
    geoPath(projection, ctx as unknown as CanvasRenderingContext2D)(f);
    const d = ctx.result();
    if (d) land.push({ name: f.properties.name, d });
  }

  const source = readPlaces();
  const places: MapPlace[] = [];
  let quarantineSource: SourcePlace | undefined;
  for (const sp of source) {
    if (sp.kind === 'line') {
      if (sp.id === 'quarantine-line') quarantineSource = sp;
      continue;
    }
    if (typeof sp.lat !== 'number' || typeof sp.lon !== 'number') {
      console.warn(`skipped ${sp.id}: no coordinates`);
      continue;
    }
    const words = WORDING[sp.id];
    if (!words) throw new Error(`scripts/build-map.ts: add wording for new place "${sp.id}"`);
    if (!(KINDS as readonly string[]).includes(sp.kind)) throw new Error(`place ${sp.id}: unknown kind ${sp.kind}`);
    const [x, y] = project(projection, sp.lon, sp.lat);
    const place: MapPlace = {
      id: sp.id,
      name: sp.name,
      short: words.short,
      kind: sp.kind as PlaceKind,
      x,
      y,
      approximate: sp.approximate === true,
      // Unverified is kept apart from approximate: places.json marks, e.g., Holguín's identity as inferred.
      unverified: typeof sp.unverified === 'string',
      role: words.role,
      tagBearing: TAG_BEARING[sp.id] ?? 45,
    };
    if (words.note) place.note = words.note;
    places.push(place);
  }

  const routes: MapRoute[] = [];
  if (quarantineSource?.centre && quarantineSource.radius_nm) {
    routes.push(quarantine(projection, quarantineSource));
  }
  routes.push(u2Route(projection), lowLevelRoute(projection));

  const regionLabels: MapRegionLabel[] = REGIONS.map(([text, lon, lat, tier, sea]) => {
    const [x, y] = project(projection, lon, lat);
    const label: MapRegionLabel = { text, x, y, tier };
    if (sea) label.sea = true;
    return label;
  });

  return {
    version: 1,
    width: WIDTH,
    height,
    projection: {
      type: 'mercator',
      rotate,
      scale: Math.round(scale * 1000) / 1000,
      translate: [Math.round(translate[0] * 1000) / 1000, Math.round(translate[1] * 1000) / 1000],
      box: { ...BOX },
    },
    attribution: 'Coastlines: Natural Earth 1:50m (public domain), via the world-atlas package. Mercator projection.',
    core: coreRect(projection),
    land,
    regionLabels,
    places,
    routes,
  };
}

function coreRect(projection: GeoProjection): MapData['core'] {
  const [x0, y0] = project(projection, CORE.west, CORE.north);
  const [x1, y1] = project(projection, CORE.east, CORE.south);
  return { x: x0, y: y0, width: round1(x1 - x0), height: round1(y1 - y0) };
}

/** Region and sea names drawn on the map. Tier 2 is hidden when the map is narrow. */
const REGIONS: Array<[string, number, number, 1 | 2, boolean?]> = [
  ['CUBA', -78.3, 21.55, 1],
  ['FLORIDA', -81.55, 27.4, 1],
  ['THE BAHAMAS', -75.3, 24.2, 2],
  ['JAMAICA', -77.3, 18.2, 2],
  ['HAITI', -72.4, 19.05, 2],
  ['DOMINICAN REP.', -70.4, 18.35, 2],
  ['PUERTO RICO', -66.3, 17.95, 2],
  ['Gulf of Mexico', -84.6, 25.6, 2, true],
  ['Atlantic Ocean', -70.5, 28.4, 2, true],
  ['Caribbean Sea', -83.4, 19.5, 2, true],
];

/**
 * The quarantine arc around Cape Maisí. The sources say "500 miles" without the unit, so two arcs are drawn:
 * 500 nautical miles and 500 statute miles (434.5 nm), with the band between them. 1 nm = 1 minute of arc,
 * so the radius in degrees is nm / 60. Only a part of the circle is drawn: from due north round to east, the
 * stretch "east of the Bahamas and north of Puerto Rico" the sources describe; the drawn ends are illustrative.
 */
function quarantine(projection: GeoProjection, sp: SourcePlace): MapRoute {
  const c = sp.centre!;
  const nmReading = sp.radius_nm!;
  const statuteReading = (nmReading * 1609.344) / 1852; // the same number of statute miles, in nm
  const bearings: number[] = [];
  for (let b = -6; b <= 96; b += 3) bearings.push(b);
  const arcFor = (nm: number): Array<[number, number]> => bearings.map((b) => destination(c.lon, c.lat, b, nm / 60));
  const outer = arcFor(nmReading);
  const inner = arcFor(statuteReading);
  const [cx, cy] = project(projection, c.lon, c.lat);
  const [lx, ly] = project(projection, ...destination(c.lon, c.lat, 40, (nmReading + 30) / 60));
  // With the unit unverified, both readings are drawn and the band between them shaded.
  const unsure = sp.radius_unit_verified !== true;
  const route: MapRoute = {
    id: 'quarantine',
    label: 'Quarantine line (approx.)',
    description:
      `U.S. Navy quarantine interception line: an arc about ${nmReading} miles from Cape Maisí, the eastern tip of Cuba, ` +
      'east of the Bahamas and north of Puerto Rico. In force from 24 October 1962; active operations were suspended ' +
      'on 30 October during the UN talks and resumed afterwards.' +
      (unsure ? ` The sources say "${nmReading} miles" without saying nautical or statute, so the band spans both readings.` : '') +
      ' The ends of the drawn arc are illustrative.',
    illustrative: false,
    approximate: true,
    paths: [{ d: line(projection, outer), label: `${nmReading} nautical miles` }],
    labelAt: { x: lx, y: ly },
    centre: { x: cx, y: cy, name: c.name.split(' (')[0] ?? c.name },
  };
  if (unsure) {
    route.paths.push({ d: line(projection, inner), label: `${nmReading} statute miles` });
    route.band = `${line(projection, outer)}${line(projection, [...inner].reverse()).replace(/^M/, 'L')}z`;
  }
  return route;
}

/**
 * An illustrative high-altitude U-2 track: out of McCoy AFB (the forward base places.json records), over the
 * Gulf, then along the island from west to east and out to sea. Not the path of any particular mission.
 */
function u2Route(projection: GeoProjection): MapRoute {
  return {
    id: 'u2',
    label: 'U-2 track, high altitude (illustrative)',
    description:
      'Illustrative high-altitude U-2 track: from McCoy Air Force Base in Florida, over the Gulf of Mexico, then along ' +
      'Cuba from west to east. It shows the kind of coverage the U-2s flew, not the route of a particular mission.',
    illustrative: true,
    approximate: true,
    paths: [
      {
        d: curve(projection, [
          [-81.31, 28.25],
          [-83.6, 25.9],
          [-84.9, 23.2],
          [-84.1, 22.35],
          [-82.9, 22.65],
          [-81.2, 22.55],
          [-79.8, 22.4],
          [-78.2, 21.7],
          [-76.6, 20.95],
          [-75.2, 20.45],
          [-73.6, 20.7],
        ]),
        label: 'McCoy AFB to western Cuba, then west to east along the island',
      },
    ],
    labelAt: at(projection, -84.4, 26.7),
  };
}

/**
 * Illustrative low-level photo passes from Key West (the squadrons were honoured at Boca Chica, Key West) over
 * the western missile sites and San Julián, over the central sites, and over Holguín. Illustrative only.
 */
function lowLevelRoute(projection: GeoProjection): MapRoute {
  return {
    id: 'low-level',
    label: 'Low-level photo passes (illustrative)',
    description:
      'Illustrative low-level photo-reconnaissance passes by Navy and Marine jets: from Key West in over the missile ' +
      'sites west of Havana and the San Julián airfield, over the central sites at Sagua la Grande and Remedios, and ' +
      'over the Holguín airfield. They show the kind of passes flown, not particular missions.',
    illustrative: true,
    approximate: true,
    paths: [
      {
        d: curve(projection, [
          [-81.9, 24.45],
          [-82.85, 23.25],
          [-82.69, 22.93],
          [-83.05, 22.72],
          [-84.15, 22.1],
          [-84.75, 21.55],
          [-85.5, 21.35],
        ]),
        label: 'Western pass: Guanajay, San Cristóbal, San Julián',
      },
      {
        d: curve(projection, [
          [-81.5, 24.4],
          [-80.4, 23.4],
          [-80.07, 22.81],
          [-79.55, 22.49],
          [-79.0, 22.75],
          [-79.2, 23.5],
        ]),
        label: 'Central pass: Sagua la Grande, Remedios',
      },
      {
        d: curve(projection, [
          [-77.2, 22.6],
          [-76.6, 21.5],
          [-76.31, 20.78],
          [-75.7, 20.4],
          [-75.2, 21.0],
          [-75.6, 21.6],
        ]),
        label: 'Eastern pass: Holguín',
      },
    ],
    labelAt: at(projection, -83.2, 24.1),
  };
}

const data = build();
mkdirSync(dirname(OUT), { recursive: true });
const text = `${JSON.stringify(data)}\n`;
writeFileSync(OUT, text);
console.log(
  `wrote ${OUT}: ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB, ${data.land.length} land shapes, ` +
    `${data.places.length} places, ${data.routes.length} routes, viewBox ${data.width}x${data.height}`,
);
