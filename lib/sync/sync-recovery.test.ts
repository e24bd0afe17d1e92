import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import { createRng } from '@/sandbox/data/prng';
import { getConnectionSyncStatus } from './queries';
import { startRecoveryWatch } from './recovery';
import { describeSyncStatus } from './status-view';
import { syncConnection } from './sync-connection';
import { linkSandboxConnection, type sandboxUsers } from './test-helpers/link-sandbox-connection';
import { snapshotTransactions, startSyncWorld, type SyncWorld } from './test-helpers/sync-fixture';

// The sync process is killed (SIGKILL) at seeded points of a first sync: between and inside
// pages, and inside the post-sync work (categorisation, transfers, rollups). Nobody clicks
// anything: this process plays "the other instance / the restarted app" with the recovery watch
// only. Each time the run must resume within the lease time, end exactly like an uninterrupted
// sync (transactions, user-owned fields, monthly rollups), and the status the page renders must
// never keep the button disabled for the dead run.
//   SYNC_KILL_POINTS (default 10), SYNC_KILL_SEED (default "issue-16"), SYNC_KILL_CUSTOMER (default
//   "single": 15 pages of 100 and 2 post-sync steps, ~1 min per database; "consumer" has 34 pages)

const killPoints = Number(process.env.SYNC_KILL_POINTS ?? 10);
const seed = process.env.SYNC_KILL_SEED ?? 'issue-16';
const customer = (process.env.SYNC_KILL_CUSTOMER ?? 'single') as keyof typeof sandboxUsers;
const pageLimit = 100;
// Long enough that a child slowed by a busy machine (CI runs test files side by side) still renews in time.
const leaseMs = 6_000;

let world: SyncWorld;
let stopWatch: () => Promise<void>;
let reference: { transactions: unknown; rollups: unknown; pages: number; postSyncSteps: number };

type KillPoint = { label: string; env: Record<string, string> };

/** Monthly rollups without our random ids: accounts by the bank's id, categories by key or name. */
async function snapshotRollups(db: Db, workspaceId: string) {
  const rows = await db.monthlyRollup.findMany({ where: { workspaceId }, orderBy: [{ month: 'asc' }, { accountId: 'asc' }, { categoryId: 'asc' }, { merchant: 'asc' }] });
  const accounts = new Map((await db.bankAccount.findMany({ where: { workspaceId }, select: { id: true, bankAccountId: true } })).map((a) => [a.id, a.bankAccountId]));
  const categories = new Map((await db.category.findMany({ where: { workspaceId }, select: { id: true, key: true, name: true } })).map((c) => [c.id, c.key ?? c.name]));
  return rows
    .map(({ workspaceId: _user, accountId, categoryId, ...row }) => ({ ...row, account: accounts.get(accountId), category: categories.get(categoryId) ?? categoryId }))
    .sort((a, b) => `${a.month}|${a.account}|${a.category}|${a.merchant}`.localeCompare(`${b.month}|${b.account}|${b.category}|${b.merchant}`));
}

function planKillPoints(pages: number, postSyncSteps: number): KillPoint[] {
  const rng = createRng('sync-kill', seed);
  const points: KillPoint[] = [];
  for (let i = 0; i < killPoints; i++) {
    const delay = String(rng.int(0, 25));
    // Every third point lands in the post-sync work: right after a processor batch, before the
    // next batch or the finishers (the steps are too short for a timer to land inside one).
    if (i % 3 === 2 && postSyncSteps > 1) {
      const step = rng.int(1, postSyncSteps - 1);
      points.push({ label: `post-sync step ${step}`, env: { KILL_AFTER_POST_SYNC: String(step) } });
    } else {
      // Up to the last page; a kill right after it lands before the reconcile. Pages with at least
      // two more to come get a delay, so the kill lands inside the next page (fetch, transform or
      // its transaction); near the end a delay could outlast the whole rest of the sync.
      const page = rng.int(1, pages);
      const after = page <= pages - 2 ? delay : '0';
      points.push({ label: `page ${page} + ${after} ms`, env: { KILL_AFTER_PAGE: String(page), KILL_DELAY_MS: after } });
    }
  }
  return points;
}

beforeAll(async () => {
  world = await startSyncWorld({ pageLimit, leaseMs });
  const link = await linkSandboxConnection(world.db, world.sandbox.url, { user: customer, asReferenceClient: true });
  let pages = 0;
  let postSyncSteps = 0;
  const outcome = await syncConnection(world.db, link.connectionId, {
    trigger: 'manual',
    config: world.config,
    hooks: { afterPage: () => void pages++, afterPostSyncStep: () => void postSyncSteps++ },
  });
  expect(outcome).toMatchObject({ status: 'succeeded' });
  reference = { transactions: await snapshotTransactions(world.db, link.connectionId), rollups: await snapshotRollups(world.db, link.workspaceId), pages, postSyncSteps };
  console.info(`reference ${customer} sync: ${pages} pages, ${postSyncSteps} post-sync steps`);
  stopWatch = startRecoveryWatch(world.db, world.config);
}, 120_000);
afterAll(async () => {
  await stopWatch?.();
  await world?.stop();
});

