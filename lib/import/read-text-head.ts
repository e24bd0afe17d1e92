import { decodeText } from './decode-text';
import { readBytes } from './read-bytes';
import type { ByteSource, TextEncodingName } from './types';

/** The first `maxChars` characters of a file, decoded, for proposing a mapping or sniffing a format. */
export async function readTextHead(source: ByteSource, maxChars = 64 * 1024, encoding?: TextEncodingName): Promise<string> {
  let head = '';
  for await (const text of decodeText(readBytes(source), { forced: encoding })) {
    head += text;
    if (head.length >= maxChars) break;
  }
  return head.slice(0, maxChars);
}
