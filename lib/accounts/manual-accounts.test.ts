import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getBudgetMonth, setBudget } from '@/lib/budgeting/budgets';
import { ensureDefaultCategories } from '@/lib/categories/ensure-categories';
import { ruleInputSchema } from '@/lib/categories/rule-schema';
import { createRule } from '@/lib/categories/rules';
import { createTestDatabase, type TestDatabase } from '@/lib/db/test-database';
import { BadInputError, NotFoundError } from '@/lib/errors';
import { getMonthOverview } from '@/lib/insights/dashboard';
import { getAccountBalances, getNetWorthSeries } from '@/lib/insights/net-worth';
import { listTransactions } from '@/lib/transactions/list';
import { createManualAccount, deleteBalanceValue, deleteManualAccount, listManualAccounts, setBalanceValue } from './manual-accounts';
import { addManualTransaction, deleteManualTransaction, updateManualTransaction } from './manual-transactions';
import { balanceValueSchema, manualAccountSchema, manualTransactionSchema } from './manual-schema';
import { createTestPerson } from '@/lib/workspaces/test-helpers/person';

// Manual accounts against a real database (SQLite or PostgreSQL per CASHLENS_TEST_DB): what a
// person enters is validated with a clear message, stored whole or not at all, and counted by
// budgets, the dashboard and net worth like a linked account's data. "Today" is fixed.

const TODAY = '2026-06-20';
const NOW = new Date(`${TODAY}T12:00:00Z`);

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

async function newUser() {
  const user = await createTestPerson(t.db, { email: `m${Math.random().toString(36).slice(2)}@example.test` });
  return user.id;
}

const account = (fields: Record<string, string>) => manualAccountSchema(TODAY).parse(fields);
const value = (day: string, balance: string, currency = 'USD') => balanceValueSchema(TODAY, currency).parse({ day, balance });
const entry = (fields: Record<string, string>, currency = 'USD') => manualTransactionSchema(TODAY, currency).parse({ categoryId: '', direction: 'out', ...fields });

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));
}

describe('manual account input', () => {
  it('refuses bad input with a message per field', () => {
    const schema = manualAccountSchema(TODAY);
    expect(messages(schema.safeParse({ name: ' ', kind: 'yacht', currency: 'XYZ', openingDate: '2026-06-21', openingBalance: '10' }))).toEqual({
      name: 'Give the account a name.',
      kind: 'Choose what kind of account this is.',
      currency: 'Choose a currency by its three-letter code, like USD or EUR.',
      openingDate: "The opening date can't be in the future.",
    });
    expect(messages(schema.safeParse({ name: 'Wallet', kind: 'cash', currency: 'usd', openingDate: '2026-02-30', openingBalance: '1' }))).toEqual({ openingDate: 'Enter the opening date as a real date (YYYY-MM-DD).' });
    expect(messages(schema.safeParse({ name: 'Wallet', kind: 'cash', currency: 'USD', openingDate: '2026-01-01', openingBalance: '12.345' }))).toEqual({ openingBalance: 'Enter the opening balance as a number, like 1250.00.' });
    expect(messages(schema.safeParse({ name: 'Wallet', kind: 'cash', currency: 'JPY', openingDate: '2026-01-01', openingBalance: '15.5' }))).toEqual({ openingBalance: 'Enter the opening balance as a number, like 1250.00.' });
    expect(messages(schema.safeParse({ name: 'House', kind: 'property', currency: 'USD', openingDate: '2026-01-01', openingBalance: '999999999999999' }))).toEqual({ openingBalance: 'The opening balance is too large.' });
    expect(schema.parse({ name: ' Wallet ', kind: 'cash', currency: 'usd', openingDate: '2026-06-20', openingBalance: '$1,200.50' })).toMatchObject({ name: 'Wallet', currency: 'USD', openingBalance: 120_050n });
    expect(messages(balanceValueSchema(TODAY, 'USD').safeParse({ day: '2027-01-01', balance: '1' }))).toEqual({ day: "The date of the value can't be in the future." });
    expect(messages(manualTransactionSchema(TODAY, 'USD').safeParse({ day: '2026-06-01', amount: '0', direction: 'sideways', description: '', categoryId: '' }))).toEqual({
      amount: "The amount can't be zero.",
      direction: 'Choose money out or money in.',
      description: 'Describe the transaction.',
    });
    expect(messages(manualTransactionSchema(TODAY, 'USD').safeParse({ day: '2026-06-01', amount: '-5', direction: 'out', description: 'x', categoryId: '' }))).toEqual({
      amount: 'Enter the amount without a minus sign; choose money in or out instead.',
    });
  });
});

