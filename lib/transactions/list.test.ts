import { describe, expect, it } from 'vitest';
import { setUpMarchLedger } from '@/lib/budgeting/test-helpers/march-ledger';
import { parseTransactionFilters } from './filters';
import { listTransactions } from './list';

const world = setUpMarchLedger();

describe('listing transactions', () => {
  it('searches by text and amount, filters pending and ranges', async () => {
    const search = (params: Record<string, string>) => listTransactions(world.db, world.ledger.user.workspaceId, parseTransactionFilters(params).filters).then((r) => r.items.map((i) => i.description));
    expect(await search({ q: 'netflix' })).toEqual(['NETFLIX.COM LOS GATOS CA']);
    expect(await search({ q: '84.12' })).toEqual(['WHOLEFDS LPK 10234']);
    expect(await search({ status: 'pending' })).toEqual(['PENDING COFFEE']);
    expect(await search({ min: '3000', max: '4000' })).toEqual(['ACME PAYROLL']);
    expect(parseTransactionFilters({ from: '2026-02-30' }).errors[0]).toMatch(/not a real date/);
  });
});
