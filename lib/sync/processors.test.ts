import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { registerPendingReplacementHook, registerSyncProcessor } from './processors';
import { syncConnection } from './sync-connection';
import { linkSandboxConnection, type LinkedSandboxConnection } from './test-helpers/link-sandbox-connection';
import { advanceBankClock, startSyncWorld, bankNow, type SyncWorld } from './test-helpers/sync-fixture';

// Processors see every newly inserted row exactly once, even the rows of a run that crashed.

let world: SyncWorld;
let link: LinkedSandboxConnection;
const cleanups: (() => void)[] = [];

beforeAll(async () => {
  world = await startSyncWorld({ pageLimit: 100 });
  link = await linkSandboxConnection(world.db, world.sandbox.url, { user: 'consumer' });
});
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));
afterAll(() => world?.stop());

const sync = (hooks = {}) => syncConnection(world.db, link.connectionId, { trigger: 'manual', config: world.config, now: bankNow, hooks });

describe('sync processors', () => {
  it('receive the ids inserted by the run, including those a crashed run left behind, once each', async () => {
    const seen: string[] = [];
    cleanups.push(registerSyncProcessor('collect', async ({ newTransactionIds, workspaceId }) => {
      expect(workspaceId).toBe(link.workspaceId);
      seen.push(...newTransactionIds);
    }));
    let pages = 0;
    expect(await sync({ afterPage: () => { if (++pages === 3) throw new Error('simulated crash'); } })).toMatchObject({ status: 'failed' });
    expect(seen).toEqual([]);
    expect(await sync()).toMatchObject({ status: 'succeeded' });
    const all = await world.db.transaction.findMany({ where: { workspaceId: link.workspaceId }, select: { id: true } });
    expect(new Set(seen)).toEqual(new Set(all.map((row) => row.id)));
    expect(seen).toHaveLength(all.length);

    seen.length = 0;
    expect(await sync()).toMatchObject({ status: 'succeeded' });
    expect(seen).toEqual([]); // nothing new
  });

  it('pending-replacement hooks run in the reconcile transaction before the pending row goes', async () => {
    const replaced: { pendingId: string; postedId: string }[] = [];
    cleanups.push(registerPendingReplacementHook('collect', async (tx, replacement) => {
      expect(await tx.transaction.findUnique({ where: { id: replacement.pendingId } })).not.toBeNull();
      replaced.push(replacement);
    }));
    const pending = await world.db.transaction.count({ where: { workspaceId: link.workspaceId, status: 'pending' } });
    await advanceBankClock(world, 6);
    expect(await sync()).toMatchObject({ status: 'succeeded' });
    expect(pending).toBeGreaterThan(0);
    expect(replaced.length).toBeGreaterThan(0);
    for (const { postedId } of replaced) expect(await world.db.transaction.findUnique({ where: { id: postedId } })).toMatchObject({ status: 'posted' });
  });
});
