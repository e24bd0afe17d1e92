import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getBudgetMonth, setBudget } from '@/lib/budgeting/budgets';
import { describeCategories, ensureDefaultCategories } from '@/lib/categories/ensure-categories';
import { monthRange, parseIsoDay } from '@/lib/dates';
import { getCashFlow } from '@/lib/insights/cash-flow';
import { getMonthOverview } from '@/lib/insights/dashboard';
import { getTopCounterparties } from '@/lib/insights/monthly';
import { getRecurringCharges } from '@/lib/insights/recurring';
import { getSpendingReport } from '@/lib/insights/spending-report';
import { createLendingReport, getOwnLendingReport } from '@/lib/reports/reports';
import { syncConnection } from '@/lib/sync/sync-connection';
import { linkSandboxConnection, type LinkedSandboxConnection } from '@/lib/sync/test-helpers/link-sandbox-connection';
import { bankNow, startSyncWorld, type SyncWorld } from '@/lib/sync/test-helpers/sync-fixture';
import { DEFAULT_MONEY_SETTINGS, type MoneySettings } from './definitions';
import { saveMoneySettings } from './settings';

// The sandbox consumer (checking, savings, card, a linked mortgage, a brokerage): one month's
// spending must be the same figure on the dashboard, cash flow, the spending report, budgets and a
// lending report, the mortgage counted once and in full, and a change of setting must move all of them.

let world: SyncWorld;
let link: LinkedSandboxConnection;
const MONTH = '2026-09'; // a whole month inside the lending report's year (the bank's today is 2026-11-20)

beforeAll(async () => {
  world = await startSyncWorld();
  link = await linkSandboxConnection(world.db, world.sandbox.url, { user: 'consumer' });
  await syncConnection(world.db, link.connectionId, { trigger: 'manual', config: world.config, now: bankNow });
}, 120_000);
afterAll(() => world?.stop());

async function spendingEverywhere(): Promise<Record<string, bigint>> {
  const { db } = world;
  const workspaceId = link.workspaceId;
  const categories = describeCategories(await ensureDefaultCategories(db, workspaceId));
  const report = await createLendingReport(db, { id: workspaceId, email: 'alex@example.test', name: 'Alex', workspaceId }, { title: 'Check', expiresInDays: 1 }, bankNow());
  const { snapshot } = (await getOwnLendingReport(db, workspaceId, report.id))!;
  return {
    dashboard: (await getMonthOverview(db, workspaceId, MONTH)).spentMinor,
    cashFlow: (await getCashFlow(db, workspaceId, MONTH, MONTH)).totalSpendingMinor,
    spendingReport: (await getSpendingReport(db, workspaceId, [MONTH], categories)).totalMinor,
    lendingReport: BigInt(snapshot.spending.byMonth!.find((m) => m.month === MONTH)!.spentMinor),
  };
}

/** The month's spending worked out from the raw rows, independently of the rollups and the module. */
async function spendingFromRows(settings: MoneySettings): Promise<{ total: bigint; mortgage: bigint; savings: bigint; investments: bigint }> {
  const { db } = world;
  const { start, end } = monthRange(MONTH);
  const accounts = await db.bankAccount.findMany({ where: { workspaceId: link.workspaceId }, select: { id: true, accountType: true, accountCategory: true } });
  const typeOf = new Map(accounts.map((a) => [a.id, a.accountType]));
  const categories = await ensureDefaultCategories(db, link.workspaceId);
  const byId = new Map(categories.map((c) => [c.id, c]));
  const keyOf = (id: string | null) => {
    const category = id ? byId.get(id) : undefined;
    const parent = category?.parentId ? byId.get(category.parentId) : undefined;
    return { key: category?.key ?? null, kind: category?.kind ?? null, parentKey: parent?.key ?? null };
  };
  const rows = await db.transaction.findMany({ where: { workspaceId: link.workspaceId, status: 'posted', bookedOn: { gte: start, lt: end } }, select: { accountId: true, amountMinor: true, isTransfer: true, categoryId: true, description: true } });
  let ordinary = 0n;
  let mortgage = 0n;
  let savings = 0n;
  let investments = 0n;
  for (const row of rows) {
    const type = typeOf.get(row.accountId)!;
    // The payment as it leaves checking: the bank's own description of the mortgage payment.
    if (type === 'CHECKING' && /MORTGAGE PMT/.test(row.description)) mortgage += -row.amountMinor;
    if (type === 'SAVINGS' && row.isTransfer) savings += row.amountMinor;
    if (type === 'MORTGAGE' || type === 'INVESTMENT' || row.isTransfer) continue;
    const { key, kind } = keyOf(row.categoryId);
    if (kind === 'income' || kind === 'transfer') continue;
    if (key === 'financial.investments') {
      investments += -row.amountMinor;
      continue;
    }
    ordinary += -row.amountMinor;
  }
  const total = ordinary + (settings.loanPayments === 'spending' ? mortgage : 0n) + (settings.savingsContributions === 'spending' ? savings + investments : 0n);
  return { total, mortgage, savings, investments };
}

