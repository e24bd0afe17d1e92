import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { rebuildAllRollups } from '@/lib/budgeting/rollups';
import type { categorizeNewTransactions as CategorizeNewTransactions } from '@/lib/budgeting/process-new-transactions';
import { registerSyncProcessor } from './processors';
import { syncConnection } from './sync-connection';
import { linkSandboxConnection } from './test-helpers/link-sandbox-connection';
import { bankNow, snapshotTransactions, startSyncWorld, type SyncWorld } from './test-helpers/sync-fixture';

// A first sync categorises its recent months early (budgeting's recent-months hook), then the
// processors take the run's new rows at the end. Each row is categorised once: the processors
// skip what the hook already did, unless the hook failed. Processors without such a hook
// (monitoring) still get every row. The categoriser is wrapped to count the ids it is given.

const categoriser = vi.hoisted(() => ({
  phase: 'recent' as 'recent' | 'end',
  failRecentHook: false,
  ids: { recent: [] as string[], end: [] as string[] },
}));

vi.mock('@/lib/budgeting/process-new-transactions', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/budgeting/process-new-transactions')>();
  const counted: typeof CategorizeNewTransactions = async (db, workspaceId, ids) => {
    categoriser.ids[categoriser.phase].push(...ids);
    if (categoriser.phase === 'recent' && categoriser.failRecentHook) {
      // Half of the batch is done, then the hook breaks: the rest must still be done at the end.
      await actual.categorizeNewTransactions(db, workspaceId, ids.slice(0, Math.floor(ids.length / 2)));
      throw new Error('simulated categoriser failure');
    }
    return actual.categorizeNewTransactions(db, workspaceId, ids);
  };
  return { ...actual, categorizeNewTransactions: counted };
});

let world: SyncWorld;
const cleanups: (() => void)[] = [];

beforeAll(async () => {
  world = await startSyncWorld();
});
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));
afterAll(() => world?.stop());

/** Links the consumer in a new workspace and runs its first sync, counting what each phase categorised. */
async function firstSync() {
  const link = await linkSandboxConnection(world.db, world.sandbox.url, { user: 'consumer' });
  categoriser.phase = 'recent';
  categoriser.ids = { recent: [], end: [] };
  const everyRow: string[] = [];
  cleanups.push(registerSyncProcessor('test-every-row', async ({ newTransactionIds }) => void everyRow.push(...newTransactionIds)));
  const outcome = await syncConnection(world.db, link.connectionId, {
    trigger: 'initial',
    config: world.config,
    now: bankNow,
    hooks: { afterRecentMonths: () => void (categoriser.phase = 'end') },
  });
  expect(outcome).toMatchObject({ status: 'succeeded' });
  const rows = (await world.db.transaction.findMany({ where: { workspaceId: link.workspaceId }, select: { id: true } })).map((row) => row.id).sort();
  return { link, rows, everyRow: [...everyRow].sort(), recent: categoriser.ids.recent, end: categoriser.ids.end };
}

const sorted = (ids: string[]) => [...ids].sort();

/** The monthly totals the run left, and the same rebuilt from scratch: they must agree. */
async function rollupsAndRebuilt(workspaceId: string) {
  const read = async () =>
    (await world.db.monthlyRollup.findMany({ where: { workspaceId }, select: { month: true, accountId: true, categoryId: true, merchant: true, inflowMinor: true, outflowMinor: true, inCount: true, outCount: true } }))
      .map((row) => JSON.stringify(row, (_key, value) => (typeof value === 'bigint' ? value.toString() : value)))
      .sort();
  const left = await read();
  await rebuildAllRollups(world.db, workspaceId, bankNow());
  return { left, rebuilt: await read() };
}

describe('a first sync categorises each row once', () => {
  let healthy: Awaited<ReturnType<typeof firstSync>>['link'];

  it('the processors skip the rows the recent-months hook categorised; a processor without such a hook still gets every row', async () => {
    const run = await firstSync();
    healthy = run.link;
    expect(run.recent.length).toBeGreaterThan(20);
    // Every row through the categoriser exactly once, the recent months early and the rest at the end.
    expect(sorted([...run.recent, ...run.end])).toEqual(run.rows);
    expect(run.end.filter((id) => run.recent.includes(id))).toEqual([]);
    expect(run.everyRow).toEqual(run.rows);
    // The months the hook totalled were totalled again at the end (older rows may pair with recent ones as transfers).
    const { left, rebuilt } = await rollupsAndRebuilt(run.link.workspaceId);
    expect(left).toEqual(rebuilt);
  });

  it('a recent-months hook that fails leaves every row to the processors, so every row ends categorised as after a healthy sync', async () => {
    categoriser.failRecentHook = true;
    try {
      const run = await firstSync();
      expect(run.recent.length).toBeGreaterThan(20);
      expect(sorted(run.end)).toEqual(run.rows);
      const { left, rebuilt } = await rollupsAndRebuilt(run.link.workspaceId);
      expect(left).toEqual(rebuilt);
      // Same bank data as the healthy sync above: the same categories, transfers and all.
      const strip = (rows: Awaited<ReturnType<typeof snapshotTransactions>>) => rows.map(({ replacedPendingBankId: _r, ...row }) => row);
      expect(strip(await snapshotTransactions(world.db, run.link.connectionId))).toEqual(strip(await snapshotTransactions(world.db, healthy.connectionId)));
    } finally {
      categoriser.failRecentHook = false;
    }
  });
});
