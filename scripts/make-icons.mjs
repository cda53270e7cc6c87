#!/usr/bin/env node
/**
 * Draws Clearsend's icon (a white check mark on a blue rounded square) at the sizes the stores
 * ask for, and writes public/icon/<size>.png. The PNGs are committed; run this again only to
 * change the drawing:
 *
 *   node scripts/make-icons.mjs
 *
 * No image library: each pixel is the average of 8x8 samples of the shapes (anti-aliasing), and
 * the PNG is written with Node's zlib (deflate and CRC-32). The output is the same on every run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const ICON_SIZES = [16, 32, 48, 128];
const BLUE = [37, 87, 214]; // #2557d6
const WHITE = [255, 255, 255];
const SAMPLES = 8;

/** Signed distance from (x, y) to a rounded square centred at 0.5, 0.5 (unit coordinates). */
function roundedSquare(x, y, half, radius) {
  const qx = Math.abs(x - 0.5) - half + radius;
  const qy = Math.abs(y - 0.5) - half + radius;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

/** Distance from (x, y) to the segment a-b. */
function segment(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy);
}

/** The colour (RGBA) at a point in unit coordinates. */
function shade(x, y, size) {
  // The Chrome Web Store asks for 96x96 artwork inside the 128x128 icon (16 px transparent on
  // each side); the toolbar sizes use the whole square. 16 px gets a thicker mark to stay legible.
  const half = size === 128 ? 48 / 128 : size <= 16 ? 0.5 : 0.47;
  const s = half / 0.5; // the mark scales with the square
  if (roundedSquare(x, y, half, half * 0.4) > 0) return [0, 0, 0, 0];
  const stroke = (size <= 16 ? 0.15 : 0.12) * s;
  const check = [[0.27, 0.52], [0.43, 0.68], [0.74, 0.35]].map(([cx, cy]) => [0.5 + (cx - 0.5) * s, 0.5 + (cy - 0.5) * s]);
  const d = Math.min(segment(x, y, check[0], check[1]), segment(x, y, check[1], check[2]));
  return d <= stroke / 2 ? [...WHITE, 255] : [...BLUE, 255];
}

function drawIcon(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = shade((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size, size);
          // Premultiplied, so transparent samples do not darken the edge.
          for (let i = 0; i < 3; i++) sum[i] += (c[i] * c[3]) / 255;
          sum[3] += c[3];
        }
      }
      const n = SAMPLES * SAMPLES;
      const alpha = sum[3] / n;
      const at = (py * size + px) * 4;
      for (let i = 0; i < 3; i++) rgba[at + i] = alpha ? Math.round(((sum[i] / n) * 255) / alpha) : 0;
      rgba[at + 3] = Math.round(alpha);
    }
  }
  return rgba;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An RGBA image as PNG bytes (8 bits per channel, no interlace, filter 0 on every row). */
export function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type 6 (RGBA)
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.join(ROOT, 'public/icon');
  mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = path.join(dir, `${size}.png`);
    writeFileSync(file, encodePng(size, size, drawIcon(size)));
    console.log(path.relative(process.cwd(), file));
  }
}
