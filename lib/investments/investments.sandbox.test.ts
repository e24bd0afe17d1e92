import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysBetween } from '@/lib/dates';
import { getAccountBalances, getNetWorthSeries } from '@/lib/insights/net-worth';
import { summariseNetWorth } from '@/lib/insights/net-worth-summary';
import { syncConnection } from '@/lib/sync/sync-connection';
import { linkSandboxConnection, type LinkedSandboxConnection } from '@/lib/sync/test-helpers/link-sandbox-connection';
import { accessTokenOf, advanceBankClock, startSyncWorld, type SyncWorld } from '@/lib/sync/test-helpers/sync-fixture';
import { fdxBase } from '@/sandbox/test-helpers/sandbox-fixture';
import { listHoldings } from './queries';

// The consumer's brokerage account through the real sandbox over HTTP and a real database: its
// holdings are stored exactly, replaced on each sync, kept out of transactions, and net worth
// counts the account at market value to the cent. The bank's clock is set to a fixed day.

type FdxHolding = { holdingName: string; symbol?: string; units: number; currentUnitPrice: number; marketValue: number; cashAccount: boolean };
type FdxAccount = Record<string, { accountId: string; currentBalance?: number; principalBalance?: number; currentValue?: number; holdings?: FdxHolding[] }>;

let world: SyncWorld;
let link: LinkedSandboxConnection;
const BANK_DAY = '2026-06-15';

// Read with a deliberately different method than the app's parser: float × 100, rounded.
const cents = (amount: number) => BigInt(Math.round(amount * 100));

async function readBank(): Promise<FdxAccount[]> {
  const response = await fetch(`${world.sandbox.url}${fdxBase}/accounts?resultType=details`, { headers: { authorization: `Bearer ${await accessTokenOf(world.db, link.connectionId)}` } });
  return ((await response.json()) as { accounts: FdxAccount[] }).accounts;
}

function brokerageOf(accounts: FdxAccount[]) {
  const found = accounts.find((item) => item.investmentAccount)?.investmentAccount;
  if (!found?.holdings || found.currentValue === undefined) throw new Error('the sandbox shared no brokerage account');
  return { ...found, holdings: found.holdings, currentValue: found.currentValue };
}

async function ourBrokerage() {
  return world.db.bankAccount.findFirstOrThrow({ where: { connectionId: link.connectionId, accountCategory: 'INVESTMENT_ACCOUNT' } });
}

beforeAll(async () => {
  world = await startSyncWorld();
  await advanceBankClock(world, daysBetween(new Date(), BANK_DAY));
  link = await linkSandboxConnection(world.db, world.sandbox.url, { user: 'consumer' });
});
afterAll(() => world?.stop());

const sync = () => syncConnection(world.db, link.connectionId, { trigger: 'manual', config: world.config });

describe('investment accounts through the sync', () => {
  it('stores every holding with its exact quantity and value, and no investment transactions', async () => {
    expect(await sync()).toMatchObject({ status: 'succeeded' });
    const bank = brokerageOf(await readBank());
    const account = await ourBrokerage();
    const holdings = await listHoldings(world.db, link.workspaceId, [account.id]);

    expect(account).toMatchObject({ name: 'Rivera Brokerage', accountType: 'TAXABLE', currentBalanceMinor: cents(bank.currentValue) });
    expect(holdings.map((h) => ({ name: h.name, symbol: h.symbol, quantity: Number(h.quantity), price: Number(h.unitPrice), value: h.marketValueMinor, cash: h.isCash }))).toEqual(
      bank.holdings.map((h) => ({ name: h.holdingName, symbol: h.symbol ?? null, quantity: h.units, price: h.currentUnitPrice, value: cents(h.marketValue), cash: h.cashAccount })),
    );
    // The fund's fractional shares are kept as written, not as a float would print them after arithmetic.
    expect(holdings.find((h) => h.symbol === 'VTSAX')?.quantity).toBe('152.347');
    expect(holdings.reduce((sum, h) => sum + h.marketValueMinor, 0n)).toBe(account.currentBalanceMinor);
    expect(await world.db.transaction.count({ where: { accountId: account.id } })).toBe(0);
    const run = await world.db.syncRun.findFirstOrThrow({ where: { connectionId: link.connectionId }, orderBy: { startedAt: 'desc' } });
    expect(run).toMatchObject({ accountsTotal: 5, accountsDone: 5 });
  });

  it('counts the brokerage in net worth at market value, to the cent', async () => {
    const accounts = await readBank();
    let expected = 0n;
    for (const item of accounts) {
      const [kind, raw] = Object.entries(item)[0]!;
      if (kind === 'investmentAccount') expected += cents(raw.currentValue!);
      else if (kind === 'depositAccount') expected += cents(raw.currentBalance!);
      else expected -= cents(kind === 'loanAccount' ? raw.principalBalance! : raw.currentBalance!);
    }
    const summary = summariseNetWorth(await getAccountBalances(world.db, link.workspaceId));
    expect(summary.investmentsMinor).toBe(cents(brokerageOf(accounts).currentValue));
    expect(summary.netWorthMinor).toBe(expected);
    const series = await getNetWorthSeries(world.db, link.workspaceId, 1, new Date(`${BANK_DAY}T12:00:00Z`));
    expect(series.at(-1)?.netWorthMinor).toBe(expected);
  });

  it('replaces the holdings on the next sync with the new prices, never adding to them', async () => {
    const before = await listHoldings(world.db, link.workspaceId);
    await advanceBankClock(world, 7);
    expect(await sync()).toMatchObject({ status: 'succeeded' });
    const bank = brokerageOf(await readBank());
    const after = await listHoldings(world.db, link.workspaceId);
    expect(after).toHaveLength(before.length);
    expect(after.map((h) => h.marketValueMinor)).toEqual(bank.holdings.map((h) => cents(h.marketValue)));
    expect(after.map((h) => h.marketValueMinor)).not.toEqual(before.map((h) => h.marketValueMinor));
    expect((await ourBrokerage()).currentBalanceMinor).toBe(cents(bank.currentValue));
    expect(await world.db.balanceSnapshot.count({ where: { accountId: (await ourBrokerage()).id } })).toBe(2);
  });
});
