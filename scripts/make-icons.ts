/**
 * `npx tsx scripts/make-icons.ts`: the app icons the web app manifest names (assets/icons/), drawn from the
 * favicon's design (assets/favicon.svg: the walnut tile, the baize table ringed in lamp light, "62" in paper)
 * by this script alone: plain Node, a small rasteriser (4×4 samples a pixel) and a PNG writer on node:zlib. No
 * image tool is needed and the output is the same bytes on every machine (a unit test checks the committed
 * files are what this script writes today).
 *
 *   icon-192.png, icon-512.png   "any": the tile with rounded corners, transparent outside
 *   icon-maskable-512.png        "maskable": full-bleed walnut, the design inside the central safe circle
 *                                (radius 40% of the side), so any mask shape a launcher cuts leaves it whole
 *
 * `--out <dir>` writes elsewhere (the unit test compares).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

type RGB = readonly [number, number, number];
type Pt = readonly [number, number];

/** The game's colours (game/ui/base.css): --walnut, --baize, --lamp, --paper. */
const WALNUT: RGB = [0x3b, 0x2a, 0x20];
const BAIZE: RGB = [0x2e, 0x4a, 0x3a];
const LAMP: RGB = [0xf5, 0xd9, 0x8b];
const PAPER: RGB = [0xf3, 0xeb, 0xd9];

/** A quadratic Bézier from a to b with control c, as points after a (16 straight pieces). */
function quad(a: Pt, c: Pt, b: Pt, steps = 16): Pt[] {
  const out: Pt[] = [];
  for (let i = 1; i <= steps; i++) {
    const t = i / steps;
    const u = 1 - t;
    out.push([u * u * a[0] + 2 * u * t * c[0] + t * t * b[0], u * u * a[1] + 2 * u * t * c[1] + t * t * b[1]]);
  }
  return out;
}

/** The favicon's two strokes ("6" and "2", in its 64-unit box), flattened to polylines. */
const SIX: Pt[] = [
  [30, 27],
  [23, 27],
  ...quad([23, 27], [20, 27], [20, 30]),
  [20, 40],
  ...quad([20, 40], [20, 43], [23, 43]),
  [27, 43],
  ...quad([27, 43], [30, 43], [30, 40]),
  [30, 37],
  ...quad([30, 37], [30, 34], [27, 34]),
  [20, 34],
];
const TWO: Pt[] = [
  [34, 30],
  ...quad([34, 30], [34, 27], [37, 27]),
  [41, 27],
  ...quad([41, 27], [44, 27], [44, 30]),
  [44, 31],
  ...quad([44, 31], [44, 33], [41, 35]),
  [34, 43],
  [44, 43],
];
const GLYPH_HALF_WIDTH = 1.3;
const ELLIPSE = { cx: 32, cy: 34, rx: 24, ry: 14, halfStroke: 1 };

/** A stroke with round caps and joins, as flat segment coordinates and the box it can reach. */
interface Stroke {
  seg: Float64Array;
  box: [number, number, number, number];
  half: number;
}

function stroke(line: Pt[], half: number): Stroke {
  const seg = new Float64Array((line.length - 1) * 4);
  for (let i = 1; i < line.length; i++) seg.set([line[i - 1]![0], line[i - 1]![1], line[i]![0], line[i]![1]], (i - 1) * 4);
  const xs = line.map((p) => p[0]);
  const ys = line.map((p) => p[1]);
  return { seg, half, box: [Math.min(...xs) - half, Math.min(...ys) - half, Math.max(...xs) + half, Math.max(...ys) + half] };
}

