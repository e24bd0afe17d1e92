import { describe, expect, it } from 'vitest';
import { isSqliteBusy, retryWhenSqliteBusy } from './retry-busy';

// Prisma's shape for SQLITE_BUSY (P1008, kind SocketTimeout), as the SQLite adapter reports it.
const busy = Object.assign(new Error('Operation has timed out'), { code: 'P1008', meta: { driverAdapterError: { cause: { originalCode: 'SQLITE_BUSY', kind: 'SocketTimeout' } } } });

describe('retryWhenSqliteBusy', () => {
  it('runs the transaction again while SQLite is busy, and passes any other error through at once', async () => {
    let calls = 0;
    expect(await retryWhenSqliteBusy(async () => (++calls < 3 ? Promise.reject(busy) : 'saved'))).toBe('saved');
    expect(calls).toBe(3);
    let other = 0;
    await expect(retryWhenSqliteBusy(async () => (other++, Promise.reject(new Error('unique'))))).rejects.toThrow('unique');
    expect(other).toBe(1);
    expect(isSqliteBusy(busy)).toBe(true);
    expect(isSqliteBusy(new Error('x'))).toBe(false);
  });

  it('gives up after a few tries', async () => {
    let calls = 0;
    await expect(retryWhenSqliteBusy(async () => (calls++, Promise.reject(busy)))).rejects.toBe(busy);
    expect(calls).toBe(6);
  });
});
