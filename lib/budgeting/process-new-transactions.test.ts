import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIsoDay } from '@/lib/dates';
import { createTestDatabase, type TestDatabase } from '@/lib/db/test-database';
import { applyRuleToExisting, createRule } from '@/lib/categories/rules';
import { ruleInputSchema } from '@/lib/categories/rule-schema';
import { getMonthlyTotals } from '@/lib/insights/monthly';
import { getCashFlow } from '@/lib/insights/cash-flow';
import { bulkRecategorize, splitTransaction, updateTransactionDetails } from '@/lib/transactions/edit';
import { listTransactions } from '@/lib/transactions/list';
import { parseTransactionFilters } from '@/lib/transactions/filters';
import { getBudgetMonth, setBudget } from './budgets';
import { budgetInputSchema } from './budget-schema';
import { processNewTransactions } from './process-new-transactions';
import { insertTransactions, seedUser } from './test-helpers/seed';

let t: TestDatabase;
let user: Awaited<ReturnType<typeof seedUser>>;
let other: Awaited<ReturnType<typeof seedUser>>;
let ids: string[];

beforeAll(async () => {
  t = await createTestDatabase();
  user = await seedUser(t.db);
  other = await seedUser(t.db);
  ids = await insertTransactions(t.db, user.userId, [
    { accountId: user.checking, amountMinor: 318_422n, day: '2026-03-01', description: 'ACME PAYROLL', bankCategory: 'Payroll', bankTransactionType: 'DIRECTDEPOSIT', bankMerchantName: 'Acme' },
    { accountId: user.checking, amountMinor: -50_000n, day: '2026-03-02', description: 'Online Transfer to SAV', bankCategory: 'Transfer', bankTransactionType: 'TRANSFER' },
    { accountId: user.savings, amountMinor: 50_000n, day: '2026-03-02', description: 'Online Transfer from CHK', bankCategory: 'Transfer', bankTransactionType: 'TRANSFER' },
    { accountId: user.checking, amountMinor: -7_500n, day: '2026-03-04', description: 'Zelle payment to Maria', bankCategory: 'Transfer', bankTransactionType: 'TRANSFER' },
    { accountId: user.card, amountMinor: -8_412n, day: '2026-03-05', description: 'WHOLEFDS LPK 10234', bankCategory: '5411', bankMerchantName: 'Whole Foods Market' },
    { accountId: user.card, amountMinor: -1_799n, day: '2026-03-21', description: 'NETFLIX.COM LOS GATOS CA', bankCategory: '4899', bankMerchantName: 'Netflix' },
    { accountId: user.card, amountMinor: -2_000n, day: '2026-03-30', description: 'PENDING COFFEE', bankCategory: '5814', status: 'pending' },
    { accountId: user.checking, amountMinor: -10_211n, day: '2026-03-25', description: 'Payment to Chase card', bankCategory: 'Credit Card Payment', bankTransactionType: 'TRANSFER' },
    { accountId: user.card, amountMinor: 10_211n, day: '2026-03-25', description: 'AUTOMATIC PAYMENT - THANK YOU', bankCategory: 'Payment', bankTransactionType: 'PAYMENT' },
    { accountId: user.card, amountMinor: 1_000n, day: '2026-04-02', description: 'AMAZON REFUND', bankCategory: '5942', bankMerchantName: 'Amazon' },
  ]);
  await processNewTransactions(t.db, user.userId, ids);
});
afterAll(() => t.drop());

