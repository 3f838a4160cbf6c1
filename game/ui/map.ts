/**
 * The map of Cuba, Florida and the approaches, drawn as an accessible inline SVG from the asset that
 * scripts/build-map.ts projects at build time (assets/map/caribbean.json, served as ./map/caribbean.json).
 *
 * DOM only, no Phaser. The picture is role="img" with a title and description; everything it shows is also
 * written out in the figure's caption (legend + numbered list of places), so nothing depends on seeing it.
 * Places carry number tags; their names are drawn beside the tags when the map is wide enough to keep text
 * at 14 px or more, otherwise the numbered list is the key.
 */

// ---------------------------------------------------------------------------------------------------------
// Data shape (shared with scripts/build-map.ts)

import './map.css';
import { strings } from './strings';
export type PlaceKind = 'city' | 'port' | 'missile-site' | 'airfield' | 'base';
export type RouteId = 'u2' | 'low-level' | 'quarantine';

export interface MapPoint {
  x: number;
  y: number;
}

export interface MapRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MapPlace extends MapPoint {
  id: string;
  /** Full name, as in places.json. */
  name: string;
  /** Short label drawn on the map. */
  short: string;
  kind: PlaceKind;
  /** places.json marks the position approximate (e.g. a town standing for nearby launch sites). */
  approximate: boolean;
  /** places.json marks something about the place unverified (see note). */
  unverified: boolean;
  /** What it was in 1962, one short sentence. */
  role: string;
  /** Why the place is approximate or unverified, when it is. */
  note?: string;
  /** Preferred direction for the number tag, compass degrees (0 = up). */
  tagBearing: number;
}

export interface MapRoute {
  id: RouteId;
  label: string;
  description: string;
  /** An illustrative route: the kind of flight or line, not a particular recorded one. */
  illustrative: boolean;
  approximate: boolean;
  paths: Array<{ d: string; label: string }>;
  /** Quarantine only: the band between the two readings of "500 miles". */
  band?: string;
  labelAt: MapPoint;
  /** Quarantine only: the centre of the arc (Cape Maisí). */
  centre?: MapPoint & { name: string };
}

export interface MapRegionLabel extends MapPoint {
  text: string;
  /** 1: always drawn; 2: only when the map is wide. */
  tier: 1 | 2;
  sea?: boolean;
}

export interface MapData {
  version: 1;
  width: number;
  height: number;
  projection: {
    type: 'mercator';
    rotate: [number, number, number];
    scale: number;
    translate: [number, number];
    box: { west: number; east: number; south: number; north: number };
  };
  attribution: string;
  /**
   * The part of the map drawn when the quarantine line is not shown: Cuba, Florida and the Bahamas only, so a
   * narrow screen gets a larger island. The full width/height is used when the quarantine arc is drawn.
   */
  core: MapRect;
  land: Array<{ name: string; d: string }>;
  regionLabels: MapRegionLabel[];
  places: MapPlace[];
  routes: MapRoute[];
}

export interface RenderMapOptions {
  /** Place ids to emphasise. */
  highlight?: string[];
  /** Layers to draw. Flights ('u2', 'low-level') are drawn along their route when animate is true. */
  routes?: RouteId[];
  /** False under reduced motion: draw the still picture. */
  animate: boolean;
  /** Places the shipped records mention: square tags and a legend entry. Omit when unknown. */
  recordPlaceIds?: string[];
}

// ---------------------------------------------------------------------------------------------------------
// Validation

const KINDS: readonly PlaceKind[] = ['city', 'port', 'missile-site', 'airfield', 'base'];
const ROUTE_IDS: readonly RouteId[] = ['u2', 'low-level', 'quarantine'];

function fail(field: string, what: string): never {
  throw new Error(`Map data: field "${field}" ${what}`);
}
function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function num(o: Record<string, unknown>, key: string, at: string): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(`${at}${key}`, 'must be a finite number');
  return v;
}
function str(o: Record<string, unknown>, key: string, at: string): string {
  const v = o[key];
  if (typeof v !== 'string' || v.length === 0) fail(`${at}${key}`, 'must be a non-empty string');
  return v;
}
function bool(o: Record<string, unknown>, key: string, at: string): boolean {
  const v = o[key];
  if (typeof v !== 'boolean') fail(`${at}${key}`, 'must be true or false');
  return v;
}
function arr(o: Record<string, unknown>, key: string, at: string): unknown[] {
  const v = o[key];
  if (!Array.isArray(v)) fail(`${at}${key}`, 'must be an array');
  return v;
}
function obj(v: unknown, at: string): Record<string, unknown> {
  if (!isObj(v)) fail(at, 'must be an object');
  return v;
}
function pathD(o: Record<string, unknown>, key: string, at: string): string {
  const d = str(o, key, at);
  if (!/^M\s*-?\d/.test(d)) fail(`${at}${key}`, 'must be an SVG path starting with M');
  return d;
}

