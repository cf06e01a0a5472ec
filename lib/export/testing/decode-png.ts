// Reads the pixels of an 8-bit RGB or RGBA PNG (what resvg, librsvg and Chromium write), for tests
// and the bench to count them; no interlace, every row filter of the PNG specification.
import { inflateSync } from 'node:zlib';

export type Pixels = { width: number; height: number; rgba: Uint8Array };

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

export function decodePng(png: Buffer): Pixels {
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8 || ![2, 6].includes(body[9]) || body[12] !== 0) throw new Error(`unsupported PNG: depth ${body[8]}, colour ${body[9]}, interlace ${body[12]}`);
      channels = body[9] === 6 ? 4 : 3;
    } else if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const rows = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const left = i >= channels ? rows[y * stride + i - channels] : 0;
      const up = y > 0 ? rows[(y - 1) * stride + i] : 0;
      const upLeft = y > 0 && i >= channels ? rows[(y - 1) * stride + i - channels] : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
      if (predictor === undefined) throw new Error(`unknown PNG filter ${filter}`);
      rows[y * stride + i] = (line[i] + predictor) & 0xff;
    }
  }
  if (channels === 4) return { width, height, rgba: rows };
  const rgba = new Uint8Array(width * height * 4);
  for (let p = 0; p < width * height; p++) rgba.set([rows[p * 3], rows[p * 3 + 1], rows[p * 3 + 2], 255], p * 4);
  return { width, height, rgba };
}

/** The colour of a pixel composed on white, as a page shows a transparent one. */
export function onWhite(pixels: Pixels, x: number, y: number): [number, number, number] {
  const i = (y * pixels.width + x) * 4;
  const alpha = pixels.rgba[i + 3] / 255;
  const channel = (c: number) => Math.round(pixels.rgba[i + c] * alpha + 255 * (1 - alpha));
  return [channel(0), channel(1), channel(2)];
}

export type Area = { left: number; top: number; right: number; bottom: number };

/**
 * Share of pixels whose colours differ by more than `tolerance` on some channel (anti-aliasing
 * differs below it), among those `within` an area (the whole picture by default) and outside the `skipped` ones.
 */
export function differingShare(a: Pixels, b: Pixels, { tolerance = 64, skipped = [] as Area[], within = null as Area | null } = {}): number {
  if (a.width !== b.width || Math.abs(a.height - b.height) > 1) throw new Error(`sizes differ: ${a.width}×${a.height} and ${b.width}×${b.height}`);
  const height = Math.min(a.height, b.height);
  let differing = 0;
  let counted = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < a.width; x++) {
      if (within && !(x >= within.left && x < within.right && y >= within.top && y < within.bottom)) continue;
      if (skipped.some((r) => x >= r.left && x < r.right && y >= r.top && y < r.bottom)) continue;
      counted++;
      const [p, q] = [onWhite(a, x, y), onWhite(b, x, y)];
      if (Math.max(Math.abs(p[0] - q[0]), Math.abs(p[1] - q[1]), Math.abs(p[2] - q[2])) > tolerance) differing++;
    }
  }
  return differing / counted;
}
