import { randomBytes } from 'node:crypto';

// Ids for rows the sync inserts: UUID version 7 (RFC 9562), i.e. a 48-bit millisecond timestamp,
// then a counter and randomness. A random UUID lands each new row on a random page of the primary
// key index, so a page of 1,000 rows dirtied ~1,000 index pages (written to the WAL at every
// commit, and read back through a small cache); time-ordered ids append, like the rows themselves.
// Ids stay opaque and unguessable enough for keys (74 random bits per process start plus counter).

let lastMs = 0;
let sequence = 0;
const seed = randomBytes(8);

export function timeOrderedId(): string {
  const now = Date.now();
  if (now > lastMs) {
    lastMs = now;
    sequence = 0;
  } else {
    sequence++; // same millisecond (or a clock step back): keep increasing within lastMs
    if (sequence > 0xfff) {
      lastMs++;
      sequence = 0;
    }
  }
  const random = randomBytes(8);
  const bytes = Buffer.alloc(16);
  bytes.writeUIntBE(lastMs, 0, 6);
  bytes[6] = 0x70 | (sequence >> 8); // version 7, high bits of the counter
  bytes[7] = sequence & 0xff;
  for (let i = 0; i < 8; i++) bytes[8 + i] = random[i]! ^ seed[i]!;
  bytes[8] = 0x80 | (bytes[8]! & 0x3f); // RFC 4122 variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
