import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/lib/db/test-database';
import { countActiveSessions, createSessionRecord, endAllSessions, endSession, findActiveSession } from './sessions';

let t: TestDatabase;
let userId: string;
beforeAll(async () => {
  t = await createTestDatabase();
  userId = (await t.db.user.create({ data: { email: 'sessions@example.test', passwordHash: 'unused' } })).id;
});
afterAll(() => t.drop());

describe('server-side sessions', () => {
  it('creates, finds and ends a session', async () => {
    const session = await createSessionRecord(userId, 'Test Browser', t.db);
    expect(await findActiveSession(session.sessionToken, t.db)).toEqual({ ...session, activeWorkspaceId: null });
    await endSession(session.sessionToken, t.db);
    expect(await findActiveSession(session.sessionToken, t.db)).toBeNull();
  });

  it('ends every other session and keeps the current one', async () => {
    const current = await createSessionRecord(userId, null, t.db);
    const others = await Promise.all([createSessionRecord(userId, null, t.db), createSessionRecord(userId, null, t.db)]);
    expect(await endAllSessions(userId, current.id, t.db)).toBe(2);
    expect(await findActiveSession(current.sessionToken, t.db)).not.toBeNull();
    for (const other of others) expect(await findActiveSession(other.sessionToken, t.db)).toBeNull();
    expect(await countActiveSessions(userId, t.db)).toBe(1);
    await endAllSessions(userId, undefined, t.db);
    expect(await countActiveSessions(userId, t.db)).toBe(0);
  });

  it('reads the workspace the browser chose from the same row, as it is now', async () => {
    const session = await createSessionRecord(userId, null, t.db);
    const workspace = await t.db.workspace.create({ data: { name: 'Chosen', kind: 'shared' } });
    await t.db.session.update({ where: { id: session.id }, data: { activeWorkspaceId: workspace.id } });
    expect(await findActiveSession(session.sessionToken, t.db)).toMatchObject({ id: session.id, userId, activeWorkspaceId: workspace.id });
    await t.db.session.update({ where: { id: session.id }, data: { activeWorkspaceId: null } });
    expect((await findActiveSession(session.sessionToken, t.db))?.activeWorkspaceId).toBeNull();
  });

  it('treats an expired session as ended', async () => {
    const session = await createSessionRecord(userId, null, t.db);
    await t.db.session.update({ where: { id: session.id }, data: { expires: new Date(Date.now() - 1) } });
    expect(await findActiveSession(session.sessionToken, t.db)).toBeNull();
  });
});