/** Checks the shape of a parsed map file; throws an Error naming the first bad field. */
export function validateMapData(raw: unknown): MapData {
  const o = obj(raw, '(root)');
  if (o.version !== 1) fail('version', 'must be 1');
  const width = num(o, 'width', '');
  const height = num(o, 'height', '');
  if (width <= 0 || height <= 0) fail(width <= 0 ? 'width' : 'height', 'must be positive');
  const proj = obj(o.projection, 'projection');
  str(proj, 'type', 'projection.');
  str(o, 'attribution', '');
  const core = obj(o.core, 'core');
  for (const k of ['x', 'y', 'width', 'height']) num(core, k, 'core.');
  if ((core.x as number) + (core.width as number) > width + 0.5 || (core.y as number) + (core.height as number) > height + 0.5) {
    fail('core', 'must lie inside the map');
  }

  arr(o, 'land', '').forEach((v, i) => {
    const at = `land[${i}].`;
    const l = obj(v, `land[${i}]`);
    str(l, 'name', at);
    pathD(l, 'd', at);
  });

  arr(o, 'regionLabels', '').forEach((v, i) => {
    const at = `regionLabels[${i}].`;
    const r = obj(v, `regionLabels[${i}]`);
    str(r, 'text', at);
    num(r, 'x', at);
    num(r, 'y', at);
    if (r.tier !== 1 && r.tier !== 2) fail(`${at}tier`, 'must be 1 or 2');
  });

  const ids = new Set<string>();
  arr(o, 'places', '').forEach((v, i) => {
    const at = `places[${i}].`;
    const p = obj(v, `places[${i}]`);
    const id = str(p, 'id', at);
    if (ids.has(id)) fail(`${at}id`, `repeats "${id}"`);
    ids.add(id);
    str(p, 'name', at);
    str(p, 'short', at);
    if (!KINDS.includes(p.kind as PlaceKind)) fail(`${at}kind`, `must be one of ${KINDS.join(', ')}`);
    const x = num(p, 'x', at);
    const y = num(p, 'y', at);
    if (x < 0 || x > width) fail(`${at}x`, 'lies outside the map');
    if (y < 0 || y > height) fail(`${at}y`, 'lies outside the map');
    bool(p, 'approximate', at);
    bool(p, 'unverified', at);
    str(p, 'role', at);
    if (p.note !== undefined) str(p, 'note', at);
    num(p, 'tagBearing', at);
  });

  arr(o, 'routes', '').forEach((v, i) => {
    const at = `routes[${i}].`;
    const r = obj(v, `routes[${i}]`);
    if (!ROUTE_IDS.includes(r.id as RouteId)) fail(`${at}id`, `must be one of ${ROUTE_IDS.join(', ')}`);
    str(r, 'label', at);
    str(r, 'description', at);
    bool(r, 'illustrative', at);
    bool(r, 'approximate', at);
    const paths = arr(r, 'paths', at);
    if (paths.length === 0) fail(`${at}paths`, 'must not be empty');
    paths.forEach((pv, j) => {
      const pat = `${at}paths[${j}].`;
      const pp = obj(pv, `${at}paths[${j}]`);
      pathD(pp, 'd', pat);
      str(pp, 'label', pat);
    });
    if (r.band !== undefined) pathD(r, 'band', at);
    const la = obj(r.labelAt, `${at}labelAt`);
    num(la, 'x', `${at}labelAt.`);
    num(la, 'y', `${at}labelAt.`);
    if (r.centre !== undefined) {
      const c = obj(r.centre, `${at}centre`);
      num(c, 'x', `${at}centre.`);
      num(c, 'y', `${at}centre.`);
      str(c, 'name', `${at}centre.`);
    }
  });

  return raw as MapData;
}

/** Fetches and validates the map asset. Throws an Error naming the URL or the bad field. */
export async function loadMapData(url: string): Promise<MapData> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (e) {
    throw new Error(`Map data: could not fetch ${url} (${(e as Error).message})`);
  }
  if (!res.ok) throw new Error(`Map data: could not fetch ${url} (HTTP ${res.status})`);
  let raw: unknown;
  try {
    raw = await res.json();
  } catch {
    throw new Error(`Map data: ${url} is not valid JSON`);
  }
  return validateMapData(raw);
}