describe('manual accounts', () => {
  it('keep a dated value history; transactions move the balance from a value on', async () => {
    const workspaceId = await newUser();
    const cash = await createManualAccount(t.db, workspaceId, account({ name: 'Wallet', kind: 'cash', currency: 'USD', openingDate: '2026-03-01', openingBalance: '200' }), NOW);
    await addManualTransaction(t.db, workspaceId, cash, entry({ day: '2026-03-01', amount: '30', description: 'Farmers market' }), NOW);
    await addManualTransaction(t.db, workspaceId, cash, entry({ day: '2026-04-10', amount: '50', direction: 'in', description: 'Sold a bike' }), NOW);
    let [view] = await listManualAccounts(t.db, workspaceId);
    expect(view).toMatchObject({ name: 'Wallet', kind: 'cash', balanceMinor: 22_000n, transactionCount: 2 });
    // A count of the wallet resets the balance from its day on; later entries move it again.
    await setBalanceValue(t.db, workspaceId, cash, value('2026-05-01', '180'), NOW);
    await addManualTransaction(t.db, workspaceId, cash, entry({ day: '2026-05-02', amount: '15', description: 'Lunch' }), NOW);
    [view] = await listManualAccounts(t.db, workspaceId);
    expect(view!.balanceMinor).toBe(16_500n);
    expect(view!.values.map((v) => [v.day, v.balanceMinor])).toEqual([
      ['2026-05-01', 18_000n],
      ['2026-03-01', 20_000n],
    ]);
    // The same day again replaces that day's value.
    await setBalanceValue(t.db, workspaceId, cash, value('2026-05-01', '190'), NOW);
    [view] = await listManualAccounts(t.db, workspaceId);
    expect(view!.balanceMinor).toBe(17_500n);
    expect(view!.values).toHaveLength(2);
  });

  it('refuse what would break them, and save nothing when they do', async () => {
    const workspaceId = await newUser();
    const other = await newUser();
    const house = await createManualAccount(t.db, workspaceId, account({ name: 'House', kind: 'property', currency: 'USD', openingDate: '2024-01-15', openingBalance: '450000' }), NOW);
    const before = await t.db.transaction.count({ where: { workspaceId } });
    await expect(addManualTransaction(t.db, workspaceId, house, entry({ day: '2024-01-01', amount: '10', description: 'Too early' }), NOW)).rejects.toThrow(BadInputError);
    await expect(addManualTransaction(t.db, workspaceId, house, entry({ day: '2024-02-01', amount: '10', description: 'x', categoryId: 'not-mine' }), NOW)).rejects.toThrow('Choose one of your categories.');
    expect(await t.db.transaction.count({ where: { workspaceId } })).toBe(before);
    // Someone else's account, and linked accounts, are "not found".
    await expect(setBalanceValue(t.db, other, house, value('2025-01-01', '1'), NOW)).rejects.toThrow(NotFoundError);
    await expect(deleteManualAccount(t.db, other, house)).rejects.toThrow(NotFoundError);
    const [only] = (await listManualAccounts(t.db, workspaceId))[0]!.values;
    await expect(deleteBalanceValue(t.db, workspaceId, only!.id, NOW)).rejects.toThrow('An account keeps at least one value');
    expect((await listManualAccounts(t.db, workspaceId))[0]!.balanceMinor).toBe(45_000_000n);
  });

  it('count in budgets, the dashboard, the transaction list and net worth', async () => {
    const workspaceId = await newUser();
    const categories = await ensureDefaultCategories(t.db, workspaceId);
    const groceries = categories.find((c) => c.key === 'food.groceries')!;
    const cash = await createManualAccount(t.db, workspaceId, account({ name: 'Cash', kind: 'cash', currency: 'USD', openingDate: '2026-04-01', openingBalance: '300' }), NOW);
    const house = await createManualAccount(t.db, workspaceId, account({ name: 'House', kind: 'property', currency: 'USD', openingDate: '2026-04-01', openingBalance: '400000' }), NOW);
    await setBalanceValue(t.db, workspaceId, house, value('2026-06-01', '410000'), NOW);
    const loan = await createManualAccount(t.db, workspaceId, account({ name: 'Family loan', kind: 'other_liability', currency: 'USD', openingDate: '2026-04-01', openingBalance: '5000' }), NOW);
    await addManualTransaction(t.db, workspaceId, loan, entry({ day: '2026-05-15', amount: '1000', direction: 'in', description: 'Repaid part' }), NOW);
    await setBudget(t.db, workspaceId, { categoryId: groceries.id, month: '2026-06', amount: 40_000n, rollover: false });
    const id = await addManualTransaction(t.db, workspaceId, cash, entry({ day: '2026-06-05', amount: '42.10', description: 'Corner shop', categoryId: groceries.id }), NOW);

    const budget = (await getBudgetMonth(t.db, workspaceId, '2026-06')).find((line) => line.categoryId === groceries.id);
    expect(budget?.spentMinor).toBe(4_210n);
    const overview = await getMonthOverview(t.db, workspaceId, '2026-06');
    expect(overview.totals.outflowMinor).toBe(4_210n);
    const listed = await listTransactions(t.db, workspaceId, { q: null, accountId: cash, categoryId: null, tagId: null, from: null, to: null, status: 'all', minAmountMinor: null, maxAmountMinor: null, sort: 'date_desc', cursor: null, hiddenAccountIds: [] });
    expect(listed.items.map((row) => row.description)).toEqual(['Corner shop']);

    const balances = await getAccountBalances(t.db, workspaceId);
    expect(balances.map((b) => [b.name, b.manual, b.liability, b.balanceMinor])).toEqual([
      ['Cash', true, false, 25_790n],
      ['Family loan', true, true, 400_000n],
      ['House', true, false, 41_000_000n],
    ]);
    const series = await getNetWorthSeries(t.db, workspaceId, 'all', NOW);
    expect(series.map((p) => [p.month, p.assetsMinor, p.liabilitiesMinor, p.netWorthMinor])).toEqual([
      ['2026-04', 40_030_000n, 500_000n, 39_530_000n],
      ['2026-05', 40_030_000n, 400_000n, 39_630_000n],
      ['2026-06', 41_025_790n, 400_000n, 40_625_790n],
    ]);

    // An edit that moves the row to another month rebuilds both months; a delete takes it out.
    await updateManualTransaction(t.db, workspaceId, id, entry({ day: '2026-05-30', amount: '40', description: 'Corner shop', categoryId: groceries.id }), NOW);
    // May also has the 1,000.00 repaid on the family loan: a loan payment is money out (lib/money-meaning).
    const repaid = 100_000n;
    expect((await getMonthOverview(t.db, workspaceId, '2026-06')).totals.outflowMinor).toBe(0n);
    expect((await getMonthOverview(t.db, workspaceId, '2026-05')).totals.outflowMinor).toBe(4_000n + repaid);
    await deleteManualTransaction(t.db, workspaceId, id, NOW);
    expect((await getMonthOverview(t.db, workspaceId, '2026-05')).totals.outflowMinor).toBe(repaid);
    expect((await getAccountBalances(t.db, workspaceId)).find((b) => b.name === 'Cash')?.balanceMinor).toBe(30_000n);

    // Deleting the account takes its values and transactions with it.
    await deleteManualAccount(t.db, workspaceId, loan);
    expect(await t.db.accountBalanceValue.count({ where: { accountId: loan } })).toBe(0);
    expect(await t.db.transaction.count({ where: { accountId: loan } })).toBe(0);
  });

  it('get a category from the user\'s rules when entered without one', async () => {
    const workspaceId = await newUser();
    const categories = await ensureDefaultCategories(t.db, workspaceId);
    const coffee = categories.find((c) => c.key === 'food.coffee') ?? categories.find((c) => c.kind === 'expense' && c.parentId)!;
    await createRule(t.db, workspaceId, ruleInputSchema.parse({ descriptionContains: 'espresso', setCategoryId: coffee.id }));
    const cash = await createManualAccount(t.db, workspaceId, account({ name: 'Cash', kind: 'cash', currency: 'USD', openingDate: '2026-06-01', openingBalance: '50' }), NOW);
    const ruled = await addManualTransaction(t.db, workspaceId, cash, entry({ day: '2026-06-02', amount: '3.20', description: 'Espresso bar' }), NOW);
    const chosen = await addManualTransaction(t.db, workspaceId, cash, entry({ day: '2026-06-02', amount: '4', description: 'Espresso to go', categoryId: categories.find((c) => c.key === 'food.groceries')!.id }), NOW);
    const rows = await t.db.transaction.findMany({ where: { id: { in: [ruled, chosen] } }, select: { id: true, categoryId: true, origin: true, status: true } });
    expect(rows.find((r) => r.id === ruled)).toMatchObject({ categoryId: coffee.id, origin: 'manual', status: 'posted' });
    expect(rows.find((r) => r.id === chosen)?.categoryId).not.toBe(coffee.id);
  });
});
