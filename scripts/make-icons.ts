// npx tsx scripts/make-icons.ts — draws the app icon (a lens ring on the brand blue) as PNGs for the
// web app manifest. Written with node:zlib only, so it runs offline; the PNGs are committed.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

const BRAND: [number, number, number] = [0x1f, 0x57, 0xb8];
const WHITE: [number, number, number] = [0xff, 0xff, 0xff];

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/** A square icon: brand background (full bleed, so it also serves as a maskable icon) and a white ring. */
export function drawIcon(size: number): Buffer {
  const rows: Buffer[] = [];
  const centre = (size - 1) / 2;
  const outer = size * 0.3;
  const inner = size * 0.2;
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3); // filter byte 0, then RGB
    for (let x = 0; x < size; x++) {
      const distance = Math.hypot(x - centre, y - centre);
      const handle = x > centre && y > centre && Math.abs(x - y) < size * 0.045 && distance > outer && distance < size * 0.46;
      const [r, g, b] = (distance <= outer && distance >= inner) || handle ? WHITE : BRAND;
      row[1 + x * 3] = r;
      row[2 + x * 3] = g;
      row[3 + x * 3] = b;
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  for (const size of [192, 512]) writeFileSync(path.join('public', 'icons', `icon-${size}.png`), drawIcon(size));
}
