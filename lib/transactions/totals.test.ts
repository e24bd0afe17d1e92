import { describe, expect, it } from 'vitest';
import { setUpMarchLedger } from '@/lib/budgeting/test-helpers/march-ledger';
import { parseTransactionFilters } from './filters';
import { listTransactions } from './list';
import { getTransactionTotals } from './totals';

const world = setUpMarchLedger();

const totalsFor = (params: Record<string, string>, workspaceId = world.ledger.user.workspaceId) => getTransactionTotals(world.db, workspaceId, parseTransactionFilters(params).filters);

describe('totals of a filtered transaction list', () => {
  it('count, money in, money out and net for the whole filter, not one page', async () => {
    // March: every row the ledger has that month (pending and both transfer legs included: the list shows them).
    expect(await totalsFor({ from: '2026-03-01', to: '2026-03-31' })).toEqual({
      count: 9,
      inflowMinor: 318_422n + 50_000n + 10_211n,
      outflowMinor: 50_000n + 7_500n + 8_412n + 1_799n + 2_000n + 10_211n,
      netMinor: 318_422n + 50_000n + 10_211n - (50_000n + 7_500n + 8_412n + 1_799n + 2_000n + 10_211n),
    });
    // A page of two rows still totals all nine.
    const { filters } = parseTransactionFilters({ from: '2026-03-01', to: '2026-03-31' });
    expect((await listTransactions(world.db, world.ledger.user.workspaceId, filters, 2)).items).toHaveLength(2);
    expect(await totalsFor({ status: 'pending' })).toEqual({ count: 1, inflowMinor: 0n, outflowMinor: 2_000n, netMinor: -2_000n });
    expect(await totalsFor({ q: 'refund' })).toEqual({ count: 1, inflowMinor: 1_000n, outflowMinor: 0n, netMinor: 1_000n });
  });

  it("are zero when nothing matches, and never count another user's rows", async () => {
    expect(await totalsFor({ from: '2030-01-01' })).toEqual({ count: 0, inflowMinor: 0n, outflowMinor: 0n, netMinor: 0n });
    expect(await totalsFor({}, world.ledger.other.workspaceId)).toEqual({ count: 0, inflowMinor: 0n, outflowMinor: 0n, netMinor: 0n });
  });
});
