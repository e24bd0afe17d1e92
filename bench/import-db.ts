// npm run bench:import-db — the real import into a fresh SQLite database: writes a 10-year,
// 200k-row Chase checking CSV (newest first), creates a manual account, and runs importFile (stage,
// dedupe against the account, batched insert, one transaction; then balance, rules and rollups).
// Then imports the same file again, which must add nothing. Prints rows/s and peak RSS, and checks
// the counts, so a fast wrong answer fails. BENCH_ROWS (default 200,000) sets the size.
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { createManualAccount } from '@/lib/accounts/manual-accounts';
import { addIsoDays, parseIsoDay } from '@/lib/dates';
import { createTestDatabase } from '@/lib/db/test-database';
import { proposeCsvMapping } from '@/lib/import/csv/propose-csv-mapping';
import { importFile } from '@/lib/import/import-file';
import { readTextHead } from '@/lib/import/read-text-head';
import { minorUnitsToDecimal } from '@/lib/money';
import { createTestPerson } from '../lib/workspaces/test-helpers/person';

const totalRows = Number(process.env.BENCH_ROWS ?? 200_000);
const merchants = ['STARBUCKS STORE 12345', 'AMAZON MKTPL*2K4AB1CD3', 'SHELL OIL 57444', 'WHOLEFDS MKT 10234', 'UBER *TRIP', 'NETFLIX.COM', 'PG&E WEB ONLINE', 'ACME CORP PAYROLL PPD'];
const rate = (rows: number, ms: number) => `${Math.round(rows / (ms / 1000)).toLocaleString('en-US')} rows/s`;

async function writeChaseCsv(file: string): Promise<bigint> {
  const out = createWriteStream(file);
  out.write('Details,Posting Date,Description,Amount,Type,Balance,Check or Slip #\r\n');
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  let sum = 0n;
  for (let index = 0; index < totalRows; index++) {
    const bookedOn = addIsoDays('2016-12-01', 3649 - Math.floor((index * 3650) / totalRows));
    const name = merchants[Math.floor(random() * merchants.length)] ?? '';
    const cents = BigInt(Math.floor(random() * 50_000) + 1);
    const amount = name.includes('PAYROLL') ? cents : -cents;
    sum += amount;
    const [y, m, d] = bookedOn.split('-');
    if (!out.write(`${amount < 0n ? 'DEBIT' : 'CREDIT'},${m}/${d}/${y},"${name} #${index}",${minorUnitsToDecimal(amount)},MISC,0.00,,\r\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return sum;
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-import-db-'));
  const t = await createTestDatabase('sqlite');
  try {
    const file = path.join(dir, 'chase.csv');
    const fileSum = await writeChaseCsv(file);
    const user = await createTestPerson(t.db, { email: 'bench@example.test', passwordHash: 'x' });
    const accountId = await createManualAccount(t.db, user.id, { name: 'Old checking', kind: 'cash', currency: 'USD', openingDate: parseIsoDay('2016-01-01'), openingBalance: 0n });
    const proposal = proposeCsvMapping(await readTextHead(createReadStream(file)));
    if (!proposal) throw new Error('no mapping proposed');
    const input = { fileName: 'chase.csv', format: 'csv' as const, open: () => createReadStream(file), mapping: proposal.mapping };

    let start = performance.now();
    const first = await importFile(t.db, user.id, accountId, input);
    let ms = performance.now() - start;
    console.log(`Import: ${first.added.toLocaleString('en-US')} rows in ${(ms / 1000).toFixed(2)} s (${rate(totalRows, ms)}), incl. balance, rules and ${first.firstDay}…${first.lastDay} rollups`);
    start = performance.now();
    const again = await importFile(t.db, user.id, accountId, input);
    ms = performance.now() - start;
    console.log(`Re-import: ${again.skipped.toLocaleString('en-US')} duplicates, ${again.added} new in ${(ms / 1000).toFixed(2)} s (${rate(totalRows, ms)})`);
    console.log(`Peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; load average ${os.loadavg()[0]?.toFixed(1)}`);
    const balance = (await t.db.bankAccount.findUniqueOrThrow({ where: { id: accountId } })).currentBalanceMinor;
    if (first.added !== totalRows || again.added !== 0 || first.addedMinor !== fileSum || balance !== fileSum) {
      throw new Error(`wrong result: added ${first.added}, re-added ${again.added}, sum ${first.addedMinor} vs ${fileSum}, balance ${balance}`);
    }
  } finally {
    await t.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
