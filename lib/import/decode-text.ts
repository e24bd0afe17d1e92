import { ImportError } from './import-error';
import type { TextEncodingName } from './types';

// Bytes → text, chunk by chunk. A byte-order mark decides; otherwise the text is UTF-8 as long as
// every non-ASCII byte is valid UTF-8, and Windows-1252 (what Excel and older bank exports write)
// when the first non-ASCII byte is not — nothing before that byte differs between the two, so the
// switch loses nothing. A file that turns invalid after valid UTF-8 is refused with its line.

// Node's TextDecoder treats windows-1252 as Latin-1; these are the 0x80–0x9F code points it misses.
const cp1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => cp1252High[c.charCodeAt(0) - 0x80] ?? c);
}

function detectBom(head: Uint8Array): { encoding: TextEncodingName; skip: number } | undefined {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  // UTF-16 without a mark: ASCII text with every other byte zero.
  if (head.length >= 4 && head[0] !== 0 && head[1] === 0 && head[2] !== 0 && head[3] === 0) return { encoding: 'utf-16le', skip: 0 };
  if (head.length >= 4 && head[0] === 0 && head[1] !== 0 && head[2] === 0 && head[3] !== 0) return { encoding: 'utf-16be', skip: 0 };
  return undefined;
}

/** The bytes at the end of `bytes` that begin a UTF-8 sequence the chunk does not finish. */
function unfinishedUtf8Tail(bytes: Uint8Array): Uint8Array {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back] ?? 0;
    if (byte < 0x80) break;
    if (byte >= 0xc0) {
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return back < length ? bytes.slice(bytes.length - back) : new Uint8Array(0);
    }
  }
  return new Uint8Array(0);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

// Lines within the chunk before the first byte a lenient decoder has to replace.
function lineOfFirstInvalidByte(chunk: Uint8Array): number {
  const lenient = new TextDecoder('utf-8').decode(chunk);
  const at = lenient.indexOf('\ufffd');
  return countLines(at === -1 ? lenient : lenient.slice(0, at));
}

function countLines(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/**
 * Decodes a byte stream. `declared` is what the file says about itself (OFX CHARSET, XML
 * encoding) and `forced` what the person chose; both win over detection.
 */
export async function* decodeText(
  chunks: AsyncIterable<Uint8Array>,
  { forced, declared }: { forced?: TextEncodingName; declared?: (head: Uint8Array) => TextEncodingName | undefined } = {},
): AsyncGenerator<string> {
  let encoding: TextEncodingName | undefined = forced;
  let utf8: TextDecoder | undefined;
  let other: TextDecoder | undefined;
  // Whether UTF-8 has produced a non-ASCII character yet; until then Windows-1252 can still take over.
  let committed = false;
  let held: Uint8Array = new Uint8Array(0);
  let linesBefore = 0;
  let first = true;
  for await (let chunk of chunks) {
    if (first) {
      first = false;
      const bom = detectBom(chunk);
      if (bom && (!forced || forced === bom.encoding)) {
        encoding = bom.encoding;
        chunk = chunk.subarray(bom.skip);
      }
      encoding ??= declared?.(chunk);
    }
    let text: string;
    if (encoding === 'windows-1252') text = decodeWindows1252(chunk);
    else if (encoding === 'utf-16le' || encoding === 'utf-16be') text = (other ??= new TextDecoder(encoding, { fatal: true })).decode(chunk, { stream: true });
    else {
      utf8 ??= new TextDecoder('utf-8', { fatal: true });
      try {
        text = utf8.decode(chunk, { stream: true });
        committed ||= /[^\u0000-\u007f]/.test(text);
        if (!committed) held = unfinishedUtf8Tail(concat(held, chunk));
      } catch (cause) {
        if (committed || encoding === 'utf-8') {
          const line = linesBefore + 1 + lineOfFirstInvalidByte(chunk);
          throw new ImportError('encoding', 'The file is not valid UTF-8 text here. Save it as UTF-8, or choose Windows-1252 as its encoding.', line, { cause });
        }
        encoding = 'windows-1252';
        text = decodeWindows1252(concat(held, chunk));
        utf8 = undefined;
      }
    }
    linesBefore += countLines(text);
    if (text) yield text;
  }
  try {
    const rest = (utf8 ?? other)?.decode() ?? '';
    if (rest) yield rest;
  } catch (cause) {
    // The file ends with the first byte of a UTF-8 sequence: a Windows-1252 letter, unless UTF-8 was already certain.
    if (utf8 && !committed && encoding !== 'utf-8') {
      yield decodeWindows1252(held);
      return;
    }
    throw new ImportError('truncated', 'The file ends in the middle of a character; it may be cut short.', linesBefore + 1, { cause });
  }
}
