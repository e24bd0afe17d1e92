// npm run bench:scale-out — the sync worker scaled out on PostgreSQL. Two worker processes
// (scripts/worker.ts, SYNC_WORKER_CONCURRENCY each) share one pg-boss queue; 1,000 linked
// connections (BENCH_CONNECTIONS) of the sandbox's `single` customer, each its own user, are made
// directly in the database with tokens from one real consent (the sandbox keeps one link per
// customer and client; each connection seals the same tokens under its own id).
// Two rounds, each queued the way the background refresh tick queues (enqueueDueConnections,
// jittered start): the first syncs (history from SYNC_HISTORY_START, 60 days by default), then,
// once the interval (1 minute here) has passed, the refresh proper (incremental syncs). Printed
// per round: throughput (connections/min), queue latency (job runnable → started, and created →
// started, p50/p95 from pg-boss's own timestamps) and the number of overlapping SyncRun intervals
// per connection (must be 0: one sync per connection at a time).
//   BENCH_CONNECTIONS (1000), BENCH_WORKERS (2), BENCH_CONCURRENCY (4 per worker)
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { saveLinkedConnection } from '@/lib/bank/save-connection';
import { createTestDatabase } from '@/lib/db/test-database';
import { addIsoDays, toIsoDay } from '@/lib/dates';
import { closeSyncSenders, syncQueue } from '@/lib/jobs/pg-queue';
import { enqueueDueConnections } from '@/lib/jobs/sync-worker';
import { getSyncConfig } from '@/lib/sync/config';
import { readSandboxLink } from '@/lib/sync/test-helpers/link-sandbox-connection';
import { BENCH_BANK_NOW, startSandboxProcess } from './sandbox-process';
import { createTestPerson } from '../lib/workspaces/test-helpers/person';

const connections = Number(process.env.BENCH_CONNECTIONS ?? 1000);
const workers = Number(process.env.BENCH_WORKERS ?? 2);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 4);
const historyStart = process.env.SYNC_HISTORY_START ?? addIsoDays(toIsoDay(new Date(BENCH_BANK_NOW)), -60);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : NaN;
};
const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`;

function startWorker(env: Record<string, string>, index: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      if (text.includes('sync worker started')) resolve(child);
      if (text.includes('"level":"error"')) process.stderr.write(`worker ${index}: ${text}`);
    });
    child.on('exit', (code) => reject(new Error(`worker ${index} exited with ${code}`)));
  });
}

async function main() {
  // The tokens must outlive the benchmark: no refresh races between a thousand copies of one token.
  process.env.SANDBOX_ACCESS_TOKEN_TTL = '86400';
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-sandbox-'));
  const sandbox = await startSandboxProcess(dataDir, 1000);
  const database = await createTestDatabase('postgresql');
  const db = database.db;
  const children: ChildProcess[] = [];
  try {
    const link = await readSandboxLink(sandbox.url, { user: 'single' });
    let made = Date.now();
    for (let i = 0; i < connections; i++) {
      const user = await createTestPerson(db, { email: `scale-${i}@example.test`, passwordHash: 'not-used' });
      await saveLinkedConnection(db, user.id, link.institution, null, link.data);
    }
    console.log(`${connections} connections of the sandbox's single customer made in ${ms(Date.now() - made)}; history from ${historyStart}`);

    const intervalMinutes = 1;
    const env = {
      DATABASE_URL: database.url,
      BANK_ISSUER: process.env.BANK_ISSUER!,
      TOKEN_ENCRYPTION_KEYS: process.env.TOKEN_ENCRYPTION_KEYS!,
      SYNC_BACKGROUND: 'off', // this script plays the tick, so both rounds start when it says
      SYNC_INTERVAL_MINUTES: String(intervalMinutes),
      SYNC_HISTORY_START: historyStart,
      SYNC_WORKER_CONCURRENCY: String(concurrency),
      LOG_LEVEL: 'warn',
    };
    made = Date.now();
    for (let i = 0; i < workers; i++) children.push(await startWorker({ ...env, LOG_LEVEL: 'info' }, i));
    console.log(`${workers} workers × ${concurrency} concurrent syncs started in ${ms(Date.now() - made)}`);
    const config = { ...getSyncConfig({}), intervalMinutes };

    for (const round of ['first syncs', 'background refresh']) {
      const since = new Date();
      const queued = await enqueueDueConnections(db, config);
      const enqueuedIn = Date.now() - since.getTime();
      for (;;) {
        const done = await db.syncRun.count({ where: { startedAt: { gte: since }, status: { not: 'running' } } });
        if (done >= queued) break;
        await sleep(1000);
      }
      const runs = await db.syncRun.findMany({ where: { startedAt: { gte: since } }, select: { startedAt: true, finishedAt: true, status: true } });
      const first = Math.min(...runs.map((run) => run.startedAt.getTime()));
      const last = Math.max(...runs.map((run) => run.finishedAt!.getTime()));
      const statuses = Object.entries(runs.reduce<Record<string, number>>((acc, run) => ({ ...acc, [run.status]: (acc[run.status] ?? 0) + 1 }), {}));
      const jobs = await db.$queryRawUnsafe<{ runnable: number; created: number }[]>(
        `SELECT EXTRACT(EPOCH FROM ("started_on" - GREATEST("start_after", "created_on"))) * 1000 AS "runnable",
                EXTRACT(EPOCH FROM ("started_on" - "created_on")) * 1000 AS "created"
         FROM "pgboss"."job" WHERE "name" = $1 AND "created_on" >= $2 AND "started_on" IS NOT NULL`,
        syncQueue,
        since,
      );
      const runnable = jobs.map((job) => Number(job.runnable));
      const created = jobs.map((job) => Number(job.created));
      const overlaps = await db.$queryRawUnsafe<{ n: bigint }[]>(
        `SELECT count(*) AS "n" FROM "SyncRun" a JOIN "SyncRun" b ON a."connectionId" = b."connectionId" AND a."id" < b."id"
         AND a."startedAt" < COALESCE(b."finishedAt", now()) AND b."startedAt" < COALESCE(a."finishedAt", now())`,
      );
      const span = last - first;
      console.log(
        `${round}: ${queued} queued in ${ms(enqueuedIn)}; ${runs.length} runs (${statuses.map(([s, n]) => `${n} ${s}`).join(', ')}) in ${ms(span)} ` +
          `→ ${((runs.length / span) * 60_000).toFixed(0)} connections/min`,
      );
      console.log(
        `  queue latency (runnable → started): p50 ${ms(quantile(runnable, 0.5))}, p95 ${ms(quantile(runnable, 0.95))}; ` +
          `(created → started, includes the tick's jitter): p50 ${ms(quantile(created, 0.5))}, p95 ${ms(quantile(created, 0.95))}`,
      );
      console.log(`  overlapping SyncRun intervals per connection: ${Number(overlaps[0]!.n)}`);
      if (Number(overlaps[0]!.n) !== 0) process.exitCode = 1;
      // The next round's connections are due once the interval has passed since this round's starts.
      if (round === 'first syncs') await sleep(Math.max(0, first + intervalMinutes * 60_000 + 1_000 - Date.now()) + (last - first));
    }
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(children.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)))));
    await closeSyncSenders();
    sandbox.child.kill('SIGTERM');
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