// ---------------------------------------------------------------------------------------------------------
// Label layout (pure: tested without a DOM)

/** Smallest on-screen text size, CSS px. */
export const MIN_TEXT_PX = 14.5;
/** Below this rendered width, names are left to the numbered list and only number tags are drawn. */
export const NAMES_MIN_WIDTH_PX = 700;

export interface TagBox {
  id: string;
  /** Centre of the number tag. */
  tx: number;
  ty: number;
  /** The tag plus, when names are drawn, the name beside it. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Which side of the tag the name goes. */
  nameSide: 'left' | 'right';
}

/** Font size in viewBox units so that text renders at MIN_TEXT_PX or more (never below 15 units). */
export function fontUnitsFor(renderedWidthPx: number, viewBoxWidth: number): number {
  const scale = renderedWidthPx > 0 ? renderedWidthPx / viewBoxWidth : 1;
  return Math.max(15, MIN_TEXT_PX / scale);
}

/** Approximate advance width of a label: enough for Atkinson Hyperlegible and its fallbacks. */
function textWidth(text: string, font: number): number {
  return text.length * font * 0.6;
}

/**
 * Places each place's number tag (and name) near its marker, in its preferred direction, then pushes
 * overlapping boxes apart and off other places' markers, a fixed number of rounds so the result is
 * deterministic. Boxes stay inside the map.
 */
export function layoutTags(
  places: readonly MapPlace[],
  o: {
    font: number;
    showNames: boolean;
    view: MapRect;
    markerR: number;
    /** Other things tags must not cover (e.g. region names), as boxes. */
    obstacles?: ReadonlyArray<{ x0: number; y0: number; x1: number; y1: number }>;
  },
): TagBox[] {
  const r = o.font * 0.72;
  const pad = o.font * 0.2;
  const boxes = places.map((p) => {
    const b = (p.tagBearing * Math.PI) / 180;
    const dist = o.markerR + r + o.font * 0.6;
    const tx = p.x + Math.sin(b) * dist;
    const ty = p.y - Math.cos(b) * dist;
    const nameSide: 'left' | 'right' = Math.sin(b) < -0.01 ? 'left' : 'right';
    const nameW = o.showNames ? textWidth(p.short, o.font) + o.font * 0.35 : 0;
    // Box relative to the tag centre.
    const left = r + (nameSide === 'left' ? nameW : 0) + pad;
    const right = r + (nameSide === 'right' ? nameW : 0) + pad;
    return { id: p.id, tx, ty, left, right, half: r + pad, nameSide };
  });
  const markers = [
    ...places.map((p) => ({ x0: p.x - o.markerR - 2, x1: p.x + o.markerR + 2, y0: p.y - o.markerR - 2, y1: p.y + o.markerR + 2 })),
    ...(o.obstacles ?? []),
  ];
  const rect = (b: (typeof boxes)[number]) => ({ x0: b.tx - b.left, x1: b.tx + b.right, y0: b.ty - b.half, y1: b.ty + b.half });
  const clamp = (b: (typeof boxes)[number]) => {
    const v = o.view;
    b.tx = Math.min(v.x + v.width - b.right, Math.max(v.x + b.left, b.tx));
    b.ty = Math.min(v.y + v.height - b.half, Math.max(v.y + b.half, b.ty));
  };
  boxes.forEach(clamp);
  for (let round = 0; round < 120; round++) {
    let moved = false;
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i]!;
      for (let j = i + 1; j < boxes.length; j++) {
        const c = boxes[j]!;
        const ra = rect(a);
        const rc = rect(c);
        const ox = Math.min(ra.x1, rc.x1) - Math.max(ra.x0, rc.x0);
        const oy = Math.min(ra.y1, rc.y1) - Math.max(ra.y0, rc.y0);
        if (ox <= 0 || oy <= 0) continue;
        moved = true;
        // Push along the axis of least overlap, half each, a little extra to settle.
        if (ox < oy) {
          const s = (ox / 2 + 0.5) * (a.tx <= c.tx ? -1 : 1);
          a.tx += s;
          c.tx -= s;
        } else {
          const s = (oy / 2 + 0.5) * (a.ty <= c.ty ? -1 : 1);
          a.ty += s;
          c.ty -= s;
        }
        clamp(a);
        clamp(c);
      }
      // Keep tags off every marker (their own included) and the obstacles, so no symbol or name is hidden.
      for (const m of markers) {
        const ra = rect(a);
        const ox = Math.min(ra.x1, m.x1) - Math.max(ra.x0, m.x0);
        const oy = Math.min(ra.y1, m.y1) - Math.max(ra.y0, m.y0);
        if (ox <= 0 || oy <= 0) continue;
        moved = true;
        if (ox < oy) a.tx += (ox + 0.5) * (a.tx < (m.x0 + m.x1) / 2 ? -1 : 1);
        else a.ty += (oy + 0.5) * (a.ty < (m.y0 + m.y1) / 2 ? -1 : 1);
        clamp(a);
      }
    }
    if (!moved) break;
  }
  return boxes.map((b) => ({ id: b.id, tx: b.tx, ty: b.ty, nameSide: b.nameSide, ...rect(b) }));
}

