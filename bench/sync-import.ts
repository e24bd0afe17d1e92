// npm run bench:sync — imports the sandbox's large business customer over HTTP into a fresh
// SQLite database (the whole first sync: pages, reconcile, transfers, categories, rules, monthly
// rollups) and compares it with a plain better-sqlite3 prepared insert of the same rows into the
// same schema, measured in the same run: wall time and this process's CPU time (the sandbox bank
// runs in its own process). Peak RSS is the whole run's high-water mark (VmHWM).
//
// BENCH_SIZES (default 10000,100000,1000000) runs each size in its own process, so each peak RSS
// is that size's alone, and prints a summary; BENCH_TRANSACTIONS=n runs one size in this process.
// Targets (issue #13): at 1M, end-to-end ≥ 0.25 of the plain insert (wall and CPU), peak RSS ≤ 500 MB,
// and a rate that stays flat from 10k to 1M.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SQLITE_CONNECTION_PRAGMAS } from '@/lib/db/adapter';
import { sqliteFilePath } from '@/lib/db/database-url';
import { createTestDatabase } from '@/lib/db/test-database';
import { getSyncConfig } from '@/lib/sync/config';
import { syncConnection } from '@/lib/sync/sync-connection';
import { linkSandboxConnection } from '@/lib/sync/test-helpers/link-sandbox-connection';
import { BENCH_ADMIN_TOKEN, startSandboxProcess } from './sandbox-process';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const perSecond = (rows: number, ms: number) => Math.round(rows / (ms / 1000));
const fmt = (n: number) => n.toLocaleString('en-US');

/** The process's peak resident set so far (Linux VmHWM; maxRSS elsewhere). */
function peakRss(): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]) * 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS * 1024;
}

