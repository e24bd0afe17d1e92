import Database from 'better-sqlite3';
import { ensureDefaultCategories } from '../lib/categories/ensure-categories';
import { rebuildAllRollups } from '../lib/budgeting/rollups';
import { addDays, monthOf, toIsoDay } from '../lib/dates';
import { createDb } from '../lib/db';
import { migrateDatabase } from '../lib/db/migrate';
import { hashPassword } from '../lib/auth/password';
import { createTestPerson } from '../lib/workspaces/test-helpers/person';

// A SQLite database with one signed-up user and `count` transactions over ten years, for the web
// load benchmark. Rows go in through one prepared statement in large transactions (better-sqlite3
// directly; a million in well under a minute), with the search index kept by its triggers as the
// app's own writes would. Forty real-looking merchants over fifteen categories, three accounts.

export const BENCH_PASSWORD = 'bench load password';

const MERCHANTS = [
  'Whole Foods Market', "Trader Joe's", 'Safeway', 'Costco Wholesale', 'Shell Oil', 'Chevron', 'Starbucks', 'Blue Bottle Coffee',
  'Netflix', 'Spotify', 'Amazon Marketplace', 'Target', 'Uber Trip', 'Lyft Ride', 'Delta Air Lines', 'Marriott Hotels',
  'CVS Pharmacy', 'Walgreens', 'Home Depot', "Lowe's", 'Comcast Xfinity', 'Verizon Wireless', 'PG&E Utilities', 'Chipotle',
  "McDonald's", 'Sweetgreen', 'Apple Store', 'Best Buy', 'IKEA', 'Etsy', 'Airbnb', 'Planet Fitness',
  'Petco', 'REI Co-op', 'Instacart', 'DoorDash', // spending…
  'Acme Corp Payroll', 'Client Invoice Payment', 'Interest Payment', // …money in…
  'Transfer to Savings', // …and between own accounts.
];
const CITIES = ['SAN FRANCISCO CA', 'OAKLAND CA', 'SEATTLE WA', 'PORTLAND OR', 'AUSTIN TX'];

export type WebBenchUser = { userId: string; email: string; categoryId: string; deepCursorRow: { bookedOn: string; id: string } };

export async function seedWebBench(file: string, count: number, endDay: Date): Promise<WebBenchUser> {
  const url = `file:${file}`;
  await migrateDatabase(url);
  const db = createDb(url);
  const email = `bench-${count}@example.test`;
  let userId: string;
  let categoryIds: string[];
  let accountIds: string[];
  try {
    const user = await createTestPerson(db, { email, passwordHash: await hashPassword(BENCH_PASSWORD), name: 'Bench' });
    userId = user.id;
    // Synced once already, like the user the pages are measured for (a never-synced connection puts the first-sync banner's reads on every page).
    const connection = await db.bankConnection.create({ data: { workspaceId: userId, institution: 'chase', status: 'active', lastSyncedAt: endDay } });
    const account = (bankAccountId: string, accountType: string, accountCategory: string, balance: bigint) =>
      db.bankAccount.create({ data: { workspaceId: userId, connectionId: connection.id, bankAccountId, accountType, accountCategory, name: accountType, currentBalanceMinor: balance } });
    accountIds = [(await account('chk', 'CHECKING', 'DEPOSIT_ACCOUNT', 8_500_000n)).id, (await account('card', 'CREDITCARD', 'LOC_ACCOUNT', 320_000n)).id, (await account('sav', 'SAVINGS', 'DEPOSIT_ACCOUNT', 2_000_000n)).id];
    categoryIds = (await ensureDefaultCategories(db, userId)).filter((c) => c.parentId).slice(0, 15).map((c) => c.id);
    for (const categoryId of categoryIds.slice(0, 5)) await db.budget.create({ data: { workspaceId: userId, categoryId, month: monthOf(endDay), amountMinor: 50_000n, rollover: true } });
    for (const accountId of accountIds) {
      await db.balanceSnapshot.createMany({ data: Array.from({ length: 120 }, (_, i) => ({ accountId, takenAt: addDays(endDay, -i * 30), currentBalanceMinor: 1_000_000n + BigInt(i * 1000) })) });
    }
  } finally {
    await db.$disconnect();
  }

  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = OFF');
  const insert = sqlite.prepare(`INSERT INTO "Transaction" ("id", "workspaceId", "accountId", "bankTransactionId", "status", "amountMinor", "currency", "bookedOn", "description", "bankMerchantName", "categoryId", "categorySource", "isTransfer", "createdAt", "updatedAt")
    VALUES (?, ?, ?, ?, ?, ?, 'USD', ?, ?, ?, ?, 'bank', ?, ?, ?)`);
  const days = 3650;
  const start = addDays(endDay, -(days - 1));
  const dayStamps = Array.from({ length: days }, (_, d) => `${toIsoDay(addDays(start, d))}T00:00:00.000Z`);
  const batch = sqlite.transaction((from: number, to: number) => {
    for (let n = from; n < to; n++) {
      // A fixed pseudo-random walk over the merchants, so runs compare.
      const m = (n * 7 + Math.floor(n / 40)) % MERCHANTS.length;
      const merchant = MERCHANTS[m]!;
      const income = m >= 36 && m <= 38;
      const transfer = m === 39;
      const amount = income ? 100_000 + ((n * 7919) % 400_000) : -(150 + ((n * 104_729) % 25_000));
      const day = dayStamps[Math.floor((n * days) / count)]!;
      const category = transfer || n % 20 === 19 ? null : categoryIds[m % categoryIds.length]!;
      const description = `${merchant.toUpperCase()} #${1000 + (n % 900)} ${CITIES[n % CITIES.length]}`;
      const status = n >= count - 15 ? 'pending' : 'posted';
      insert.run(`${userId}-${n}`, userId, accountIds[n % 3 === 0 ? 1 : 0], `b${n}`, status, amount, day, description, merchant, category, transfer ? 1 : 0, day, day);
    }
  });
  for (let from = 0; from < count; from += 50_000) batch(from, Math.min(count, from + 50_000));
  // As a big sync leaves it (lib/sync/sync-connection.ts runs ANALYZE after many new rows).
  sqlite.exec('ANALYZE "Transaction"');
  const largest = sqlite.prepare(`SELECT "categoryId" AS c FROM "Transaction" WHERE "workspaceId" = ? AND "categoryId" IS NOT NULL GROUP BY "categoryId" ORDER BY COUNT(*) DESC LIMIT 1`).get(userId) as { c: string };
  const deep = sqlite.prepare(`SELECT "bookedOn", "id" FROM "Transaction" WHERE "workspaceId" = ? ORDER BY "bookedOn" DESC, "id" DESC LIMIT 1 OFFSET ?`).get(userId, Math.floor(count / 2)) as { bookedOn: string; id: string };
  sqlite.close();

  const again = createDb(url);
  try {
    await rebuildAllRollups(again, userId, endDay);
  } finally {
    await again.$disconnect();
  }
  return { userId, email, categoryId: largest.c, deepCursorRow: deep };
}