// ---------------------------------------------------------------------------------------------------------
// Rendering

const SVG_NS = 'http://www.w3.org/2000/svg';
const C = {
  sea: '#C9D6DF',
  land: '#EFE6CF',
  coast: '#4A4A4A',
  ink: '#1E1E1E',
  paper: '#F3EBD9',
  red: '#A4161A',
  blue: '#2F3E75',
  seaText: '#2E4457',
} as const;

/** A kind of place in words (the active catalogue's). */
const kindLabel = (kind: PlaceKind): string => strings.map.kinds[kind];

let instanceSeq = 0;

type Attrs = Record<string, string | number>;
function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, parent?: Element): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  parent?.appendChild(el);
  return el;
}
function html<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, parent?: Element, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  parent?.appendChild(el);
  return el;
}

/** The marker symbol for a kind of place, centred on 0,0 with radius r. Shape, not colour, tells kinds apart. */
function symbolPath(kind: PlaceKind, r: number): string {
  const f = (v: number) => Math.round(v * 10) / 10;
  switch (kind) {
    case 'city':
      return `M${f(-r)} 0a${f(r)} ${f(r)} 0 1 0 ${f(2 * r)} 0a${f(r)} ${f(r)} 0 1 0 ${f(-2 * r)} 0z`;
    case 'port':
      return `M0 ${f(-r * 1.25)}L${f(r * 1.25)} 0L0 ${f(r * 1.25)}L${f(-r * 1.25)} 0z`;
    case 'missile-site':
      return `M0 ${f(-r * 1.3)}L${f(r * 1.2)} ${f(r * 0.9)}L${f(-r * 1.2)} ${f(r * 0.9)}z`;
    case 'airfield':
      return `M${f(-r)} ${f(-r)}h${f(2 * r)}v${f(2 * r)}h${f(-2 * r)}z`;
    case 'base': {
      // Five-pointed star.
      const pts: string[] = [];
      for (let i = 0; i < 10; i++) {
        const a = (Math.PI / 5) * i - Math.PI / 2;
        const rr = i % 2 === 0 ? r * 1.35 : r * 0.6;
        pts.push(`${f(Math.cos(a) * rr)} ${f(Math.sin(a) * rr)}`);
      }
      return `M${pts.join('L')}z`;
    }
  }
}

function describe(data: MapData, shown: MapRoute[], highlight: Set<string>): string {
  const parts = [strings.map.describe(data.places.length)];
  const hl = data.places.filter((p) => highlight.has(p.id)).map((p) => p.short);
  if (hl.length) parts.push(strings.map.highlighted(hl.join(', ')));
  for (const r of shown) parts.push(r.description);
  parts.push(strings.map.listNote);
  return parts.join(' ');
}

/**
 * Renders the map into container (appended; destroy() removes it). The SVG scales to the container's width;
 * text stays at 14.5 px or more by resizing with the rendered width.
 */
