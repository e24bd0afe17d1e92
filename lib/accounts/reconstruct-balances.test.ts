import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysBetween, parseIsoDay, toIsoDay } from '@/lib/dates';
import { parseMoney } from '@/lib/money';
import { syncConnection } from '@/lib/sync/sync-connection';
import '@/lib/sync/register-processors';
import { linkSandboxConnection, type LinkedSandboxConnection } from '@/lib/sync/test-helpers/link-sandbox-connection';
import { accessTokenOf, advanceBankClock, startSyncWorld, type SyncWorld } from '@/lib/sync/test-helpers/sync-fixture';
import { adminRequest, fetchFdx } from '@/sandbox/test-helpers/sandbox-fixture';
import { walkBalancesBack } from './reconstruct-balances';

// Reconstructed history against the bank's own statements: the sandbox serves monthly statements
// (PDFs) whose closing balance is the account's posted balance at the end of the period. After one
// sync, the balance we worked back from today's must equal every statement's closing balance to
// the cent, for deposits and for cards, lines and loans (where the balance is what is owed).

// The bank's "today" is pinned, so the statements and history are the same on every run.
const BANK_TODAY = '2026-10-20';

let world: SyncWorld;
let link: LinkedSandboxConnection;

async function pinBankClock(day: string): Promise<void> {
  const clock = await adminRequest(world.sandbox.url, 'GET', '/clock');
  const bankNow = new Date(String(clock.body.now));
  await advanceBankClock(world, daysBetween(toIsoDay(bankNow), day));
}

type Statement = { endDay: string; openingMinor: bigint; closingMinor: bigint };

async function readStatements(token: string, bankAccountId: string): Promise<Statement[]> {
  const list = (await (await fetchFdx(world.sandbox.url, token, `/accounts/${bankAccountId}/statements?limit=500`)).json()) as { statements: { statementId: string; statementDate: string }[] };
  const statements: Statement[] = [];
  for (const { statementId, statementDate } of list.statements) {
    const pdf = Buffer.from(await (await fetchFdx(world.sandbox.url, token, `/accounts/${bankAccountId}/statements/${statementId}`)).arrayBuffer()).toString('latin1');
    const match = /Opening balance: (-?\$[\d,]+\.\d\d)\s+Closing balance: (-?\$[\d,]+\.\d\d)/.exec(pdf);
    if (!match) throw new Error(`no balances in statement ${statementId}`);
    statements.push({ endDay: statementDate, openingMinor: parseMoney(match[1]!)!, closingMinor: parseMoney(match[2]!)! });
  }
  return statements;
}

// The latest row on or before the day; before the first row, the first row's balance (nothing
// posted earlier, so it held since the account opened) — the same rule net worth uses.
async function balanceAt(accountId: string, day: string): Promise<bigint | undefined> {
  const row =
    (await world.db.accountBalanceValue.findFirst({ where: { accountId, source: 'reconstructed', day: { lte: parseIsoDay(day) } }, orderBy: { day: 'desc' }, select: { balanceMinor: true } })) ??
    (await world.db.accountBalanceValue.findFirst({ where: { accountId, source: 'reconstructed' }, orderBy: { day: 'asc' }, select: { balanceMinor: true } }));
  return row?.balanceMinor;
}

beforeAll(async () => {
  world = await startSyncWorld();
  await pinBankClock(BANK_TODAY);
  link = await linkSandboxConnection(world.db, world.sandbox.url, { user: 'consumer' });
  const outcome = await syncConnection(world.db, link.connectionId, { trigger: 'manual', config: world.config });
  expect(outcome).toMatchObject({ status: 'succeeded' });
}, 120_000);
afterAll(() => world?.stop());

describe('balance history reconstructed at first sync', () => {
  it('equals every statement closing balance of every account, to the cent', async () => {
    const token = await accessTokenOf(world.db, link.connectionId);
    const all = await world.db.bankAccount.findMany({ where: { connectionId: link.connectionId }, select: { id: true, bankAccountId: true, accountType: true, accountCategory: true } });
    expect(all.map((a) => a.accountType).sort()).toEqual(['CHECKING', 'CREDITCARD', 'MORTGAGE', 'SAVINGS', 'TAXABLE']);
    // The brokerage's value is its holdings at market price, not a running sum of transactions: its
    // history is not reconstructed from a ledger (and the sandbox's brokerage statements carry no balances).
    const accounts = all.filter((a) => a.accountCategory !== 'INVESTMENT_ACCOUNT');
    let compared = 0;
    for (const account of accounts) {
      const statements = await readStatements(token, account.bankAccountId);
      expect(statements.length).toBeGreaterThan(20); // history since 2023-12: the whole of it, not only since linking
      const ours: Record<string, string | undefined> = {};
      const bank: Record<string, string> = {};
      for (const statement of statements) {
        ours[statement.endDay] = (await balanceAt(account.id, statement.endDay))?.toString();
        bank[statement.endDay] = statement.closingMinor.toString();
        compared++;
      }
      expect({ account: account.bankAccountId, balances: ours }).toEqual({ account: account.bankAccountId, balances: bank });
      // The oldest statement's opening balance is the balance before the first transaction.
      const oldest = statements.at(-1)!;
      const first = await world.db.accountBalanceValue.findFirstOrThrow({ where: { accountId: account.id, source: 'reconstructed' }, orderBy: { day: 'asc' } });
      expect(first.balanceMinor).toBe(oldest.openingMinor);
    }
    expect(compared).toBeGreaterThan(80);
  });

  it('is recomputed by the next sync after the bank moves on, and still matches the statements', async () => {
    await advanceBankClock(world, 40);
    const outcome = await syncConnection(world.db, link.connectionId, { trigger: 'manual', config: world.config });
    expect(outcome).toMatchObject({ status: 'succeeded' });
    const token = await accessTokenOf(world.db, link.connectionId);
    const card = await world.db.bankAccount.findFirstOrThrow({ where: { connectionId: link.connectionId, accountType: 'CREDITCARD' } });
    const statements = await readStatements(token, card.bankAccountId);
    const newest = statements[0]!;
    expect(newest.endDay > BANK_TODAY).toBe(true); // a statement closed after the first sync
    for (const statement of statements.slice(0, 4)) expect(await balanceAt(card.id, statement.endDay)).toBe(statement.closingMinor);
    // Today's reconstructed balance is the bank's current balance.
    const latest = await world.db.accountBalanceValue.findFirstOrThrow({ where: { accountId: card.id, source: 'reconstructed' }, orderBy: { day: 'desc' } });
    expect(latest.balanceMinor).toBe(card.currentBalanceMinor);
  });
});

describe('walkBalancesBack', () => {
  it('works back through each day for assets and for what is owed', () => {
    const sums = [
      { day: '2026-03-05', amountMinor: -2_000n },
      { day: '2026-03-02', amountMinor: 10_000n },
    ];
    expect(walkBalancesBack('2026-03-07', 50_000n, false, sums)).toEqual([
      { day: '2026-03-07', balanceMinor: 50_000n },
      { day: '2026-03-05', balanceMinor: 50_000n },
      { day: '2026-03-02', balanceMinor: 52_000n },
      { day: '2026-03-01', balanceMinor: 42_000n },
    ]);
    // A card: a purchase (-2,000) raised what is owed, a payment (+10,000) lowered it.
    expect(walkBalancesBack('2026-03-05', 50_000n, true, sums).map((b) => b.balanceMinor)).toEqual([50_000n, 48_000n, 58_000n]);
  });
});
