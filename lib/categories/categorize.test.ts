import { beforeAll, describe, expect, it } from 'vitest';
import { setUpMarchLedger } from '@/lib/budgeting/test-helpers/march-ledger';
import { categorizeFromBank, detectTransfers } from './categorize';

// The rows as the sync inserted them; only the bank-data pass runs here.
const world = setUpMarchLedger({ process: false });

beforeAll(async () => {
  const { user, ids } = world.ledger;
  await detectTransfers(world.db, user.workspaceId, ids);
  await categorizeFromBank(world.db, user.workspaceId, ids);
});

describe('the bank-data pass over new rows', () => {
  it('pairs own-account transfers and card payments, but not a payment to someone else', async () => {
    const rows = await world.db.transaction.findMany({ where: { workspaceId: world.ledger.user.workspaceId, isTransfer: true }, select: { description: true } });
    expect(rows.map((r) => r.description).sort()).toEqual(['AUTOMATIC PAYMENT - THANK YOU', 'Online Transfer from CHK', 'Online Transfer to SAV', 'Payment to Chase card']);
  });

  it('gives every row a first category from the bank', async () => {
    const rows = await world.db.transaction.findMany({ where: { workspaceId: world.ledger.user.workspaceId }, select: { categoryId: true, categorySource: true } });
    expect(rows).toHaveLength(world.ledger.ids.length);
    expect(rows.every((r) => r.categoryId && r.categorySource === 'bank')).toBe(true);
  });
});
