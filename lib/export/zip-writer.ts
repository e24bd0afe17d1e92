import { crc32 } from 'node:zlib';

// A minimal streaming ZIP writer: stored entries (no compression), each followed by a data
// descriptor, so an entry is written as its content is produced and nothing is held in memory
// beyond one chunk. Sizes stay under 4 GiB per entry and archive (no ZIP64); larger is refused.

export type ZipEntry = { name: string; content: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array> };

const FLAGS = 0x0008 | 0x0800; // sizes in a data descriptor; names are UTF-8
const VERSION = 20;
const LIMIT = 0xffffffff;

function dosDateTime(date: Date): { time: number; day: number } {
  const year = Math.max(1980, date.getUTCFullYear());
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    day: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

type Written = { name: Uint8Array; crc: number; size: number; offset: number };

/** The archive's bytes, entry by entry; `modifiedAt` stamps every entry. */
export async function* writeZip(entries: AsyncIterable<ZipEntry> | Iterable<ZipEntry>, modifiedAt: Date): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  const { time, day } = dosDateTime(modifiedAt);
  const written: Written[] = [];
  let offset = 0;

  for await (const entry of entries) {
    const name = encoder.encode(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(VERSION, 4);
    local.writeUInt16LE(FLAGS, 6);
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(day, 12);
    local.writeUInt16LE(name.length, 26);
    yield local;
    yield name;
    const start = offset;
    offset += 30 + name.length;

    let crc = 0;
    let size = 0;
    for await (const piece of entry.content) {
      const bytes = typeof piece === 'string' ? encoder.encode(piece) : piece;
      if (bytes.length === 0) continue;
      crc = crc32(bytes, crc);
      size += bytes.length;
      if (size > LIMIT) throw new Error(`zip entry ${entry.name} is larger than 4 GiB`);
      yield bytes;
    }
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc >>> 0, 4);
    descriptor.writeUInt32LE(size, 8);
    descriptor.writeUInt32LE(size, 12);
    yield descriptor;
    offset += size + 16;
    if (offset > LIMIT) throw new Error('zip archive is larger than 4 GiB');
    written.push({ name, crc: crc >>> 0, size, offset: start });
  }

  const directoryStart = offset;
  for (const entry of written) {
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(VERSION, 4);
    central.writeUInt16LE(VERSION, 6);
    central.writeUInt16LE(FLAGS, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(day, 14);
    central.writeUInt32LE(entry.crc, 16);
    central.writeUInt32LE(entry.size, 20);
    central.writeUInt32LE(entry.size, 24);
    central.writeUInt16LE(entry.name.length, 28);
    central.writeUInt32LE(entry.offset, 42);
    yield central;
    yield entry.name;
    offset += 46 + entry.name.length;
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(written.length, 8);
  end.writeUInt16LE(written.length, 10);
  end.writeUInt32LE(offset - directoryStart, 12);
  end.writeUInt32LE(directoryStart, 16);
  yield end;
}