export function renderMap(container: HTMLElement, data: MapData, opts: RenderMapOptions): { destroy(): void } {
  const uid = `xm${++instanceSeq}`;
  const highlight = new Set(opts.highlight ?? []);
  const records = opts.recordPlaceIds ? new Set(opts.recordPlaceIds) : null;
  const wanted = new Set(opts.routes ?? []);
  const shownRoutes = data.routes.filter((r) => wanted.has(r.id));
  // Quarantine first so flights are drawn above it.
  shownRoutes.sort((a, b) => (a.id === 'quarantine' ? -1 : 0) - (b.id === 'quarantine' ? -1 : 0));
  const numberOf = new Map(data.places.map((p, i) => [p.id, i + 1]));

  const view = viewFor(
    data,
    shownRoutes.some((r) => r.id === 'quarantine'),
  );

  // Named by the map's title, not by the whole caption (which would make a very long accessible name).
  const figure = html('figure', { class: `xm-map${opts.animate ? ' xm-animate' : ''}`, 'aria-labelledby': `${uid}-title` });
  const root = svg('svg', {
    class: 'xm-svg',
    viewBox: `${view.x} ${view.y} ${view.width} ${view.height}`,
    role: 'img',
    'aria-labelledby': `${uid}-title`,
    'aria-describedby': `${uid}-desc`,
    preserveAspectRatio: 'xMidYMid meet',
  });
  figure.appendChild(root);
  svg('title', { id: `${uid}-title` }, root).textContent = strings.map.title;
  svg('desc', { id: `${uid}-desc` }, root).textContent = describe(data, shownRoutes, highlight);

  const defs = svg('defs', {}, root);
  const clip = svg('clipPath', { id: `${uid}-clip` }, defs);
  svg('rect', { ...view }, clip);
  const arrow = svg('marker', { id: `${uid}-arrow`, viewBox: '0 0 10 10', refX: 6, refY: 5, orient: 'auto', markerUnits: 'userSpaceOnUse' }, defs);
  svg('path', { d: 'M0 0L10 5L0 10z', fill: C.blue }, arrow);

  svg('rect', { ...view, fill: C.sea }, root);
  // The picture's words are in its title, description and caption; inner text would be read twice.
  const body = svg('g', { 'clip-path': `url(#${uid}-clip)`, 'aria-hidden': 'true' }, root);
  const landG = svg('g', { fill: C.land, stroke: C.coast, 'stroke-width': 0.8, 'stroke-linejoin': 'round' }, body);
  for (const l of data.land) svg('path', { d: l.d, 'vector-effect': 'non-scaling-stroke' }, landG).appendChild(titleOf(l.name));
  const regionG = svg('g', {}, body);

  // Layers: quarantine band and arcs, then flights (each path masked by a growing stroke when animated).
  const routeG = svg('g', {}, body);
  const maskPaths: SVGPathElement[] = [];
  const cross = { el: null as SVGPathElement | null, centre: null as MapRoute['centre'] | null };
  let drawIndex = 0;
  for (const r of shownRoutes) {
    const g = svg('g', { 'data-route': r.id }, routeG);
    if (r.id === 'quarantine') {
      if (r.band) svg('path', { d: r.band, fill: C.red, 'fill-opacity': 0.1, stroke: 'none' }, g);
      r.paths.forEach((p, i) =>
        svg(
          'path',
          {
            d: p.d,
            fill: 'none',
            stroke: C.red,
            'stroke-width': i === 0 ? 2.5 : 1.75,
            'stroke-dasharray': i === 0 ? '10 6' : '4 5',
            'vector-effect': 'non-scaling-stroke',
          },
          g,
        ).appendChild(titleOf(strings.map.quarantinePath(p.label))),
      );
      if (r.centre) {
        cross.el = svg('path', { fill: 'none', stroke: C.red, 'stroke-width': 2, 'vector-effect': 'non-scaling-stroke' }, g);
        cross.centre = r.centre;
      }
      continue;
    }
    r.paths.forEach((p) => {
      const attrs: Attrs = {
        d: p.d,
        fill: 'none',
        stroke: C.blue,
        'stroke-width': r.id === 'u2' ? 3 : 2.5,
        'stroke-linecap': 'round',
        'stroke-linejoin': 'round',
        'vector-effect': 'non-scaling-stroke',
        'marker-end': `url(#${uid}-arrow)`,
      };
      if (r.id === 'low-level') attrs['stroke-dasharray'] = '7 5';
      if (opts.animate) {
        const maskId = `${uid}-m${drawIndex}`;
        const mask = svg('mask', { id: maskId, maskUnits: 'userSpaceOnUse', x: 0, y: 0, width: data.width, height: data.height }, defs);
        const mp = svg(
          'path',
          { d: p.d, fill: 'none', stroke: '#fff', 'stroke-linecap': 'round', 'stroke-linejoin': 'round', pathLength: 1, class: 'xm-draw' },
          mask,
        );
        // Staggered a little so several passes read as separate flights; all done within about 3 s.
        mp.classList.add(`xm-delay-${Math.min(drawIndex, 4)}`);
        maskPaths.push(mp);
        attrs.mask = `url(#${maskId})`;
        drawIndex += 1;
      }
      svg('path', attrs, g).appendChild(titleOf(strings.map.routePath(r.label, p.label)));
    });
  }
  const routeLabelG = svg('g', {}, body);
  const markerG = svg('g', {}, body);
  const tagG = svg('g', {}, body);

  // Caption: legend, then the numbered places, then the data credit.
  const caption = html('figcaption', { class: 'xm-caption' }, figure);
  buildLegend(caption, data, shownRoutes, records !== null);
  const list = html('ol', { class: 'xm-places', 'aria-label': strings.map.places }, caption);
  for (const p of data.places) {
    const li = html('li', { class: highlight.has(p.id) ? 'xm-hl' : '' }, list);
    const inRecords = records?.has(p.id) ?? false;
    html('span', { class: `xm-num${inRecords ? ' xm-rec' : ''}`, 'aria-hidden': 'true' }, li, String(numberOf.get(p.id)));
    const text = html('span', {}, li);
    html('span', { class: 'xm-name' }, text, p.name);
    text.append(strings.map.placeLine(kindLabel(p.kind), p.role));
    const meta: string[] = [];
    if (highlight.has(p.id)) meta.push(strings.map.placeHighlighted);
    if (p.approximate) meta.push(strings.map.approximate);
    else if (p.unverified) meta.push(strings.map.unverified);
    if (p.note) meta.push(p.note);
    if (records) meta.push(inRecords ? strings.map.inRecords : strings.map.notInRecords);
    if (meta.length) html('span', { class: 'xm-meta' }, text, ` ${meta.join(' ')}`);
  }
  html('p', { class: 'xm-attrib' }, caption, data.attribution);

  container.appendChild(figure);

  // Everything sized in screen pixels is recomputed from the rendered width.
  let lastKey = '';
  const relayout = (): void => {
    const w = root.getBoundingClientRect().width || container.clientWidth || view.width;
    const font = fontUnitsFor(w, view.width);
    const showNames = w >= NAMES_MIN_WIDTH_PX;
    const key = `${Math.round(font * 2)}|${showNames}`;
    if (key === lastKey) return;
    lastKey = key;
    const px = view.width / w; // viewBox units per screen pixel
    const regionBoxes = drawRegionLabels(regionG, data, font, showNames, view);
    drawMarkersAndTags(markerG, tagG, data, { font, showNames, px, highlight, records, numberOf, view, obstacles: regionBoxes });
    drawRouteLabels(routeLabelG, shownRoutes, font, showNames, view);
    const arrowSize = Math.max(12 * px, 10);
    arrow.setAttribute('markerWidth', String(arrowSize));
    arrow.setAttribute('markerHeight', String(arrowSize));
    for (const mp of maskPaths) mp.setAttribute('stroke-width', String(Math.max(arrowSize * 2.2, 8 * px)));
    if (cross.el && cross.centre) {
      const s = 7 * px;
      const { x, y } = cross.centre;
      cross.el.setAttribute('d', `M${x - s} ${y - s}L${x + s} ${y + s}M${x - s} ${y + s}L${x + s} ${y - s}`);
    }
  };
  relayout();

  let frame = 0;
  const observer =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver(() => {
          cancelAnimationFrame(frame);
          frame = requestAnimationFrame(relayout);
        })
      : null;
  observer?.observe(root);

  return {
    destroy() {
      observer?.disconnect();
      cancelAnimationFrame(frame);
      figure.remove();
    },
  };
}

