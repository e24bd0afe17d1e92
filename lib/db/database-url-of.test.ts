import { expect, it, vi } from 'vitest';

// A production build can bundle lib/db.ts into more than one chunk: the app's client (cached on
// globalThis) is then made by one copy of the module and handed to code that imported another.
// The sync queue must still find the client's database URL (it opens pg-boss against it).

it('a client made by one copy of lib/db is known to another copy', async () => {
  const first = await import('@/lib/db');
  vi.resetModules();
  const second = await import('@/lib/db');
  expect(second).not.toBe(first);

  const url = 'file:./data/never-opened.db'; // the client is never connected: no file is made
  const db = first.createDb(url);
  expect(second.databaseUrlOf(db)).toBe(url);
});

it('a client made elsewhere is refused with a clear message', async () => {
  const { databaseUrlOf } = await import('@/lib/db');
  expect(() => databaseUrlOf({} as never)).toThrow('this database client was not made by createDb');
});
