// npm run bench:sync — imports the sandbox's large business customer over HTTP into a fresh
// SQLite database and prints the end-to-end rate, total time and peak memory; then, in the same
// run, the rate of a plain better-sqlite3 prepared insert of the same rows (the physical limit on
// this machine), and the requests an incremental sync of one new day makes.
//
// BENCH_TRANSACTIONS (default 1,000,000) sets the size of the business checking history.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { sqliteFilePath } from '@/lib/db/database-url';
import { createTestDatabase } from '@/lib/db/test-database';
import { getSyncConfig } from '@/lib/sync/config';
import { syncConnection } from '@/lib/sync/sync-connection';
import { linkSandboxConnection } from '@/lib/sync/test-helpers/link-sandbox-connection';
import { BENCH_ADMIN_TOKEN, startSandboxProcess } from './sandbox-process';

const transactions = Number(process.env.BENCH_TRANSACTIONS ?? 1_000_000);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const rate = (rows: number, ms: number) => `${Math.round(rows / (ms / 1000)).toLocaleString('en-US')} rows/s`;

function countRequestsTo(origin: string) {
  const realFetch = globalThis.fetch;
  let count = 0;
  globalThis.fetch = (input, init) => {
    if (String(input instanceof Request ? input.url : input).startsWith(origin)) count++;
    return realFetch(input, init);
  };
  return { get count() { return count; }, restore: () => void (globalThis.fetch = realFetch) };
}

// Same table, same indexes, same rows, one prepared statement in one transaction: the ceiling.
async function measurePlainInsert(sourceFile: string): Promise<{ rows: number; ms: number }> {
  const target = await createTestDatabase('sqlite');
  await target.db.$disconnect();
  const source = new Database(sourceFile, { readonly: true });
  const sink = new Database(sqliteFilePath(target.url));
  sink.pragma('journal_mode = WAL');
  const columns = (source.prepare('SELECT * FROM "Transaction" LIMIT 1').columns()).map((c) => `"${c.name}"`);
  const insert = sink.prepare(`INSERT INTO "Transaction" (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
  // Parents first (foreign keys), then the timed part: reading rows off the source is not counted.
  sink.exec(`ATTACH '${sourceFile}' AS src; INSERT INTO "User" SELECT * FROM src."User"; INSERT INTO "BankConnection" SELECT * FROM src."BankConnection"; INSERT INTO "BankAccount" SELECT * FROM src."BankAccount"; DETACH src;`);
  const rows = source.prepare('SELECT * FROM "Transaction"').raw().all() as unknown[][];
  const started = performance.now();
  sink.transaction(() => {
    for (const row of rows) insert.run(row);
  })();
  const ms = performance.now() - started;
  source.close();
  sink.close();
  await target.drop();
  return { rows: rows.length, ms };
}

async function main() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-sandbox-'));
  const sandbox = await startSandboxProcess(dataDir, transactions);
  const database = await createTestDatabase('sqlite');
  try {
    console.log(`Sandbox: business customer with ${transactions.toLocaleString('en-US')} deposits on checking (${sandbox.url})`);
    const link = await linkSandboxConnection(database.db, sandbox.url, { user: 'business' });
    const config = { ...getSyncConfig(), pageLimit: 1000 };

    const rss: number[] = [];
    const sampler = setInterval(() => rss.push(process.memoryUsage().rss), 250);
    const requests = countRequestsTo(sandbox.url);
    const started = performance.now();
    const outcome = await syncConnection(database.db, link.connectionId, { trigger: 'initial', config });
    const ms = performance.now() - started;
    requests.restore();
    clearInterval(sampler);
    if (outcome.status !== 'succeeded') throw new Error(`first sync ${outcome.status}: ${JSON.stringify(outcome)}`);
    const imported = await database.db.transaction.count();
    const quarter = (n: number) => mb(rss[Math.min(rss.length - 1, Math.floor((rss.length * n) / 4))] ?? 0);

    console.log('\nFirst sync (HTTP → transform → batched upsert, SQLite)');
    console.log(`  transactions imported  ${imported.toLocaleString('en-US')} in ${requests.count} requests`);
    console.log(`  total time             ${(ms / 1000).toFixed(1)} s`);
    console.log(`  end-to-end rate        ${rate(imported, ms)}`);
    console.log(`  RSS at 25/50/75/100 %  ${quarter(1)} / ${quarter(2)} / ${quarter(3)} / ${quarter(4)}`);
    console.log(`  peak RSS               ${mb(process.resourceUsage().maxRSS * 1024)}`);

    const plain = await measurePlainInsert(sqliteFilePath(database.url));
    console.log('\nPhysical limit: plain better-sqlite3 prepared insert, one transaction, same table and rows');
    console.log(`  ${plain.rows.toLocaleString('en-US')} rows in ${(plain.ms / 1000).toFixed(1)} s = ${rate(plain.rows, plain.ms)}`);
    console.log(`  end-to-end / limit     ${((imported / ms) / (plain.rows / plain.ms)).toFixed(2)}`);

    await fetch(`${sandbox.url}/sandbox/admin/clock/advance`, { method: 'POST', headers: { 'x-sandbox-admin': BENCH_ADMIN_TOKEN, 'content-type': 'application/json' }, body: JSON.stringify({ days: 1 }) });
    const incremental = countRequestsTo(sandbox.url);
    const incStarted = performance.now();
    const next = await syncConnection(database.db, link.connectionId, { trigger: 'background', config });
    incremental.restore();
    const run = await database.db.syncRun.findUniqueOrThrow({ where: { id: (next as { runId: string }).runId } });
    console.log('\nIncremental sync of one new bank day');
    console.log(`  ${next.status}: ${incremental.count} requests, ${run.transactionsImported} rows re-read, ${run.addedCount} added, ${run.changedCount} changed, ${run.removedCount} removed, ${((performance.now() - incStarted) / 1000).toFixed(1)} s`);
  } finally {
    await database.drop();
    sandbox.child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
process.exit(0);