function titleOf(text: string): SVGTitleElement {
  const t = document.createElementNS(SVG_NS, 'title');
  t.textContent = text;
  return t;
}

function drawMarkersAndTags(
  markerG: SVGGElement,
  tagG: SVGGElement,
  data: MapData,
  o: {
    font: number;
    showNames: boolean;
    px: number;
    highlight: Set<string>;
    records: Set<string> | null;
    numberOf: Map<string, number>;
    view: MapRect;
    obstacles: Array<{ x0: number; y0: number; x1: number; y1: number }>;
  },
): void {
  markerG.replaceChildren();
  tagG.replaceChildren();
  const markerR = Math.max(4.5, 5.5 * o.px);
  const boxes = layoutTags(data.places, {
    font: o.font,
    showNames: o.showNames,
    view: o.view,
    markerR: markerR * 1.4,
    obstacles: o.obstacles,
  });
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const r = o.font * 0.72;
  const leaders = svg('g', { stroke: C.ink, 'stroke-width': 1, 'vector-effect': 'non-scaling-stroke' }, tagG);
  for (const p of data.places) {
    const hl = o.highlight.has(p.id);
    const dashed = p.approximate || p.unverified;
    const rr = hl ? markerR * 1.35 : markerR;
    const g = svg('g', { transform: `translate(${p.x} ${p.y})` }, markerG);
    if (hl) {
      svg('circle', { r: rr * 2.1, fill: 'none', stroke: C.ink, 'stroke-width': 2.5, 'vector-effect': 'non-scaling-stroke' }, g);
    }
    svg(
      'path',
      {
        d: symbolPath(p.kind, rr),
        fill: dashed ? C.paper : C.ink,
        stroke: dashed ? C.ink : C.paper,
        'stroke-width': dashed ? 1.75 : 1.25,
        'stroke-dasharray': dashed ? '3 2' : 'none',
        'vector-effect': 'non-scaling-stroke',
      },
      g,
    ).appendChild(titleOf(strings.map.placeMarker(p.name, dashed)));

    const b = byId.get(p.id)!;
    // Leader from the marker's edge to the tag's edge, drawn only when the tag has moved clear of the marker.
    const dx = b.tx - p.x;
    const dy = b.ty - p.y;
    const len = Math.hypot(dx, dy);
    if (len > rr + r + 1) {
      const ux = dx / len;
      const uy = dy / len;
      svg('line', { x1: p.x + ux * rr * 1.3, y1: p.y + uy * rr * 1.3, x2: b.tx - ux * r, y2: b.ty - uy * r }, leaders);
    }
    const inRecords = o.records?.has(p.id) ?? false;
    const tg = svg('g', { 'data-place': p.id }, tagG);
    if (inRecords) {
      svg(
        'rect',
        {
          x: b.tx - r,
          y: b.ty - r,
          width: 2 * r,
          height: 2 * r,
          rx: r * 0.15,
          fill: C.red,
          stroke: C.red,
          'stroke-width': 1.5,
          'vector-effect': 'non-scaling-stroke',
        },
        tg,
      );
    } else {
      svg('circle', { cx: b.tx, cy: b.ty, r, fill: C.paper, stroke: C.ink, 'stroke-width': hl ? 2.5 : 1.5, 'vector-effect': 'non-scaling-stroke' }, tg);
    }
    const num = svg(
      'text',
      {
        x: b.tx,
        y: b.ty,
        'text-anchor': 'middle',
        'dominant-baseline': 'central',
        'font-size': o.font * (String(o.numberOf.get(p.id)).length > 1 ? 0.95 : 1),
        'font-weight': 700,
        fill: inRecords ? '#fff' : C.ink,
      },
      tg,
    );
    num.textContent = String(o.numberOf.get(p.id));
    if (o.showNames) {
      const left = b.nameSide === 'left';
      const name = svg(
        'text',
        {
          x: b.tx + (left ? -1 : 1) * (r + o.font * 0.3),
          y: b.ty,
          'text-anchor': left ? 'end' : 'start',
          'dominant-baseline': 'central',
          'font-size': o.font,
          'font-weight': hl ? 700 : 400,
          fill: C.ink,
          class: 'xm-halo',
          'stroke-width': o.font * 0.22,
        },
        tg,
      );
      name.textContent = p.short;
    }
  }
}

