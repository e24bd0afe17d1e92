import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/lib/db/test-database';
import { countUnreadAlerts, decideAlert, listAlerts } from './alerts';
import { saveAlerts } from './save-alerts';
import type { AlertDraft } from './types';

// The Alerts page's data: scoped to the user, decided once, counted for the nav badge, and a
// second save of the same alert (a re-run, a pending row that posted) adds nothing.

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.drop());

const draft = (key: string, transactionId: string): AlertDraft => ({
  kind: 'duplicate', severity: 'medium', title: 'Possible duplicate charge', explanation: 'Twice.', accountId: null, transactionId, amountMinor: -1_000n, currency: 'USD', occurredAt: new Date('2026-02-01T10:00:00Z'), dedupeKey: key,
});

describe('alerts', () => {
  it('are saved once per key, follow their purchase to its posted row, and stay the user’s own', async () => {
    const { db } = database;
    expect(await saveAlerts(db, 'alice', [draft('k1', 'pending-1'), draft('k2', 't2')])).toHaveLength(2);
    expect(await saveAlerts(db, 'alice', [draft('k1', 'posted-1')])).toHaveLength(0);
    expect((await db.alert.findFirstOrThrow({ where: { dedupeKey: 'k1' } })).transactionId).toBe('posted-1');
    await saveAlerts(db, 'bob', [draft('k1', 'b1')]);

    expect(await countUnreadAlerts(db, 'alice')).toBe(2);
    const [first] = await listAlerts(db, 'alice');
    expect(await decideAlert(db, 'bob', first!.id, 'confirmed_mine')).toBe(false);
    expect(await decideAlert(db, 'alice', first!.id, 'reported_fraud')).toBe(true);
    expect(await countUnreadAlerts(db, 'alice')).toBe(1);
    expect((await listAlerts(db, 'alice', { status: 'resolved' })).map((a) => a.status)).toEqual(['reported_fraud']);
    expect(await countUnreadAlerts(db, 'bob')).toBe(1);
  });
});
