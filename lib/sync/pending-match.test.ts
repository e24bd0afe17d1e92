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

  it('matches a fuel pre-authorisation by merchant text despite the amount', () => {
    expect(matchPendingToPosted([pending('p', -100n, 3, 'SHELL OIL 5744')], [posted('a', -4_512n, 4, 'SHELL OIL 5744')])).toEqual([{ pendingId: 'p', postedId: 'a' }]);
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
