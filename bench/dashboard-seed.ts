import type { Db } from '../lib/db';
import type { Provider } from '../lib/db/database-url';
import { ensureDefaultCategories } from '../lib/categories/ensure-categories';
import { addDays, monthOf, toIsoDay } from '../lib/dates';
import { createTestPerson } from '../lib/workspaces/test-helpers/person';

// Seeds one user with `count` posted transactions spread over ten years, generated inside the
// database (a recursive CTE on SQLite, generate_series on PostgreSQL), so a million rows take
// seconds instead of a million round trips. Forty merchants: five pay in (customers), one is a
// transfer between own accounts, the rest are spending spread over fifteen categories.

export async function seedBenchUser(db: Db, provider: Provider, count: number, endMonthStart: Date) {
  const user = await createTestPerson(db, { email: `bench-${count}-${Date.now()}@example.test`, passwordHash: 'x' });
  // Synced once already: a never-synced connection would add the first-sync banner's reads to every page measured.
  const connection = await db.bankConnection.create({ data: { workspaceId: user.id, institution: 'chase', status: 'active', lastSyncedAt: endMonthStart } });
  const account = (bankAccountId: string, accountType: string, accountCategory: string, balance: bigint) =>
    db.bankAccount.create({ data: { workspaceId: user.id, connectionId: connection.id, bankAccountId, accountType, accountCategory, name: accountType, currentBalanceMinor: balance } });
  const accounts = [
    await account('chk', 'CHECKING', 'DEPOSIT_ACCOUNT', 8_500_000n),
    await account('card', 'CREDITCARD', 'LOC_ACCOUNT', 320_000n),
    await account('loc', 'LINEOFCREDIT', 'LOC_ACCOUNT', 1_000_000n),
  ];
  const categories = (await ensureDefaultCategories(db, user.id)).filter((c) => c.parentId).slice(0, 15);
  const days = 3650;
  const start = toIsoDay(addDays(endMonthStart, -(days - 40)));
  const categoryCase = `CASE (n % 15) ${categories.map((c, i) => `WHEN ${i} THEN '${c.id}'`).join(' ')} END`;
  const accountCase = `CASE WHEN n % 3 = 0 THEN '${accounts[1]!.id}' ELSE '${accounts[0]!.id}' END`;
  const amount = `CASE WHEN n % 40 < 5 THEN 1000 + (n * 7919) % 50000 ELSE -(100 + (n * 104729) % 20000) END`;
  const columns = `"id", "workspaceId", "accountId", "bankTransactionId", "status", "amountMinor", "currency", "bookedOn", "description", "bankMerchantName", "bankCategory", "categoryId", "categorySource", "isTransfer", "missingCount", "createdAt", "updatedAt"`;
  const u = user.id;
  // Rows are spread evenly over the days: row n falls on day floor(n * days / count).
  if (provider === 'sqlite') {
    const day = `strftime('%Y-%m-%dT00:00:00.000Z', '${start}', '+' || ((n * ${days}) / ${count}) || ' days')`;
    await db.$executeRawUnsafe(`WITH RECURSIVE seq(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n + 1 < ${count})
      INSERT INTO "Transaction" (${columns})
      SELECT '${u}-' || n, '${u}', ${accountCase}, 'b' || n, 'posted', ${amount}, 'USD', ${day}, 'PAYMENT MERCHANT ' || (n % 40) || ' #' || n,
        'Merchant ' || (n % 40), 'Bench', ${categoryCase}, 'bank', CASE WHEN n % 40 = 39 THEN 1 ELSE 0 END, 0, ${day}, ${day} FROM seq`);
  } else {
    const day = `(TIMESTAMP '${start}' + ((n * ${days}) / ${count}) * INTERVAL '1 day')`;
    await db.$executeRawUnsafe(`INSERT INTO "Transaction" (${columns})
      SELECT '${u}-' || n, '${u}', ${accountCase}, 'b' || n, 'posted', ${amount}, 'USD', ${day}, 'PAYMENT MERCHANT ' || (n % 40) || ' #' || n,
        'Merchant ' || (n % 40), 'Bench', ${categoryCase}, 'bank', n % 40 = 39, 0, ${day}, ${day} FROM generate_series(0::bigint, ${count - 1}::bigint) AS n`);
    await db.$executeRawUnsafe(`ANALYZE "Transaction"`);
  }
  // A balance snapshot per account per month, as syncs would have left.
  for (const a of accounts) {
    await db.balanceSnapshot.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({ accountId: a.id, takenAt: addDays(endMonthStart, -i * 30), currentBalanceMinor: a.currentBalanceMinor! + BigInt(i * 1000) })),
    });
  }
  // Budgets for this month on a few categories, so the budget card has work to do.
  for (const c of categories.slice(0, 5)) {
    await db.budget.create({ data: { workspaceId: u, categoryId: c.id, month: monthOf(endMonthStart), amountMinor: 50_000n, rollover: true } });
  }
  return user.id;
}
