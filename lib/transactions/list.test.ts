import { describe, expect, it } from 'vitest';
import { setUpMarchLedger } from '@/lib/budgeting/test-helpers/march-ledger';
import { parseTransactionFilters } from './filters';
import { getTransaction, listTransactions } from './list';

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

describe('a listed transaction', () => {
  it('carries the same account, merchant, flags, tags and split count as its detail page reads', async () => {
    const { db } = world;
    const { workspaceId } = world.ledger.user;
    const [first, second] = await db.transaction.findMany({ where: { workspaceId }, orderBy: { id: 'asc' }, take: 2, select: { id: true, amountMinor: true } });
    const category = await db.category.findFirstOrThrow({ where: { workspaceId }, select: { id: true } });
    const [zeta, alpha] = await Promise.all([db.tag.create({ data: { workspaceId, name: 'Zeta trip' } }), db.tag.create({ data: { workspaceId, name: 'Alpha trip' } })]);
    await db.transactionTag.createMany({ data: [zeta, alpha].map((tag) => ({ workspaceId, transactionId: first!.id, tagId: tag.id })) });
    await db.transactionSplit.createMany({
      data: [0, 1].map((sortOrder) => ({ workspaceId, transactionId: second!.id, categoryId: category.id, amountMinor: second!.amountMinor / 2n, sortOrder })),
    });
    await db.transaction.update({ where: { id: second!.id }, data: { isTransfer: true, notes: 'moved to savings', merchantName: 'My own name' } });

    const { items } = await listTransactions(db, workspaceId, parseTransactionFilters({}).filters);
    expect(items.length).toBeGreaterThan(2);
    for (const item of items) {
      const row = (await getTransaction(db, workspaceId, item.id))!;
      expect(item).toEqual({
        id: row.id,
        bookedOn: row.bookedOn,
        status: row.status,
        amountMinor: row.amountMinor,
        currency: row.currency,
        description: row.description,
        merchant: row.merchantName ?? row.payee ?? row.bankMerchantName,
        payeeKey: row.payeeKey,
        categoryId: row.categoryId,
        categorySource: row.categorySource,
        isTransfer: row.isTransfer,
        notes: row.notes,
        accountId: row.accountId,
        accountName: row.account.name,
        manual: row.origin === 'manual',
        tags: row.tags.map((t) => t.tag).sort((a, b) => a.name.localeCompare(b.name)),
        splitCount: row._count.splits,
      });
    }
    const tagged = items.find((i) => i.id === first!.id)!;
    expect(tagged.tags.map((t) => t.name)).toEqual(['Alpha trip', 'Zeta trip']);
    const split = items.find((i) => i.id === second!.id)!;
    expect(split).toMatchObject({ splitCount: 2, isTransfer: true, notes: 'moved to savings', merchant: 'My own name' });
    expect(items.filter((i) => !i.isTransfer).length).toBeGreaterThan(0);
  });
});
