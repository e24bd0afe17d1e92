// npm run bench:payees — the start-up payee backfill on a fresh database (SQLite unless
// CASHLENS_TEST_DB=postgresql): BENCH_ROWS (default 1,000,000) rows without a payee are inserted in
// batches, then backfillPayees names them. Prints rows/s, batches and peak RSS, and checks that no
// row is left without a payee, so a fast wrong answer fails.
import { randomUUID } from 'node:crypto';
import { addIsoDays, parseIsoDay } from '@/lib/dates';
import { createTestDatabase } from '@/lib/db/test-database';
import { backfillPayees } from '@/lib/payees/backfill';
import { inTransaction, placeholders } from '@/lib/sync/sql';

const totalRows = Number(process.env.BENCH_ROWS ?? 1_000_000);
const descriptors = [
  'STARBUCKS STORE 02741 CHICAGO IL', 'AMAZON MKTPL*2K4LM81Q3 Amzn.com/bill WA', 'SHELL OIL 57444291003 CHICAGO IL', 'WHOLEFDS LPK 10234 CHICAGO IL',
  'UBER *TRIP HELP.UBER.COM CA', 'NETFLIX.COM LOS GATOS CA', 'TST* LULA CAFE CHICAGO IL', 'GUSTO PAYROLL NET 7ZK2M1 CCD', 'INTEREST CHARGED',
];
const columns = ['id', 'workspaceId', 'accountId', 'bankTransactionId', 'status', 'amountMinor', 'bookedOn', 'description'];
const insert = `INSERT INTO "Transaction" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES `;

const database = await createTestDatabase();
const { db } = database;
try {
  const userId = 'bench-user';
  const account = await db.bankAccount.create({ data: { workspaceId: userId, source: 'manual', manualKind: 'cash', bankAccountId: 'manual:bench', accountCategory: 'DEPOSIT_ACCOUNT', accountType: 'CASH', name: 'Bench' } });
  const batch = 2_000;
  for (let start = 0; start < totalRows; start += batch) {
    const rows: unknown[][] = [];
    for (let index = start; index < Math.min(totalRows, start + batch); index++) {
      const day = parseIsoDay(addIsoDays('2016-01-01', Math.floor((index * 3650) / totalRows)));
      rows.push([randomUUID(), userId, account.id, `bench-${index}`, 'posted', -BigInt(100 + (index % 9000)), day, descriptors[index % descriptors.length]!]);
    }
    await inTransaction(db, (sql) => sql.execute(insert + rows.map(() => placeholders(columns.length)).join(', '), rows.flat()));
  }
  const started = performance.now();
  const result = await backfillPayees(db);
  const ms = performance.now() - started;
  const missing = await db.transaction.count({ where: { payeeKey: null } });
  console.log(`payee backfill (${database.provider}): ${result.updated.toLocaleString('en-US')} rows in ${(ms / 1000).toFixed(1)} s = ${Math.round(result.updated / (ms / 1000)).toLocaleString('en-US')} rows/s; ${result.batches} batches; peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  if (missing !== 0 || result.updated !== totalRows) throw new Error(`backfill left ${missing} rows without a payee (updated ${result.updated} of ${totalRows})`);
} finally {
  await database.drop();
}