/** Inside the stroke: within half its width of any piece. */
function onStroke(x: number, y: number, s: Stroke): boolean {
  if (x < s.box[0] || y < s.box[1] || x > s.box[2] || y > s.box[3]) return false;
  const { seg, half } = s;
  for (let i = 0; i < seg.length; i += 4) {
    const ax = seg[i]!;
    const ay = seg[i + 1]!;
    const dx = seg[i + 2]! - ax;
    const dy = seg[i + 3]! - ay;
    const len = dx * dx + dy * dy;
    const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len));
    const ex = x - ax - t * dx;
    const ey = y - ay - t * dy;
    if (ex * ex + ey * ey <= half * half) return true;
  }
  return false;
}

const GLYPHS = [stroke(SIX, GLYPH_HALF_WIDTH), stroke(TWO, GLYPH_HALF_WIDTH)];

/** The colour at a point of the 64-unit design, or null where the design is transparent. */
function designColour(x: number, y: number, fullBleed: boolean): RGB | null {
  if (!fullBleed) {
    // The rounded tile: 64×64, corner radius 8.
    if (x < 0 || y < 0 || x > 64 || y > 64) return null;
    const nx = Math.min(Math.max(x, 8), 56);
    const ny = Math.min(Math.max(y, 8), 56);
    if ((x - nx) ** 2 + (y - ny) ** 2 > 64) return null;
  }
  if (GLYPHS.some((g) => onStroke(x, y, g))) return PAPER;
  const { cx, cy, rx, ry, halfStroke } = ELLIPSE;
  const dx = x - cx;
  const dy = y - cy;
  const f = Math.sqrt((dx * dx) / (rx * rx) + (dy * dy) / (ry * ry));
  // Distance to the ellipse's outline, to first order: (f - 1) / |∇f|.
  const grad = f === 0 ? 1 : Math.hypot(dx / (rx * rx * f), dy / (ry * ry * f));
  if (Math.abs((f - 1) / grad) <= halfStroke) return LAMP;
  return f < 1 ? BAIZE : WALNUT;
}

/**
 * RGBA pixels of a `size` square. `scale` is pixels per design unit; the design point `centre` lands in the
 * middle of the square.
 */
function render(size: number, scale: number, centre: Pt, fullBleed: boolean): Buffer {
  const N = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < N; sy++) {
        for (let sx = 0; sx < N; sx++) {
          const x = (px + (sx + 0.5) / N - size / 2) / scale + centre[0];
          const y = (py + (sy + 0.5) / N - size / 2) / scale + centre[1];
          const c = designColour(x, y, fullBleed);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a++;
        }
      }
      const o = (py * size + px) * 4;
      // Colour averaged over the covered samples (straight alpha), coverage as alpha.
      rgba[o] = a ? Math.round(r / a) : 0;
      rgba[o + 1] = a ? Math.round(g / a) : 0;
      rgba[o + 2] = a ? Math.round(b / a) : 0;
      rgba[o + 3] = Math.round((a / (N * N)) * 255);
    }
  }
  return rgba;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A PNG of 8-bit RGBA pixels (filter 0 on every row, deflated at level 9). */
export function encodePng(size: number, rgba: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/** The icons by file name. */
export function icons(): Record<string, Buffer> {
  // "any": the whole 64-unit tile fills the square.
  const any = (size: number) => encodePng(size, render(size, size / 64, [32, 32], false));
  // "maskable": the table's outline (half-width 25 units with its ring) within 92% of the safe radius.
  const maskable = (size: number) => encodePng(size, render(size, (0.4 * size * 0.92) / 25, [32, 34], true));
  return { 'icon-192.png': any(192), 'icon-512.png': any(512), 'icon-maskable-512.png': maskable(512) };
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename);
if (isMain) {
  const at = process.argv.indexOf('--out');
  const out = at > 0 && process.argv[at + 1] ? resolve(process.argv[at + 1]!) : resolve(import.meta.dirname, '../assets/icons');
  mkdirSync(out, { recursive: true });
  for (const [name, png] of Object.entries(icons())) {
    writeFileSync(resolve(out, name), png);
    console.log(`${name}: ${png.length} bytes`);
  }
}