/** Draws the region and sea names that fit the view; returns their boxes so number tags keep off them. */
function drawRegionLabels(
  g: SVGGElement,
  data: MapData,
  font: number,
  wide: boolean,
  view: MapRect,
): Array<{ x0: number; y0: number; x1: number; y1: number }> {
  g.replaceChildren();
  const boxes: Array<{ x0: number; y0: number; x1: number; y1: number }> = [];
  for (const l of data.regionLabels) {
    if (l.tier === 2 && !wide) continue;
    // A name cut by the edge of the view reads as a different word: leave it out.
    const size = font * (l.sea ? 1 : 1.05);
    const half = (textWidth(l.text, size) + (l.sea ? 0 : l.text.length * font * 0.12)) / 2;
    if (l.x - half < view.x || l.x + half > view.x + view.width || l.y - font < view.y || l.y + font > view.y + view.height) continue;
    boxes.push({ x0: l.x - half, x1: l.x + half, y0: l.y - font * 0.6, y1: l.y + font * 0.6 });
    const t = svg(
      'text',
      {
        x: l.x,
        y: l.y,
        'text-anchor': 'middle',
        'dominant-baseline': 'central',
        'font-size': size,
        'font-style': l.sea ? 'italic' : 'normal',
        'letter-spacing': l.sea ? 0 : font * 0.12,
        fill: l.sea ? C.seaText : C.coast,
      },
      g,
    );
    t.setAttribute('aria-hidden', 'true');
    t.textContent = l.text;
  }
  return boxes;
}

/**
 * On-map words for the quarantine arc and its centre, kept inside the view. Flights are named in the legend
 * only: over western Cuba their labels would cover the places they pass.
 */
