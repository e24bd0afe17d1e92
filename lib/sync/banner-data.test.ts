import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadShellBanners } from './banner-data';
import { syncConnection } from './sync-connection';
import { linkSandboxConnection, type LinkedSandboxConnection } from './test-helpers/link-sandbox-connection';
import { bankNow, startSyncWorld, type SyncWorld } from './test-helpers/sync-fixture';

// The first-sync banner as the pages read it from the database, at every step of a real first
// sync: it counts the recent months as soon as they are in, and never goes backwards after that,
// when the older pages start and the bank's total for them appears.

let world: SyncWorld;
let link: LinkedSandboxConnection;

beforeAll(async () => {
  world = await startSyncWorld({ pageLimit: 200 });
  link = await linkSandboxConnection(world.db, world.sandbox.url, { user: 'consumer' });
});
afterAll(() => world?.stop());

it('moves off 0% once the recent months are stored, then only forward, and never says 100 while running', async () => {
  const seen: { step: string; percent: number | undefined; imported: number | undefined }[] = [];
  const look = async (step: string) => {
    const { firstSync } = await loadShellBanners(world.db, link.workspaceId);
    seen.push({ step, percent: firstSync?.percent, imported: firstSync?.transactionsImported });
  };
  const outcome = await syncConnection(world.db, link.connectionId, {
    trigger: 'initial',
    config: world.config,
    now: bankNow,
    hooks: {
      afterRecentMonths: () => look('recent months'),
      afterPage: ({ page }) => look(`older page ${page}`),
    },
  });
  expect(outcome).toMatchObject({ status: 'succeeded' });

  const trace = seen.map(({ step, percent }) => `${step}: ${percent}%`).join(', ');
  expect(seen.length, trace).toBeGreaterThan(5);
  const [recent] = seen;
  expect(recent!.imported).toBeGreaterThan(20);
  expect(recent!.percent, trace).toBeGreaterThan(0);
  for (let i = 1; i < seen.length; i++) expect(seen[i]!.percent, trace).toBeGreaterThanOrEqual(seen[i - 1]!.percent!);
  expect(Math.max(...seen.map(({ percent }) => percent!)), trace).toBeLessThan(100);
  // When the run is over the banner goes.
  expect((await loadShellBanners(world.db, link.workspaceId)).firstSync).toBeNull();
});
