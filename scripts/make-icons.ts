// Draws the toolbar icons (a magnifier over three bars) as PNGs without any image library,
// so the icons can be regenerated on any machine: `npx tsx scripts/make-icons.ts`.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

type Rgba = [number, number, number, number];

/** Colour of the pixel at (x, y) in a unit square, supersampled by the caller. */
function shade(x: number, y: number): Rgba {
  const inRounded = (() => {
    const r = 0.18;
    const cx = Math.min(Math.max(x, r), 1 - r);
    const cy = Math.min(Math.max(y, r), 1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  })();
  if (!inRounded) return [0, 0, 0, 0];
  // magnifier ring and handle
  const dx = x - 0.6;
  const dy = y - 0.42;
  const d = Math.hypot(dx, dy);
  if (d >= 0.2 && d <= 0.27) return [255, 255, 255, 255];
  const t = (x - 0.6 + y - 0.42) / 2;
  const off = Math.abs(x - 0.6 - (y - 0.42)) / Math.SQRT2;
  if (t > 0.19 && t < 0.33 && off < 0.05) return [255, 255, 255, 255];
  // three bars
  const bars: [number, number][] = [
    [0.14, 0.62],
    [0.26, 0.5],
    [0.38, 0.7],
  ];
  for (const [left, top] of bars) {
    if (x >= left && x <= left + 0.08 && y >= top && y <= 0.86) return [255, 209, 102, 255];
  }
  return [178, 34, 34, 255];
}

function icon(size: number): Buffer {
  const ss = 4;
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const c = shade((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          for (let i = 0; i < 4; i++) acc[i]! += c[i]! * (i < 3 ? c[3]! / 255 : 1);
        }
      const a = acc[3]! / (ss * ss);
      for (let i = 0; i < 3; i++) row[1 + px * 4 + i] = a > 0 ? Math.round(acc[i]! / (ss * ss) / (a / 255)) : 0;
      row[1 + px * 4 + 3] = Math.round(a);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

for (const size of [16, 32, 48, 128]) writeFileSync(new URL(`../public/icon/${size}.png`, import.meta.url), icon(size));
