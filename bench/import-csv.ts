// npm run bench:import — writes a 10-year, 200k-row Chase checking CSV (newest first, as Chase
// exports it) to a temp file, then times the two halves of a file import the way the app will run
// them: parse the file into a staging table in one transaction, then read the staging rows back
// by date and dedupe them against 50k rows the account already has. Prints rows/s and peak RSS,
// and checks the duplicate count, so a fast wrong answer fails.
//
// BENCH_ROWS (default 200,000) and BENCH_EXISTING (default 50,000) set the sizes.
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { addIsoDays } from '@/lib/dates';
import { batchRows } from '@/lib/import/batch-rows';
import { parseCsv } from '@/lib/import/csv/parse-csv';
import { proposeCsvMapping } from '@/lib/import/csv/propose-csv-mapping';
import { findDuplicates, type ExistingRow } from '@/lib/import/dedupe/find-duplicates';
import { readTextHead } from '@/lib/import/read-text-head';
import type { ImportedRow } from '@/lib/import/types';
import { minorUnitsToDecimal } from '@/lib/money';

const totalRows = Number(process.env.BENCH_ROWS ?? 200_000);
const existingRows = Number(process.env.BENCH_EXISTING ?? 50_000);
const every = Math.max(1, Math.floor(totalRows / existingRows));
const merchants = ['STARBUCKS STORE 12345', 'AMAZON MKTPL*2K4AB1CD3', 'SHELL OIL 57444', 'WHOLEFDS MKT 10234', 'UBER *TRIP', 'NETFLIX.COM', 'PG&E WEB ONLINE', 'ACME CORP PAYROLL PPD'];
const mb = (kilobytes: number) => `${(kilobytes / 1024).toFixed(0)} MB`;
const rate = (rows: number, ms: number) => `${Math.round(rows / (ms / 1000)).toLocaleString('en-US')} rows/s`;

// A small deterministic generator: the same file every run.
function* generateRows(): Generator<{ index: number; bookedOn: string; amountMinor: bigint; description: string }> {
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const start = '2016-12-01';
  const days = 3650;
  for (let index = 0; index < totalRows; index++) {
    // Newest first: index 0 is the last day.
    const day = days - 1 - Math.floor((index * days) / totalRows);
    const bookedOn = addIsoDays(start, day);
    const description = merchants[Math.floor(random() * merchants.length)] ?? '';
    const cents = BigInt(Math.floor(random() * 50_000) + 1) + BigInt(index % 7) * 100_000n;
    yield { index, bookedOn, amountMinor: description.includes('PAYROLL') ? cents : -cents, description: `${description} #${index}` };
  }
}

async function writeChaseCsv(file: string): Promise<void> {
  const out = createWriteStream(file);
  out.write('Details,Posting Date,Description,Amount,Type,Balance,Check or Slip #\r\n');
  for (const row of generateRows()) {
    const [y, m, d] = row.bookedOn.split('-');
    const line = `${row.amountMinor < 0n ? 'DEBIT' : 'CREDIT'},${m}/${d}/${y},"${row.description}",${minorUnitsToDecimal(row.amountMinor)},MISC,0.00,,\r\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** What the account already holds: every `every`-th row, a day later and in other letter case for half of them. */
function seedExisting(db: Database.Database): number {
  db.exec('CREATE TABLE existing (id TEXT, bookedOn TEXT, amountMinor INTEGER, description TEXT)');
  const insert = db.prepare('INSERT INTO existing VALUES (?, ?, ?, ?)');
  let count = 0;
  db.transaction(() => {
    for (const row of generateRows()) {
      if (row.index % every !== 0 || count >= existingRows) continue;
      const shifted = row.index % 2 === 0 ? addIsoDays(row.bookedOn, 1) : row.bookedOn;
      insert.run(`t${row.index}`, shifted, row.amountMinor, row.index % 2 === 0 ? row.description.toLowerCase() : row.description);
      count++;
    }
  })();
  db.exec('CREATE INDEX existing_date ON existing (bookedOn)');
  return count;
}

async function* iterateSorted<T>(db: Database.Database, sql: string): AsyncGenerator<T> {
  for (const row of db.prepare(sql).safeIntegers(true).iterate()) yield row as T;
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-import-'));
  try {
    const file = path.join(dir, 'chase.csv');
    await writeChaseCsv(file);
    const staging = new Database(path.join(dir, 'staging.db'));
    const existing = new Database(path.join(dir, 'existing.db'));
    staging.pragma('journal_mode = WAL');
    const seeded = seedExisting(existing);
    console.log(`File: ${totalRows.toLocaleString('en-US')} Chase checking rows over 10 years; the account already has ${seeded.toLocaleString('en-US')}`);

    // 1. Parse into a staging table, all in one transaction: an error rolls the whole file back.
    const proposal = proposeCsvMapping(await readTextHead(createReadStream(file)));
    if (!proposal) throw new Error('no mapping proposed');
    staging.exec('CREATE TABLE staged (line INTEGER, bookedOn TEXT, amountMinor INTEGER, description TEXT)');
    const insert = staging.prepare('INSERT INTO staged VALUES (?, ?, ?, ?)');
    let parsed = 0;
    const parseStart = performance.now();
    staging.exec('BEGIN');
    for await (const batch of parseCsv(createReadStream(file), proposal.mapping)) {
      for (const row of batch) insert.run(row.line, row.bookedOn, row.amountMinor, row.description);
      parsed += batch.length;
    }
    staging.exec('COMMIT');
    staging.exec('CREATE INDEX staged_date ON staged (bookedOn, line)');
    const parseMs = performance.now() - parseStart;
    console.log(`Parse + stage: ${parsed.toLocaleString('en-US')} rows in ${(parseMs / 1000).toFixed(2)} s (${rate(parsed, parseMs)})`);

    // 2. Dedupe: both sides read back in date order, one pass.
    const dedupeStart = performance.now();
    let duplicates = 0;
    let fresh = 0;
    const incoming = batchRows(iterateSorted<ImportedRow>(staging, 'SELECT line, bookedOn, amountMinor, description FROM staged ORDER BY bookedOn, line'));
    const known = iterateSorted<ExistingRow>(existing, 'SELECT id, bookedOn, amountMinor, description FROM existing ORDER BY bookedOn');
    for await (const decisions of findDuplicates(incoming, known)) {
      for (const decision of decisions) {
        if (decision.duplicateOf) duplicates++;
        else fresh++;
      }
    }
    const dedupeMs = performance.now() - dedupeStart;
    console.log(`Dedupe: ${(duplicates + fresh).toLocaleString('en-US')} rows against ${seeded.toLocaleString('en-US')} in ${(dedupeMs / 1000).toFixed(2)} s (${rate(duplicates + fresh, dedupeMs)}): ${duplicates.toLocaleString('en-US')} duplicates, ${fresh.toLocaleString('en-US')} new`);
    console.log(`End to end: ${rate(parsed, parseMs + dedupeMs)}; peak RSS ${mb(process.resourceUsage().maxRSS)}`);
    staging.close();
    existing.close();
    if (duplicates !== seeded || fresh !== totalRows - seeded) throw new Error(`expected ${seeded} duplicates, found ${duplicates}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
