import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readZip } from './zip-reader';
import { writeZip } from './zip-writer';

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts);
}

describe('the stored ZIP writer', () => {
  it('round-trips entries written in pieces, with UTF-8 names', async () => {
    async function* pieces() {
      yield 'a,b\r\n';
      yield new Uint8Array([0xc3, 0xa9]);
      yield '';
    }
    const archive = await collect(writeZip([{ name: 'one.csv', content: pieces() }, { name: 'café/deux.json', content: ['{"x":1}'] }, { name: 'empty.txt', content: [] }], new Date('2026-03-04T05:06:08Z')));
    const entries = readZip(archive);
    expect([...entries.keys()]).toEqual(['one.csv', 'café/deux.json', 'empty.txt']);
    expect(entries.get('one.csv')!.toString('utf8')).toBe('a,b\r\né');
    expect(entries.get('café/deux.json')!.toString()).toBe('{"x":1}');
    expect(entries.get('empty.txt')!.length).toBe(0);
  });

  it('is read by a standard tool when one is installed', async () => {
    const archive = await collect(writeZip([{ name: 'hello.txt', content: ['hello ', 'world'] }], new Date('2026-03-04T05:06:08Z')));
    const dir = mkdtempSync(path.join(os.tmpdir(), 'zip-test-'));
    try {
      writeFileSync(path.join(dir, 'a.zip'), archive);
      // Python's zipfile checks CRCs and the central directory; skipped where python3 is absent.
      let out: string;
      try {
        out = execFileSync('python3', ['-c', 'import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print(z.read("hello.txt").decode())', path.join(dir, 'a.zip')], { encoding: 'utf8' });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
        throw error;
      }
      expect(out.trim()).toBe('hello world');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a corrupted entry', async () => {
    const archive = await collect(writeZip([{ name: 'x.txt', content: ['abc'] }], new Date('2026-03-04T05:06:08Z')));
    archive[30 + 'x.txt'.length] = 0x7a; // first data byte
    expect(() => readZip(archive)).toThrow(/CRC mismatch/);
  });
});
