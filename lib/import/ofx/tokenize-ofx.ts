import { ImportError } from '../import-error';

// OFX text → tags and text, for 1.x SGML (leaf tags never closed) and 2.x XML alike, chunk by
// chunk with line numbers. Processing instructions, comments and the OFX 1 header are skipped
// (the header's CHARSET was already used to decode).

export type OfxToken =
  | { kind: 'open'; name: string; line: number }
  | { kind: 'close'; name: string; line: number }
  | { kind: 'text'; value: string; line: number };

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** XML and SGML character references; an unknown "&…;" or a bare "&" (AT&T in SGML) stays as written. */
export function unescapeOfxText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

export async function* tokenizeOfx(chunks: AsyncIterable<string>): AsyncGenerator<OfxToken> {
  let buffer = '';
  let line = 1;
  let started = false; // before <OFX> (or <?xml), the file is the OFX 1 header: not markup
  for await (const chunk of chunks) {
    buffer += chunk;
    let at = 0;
    for (;;) {
      const open = buffer.indexOf('<', at);
      if (open === -1) break; // text runs to the next chunk
      if (started) {
        const raw = buffer.slice(at, open);
        const text = raw.trim();
        if (text) yield { kind: 'text', value: unescapeOfxText(text), line: line + countNewlines(raw, 0, raw.length - raw.trimStart().length) };
      }
      line += countNewlines(buffer, at, open);
      const special = buffer.startsWith('<!--', open) ? '-->' : buffer.startsWith('<?', open) || buffer.startsWith('<!', open) ? '>' : null;
      const close = buffer.indexOf(special ?? '>', open);
      if (close === -1) {
        at = open;
        break; // the tag runs to the next chunk
      }
      const end = close + (special ?? '>').length;
      const tag = buffer.slice(open + 1, close).trim();
      started = true;
      if (!special) {
        const match = /^(\/?)([A-Za-z][\w.]*)\s*(\/?)$/.exec(tag);
        if (!match) throw new ImportError('malformed', `"<${tag.slice(0, 40)}>" is not an OFX tag.`, line);
        const name = (match[2] ?? '').toUpperCase();
        if (match[1]) yield { kind: 'close', name, line };
        else {
          yield { kind: 'open', name, line };
          if (match[3]) yield { kind: 'close', name, line }; // <MEMO/>
        }
      }
      line += countNewlines(buffer, open, end);
      at = end;
    }
    buffer = buffer.slice(at);
  }
  const rest = buffer.trim();
  if (rest.startsWith('<')) throw new ImportError('truncated', 'The file ends inside a tag; it may be cut short.', line);
  if (rest && started) yield { kind: 'text', value: unescapeOfxText(rest), line };
}
