import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';
import { ImportError } from './import-error';

async function decode(chunks: number[][], options?: Parameters<typeof decodeText>[1]): Promise<string> {
  async function* source() {
    for (const chunk of chunks) yield new Uint8Array(chunk);
  }
  let text = '';
  for await (const part of decodeText(source(), options)) text += part;
  return text;
}

const ascii = (text: string) => [...Buffer.from(text, 'latin1')];

describe('decodeText', () => {
  it('reads UTF-8, including a character split across chunks, and drops the BOM', async () => {
    expect(await decode([[0xef, 0xbb, 0xbf, ...ascii('Caf'), 0xc3], [0xa9]])).toBe('Café');
  });

  it('falls back to Windows-1252 at the first non-ASCII byte that is not UTF-8', async () => {
    expect(await decode([ascii('a,b\n'), ascii('Caf'), [0xe9, 0x80, 0x93, 0x94]])).toBe('a,b\nCafé€“”');
  });

  it('reads a Windows-1252 letter that is the last byte of the file', async () => {
    expect(await decode([ascii('Caf'), [0xe9]])).toBe('Café');
  });

  it('reads UTF-16 with either byte-order mark, or without one', async () => {
    expect(await decode([[0xff, 0xfe, ...Buffer.from('Café', 'utf16le')]])).toBe('Café');
    expect(await decode([[0xfe, 0xff, ...Buffer.from('Café', 'utf16le').swap16()]])).toBe('Café');
    expect(await decode([[...Buffer.from('Date', 'utf16le')]])).toBe('Date');
  });

  it('uses the encoding the file declares or the person chose', async () => {
    expect(await decode([ascii('x'), [0xc3, 0xa9]], { forced: 'windows-1252' })).toBe('xÃ©');
    expect(await decode([[0xc3, 0xa9]], { declared: () => 'windows-1252' })).toBe('Ã©');
  });

  it('refuses text that turns invalid after valid UTF-8, with its line', async () => {
    const error = await decode([[...ascii('ok\n'), 0xc3, 0xa9, ...ascii('\nline 3\n')], [...ascii('line 4 '), 0xe9, ...ascii(' x\n')]]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).importCode).toBe('encoding');
    expect((error as ImportError).line).toBe(4);
  });
});
