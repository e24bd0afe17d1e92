import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listDueConnections } from './due-connections';
import { resumeInterruptedSyncs } from './recovery';
import { syncConnection } from './sync-connection';
import { linkSandboxConnection } from './test-helpers/link-sandbox-connection';
import { snapshotTransactions, startSyncWorld, type SyncWorld } from './test-helpers/sync-fixture';

// SIGTERM (a deploy, docker stop) while a first sync imports: the process stops taking work,
// commits the page it is on, records the run as interrupted, releases its lease and exits 0;
// the next process resumes at once (no lease to wait out) and ends like an uninterrupted sync.

let world: SyncWorld;
const pageLimit = 100;

beforeAll(async () => {
  // A long lease: resuming must not depend on it expiring.
  world = await startSyncWorld({ pageLimit, leaseMs: 120_000 });
});
afterAll(() => world?.stop());

describe('graceful shutdown', () => {
  it('SIGTERM mid-import: checkpoint, release, exit 0; the next process resumes without waiting', async () => {
    const reference = await linkSandboxConnection(world.db, world.sandbox.url, { user: 'consumer', asReferenceClient: true });
    const stopped = await linkSandboxConnection(world.db, world.sandbox.url, { user: 'consumer' });
    expect(await syncConnection(world.db, reference.connectionId, { trigger: 'manual', config: world.config })).toMatchObject({ status: 'succeeded' });

    const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'test-helpers', 'sync-child.ts')], {
      env: { ...process.env, DATABASE_URL: world.database.url, CONNECTION_ID: stopped.connectionId, PAGE_LIMIT: String(pageLimit), SYNC_LEASE_SECONDS: '120', SHUTDOWN_HANDLERS: 'on', TERM_AFTER_PAGE: '3' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    await new Promise<void>((resolve) => child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('page 3') && resolve()));
    const termAt = Date.now();
    child.kill('SIGTERM');
    expect(await exited).toEqual({ code: 0, signal: null });
    expect(Date.now() - termAt).toBeLessThan(5_000);

    const run = await world.db.syncRun.findFirstOrThrow({ where: { connectionId: stopped.connectionId } });
    expect(run).toMatchObject({ status: 'abandoned', errorCode: 'interrupted' });
    expect(await world.db.syncLease.findUnique({ where: { connectionId: stopped.connectionId } })).toBeNull();
    const cursors = await world.db.syncCursor.findMany({ where: { connectionId: stopped.connectionId } });
    expect(cursors.some((cursor) => cursor.passPages >= 3)).toBe(true); // pages committed, the pass open
    // An interrupted run never postpones the next attempt.
    expect(await listDueConnections(world.db, world.config)).toContain(stopped.connectionId);

    expect(await resumeInterruptedSyncs(world.db, world.config)).toBe(1);
    const runs = await world.db.syncRun.findMany({ where: { connectionId: stopped.connectionId }, orderBy: { startedAt: 'asc' }, select: { status: true, trigger: true } });
    expect(runs).toEqual([{ status: 'abandoned', trigger: 'manual' }, { status: 'succeeded', trigger: 'resume' }]);
    expect(await snapshotTransactions(world.db, stopped.connectionId)).toEqual(await snapshotTransactions(world.db, reference.connectionId));
  }, 120_000);
});
