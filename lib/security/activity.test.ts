import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSessionRecord, findActiveSession } from '@/lib/auth/sessions';
import { disconnectConnection } from '@/lib/bank/disconnect';
import { createTestDatabase, type TestDatabase } from '@/lib/db/test-database';
import { saveMonitoringSettings } from '@/lib/monitoring/settings';
import { DEFAULT_THRESHOLDS } from '@/lib/monitoring/types';
import { createLendingReport, revokeLendingReport } from '@/lib/reports/reports';
import { listSecurityEvents, recordSecurityEvent } from './activity';
import { isLastSeenStale, touchSession } from './session-activity';
import { describeUserAgent, listActiveSessions, revokeSession } from './sessions-list';
import { createTestPerson, personalActor } from '@/lib/workspaces/test-helpers/person';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const newUser = async (email: string) => personalActor(await createTestPerson(t.db, { email }));
const kindsOf = async (userId: string) => (await t.db.securityEvent.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } })).map((e) => e.kind);

describe('security activity', () => {
  it('records report sharing and revocation, once each', async () => {
    const user = await newUser('reports@example.test');
    const report = await createLendingReport(t.db, user, { title: 'Mortgage', expiresInDays: 7 }, new Date('2026-01-01T00:00:00Z'));
    expect(await revokeLendingReport(t.db, user, report.id)).toBe(true);
    expect(await revokeLendingReport(t.db, user, report.id)).toBe(false);
    expect(await kindsOf(user.id)).toEqual(['report_shared', 'report_revoked']);
    const shared = await t.db.securityEvent.findFirstOrThrow({ where: { userId: user.id, kind: 'report_shared' } });
    expect(shared.detail).not.toContain(report.token);
  });

  it('records a webhook change only when the URL changes, keeping only its host', async () => {
    const user = await newUser('webhook@example.test');
    const base = { ...DEFAULT_THRESHOLDS, webhookUrl: 'https://hooks.example.test/T0/secret-path?key=abc' };
    await saveMonitoringSettings(t.db, user, base);
    await saveMonitoringSettings(t.db, user, { ...base, largeMadMultiplier: 9 });
    await saveMonitoringSettings(t.db, user, { ...base, webhookUrl: null });
    expect(await kindsOf(user.id)).toEqual(['webhook_changed', 'webhook_changed']);
    const events = await t.db.securityEvent.findMany({ where: { userId: user.id } });
    for (const event of events) expect(event.detail).not.toMatch(/secret-path|key=abc/);
    expect(JSON.parse(events[0]!.detail!)).toMatchObject({ webhookHost: 'hooks.example.test', removed: false });
  });

  it('records a bank disconnect, even when the bank cannot be told', async () => {
    const user = await newUser('disconnect@example.test');
    const connection = await t.db.bankConnection.create({ data: { workspaceId: user.id, institution: 'no-longer-configured', status: 'active' } });
    expect(await disconnectConnection(t.db, user, connection.id, false)).toEqual({ revokedAtBank: false });
    const [event] = await t.db.securityEvent.findMany({ where: { userId: user.id } });
    expect(event!.kind).toBe('bank_unlinked');
    expect(JSON.parse(event!.detail!)).toMatchObject({ connectionId: connection.id, revokedAtBank: false, dataDeleted: false });
  });

  it('reads the client from request headers and lists newest first, a page at a time', async () => {
    const user = await newUser('list@example.test');
    const headers = new Headers({ 'x-cashlens-client-address': '203.0.113.7', 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0 Safari/537.36' });
    for (let n = 0; n < 5; n++) await recordSecurityEvent(t.db, { userId: user.id, kind: n % 2 ? 'sign_in_failed' : 'sign_in', detail: { n }, request: headers });
    const first = await listSecurityEvents(t.db, user.id, 3);
    expect(first.hasMore).toBe(true);
    expect(first.events.map((e) => e.detail?.n)).toEqual([4, 3, 2]);
    expect(first.events[0]).toMatchObject({ ipAddress: '203.0.113.7' });
    expect(describeUserAgent(first.events[0]!.userAgent)).toBe('Chrome on Linux');
    expect((await listSecurityEvents(t.db, user.id, 5)).hasMore).toBe(false);
  });
});

describe('sessions', () => {
  it('lists the user’s sessions with device, address and this-device marker; a revoked one is no longer valid', async () => {
    const user = await newUser('sessions@example.test');
    const other = await newUser('someone-else@example.test');
    const here = await createSessionRecord(user.id, { userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) Firefox/131.0', ipAddress: '198.51.100.4' }, t.db);
    const there = await createSessionRecord(user.id, { userAgent: null, ipAddress: null }, t.db);
    const foreign = await createSessionRecord(other.id, null, t.db);

    const listed = await listActiveSessions(t.db, user.id, here.id);
    expect(listed.map((s) => s.id).sort()).toEqual([here.id, there.id].sort());
    expect(listed.find((s) => s.id === here.id)).toMatchObject({ device: 'Firefox on macOS', ipAddress: '198.51.100.4', current: true });
    expect(listed.find((s) => s.id === there.id)).toMatchObject({ device: 'Unknown device', current: false });

    expect(await revokeSession(t.db, user.id, foreign.id)).toBe(false);
    expect(await findActiveSession(foreign.sessionToken, t.db)).not.toBeNull();
    expect(await revokeSession(t.db, user.id, there.id)).toBe(true);
    expect(await findActiveSession(there.sessionToken, t.db)).toBeNull();
    expect(await findActiveSession(here.sessionToken, t.db)).not.toBeNull();
  });

  it('writes last seen at most once a minute', async () => {
    const user = await newUser('last-seen@example.test');
    const session = await createSessionRecord(user.id, null, t.db);
    const start = new Date('2026-01-01T10:00:00Z');
    await t.db.session.update({ where: { id: session.id }, data: { lastSeenAt: start } });
    await touchSession(t.db, session.id, start, new Date('2026-01-01T10:00:59Z'));
    expect((await t.db.session.findUniqueOrThrow({ where: { id: session.id } })).lastSeenAt).toEqual(start);
    await touchSession(t.db, session.id, start, new Date('2026-01-01T10:01:00Z'));
    expect((await t.db.session.findUniqueOrThrow({ where: { id: session.id } })).lastSeenAt).toEqual(new Date('2026-01-01T10:01:00Z'));
    expect(isLastSeenStale(null, start)).toBe(true);
  });
});