describe('processing new transactions', () => {
  it('pairs own-account transfers and card payments, but not a payment to someone else', async () => {
    const rows = await t.db.transaction.findMany({ where: { userId: user.userId }, orderBy: { bookedOn: 'asc' } });
    const transfer = rows.filter((r) => r.isTransfer).map((r) => r.description);
    expect(transfer.sort()).toEqual(['AUTOMATIC PAYMENT - THANK YOU', 'Online Transfer from CHK', 'Online Transfer to SAV', 'Payment to Chase card']);
    expect(rows.every((r) => r.categoryId)).toBe(true);
  });

  it('totals money in and out per month, to the cent, without transfers or pending', async () => {
    const [march, april] = await getMonthlyTotals(t.db, user.userId, '2026-03', '2026-04');
    expect(march).toMatchObject({ inflowMinor: 318_422n, outflowMinor: 7_500n + 8_412n + 1_799n });
    expect(april).toMatchObject({ inflowMinor: 1_000n, outflowMinor: 0n });
    expect(await getMonthlyTotals(t.db, other.userId, '2026-03', '2026-03')).toEqual([{ month: '2026-03', inflowMinor: 0n, outflowMinor: 0n, netMinor: 0n }]);
  });

  it('applies a rule to existing rows, never over a user choice, and budgets follow', async () => {
    const categories = await t.db.category.findMany({ where: { userId: user.userId } });
    const fun = categories.find((c) => c.key === 'entertainment.subscriptions')!;
    const dining = categories.find((c) => c.key === 'food.dining')!;
    const groceries = categories.find((c) => c.key === 'food.groceries')!;
    const wholeFoods = ids[4]!;
    await updateTransactionDetails(t.db, user.userId, wholeFoods, { categoryId: groceries.id, merchantName: 'Whole Foods', notes: 'weekly shop', tagNames: ['home'] });
    await createRule(t.db, user.userId, ruleInputSchema.parse({ descriptionPattern: 'netflix|wholefds', setCategoryId: dining.id, addTagName: 'tv' }));
    expect(await applyRuleToExisting(t.db, user.userId)).toBe(1);
    const netflix = await t.db.transaction.findUniqueOrThrow({ where: { id: ids[5]! } });
    expect(netflix).toMatchObject({ categoryId: dining.id, categorySource: 'rule' });
    expect((await t.db.transaction.findUniqueOrThrow({ where: { id: wholeFoods } })).categoryId).toBe(groceries.id);

    await setBudget(t.db, user.userId, budgetInputSchema.parse({ categoryId: fun.id, month: '2026-03', amount: '20', rollover: 'on' }));
    await bulkRecategorize(t.db, user.userId, [ids[5]!], fun.id);
    const [line] = await getBudgetMonth(t.db, user.userId, '2026-03');
    expect(line).toMatchObject({ spentMinor: 1_799n, availableMinor: 2_000n, status: 'warning' });
  });

  it('splits exactly, and refuses parts that do not add up', async () => {
    const categories = await t.db.category.findMany({ where: { userId: user.userId } });
    const [a, b] = [categories.find((c) => c.key === 'food.groceries')!.id, categories.find((c) => c.key === 'shopping.general')!.id];
    await expect(splitTransaction(t.db, user.userId, ids[4]!, [{ categoryId: a, amountMinor: -8_000n, note: null }, { categoryId: b, amountMinor: -400n, note: null }])).rejects.toThrow(/add up exactly/);
    await splitTransaction(t.db, user.userId, ids[4]!, [{ categoryId: a, amountMinor: -8_000n, note: null }, { categoryId: b, amountMinor: -412n, note: null }]);
    const list = await listTransactions(t.db, user.userId, parseTransactionFilters({ category: b }).filters);
    expect(list.items.map((i) => i.id)).toEqual([ids[4]]);
    const [march] = await getMonthlyTotals(t.db, user.userId, '2026-03', '2026-03');
    expect(march!.outflowMinor).toBe(7_500n + 8_412n + 1_799n);
  });

  it("treats another user's ids as not found", async () => {
    await expect(updateTransactionDetails(t.db, other.userId, ids[0]!, { categoryId: null, merchantName: null, notes: null, tagNames: [] })).rejects.toThrow(/not found/);
    await expect(bulkRecategorize(t.db, other.userId, [ids[0]!], null)).rejects.toThrow(/not found/);
    expect((await listTransactions(t.db, other.userId, parseTransactionFilters({}).filters)).items).toEqual([]);
  });

  it('searches by text and amount, filters pending and ranges', async () => {
    const search = (params: Record<string, string>) => listTransactions(t.db, user.userId, parseTransactionFilters(params).filters).then((r) => r.items.map((i) => i.description));
    expect(await search({ q: 'netflix' })).toEqual(['NETFLIX.COM LOS GATOS CA']);
    expect(await search({ q: '84.12' })).toEqual(['WHOLEFDS LPK 10234']);
    expect(await search({ status: 'pending' })).toEqual(['PENDING COFFEE']);
    expect(await search({ min: '3000', max: '4000' })).toEqual(['ACME PAYROLL']);
    expect(parseTransactionFilters({ from: '2026-02-30' }).errors[0]).toMatch(/not a real date/);
  });

  it('computes cash flow for a range', async () => {
    const flow = await getCashFlow(t.db, user.userId, '2026-03', '2026-04');
    expect(flow.totalInMinor).toBe(319_422n);
    expect(flow.topCustomers[0]).toMatchObject({ merchant: 'Acme', totalMinor: 318_422n });
    expect(flow.runwayMonths).toBeNull();
  });
});

describe('a sync-sized batch', () => {
  it('handles 2,000 new ids at once (bind-parameter limits)', async () => {
    const big = await seedUser(t.db);
    const rows = Array.from({ length: 2000 }, (_, i) => ({ accountId: big.card, amountMinor: -BigInt(100 + i), day: `2026-0${1 + (i % 9)}-1${i % 10}`, description: `SHOP ${i}`, bankCategory: '5411' }));
    const created = await t.db.transaction.createManyAndReturn({
      data: rows.map((r, i) => ({ userId: big.userId, accountId: r.accountId, bankTransactionId: `big${i}`, status: 'posted', amountMinor: r.amountMinor, bookedOn: parseIsoDay(r.day), description: r.description, bankCategory: r.bankCategory })),
      select: { id: true },
    });
    await processNewTransactions(t.db, big.userId, created.map((c) => c.id));
    expect(await t.db.transaction.count({ where: { userId: big.userId, categorySource: 'bank' } })).toBe(2000);
    const totals = await getMonthlyTotals(t.db, big.userId, '2026-01', '2026-09');
    expect(totals.reduce((s, m) => s + m.outflowMinor, 0n)).toBe(rows.reduce((s, r) => s - r.amountMinor, 0n));
  });
});
