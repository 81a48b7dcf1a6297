/**
 * Paints hundreds of thousands of points straight into an RGBA buffer, in data order, and
 * returns it as a PNG data URL for an image mark laid exactly over vega's plot area. SVG with
 * one element per point costs resvg seconds and gigabytes at this scale; pixels cost nothing.
 */
import { crc32, deflateSync } from "node:zlib";

export interface Raster {
  width: number;
  height: number;
  data: Uint8Array;
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

/** A minimal RGBA PNG (one IDAT, filter 0 on every row), compressed by node's zlib. */
export function encodePng(raster: Raster): Buffer {
  const { width, height, data } = raster;
  const stride = width * 4;
  const filtered = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) filtered.set(data.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no filter method variants, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(filtered, { level: 6 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function chunk(type: string, body: Buffer): Buffer {
  const out = Buffer.alloc(12 + body.length);
  out.writeUInt32BE(body.length, 0);
  out.write(type, 4, "latin1");
  body.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + body.length)), 8 + body.length);
  return out;
}

export function rasterToDataUrl(raster: Raster): string {
  return `data:image/png;base64,${encodePng(raster).toString("base64")}`;
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
