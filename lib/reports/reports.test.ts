import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@/lib/dates';
import { saveProfile } from '@/lib/profile/profile';
import { syncConnection } from '@/lib/sync/sync-connection';
import { linkSandboxConnection, type LinkedSandboxConnection } from '@/lib/sync/test-helpers/link-sandbox-connection';
import { bankNow, startSyncWorld, type SyncWorld } from '@/lib/sync/test-helpers/sync-fixture';
import { createLendingReport, getOwnLendingReport, getSharedLendingReport, listLendingReports, revokeLendingReport } from './reports';
import { hashReportToken } from './token';

// A lending report on the consumer's real (sandbox) history: ownership, income, spending and
// balances; then the link's life: works, counts views, refuses altered, expired and revoked links.

let world: SyncWorld;
let link: LinkedSandboxConnection;
const user = () => ({ id: link.workspaceId, email: 'alex@example.test', name: 'Alex', workspaceId: link.workspaceId });

beforeAll(async () => {
  world = await startSyncWorld();
  link = await linkSandboxConnection(world.db, world.sandbox.url, { user: 'consumer' });
  await syncConnection(world.db, link.connectionId, { trigger: 'manual', config: world.config, now: bankNow });
  await saveProfile(world.db, link.workspaceId, { legalName: 'Alex J. Rivera', addressLine1: '2147 West Belden Avenue', addressLine2: null, city: 'Chicago', region: 'IL', postalCode: '60647', country: 'US', email: 'alex.rivera@example.com', phone: '312-555-0147' });
}, 120_000);
afterAll(() => world?.stop());

describe('lending reports', () => {
  it('freezes ownership, balances, net worth, income and spending', async () => {
    // The report covers the twelve months before the bank's today (the world pins its clock).
    const created = await createLendingReport(world.db, user(), { title: 'Mortgage pre-approval', expiresInDays: 7 }, bankNow());
    expect(created.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await world.db.lendingReport.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.tokenHash).toBe(hashReportToken(created.token));
    expect(stored.snapshotJson).not.toContain(created.token);
    expect(stored.expiresAt).toEqual(addDays(stored.createdAt, 7));

    const { snapshot } = (await getOwnLendingReport(world.db, link.workspaceId, created.id))!;
    expect(snapshot.preparedFor).toBe('Alex J. Rivera');
    const checking = snapshot.accounts.find((a) => a.name === 'Joint Checking')!;
    expect(checking.ownership.status).toBe('verified');
    expect(checking.ownership.holders.map((h) => h.name)).toEqual(['Alex Jordan Rivera', 'Morgan Elise Rivera']);
    const mortgage = snapshot.accounts.find((a) => a.accountType === 'MORTGAGE')!;
    expect(mortgage.isLiability).toBe(true);
    const net = snapshot.netWorth[0]!;
    expect(BigInt(net.netMinor)).toBe(BigInt(net.assetsMinor) - BigInt(net.liabilitiesMinor));
    expect(snapshot.income.months).toBe(12);
    expect(snapshot.income.sources.some((source) => source.payroll)).toBe(true);
    expect(BigInt(snapshot.income.monthlyAverageMinor)).toBeGreaterThan(500_000n);
    expect(BigInt(snapshot.spending.monthlyAverageMinor)).toBeGreaterThan(100_000n);
    expect(snapshot.dataAsOf).not.toBeNull();
    expect(snapshot.negativeBalance).toMatchObject({ days: 0, overdraftFees: 0 });
  }, 60_000);

  it('opens by token only while active; altered, expired and revoked links give nothing', async () => {
    const now = new Date();
    const { id, token } = await createLendingReport(world.db, user(), { title: 'Share test', expiresInDays: 7 }, now);
    expect(await getSharedLendingReport(world.db, token, { countView: true })).toMatchObject({ snapshot: { title: 'Share test' } });
    expect((await listLendingReports(world.db, link.workspaceId)).find((r) => r.id === id)).toMatchObject({ state: 'active', viewCount: 1 });

    const altered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect(await getSharedLendingReport(world.db, altered)).toBeNull();
    expect(await getSharedLendingReport(world.db, `${token}x`)).toBeNull();
    expect(await getSharedLendingReport(world.db, token, { now: new Date(addDays(now, 7).getTime() + 1) })).toBeNull();

    expect(await revokeLendingReport(world.db, { id: 'someone-else', workspaceId: 'someone-else' }, id)).toBe(false);
    expect(await getSharedLendingReport(world.db, token)).not.toBeNull();
    expect(await revokeLendingReport(world.db, user(), id)).toBe(true);
    expect(await getSharedLendingReport(world.db, token)).toBeNull();
    expect((await listLendingReports(world.db, link.workspaceId)).find((r) => r.id === id)?.state).toBe('revoked');
    expect(await getOwnLendingReport(world.db, 'someone-else', id)).toBeNull();
  }, 60_000);
});
