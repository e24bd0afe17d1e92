import { describe, expect, it } from 'vitest';
import { matchPendingToPosted, normaliseDescription, type PendingCandidate, type PostedCandidate } from './pending-match';

const day = (d: number) => new Date(Date.UTC(2026, 2, d));
const pending = (id: string, amount: bigint, d: number, description = 'BLUE BOTTLE COFFEE #12'): PendingCandidate => ({ id, bankTransactionId: `${id}-bank`, amountMinor: amount, bookedOn: day(d), description, createdAt: day(d) });
const posted = (id: string, amount: bigint, d: number, description = 'BLUE BOTTLE COFFEE #12', ref: string | null = null): PostedCandidate => ({ ...pending(id, amount, d, description), bankReferenceId: ref });

describe('matchPendingToPosted', () => {
  it('trusts the bank reference over everything else', () => {
    expect(matchPendingToPosted([pending('p', -500n, 3)], [posted('a', -500n, 4), posted('b', -9_999n, 9, 'OTHER', 'p-bank')])).toEqual([{ pendingId: 'p', postedId: 'b' }]);
  });

  it('matches a restaurant charge whose tip was added at posting', () => {
    expect(matchPendingToPosted([pending('p', -4_000n, 3, 'CAFE X')], [posted('a', -4_800n, 5, 'CAFE Y')])).toEqual([{ pendingId: 'p', postedId: 'a' }]);
  });

  it('matches a fuel pre-authorisation through the bank reference only: same merchant text does not excuse the amount', () => {
    expect(matchPendingToPosted([pending('p', -100n, 3, 'SHELL OIL 5744')], [posted('a', -4_512n, 4, 'SHELL OIL 5744', 'p-bank')])).toEqual([{ pendingId: 'p', postedId: 'a' }]);
    expect(matchPendingToPosted([pending('p', -100n, 3, 'SHELL OIL 5744')], [posted('a', -4_512n, 4, 'SHELL OIL 5744')])).toEqual([]);
  });

  it('never links a posted row that names another hold, however close it looks', () => {
    // The ten-day case: the user's hold vanished; a posted row settling a different hold is in the window.
    const hold = pending('h1', -16_076n, 3, 'WHOLEFDS MKT 10234');
    expect(matchPendingToPosted([hold], [posted('a', -3_900n, 5, 'WHOLEFDS MKT 10234', 'h2-bank')])).toEqual([]);
    expect(matchPendingToPosted([hold], [posted('a', -16_076n, 5, 'WHOLEFDS MKT 10234', 'h2-bank')])).toEqual([]);
    expect(matchPendingToPosted([hold], [posted('a', -16_076n, 5, 'WHOLEFDS MKT 10234', 'h2-bank'), posted('b', -16_076n, 6, 'WHOLEFDS', 'h1-bank')])).toEqual([{ pendingId: 'h1', postedId: 'b' }]);
  });

  it('refuses other directions, far dates, rows that predate the pending one, and big unexplained differences', () => {
    expect(matchPendingToPosted([pending('p', -500n, 3)], [posted('a', 500n, 4)])).toEqual([]);
    expect(matchPendingToPosted([pending('p', -500n, 3)], [posted('a', -500n, 20)])).toEqual([]);
    expect(matchPendingToPosted([pending('p', -500n, 3)], [{ ...posted('a', -500n, 4), createdAt: day(1) }])).toEqual([]);
    expect(matchPendingToPosted([pending('p', -500n, 3, 'A SHOP')], [posted('a', -900n, 4, 'B STORE')])).toEqual([]);
  });

  it('pairs two identical coffees one to one, the same way every time', () => {
    const pendings = [pending('p1', -450n, 3), pending('p2', -450n, 3)];
    const posteds = [posted('s1', -450n, 4), posted('s2', -450n, 4)];
    const first = matchPendingToPosted(pendings, posteds);
    expect(first).toHaveLength(2);
    expect(new Set(first.map((m) => m.postedId)).size).toBe(2);
    expect(matchPendingToPosted([...pendings].reverse(), [...posteds].reverse())).toEqual(first);
  });

  it('normalises merchant text', () => {
    expect(normaliseDescription('UBER *TRIP 8X2K HELP.UBER.COM')).toBe('UBER TRIP HELP');
  });
});