describe('one meaning of spending', () => {
  it('gives the same month the same spending on every page and report, the mortgage counted in full', async () => {
    const expected = await spendingFromRows(DEFAULT_MONEY_SETTINGS);
    expect(expected.mortgage).toBeGreaterThan(300_000n); // principal, interest and escrow, in one payment
    expect(expected.investments).toBeGreaterThan(0n); // the Vanguard purchase: a contribution, not spending by default
    const figures = await spendingEverywhere();
    expect(figures).toEqual({ dashboard: expected.total, cashFlow: expected.total, spendingReport: expected.total, lendingReport: expected.total });

    // Budgets count the same, with the mortgage payment in Housing (the dashboard lists it on its own line).
    const categories = await ensureDefaultCategories(world.db, link.workspaceId);
    const housing = categories.find((c) => c.key === 'housing')!;
    await setBudget(world.db, link.workspaceId, { categoryId: housing.id, month: MONTH, amount: 1n, rollover: false });
    const line = (await getBudgetMonth(world.db, link.workspaceId, MONTH)).find((b) => b.categoryId === housing.id)!;
    const overview = await getMonthOverview(world.db, link.workspaceId, MONTH);
    const listed = (id: string) => overview.byCategory.find((c) => c.categoryId === id)?.spentMinor ?? 0n;
    expect(listed('loan-payments')).toBe(expected.mortgage);
    expect(line.spentMinor).toBe(listed(housing.id) + expected.mortgage);
    expect(overview.byCategory.reduce((sum, c) => sum + c.spentMinor, 0n)).toBe(expected.total); // no category nets to a refund this month
  }, 120_000);

  it('moves every figure together when the settings change', async () => {
    for (const settings of [
      { ...DEFAULT_MONEY_SETTINGS, loanPayments: 'transfer' },
      { ...DEFAULT_MONEY_SETTINGS, savingsContributions: 'spending' },
    ] satisfies MoneySettings[]) {
      await saveMoneySettings(world.db, link.workspaceId, settings);
      const expected = await spendingFromRows(settings);
      const figures = await spendingEverywhere();
      expect(figures, JSON.stringify(settings)).toEqual({ dashboard: expected.total, cashFlow: expected.total, spendingReport: expected.total, lendingReport: expected.total });
    }
    const withoutLoans = await spendingFromRows({ ...DEFAULT_MONEY_SETTINGS, loanPayments: 'transfer' });
    const defaults = await spendingFromRows(DEFAULT_MONEY_SETTINGS);
    expect(defaults.total - withoutLoans.total).toBe(defaults.mortgage);
    await saveMoneySettings(world.db, link.workspaceId, DEFAULT_MONEY_SETTINGS);
  }, 120_000);

  it('shows the mortgage as one recurring bill of its whole payment', async () => {
    const { mortgage } = await spendingFromRows(DEFAULT_MONEY_SETTINGS); // September's payment as it left checking
    const account = await world.db.bankAccount.findFirstOrThrow({ where: { workspaceId: link.workspaceId, accountType: 'MORTGAGE' }, select: { name: true } });
    const charges = await getRecurringCharges(world.db, link.workspaceId, MONTH, new Date('2026-09-20T12:00:00Z'));
    const bills = charges.filter((c) => /mortgage|interest charged|escrow/i.test(c.merchant) || c.merchant === account.name);
    expect(bills.map((c) => [c.merchant, c.cadence, c.lastAmountMinor])).toEqual([[account.name, 'monthly', mortgage]]);
  }, 60_000);
});

it("top merchants leave out a loan's own lines (the mortgage's interest and escrow), which the bank files under the mortgage", async () => {
  const loanLines = await world.db.transaction.findMany({
    where: { workspaceId: link.workspaceId, account: { accountCategory: 'LOAN_ACCOUNT' }, amountMinor: { lt: 0 }, bookedOn: { gte: parseIsoDay('2026-09-01') } },
    select: { payee: true },
  });
  const loanPayees = new Set(loanLines.map((row) => row.payee));
  expect(loanPayees.size).toBeGreaterThan(0); // the sandbox mortgage charges interest and moves escrow monthly
  const top = await getTopCounterparties(world.db, link.workspaceId, '2026-09', '2026-12', 'out', 50);
  expect(top.length).toBeGreaterThan(5);
  expect(top.filter((row) => loanPayees.has(row.merchant))).toEqual([]);
});
