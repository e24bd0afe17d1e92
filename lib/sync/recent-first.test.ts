import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseIsoDay } from '@/lib/dates';
import { syncConnection } from './sync-connection';
import { recentWindowStart } from './pass-window';
import { linkSandboxConnection, type LinkedSandboxConnection } from './test-helpers/link-sandbox-connection';
import { BANK_START, bankNow, startSyncWorld, type SyncWorld } from './test-helpers/sync-fixture';

// A first sync reads the current and previous month first, and shows them (categories, monthly
// totals) before the years behind them are read; the full pass then completes the same rows.

let world: SyncWorld;
let link: LinkedSandboxConnection;

beforeAll(async () => {
  world = await startSyncWorld();
  link = await linkSandboxConnection(world.db, world.sandbox.url, { user: 'consumer' });
});
afterAll(() => world?.stop());

it('the window starts on the first day of the previous month', () => {
  expect(recentWindowStart('2026-11-20')).toBe('2026-10-01');
  expect(recentWindowStart('2027-01-01')).toBe('2026-12-01');
  expect(recentWindowStart('2026-03-31')).toBe('2026-02-01');
});

const thisMonth = BANK_START.slice(0, 7);

async function monthTotals(month: string) {
  const rows = await world.db.monthlyRollup.findMany({ where: { workspaceId: link.workspaceId, month }, select: { categoryId: true, merchant: true, accountId: true, inflowMinor: true, outflowMinor: true } });
  return rows.sort((a, b) => `${a.accountId}${a.categoryId}${a.merchant}`.localeCompare(`${b.accountId}${b.categoryId}${b.merchant}`));
}

const bankIdsFrom = async (start: string) =>
  (await world.db.transaction.findMany({ where: { workspaceId: link.workspaceId, bookedOn: { gte: parseIsoDay(start) } }, select: { bankTransactionId: true } })).map((row) => row.bankTransactionId).sort();

it('the recent months are stored, categorised and totalled before any older row is read; the full pass then adds the rest', async () => {
  let seen: { start: string; older: number; recentIds: (string | null)[]; totals: Awaited<ReturnType<typeof monthTotals>> } | undefined;
  const outcome = await syncConnection(world.db, link.connectionId, {
    trigger: 'initial',
    config: world.config,
    now: bankNow,
    hooks: {
      async afterRecentMonths({ start }) {
        seen = {
          start,
          older: await world.db.transaction.count({ where: { workspaceId: link.workspaceId, bookedOn: { lt: parseIsoDay(start) } } }),
          recentIds: await bankIdsFrom(start),
          totals: await monthTotals(thisMonth),
        };
      },
    },
  });
  expect(outcome).toMatchObject({ status: 'succeeded' });
  expect(seen).toBeDefined();
  expect(seen!.start).toBe(recentWindowStart(BANK_START.slice(0, 10)));
  expect(seen!.older).toBe(0);
  expect(seen!.recentIds.length).toBeGreaterThan(20);
  expect(seen!.totals.length).toBeGreaterThan(0);

  // What the dashboard showed early is what it shows when the whole history is in.
  expect(seen!.totals).toEqual(await monthTotals(thisMonth));
  expect(seen!.recentIds).toEqual(await bankIdsFrom(seen!.start));
  expect(await world.db.transaction.count({ where: { workspaceId: link.workspaceId, bookedOn: { lt: parseIsoDay(seen!.start) } } })).toBeGreaterThan(1000);
  // Each row once, whatever read it first.
  const run = await world.db.syncRun.findFirstOrThrow({ where: { id: (outcome as { runId: string }).runId } });
  expect(run.addedCount).toBe(await world.db.transaction.count({ where: { workspaceId: link.workspaceId } }));
});

it('a later sync does not read the recent months separately', async () => {
  let called = false;
  const outcome = await syncConnection(world.db, link.connectionId, { trigger: 'manual', config: world.config, now: bankNow, hooks: { afterRecentMonths: () => void (called = true) } });
  expect(outcome).toMatchObject({ status: 'succeeded' });
  expect(called).toBe(false);
});