const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

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
// Rows are streamed off the imported database a thousand at a time (so the reference does not
// hold a million rows either); only the inserts are timed.
async function measurePlainInsert(sourceFile: string): Promise<{ rows: number; ms: number; cpu: number }> {
  const target = await createTestDatabase('sqlite');
  await target.db.$disconnect();
  const source = new Database(sourceFile, { readonly: true });
  const sink = new Database(sqliteFilePath(target.url));
  sink.exec(SQLITE_CONNECTION_PRAGMAS); // the app's own connection settings (WAL, foreign keys)
  const columns = source.prepare('SELECT * FROM "Transaction" LIMIT 1').columns().map((c) => `"${c.name}"`);
  const insert = sink.prepare(`INSERT INTO "Transaction" (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
  sink.exec(`ATTACH '${sourceFile}' AS src; INSERT INTO "User" SELECT * FROM src."User"; INSERT INTO "BankConnection" SELECT * FROM src."BankConnection"; INSERT INTO "BankAccount" SELECT * FROM src."BankAccount"; DETACH src;`);
  let rows = 0;
  let ms = 0;
  let cpu = 0;
  const batch: unknown[][] = [];
  const flush = () => {
    const started = performance.now();
    const cpuStarted = cpuMs();
    for (const row of batch) insert.run(row);
    ms += performance.now() - started;
    cpu += cpuMs() - cpuStarted;
    rows += batch.length;
    batch.length = 0;
  };
  sink.exec('BEGIN');
  for (const row of source.prepare('SELECT * FROM "Transaction"').raw().iterate() as IterableIterator<unknown[]>) {
    batch.push(row);
    if (batch.length === 1000) flush();
  }
  flush();
  const started = performance.now();
  sink.exec('COMMIT');
  ms += performance.now() - started;
  source.close();
  sink.close();
  await target.drop();
  return { rows, ms, cpu };
}

type Figures = { size: number; imported: number; ms: number; cpu: number; plainMs: number; plainCpu: number; peak: number };

async function runOneSize(transactions: number): Promise<Figures> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-sandbox-'));
  const sandbox = await startSandboxProcess(dataDir, transactions);
  const database = await createTestDatabase('sqlite');
  try {
    console.log(`Sandbox: business customer with ${fmt(transactions)} deposits on checking (${sandbox.url})`);
    const link = await linkSandboxConnection(database.db, sandbox.url, { user: 'business' });
    const config = { ...getSyncConfig(), pageLimit: 1000 };

    const peakBeforeSync = peakRss();
    const rss: number[] = [];
    const sampler = setInterval(() => rss.push(process.memoryUsage().rss), 250);
    const requests = countRequestsTo(sandbox.url);
    const started = performance.now();
    const cpuStarted = cpuMs();
    const outcome = await syncConnection(database.db, link.connectionId, { trigger: 'initial', config });
    const ms = performance.now() - started;
    const cpu = cpuMs() - cpuStarted;
    requests.restore();
    clearInterval(sampler);
    if (outcome.status !== 'succeeded') throw new Error(`first sync ${outcome.status}: ${JSON.stringify(outcome)}`);
    const imported = await database.db.transaction.count();
    const uncategorised = await database.db.transaction.count({ where: { categoryId: null } });
    const transfers = await database.db.transaction.count({ where: { isTransfer: true } });
    const peakAfterSync = peakRss();
    const quarter = (n: number) => mb(rss[Math.min(rss.length - 1, Math.floor((rss.length * n) / 4))] ?? 0);

    console.log('\nFirst sync (HTTP → transform → upsert → reconcile → processors → rollups, SQLite)');
    console.log(`  transactions imported  ${fmt(imported)} in ${requests.count} requests (${fmt(transfers)} transfer legs, ${fmt(uncategorised)} uncategorised)`);
    console.log(`  wall / CPU             ${(ms / 1000).toFixed(1)} s / ${(cpu / 1000).toFixed(1)} s`);
    console.log(`  end-to-end rate        ${fmt(perSecond(imported, ms))} rows/s`);
    console.log(`  RSS at 25/50/75/100 %  ${quarter(1)} / ${quarter(2)} / ${quarter(3)} / ${quarter(4)}`);
    console.log(`  peak RSS so far        ${mb(peakAfterSync)} (${mb(peakBeforeSync)} before the sync started)`);

    const plain = await measurePlainInsert(sqliteFilePath(database.url));
    console.log('\nReference: plain better-sqlite3 prepared insert, one transaction, same table and rows');
    console.log(`  ${fmt(plain.rows)} rows in ${(plain.ms / 1000).toFixed(1)} s wall, ${(plain.cpu / 1000).toFixed(1)} s CPU = ${fmt(perSecond(plain.rows, plain.ms))} rows/s`);
    console.log(`  end-to-end / plain     wall ${(plain.ms / ms).toFixed(2)}, CPU ${(plain.cpu / cpu).toFixed(2)}`);

    await fetch(`${sandbox.url}/sandbox/admin/clock/advance`, { method: 'POST', headers: { 'x-sandbox-admin': BENCH_ADMIN_TOKEN, 'content-type': 'application/json' }, body: JSON.stringify({ days: 1 }) });
    const incremental = countRequestsTo(sandbox.url);
    const incStarted = performance.now();
    const next = await syncConnection(database.db, link.connectionId, { trigger: 'background', config });
    incremental.restore();
    const run = await database.db.syncRun.findUniqueOrThrow({ where: { id: (next as { runId: string }).runId } });
    console.log('\nIncremental sync of one new bank day');
    console.log(`  ${next.status}: ${incremental.count} requests, ${run.transactionsImported} rows re-read, ${run.addedCount} added, ${run.changedCount} changed, ${run.removedCount} removed, ${((performance.now() - incStarted) / 1000).toFixed(1)} s`);
    const peak = peakRss();
    console.log(`\nPeak RSS of the whole run (VmHWM)  ${mb(peak)}`);
    return { size: transactions, imported, ms, cpu, plainMs: plain.ms, plainCpu: plain.cpu, peak };
  } finally {
    await database.drop();
    sandbox.child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const single = process.env.BENCH_TRANSACTIONS;
if (single) {
  const figures = await runOneSize(Number(single));
  console.log(`BENCH_FIGURES ${JSON.stringify(figures)}`);
} else {
  const sizes = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number);
  const all: Figures[] = [];
  for (const size of sizes) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', process.argv[1]!], { env: { ...process.env, BENCH_TRANSACTIONS: String(size) }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 });
    process.stdout.write(child.stdout);
    const line = child.stdout.split('\n').find((l) => l.startsWith('BENCH_FIGURES '));
    if (child.status !== 0 || !line) throw new Error(`the ${fmt(size)}-row run failed (exit ${child.status})`);
    all.push(JSON.parse(line.slice('BENCH_FIGURES '.length)) as Figures);
  }
  console.log('\nSummary            rows    wall s   CPU s   rows/s   wall ratio  CPU ratio  peak RSS');
  for (const f of all) {
    console.log(
      `  ${fmt(f.size).padStart(14)} ${fmt(f.imported).padStart(10)} ${(f.ms / 1000).toFixed(1).padStart(7)} ${(f.cpu / 1000).toFixed(1).padStart(7)} ${fmt(perSecond(f.imported, f.ms)).padStart(8)}` +
        ` ${(f.plainMs / f.ms).toFixed(2).padStart(10)} ${(f.plainCpu / f.cpu).toFixed(2).padStart(10)} ${mb(f.peak).padStart(9)}`,
    );
  }
}
process.exit(0);
