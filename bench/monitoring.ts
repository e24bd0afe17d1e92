// npx tsx bench/monitoring.ts — how much transaction monitoring slows the sync. For each database
// (SQLite, then PostgreSQL) and each round, fresh databases sync the same customers three ways:
// with no processor at all (the sync skips handing rows over), with a do-nothing processor (the
// sync's own cost of handing rows over, paid anyway once any feature registers one), and with
// monitoring. Each does the first sync (the whole history), then an incremental sync after the
// bank's clock moves 30 days (every new row is checked and can alert). Prints median times, the
// slowdown monitoring adds over the do-nothing processor, and over no processor at all.
//
// BENCH_ROUNDS (default 3), BENCH_BUSINESS_TRANSACTIONS (default 100,000), BENCH_DATABASES (sqlite,postgresql).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase } from '@/lib/db/test-database';
import { settleHolderWatches } from '@/lib/monitoring/holder-watch';
import { monitorNewTransactions } from '@/lib/monitoring/run-monitoring';
import { MONITORING_PROCESSOR, registerMonitoring } from '@/lib/monitoring/sync-processor';
import { getSyncConfig } from '@/lib/sync/config';
import { registerPendingReplacementHook, registerSyncProcessor } from '@/lib/sync/processors';
import { syncConnection } from '@/lib/sync/sync-connection';
import { linkSandboxConnection } from '@/lib/sync/test-helpers/link-sandbox-connection';
import { BENCH_ADMIN_TOKEN, setBenchBankClock, startSandboxProcess } from './sandbox-process';

const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const businessRows = Number(process.env.BENCH_BUSINESS_TRANSACTIONS ?? 100_000);
const databases = (process.env.BENCH_DATABASES ?? 'sqlite,postgresql').split(',') as ('sqlite' | 'postgresql')[];

async function clock(url: string, route: 'advance', days = 0, retry = true): Promise<void> {
  // A kept-alive socket the sandbox closed while a long sync ran fails once; ask again.
  const response = await fetch(`${url}/sandbox/admin/clock/${route}`, { method: 'POST', headers: { 'x-sandbox-admin': BENCH_ADMIN_TOKEN, 'content-type': 'application/json' }, body: JSON.stringify({ days }) }).catch((error: unknown) => {
    if (retry) return null;
    throw error;
  });
  if (response === null) return clock(url, route, days, false);
  if (!response.ok) throw new Error(`clock ${route}: HTTP ${response.status}`);
}

type Timing = { first: number; incremental: number; alerts: number; firstOwn: number; incrementalOwn: number };

async function syncOnce(provider: 'sqlite' | 'postgresql', sandboxUrl: string, user: 'consumer' | 'business'): Promise<Timing> {
  await setBenchBankClock(sandboxUrl);
  const database = await createTestDatabase(provider);
  const config = getSyncConfig();
  try {
    const link = await linkSandboxConnection(database.db, sandboxUrl, { user });
    monitoringMs = 0;
    let started = performance.now();
    const first = await syncConnection(database.db, link.connectionId, { trigger: 'initial', config });
    const firstMs = performance.now() - started;
    await settleHolderWatches(); // beside the sync, not part of it
    const firstOwn = monitoringMs;
    monitoringMs = 0;
    await clock(sandboxUrl, 'advance', 30);
    started = performance.now();
    const next = await syncConnection(database.db, link.connectionId, { trigger: 'background', config });
    const incrementalMs = performance.now() - started;
    await settleHolderWatches();
    if (first.status !== 'succeeded' || next.status !== 'succeeded') throw new Error(`sync failed: ${JSON.stringify([first, next])}`);
    return { first: firstMs, incremental: incrementalMs, firstOwn, incrementalOwn: monitoringMs, alerts: await database.db.alert.count() };
  } finally {
    await database.drop();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`;

// Other features' processors register when the sync is imported; take them out so the two modes
// differ by monitoring alone (register-then-unregister removes a name).
type Mode = 'none' | 'noop' | 'on';
function isolateMonitoring(mode: Mode): () => void {
  registerSyncProcessor('budgeting', async () => {})();
  registerPendingReplacementHook('budgeting', async () => {})();
  registerMonitoring()();
  if (mode === 'noop') return registerSyncProcessor('bench-noop', async () => {});
  if (mode === 'none') return () => {};
  const unregister = registerMonitoring();
  // The same processor, timed: monitoring's own share of each sync, free of machine noise.
  registerSyncProcessor(MONITORING_PROCESSOR, async ({ db, workspaceId, connectionId, runId, newTransactionIds }) => {
    const started = performance.now();
    await monitorNewTransactions({ db, workspaceId, connectionId, runId, transactionIds: newTransactionIds });
    monitoringMs += performance.now() - started;
  });
  return unregister;
}
let monitoringMs = 0;

async function main() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cashlens-bench-monitoring-'));
  const sandbox = await startSandboxProcess(dataDir, businessRows);
  process.env.SANDBOX_DATA_DIR = dataDir;
  try {
    for (const provider of databases) {
      for (const user of (process.env.BENCH_USERS ?? 'consumer,business').split(',') as ('consumer' | 'business')[]) {
        const timings: Record<Mode, Timing[]> = { none: [], noop: [], on: [] };
        const orders: Mode[][] = [['none', 'noop', 'on'], ['on', 'noop', 'none'], ['noop', 'on', 'none']];
        for (let round = 0; round < rounds; round++) {
          // Rotate the order so warm caches favour no mode.
          for (const mode of orders[round % orders.length]!) {
            const unregister = isolateMonitoring(mode);
            try {
              timings[mode].push(await syncOnce(provider, sandbox.url, user));
            } finally {
              unregister();
            }
          }
        }
        for (const phase of ['first', 'incremental'] as const) {
          const [none, noop, on] = (['none', 'noop', 'on'] as const).map((mode) => median(timings[mode].map((t) => t[phase])));
          const pct = (base: number) => `${(((on! - base) / base) * 100).toFixed(1)}%`;
          const share = median(timings.on.map((t) => (t[phase === 'first' ? 'firstOwn' : 'incrementalOwn'] / t[phase]) * 100));
          const own = median(timings.on.map((t) => t[phase === 'first' ? 'firstOwn' : 'incrementalOwn']));
          console.log(
            `${provider} ${user} ${phase} sync (median of ${rounds}): no processor ${ms(none!)}, do-nothing processor ${ms(noop!)}, monitoring ${ms(on!)} → +${pct(noop!)} over do-nothing, +${pct(none!)} over none; time inside monitoring ${ms(own)} = ${share.toFixed(1)}% of the sync; alerts raised: ${timings.on[0]!.alerts}`,
          );
        }
      }
    }
  } finally {
    sandbox.child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