function drawRouteLabels(g: SVGGElement, routes: MapRoute[], font: number, wide: boolean, view: MapRect): void {
  g.replaceChildren();
  const q = routes.find((r) => r.id === 'quarantine');
  if (!q) return;
  const put = (text: string, x: number, y: number, size: number, anchor: 'start' | 'middle') => {
    const w = textWidth(text, size);
    const left = anchor === 'middle' ? x - w / 2 : x;
    const dx = Math.min(0, view.x + view.width - size * 0.4 - (left + w)) + Math.max(0, view.x + size * 0.4 - left);
    const t = svg(
      'text',
      {
        x: x + dx,
        y: Math.min(view.y + view.height - size, Math.max(view.y + size, y)),
        'text-anchor': anchor,
        'dominant-baseline': 'central',
        'font-size': size,
        'font-weight': 700,
        fill: C.red,
        class: 'xm-halo',
        'stroke-width': size * 0.22,
      },
      g,
    );
    t.setAttribute('aria-hidden', 'true');
    t.textContent = text;
  };
  put(strings.map.quarantineLabel(wide), q.labelAt.x, q.labelAt.y, font, 'middle');
  if (wide && q.centre) put(q.centre.name, q.centre.x + font * 0.8, q.centre.y + font * 0.9, font, 'start');
}

/** The drawn part of the map: everything when the quarantine arc is shown, else the core widened to fit every place. */
function viewFor(data: MapData, withQuarantine: boolean): MapRect {
  if (withQuarantine) return { x: 0, y: 0, width: data.width, height: data.height };
  const m = 12;
  let x0 = data.core.x;
  let y0 = data.core.y;
  let x1 = data.core.x + data.core.width;
  let y1 = data.core.y + data.core.height;
  for (const p of data.places) {
    x0 = Math.min(x0, Math.max(0, p.x - m));
    y0 = Math.min(y0, Math.max(0, p.y - m));
    x1 = Math.max(x1, Math.min(data.width, p.x + m));
    y1 = Math.max(y1, Math.min(data.height, p.y + m));
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** Legend entries: only what this map shows. Each swatch is a small SVG; every entry is also words. */
function buildLegend(parent: HTMLElement, data: MapData, routes: MapRoute[], hasRecords: boolean): void {
  const ul = html('ul', { class: 'xm-legend', 'aria-label': strings.map.legend }, parent);
  const item = (draw: (s: SVGSVGElement) => void, text: string) => {
    const li = html('li', {}, ul);
    const s = svg('svg', { viewBox: '-16 -10 32 20', 'aria-hidden': 'true', focusable: 'false' });
    draw(s);
    li.appendChild(s);
    html('span', {}, li, text);
  };
  const kinds = KINDS.filter((k) => data.places.some((p) => p.kind === k));
  for (const k of kinds) item((s) => svg('path', { d: symbolPath(k, 5), fill: C.ink, stroke: C.paper }, s), kindLabel(k));
  if (data.places.some((p) => p.approximate || p.unverified)) {
    item(
      (s) => svg('path', { d: symbolPath('city', 5.5), fill: C.paper, stroke: C.ink, 'stroke-width': 1.5, 'stroke-dasharray': '3 2' }, s),
      strings.map.legendDashed,
    );
  }
  if (hasRecords) {
    item((s) => svg('rect', { x: -8, y: -8, width: 16, height: 16, rx: 2, fill: C.red }, s), strings.map.legendInRecords);
    item((s) => svg('circle', { r: 8, fill: C.paper, stroke: C.ink, 'stroke-width': 1.5 }, s), strings.map.legendNotInRecords);
  }
  for (const r of routes) {
    if (r.id === 'quarantine') {
      item((s) => svg('path', { d: 'M-15 0H15', stroke: C.red, 'stroke-width': 2.5, 'stroke-dasharray': '6 3' }, s), r.label);
      if (r.band && r.paths.length > 1) {
        item(
          (s) => svg('rect', { x: -15, y: -6, width: 30, height: 12, fill: C.red, 'fill-opacity': 0.15, stroke: C.red, 'stroke-dasharray': '3 2' }, s),
          strings.map.legendBand(r.paths[1]!.label, r.paths[0]!.label, r.centre?.name),
        );
      }
    } else {
      item((s) => {
        const attrs: Attrs = { d: 'M-15 0H9', stroke: C.blue, 'stroke-width': r.id === 'u2' ? 3 : 2.5 };
        if (r.id === 'low-level') attrs['stroke-dasharray'] = '5 3';
        svg('path', attrs, s);
        svg('path', { d: 'M8 -5L15 0L8 5z', fill: C.blue }, s);
      }, r.label);
    }
  }
}
