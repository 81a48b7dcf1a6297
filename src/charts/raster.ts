/**
 * Paints hundreds of thousands of points straight into an RGBA buffer, in data order, to lay over
 * the plot area of the chart resvg draws. SVG with one element per point costs resvg seconds and
 * gigabytes at this scale; pixels cost nothing (and an embedded image, a PNG's encoding and decoding).
 */
import { promisify } from "node:util";
import { crc32, deflate } from "node:zlib";

const compress = promisify(deflate);

export interface Raster {
  width: number;
  height: number;
  data: Uint8Array;
}

/**
 * Gives a buffer's memory back at once (its views are empty after). V8 frees an array buffer only
 * when a collection finds it dead, and one that lived past a young collection waits for a full
 * one, which a heap of 700k ids seldom needs: a chart's pixels and their filtered copy (≈ 15 MB a
 * 2× chart) were up to ≈ 50 MB of the refresh's peak at 700k models. A view of part of a buffer is left alone.
 */
export function freeNow(view: Uint8Array | undefined): void {
  if (view && view.byteOffset === 0 && view.byteLength === view.buffer.byteLength && view.buffer instanceof ArrayBuffer) view.buffer.transfer(0);
}

export function createRaster(width: number, height: number): Raster {
  return { width, height, data: new Uint8Array(width * height * 4) };
}

/**
 * Paints discs of one radius and opacity, blended source-over. The disc's pixel offsets are
 * computed once; the per-point work is a few multiplications per covered pixel.
 */
export class DotPainter {
  readonly #raster: Raster;
  readonly #offsets: Int32Array;
  readonly #alpha: number;

  constructor(raster: Raster, radius: number, alpha: number) {
    this.#raster = raster;
    this.#alpha = alpha;
    const offsets: number[] = [];
    const reach = Math.ceil(radius);
    for (let dy = -reach; dy <= reach; dy++) {
      for (let dx = -reach; dx <= reach; dx++) if (dx * dx + dy * dy <= radius * radius) offsets.push(dx, dy);
    }
    this.#offsets = Int32Array.from(offsets);
  }

  paint(x: number, y: number, rgb: readonly [number, number, number]): void {
    const { width, height, data } = this.#raster;
    const cx = Math.round(x);
    const cy = Math.round(y);
    const alpha = this.#alpha;
    const offsets = this.#offsets;
    const [r, g, b] = rgb;
    for (let k = 0; k < offsets.length; k += 2) {
      const px = cx + (offsets[k] as number);
      const py = cy + (offsets[k + 1] as number);
      if (px < 0 || py < 0 || px >= width || py >= height) continue;
      const i = (py * width + px) << 2;
      const dstA = (data[i + 3] as number) / 255;
      if (dstA === 0) {
        data[i] = r;
        data[i + 1] = g;
        data[i + 2] = b;
        data[i + 3] = alpha * 255 + 0.5;
        continue;
      }
      const outA = alpha + dstA * (1 - alpha);
      const keep = (dstA * (1 - alpha)) / outA;
      const add = alpha / outA;
      data[i] = r * add + (data[i] as number) * keep + 0.5;
      data[i + 1] = g * add + (data[i + 1] as number) * keep + 0.5;
      data[i + 2] = b * add + (data[i + 2] as number) * keep + 0.5;
      data[i + 3] = outA * 255 + 0.5;
    }
  }
}

/**
 * Lays `over` (straight alpha) on `under` with its top-left corner at (left, top), source-over,
 * clipped to `under`: how painted points join the chart resvg drew, as an image mark would.
 */
export function layOver(under: Raster, over: Raster, left: number, top: number): void {
  const { data } = under;
  for (let y = 0; y < over.height; y++) {
    const ty = top + y;
    if (ty < 0 || ty >= under.height) continue;
    for (let x = 0; x < over.width; x++) {
      const tx = left + x;
      if (tx < 0 || tx >= under.width) continue;
      const s = (y * over.width + x) << 2;
      const a = (over.data[s + 3] as number) / 255;
      if (a === 0) continue;
      const d = (ty * under.width + tx) << 2;
      for (let c = 0; c < 3; c++) data[d + c] = (over.data[s + c] as number) * a + (data[d + c] as number) * (1 - a) + 0.5;
      data[d + 3] = 255 - (255 - (data[d + 3] as number)) * (1 - a) + 0.5;
    }
  }
}

