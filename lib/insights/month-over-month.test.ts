import { describe, expect, it } from 'vitest';
import { setUpMarchLedger } from '@/lib/budgeting/test-helpers/march-ledger';
import { comparableDays, getMonthOverMonth } from './month-over-month';

const world = setUpMarchLedger();

describe('month over month', () => {
  it('compares a month under way with the same days of the month before', async () => {
    const { workspaceId } = world.ledger.user;
    // 3 April: April 1–3 (the Amazon refund) against March 1–3 (pay in; the savings transfer left out).
    expect(await getMonthOverMonth(world.db, workspaceId, '2026-04', new Date('2026-04-03T23:59:00Z'))).toEqual({
      partial: true,
      current: { first: '2026-04-01', last: '2026-04-03', inflowMinor: 1_000n, outflowMinor: 0n },
      previous: { first: '2026-03-01', last: '2026-03-03', inflowMinor: 318_422n, outflowMinor: 0n },
    });
    // One day later, March 4 (the Zelle payment) joins the comparison.
    const fourth = await getMonthOverMonth(world.db, workspaceId, '2026-04', new Date('2026-04-04T00:00:00Z'));
    expect(fourth?.previous).toMatchObject({ last: '2026-03-04', outflowMinor: 7_500n });
  });

  it('compares finished months whole, and clamps to a shorter previous month', async () => {
    const { workspaceId } = world.ledger.user;
    expect(await getMonthOverMonth(world.db, workspaceId, '2026-03', new Date('2026-04-03T00:00:00Z'))).toEqual({
      partial: false,
      current: { first: '2026-03-01', last: '2026-03-31', inflowMinor: 318_422n, outflowMinor: 7_500n + 8_412n + 1_799n },
      previous: { first: '2026-02-01', last: '2026-02-28', inflowMinor: 0n, outflowMinor: 0n },
    });
    // 30 March against February: all 28 days of it.
    expect((await getMonthOverMonth(world.db, workspaceId, '2026-03', new Date('2026-03-30T10:00:00Z')))?.previous.last).toBe('2026-02-28');
    expect(await getMonthOverMonth(world.db, world.ledger.other.workspaceId, '2026-03', new Date('2026-04-03T00:00:00Z'))).toMatchObject({ current: { inflowMinor: 0n, outflowMinor: 0n } });
  });

  it('has nothing to compare for a month not begun', () => {
    expect(comparableDays('2026-05', new Date('2026-04-30T00:00:00Z'))).toBeNull();
    expect(comparableDays('2026-04', new Date('2026-04-30T00:00:00Z'))).toEqual({ days: 30, partial: false });
  });
});