function runChild(connectionId: string, env: Record<string, string>): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'test-helpers', 'sync-child.ts')], {
    env: { ...process.env, DATABASE_URL: world.database.url, CONNECTION_ID: connectionId, PAGE_LIMIT: String(pageLimit), SYNC_LEASE_SECONDS: String(leaseMs / 1000), ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe(`a sync killed at ${killPoints} seeded points (seed "${seed}") resumes by itself`, () => {
  // Planned lazily: the number of pages and post-sync steps comes from the reference sync.
  const indexes = Array.from({ length: killPoints }, (_, i) => i);

  it.each(indexes)('kill point %i', async (index) => {
    let point = planKillPoints(reference.pages, reference.postSyncSteps)[index]!;
    let link = await linkSandboxConnection(world.db, world.sandbox.url, { user: customer });
    let exit = await runChild(link.connectionId, point.env);
    if (exit.code === 3 && point.env.KILL_DELAY_MS) {
      // The rest of the sync finished before the delayed kill could land (its timer waits for the
      // event loop): the same page, killed right after its commit instead, on a fresh link.
      point = { label: `${point.label}, then right after the page`, env: { KILL_AFTER_PAGE: point.env.KILL_AFTER_PAGE! } };
      link = await linkSandboxConnection(world.db, world.sandbox.url, { user: customer });
      exit = await runChild(link.connectionId, point.env);
    }
    const killedAt = Date.now();
    expect(exit, point.label).toEqual({ code: null, signal: 'SIGKILL' });
    const dead = await world.db.syncRun.findFirstOrThrow({ where: { connectionId: link.connectionId } });
    // Usually still "running"; on a loaded machine a child frozen in heavy post-sync work may miss
    // its renewals and be called dead just before the kill lands, which is the same story.
    expect(['running', 'abandoned'], point.label).toContain(dead.status);

    // Watch what the page would render until the resumed run appears: never a disabled button
    // for the dead run once its heartbeat is older than the lease hold.
    let resumed = null;
    while (!resumed) {
      const status = await getConnectionSyncStatus(world.db, link.workspaceId, link.connectionId, world.config);
      const view = describeSyncStatus(status);
      if (status?.latestRun?.id === dead.id && view.buttonDisabled) {
        expect(status.checkedAt.getTime() - dead.heartbeatAt.getTime(), `${point.label}: disabled for a dead run`).toBeLessThanOrEqual(status.staleAfterMs);
      }
      resumed = await world.db.syncRun.findFirst({ where: { connectionId: link.connectionId, trigger: 'resume' } });
      expect(Date.now() - killedAt, `${point.label}: not resumed`).toBeLessThan(leaseMs * 5);
      if (!resumed) await sleep(50);
    }
    const resumeDelayMs = resumed.startedAt.getTime() - killedAt;
    expect(resumeDelayMs, `${point.label}: resumed after ${resumeDelayMs} ms`).toBeLessThanOrEqual(leaseMs);

    for (let waited = 0; (await world.db.syncRun.count({ where: { connectionId: link.connectionId, status: 'running' } })) > 0; waited += 100) {
      expect(waited, `${point.label}: resumed run never ended`).toBeLessThan(90_000);
      await sleep(100);
    }
    const runs = await world.db.syncRun.findMany({ where: { connectionId: link.connectionId }, orderBy: { startedAt: 'asc' }, select: { status: true, trigger: true, errorCode: true } });
    expect(runs, point.label).toEqual([
      { status: 'abandoned', trigger: 'manual', errorCode: 'interrupted' },
      { status: 'succeeded', trigger: 'resume', errorCode: null },
    ]);
    expect(await snapshotTransactions(world.db, link.connectionId), point.label).toEqual(reference.transactions);
    expect(await snapshotRollups(world.db, link.workspaceId), point.label).toEqual(reference.rollups);
    const after = describeSyncStatus(await getConnectionSyncStatus(world.db, link.workspaceId, link.connectionId, world.config));
    expect(after).toMatchObject({ state: 'synced', buttonDisabled: false });
    console.info(`kill point ${index} (${point.label}): resumed ${resumeDelayMs} ms after the kill`);
  }, 120_000);
});