/** The raster `factor` times smaller, each pixel the alpha-weighted mean of its block (as a smoothed image is drawn). */
export function shrunk(raster: Raster, factor: number): Raster {
  const out = createRaster(Math.floor(raster.width / factor), Math.floor(raster.height / factor));
  const block = factor * factor;
  for (let y = 0; y < out.height; y++) {
    for (let x = 0; x < out.width; x++) {
      let alpha = 0;
      let r = 0;
      let g = 0;
      let b = 0;
      for (let dy = 0; dy < factor; dy++) {
        for (let dx = 0; dx < factor; dx++) {
          const i = (((y * factor + dy) * raster.width) + x * factor + dx) << 2;
          const a = raster.data[i + 3] as number;
          alpha += a;
          r += (raster.data[i] as number) * a;
          g += (raster.data[i + 1] as number) * a;
          b += (raster.data[i + 2] as number) * a;
        }
      }
      if (alpha === 0) continue;
      const o = (y * out.width + x) << 2;
      out.data[o] = r / alpha + 0.5;
      out.data[o + 1] = g / alpha + 0.5;
      out.data[o + 2] = b / alpha + 0.5;
      out.data[o + 3] = alpha / block + 0.5;
    }
  }
  return out;
}

/**
 * A minimal PNG (one IDAT, filter 0 on every row), compressed by node's zlib at level 4 (level 6
 * took twice the time for 6% less at 700k points), off the main thread; RGB when every pixel is
 * opaque, as charts on white are.
 */
export async function encodePng(raster: Raster): Promise<Buffer> {
  const { width, height, data } = raster;
  let opaque = true;
  for (let i = 3; i < data.length && opaque; i += 4) opaque = data[i] === 255;
  const channels = opaque ? 3 : 4;
  const stride = width * channels;
  const filtered = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (stride + 1) + 1;
    if (!opaque) {
      filtered.set(data.subarray(y * stride, (y + 1) * stride), row);
      continue;
    }
    for (let x = 0, from = y * width * 4, to = row; x < width; x++, from += 4, to += 3) {
      filtered[to] = data[from] as number;
      filtered[to + 1] = data[from + 1] as number;
      filtered[to + 2] = data[from + 2] as number;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, opaque ? 2 : 6, 0, 0, 0], 8); // 8-bit RGB or RGBA, deflate, no filter method variants, no interlace
  const compressed = await compress(filtered, { level: 4 });
  freeNow(filtered);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", compressed), chunk("IEND", Buffer.alloc(0))]);
}

function chunk(type: string, body: Buffer): Buffer {
  const out = Buffer.alloc(12 + body.length);
  out.writeUInt32BE(body.length, 0);
  out.write(type, 4, "latin1");
  body.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + body.length)), 8 + body.length);
  return out;
}

/** A continuous scale's mapping to [0, 1] (log, symlog with constant 1, or linear). */
export type ScaleKind = "log" | "symlog" | "linear";

export function normaliser(kind: ScaleKind, domain: readonly [number, number]): (value: number) => number {
  const f = kind === "log" ? Math.log10 : kind === "symlog" ? (v: number) => Math.sign(v) * Math.log1p(Math.abs(v)) : (v: number) => v;
  const lo = f(domain[0]);
  const span = f(domain[1]) - lo || 1;
  return (value) => (f(value) - lo) / span;
}

/** A 256-step colour table from `#rrggbb` stops, for mapping [0, 1] to RGB without strings. */
export function colourTable(stops: readonly string[]): Array<[number, number, number]> {
  const rgb = stops.map((hex) => [1, 3, 5].map((k) => Number.parseInt(hex.slice(k, k + 2), 16)) as [number, number, number]);
  return Array.from({ length: 256 }, (_, i) => {
    const t = (i / 255) * (rgb.length - 1);
    const k = Math.min(rgb.length - 2, Math.floor(t));
    const f = t - k;
    const a = rgb[k] as [number, number, number];
    const b = rgb[k + 1] as [number, number, number];
    return [0, 1, 2].map((c) => Math.round((a[c] as number) + ((b[c] as number) - (a[c] as number)) * f)) as [number, number, number];
  });
}

/** Viridis, sampled at 11 stops (matplotlib's table), the colour map of vega's "viridis" scheme. */
export const VIRIDIS = ["#440154", "#482475", "#414487", "#355f8d", "#2a788e", "#21918c", "#22a884", "#44bf70", "#7ad151", "#bddf26", "#fde725"];
