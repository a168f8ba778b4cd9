/**
 * Draws the add-in's icons (a white "H" monogram on a green rounded square)
 * and writes them to assets/ as PNG files, with no dependency but node's zlib.
 * Run after changing the design: npx tsx scripts/make-icons.ts
 */
import { writeFileSync } from "fs";
import { join } from "path";
import { deflateSync } from "zlib";

type Rgba = readonly [number, number, number, number];

const BACKGROUND: Rgba = [11, 110, 79, 255];
const INK: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];
/** Samples per pixel side: smooth rounded corners without blurring the straight edges. */
const SUPERSAMPLE = 4;

const ICONS: ReadonlyArray<{ file: string; size: number }> = [
  { file: "icon-16.png", size: 16 },
  { file: "icon-32.png", size: 32 },
  { file: "icon-64.png", size: 64 },
  { file: "icon-80.png", size: 80 },
  { file: "logo-filled.png", size: 300 },
];

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The "H" as three boxes snapped to whole pixels, so small icons stay crisp. */
function monogram(size: number): Box[] {
  const px = (fraction: number) => Math.round(fraction * size);
  const stem = Math.max(2, px(0.13));
  const top = px(0.25);
  const bottom = size - top;
  const left = px(0.28);
  const right = size - left;
  const barHalf = Math.max(1, Math.round(stem / 2));
  const middle = Math.round(size / 2);
  return [
    { x0: left, y0: top, x1: left + stem, y1: bottom },
    { x0: right - stem, y0: top, x1: right, y1: bottom },
    { x0: left + stem, y0: middle - barHalf, x1: right - stem, y1: middle + barHalf },
  ];
}

function insideRoundedSquare(x: number, y: number, size: number): boolean {
  const radius = size * 0.22;
  const cx = Math.min(Math.max(x, radius), size - radius);
  const cy = Math.min(Math.max(y, radius), size - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function colourAt(x: number, y: number, size: number, boxes: Box[]): Rgba {
  if (!insideRoundedSquare(x, y, size)) return CLEAR;
  return boxes.some((b) => x >= b.x0 && x < b.x1 && y >= b.y0 && y < b.y1) ? INK : BACKGROUND;
}

/** Row-major RGBA pixels, averaged over SUPERSAMPLE² samples (premultiplied, then un-premultiplied). */
function render(size: number): Uint8Array {
  const boxes = monogram(size);
  const pixels = new Uint8Array(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const c = colourAt(x + (sx + 0.5) / SUPERSAMPLE, y + (sy + 0.5) / SUPERSAMPLE, size, boxes);
          const alpha = c[3] / 255;
          r += c[0] * alpha;
          g += c[1] * alpha;
          b += c[2] * alpha;
          a += alpha;
        }
      }
      const i = (y * size + x) * 4;
      pixels.set(a === 0 ? [0, 0, 0, 0] : [r / a, g / a, b / a, (a / n) * 255].map(Math.round), i);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A truecolour-with-alpha, 8-bit, non-interlaced PNG. */
function encodePng(size: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rowLength = size * 4;
  // Each row starts with its filter type: 0 ("None"), as Buffer.alloc leaves it.
  const raw = Buffer.alloc((rowLength + 1) * size);
  for (let y = 0; y < size; y++) {
    raw.set(rgba.subarray(y * rowLength, (y + 1) * rowLength), y * (rowLength + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const dir = join(__dirname, "..", "assets");
for (const { file, size } of ICONS) {
  writeFileSync(join(dir, file), encodePng(size, render(size)));
  console.log(`assets/${file} (${size}×${size})`);
}
