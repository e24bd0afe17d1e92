import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addIsoDays, daysToMs, parseIsoDay, toIsoDay } from '@/lib/dates';
import { syncConnection } from '@/lib/sync/sync-connection';
import { linkSandboxConnection, type LinkedSandboxConnection } from '@/lib/sync/test-helpers/link-sandbox-connection';
import { listScenarioDays } from '@/sandbox/data/scenario-days';
import { advanceBankClock, bankNow, setBankClock, startSyncWorld, type SyncWorld } from '@/lib/sync/test-helpers/sync-fixture';
import { rowSelect, toMonitored } from './load-rows';
import { settleHolderWatches } from './holder-watch';
import { replayHistory } from './replay';
import { registerMonitoring } from './sync-processor';
import { DEFAULT_THRESHOLDS } from './types';

// Monitoring against the sandbox bank's own data, through the real sync: the fraud customer's
// scenarios must each raise the matching alert; the ordinary consumer's history must stay quiet.

let world: SyncWorld;
let unregister: () => void;

beforeAll(async () => {
  world = await startSyncWorld();
  unregister = registerMonitoring();
}, 120_000);
afterAll(async () => {
  unregister?.();
  await world?.stop();
});

// The app's "today" is the bank's: the sync runs on the bank's clock (injected), never the wall clock.
async function sync(link: LinkedSandboxConnection) {
  const outcome = await syncConnection(world.db, link.connectionId, { trigger: 'manual', config: world.config, now: bankNow });
  await settleHolderWatches(); // the holder check runs beside the sync
  return outcome;
}
const alertsOf = (workspaceId: string) => world.db.alert.findMany({ where: { workspaceId }, orderBy: { occurredAt: 'asc' } });
const dayOf = toIsoDay;
const shiftDay = addIsoDays;
const FRAUD_KINDS = ['card_testing', 'large_charge', 'foreign_merchant', 'duplicate_charge'] as const;

// By construction from the sandbox's generator: link a week before the change of holder, then walk
// the bank's clock forward until each fraud scenario has happened (and posted) after the link.
const holderChange = listScenarioDays('holder_change', '2025-03-01', '2030-12-31')[0]!.day;
const linkDay = shiftDay(holderChange, -7);
const firstAfterLink = FRAUD_KINDS.map((kind) => listScenarioDays(kind, shiftDay(linkDay, 1), shiftDay(linkDay, 365))[0]!.day);
const walkEnd = shiftDay(firstAfterLink.reduce((a, b) => (a > b ? a : b)), 6);

describe('monitoring on the fraud customer, through the sync', () => {
  let link: LinkedSandboxConnection;

  it('a first sync of old history is the baseline: no alerts', async () => {
    // The link day is picked so that no fraud scenario falls in the 30 days before it.
    for (const kind of FRAUD_KINDS) expect(listScenarioDays(kind, shiftDay(linkDay, -31), linkDay), kind).toEqual([]);
    await setBankClock(world, `${linkDay}T12:00:00Z`);
    link = await linkSandboxConnection(world.db, world.sandbox.url, { user: 'fraud' });
    expect(await sync(link)).toMatchObject({ status: 'succeeded' });
    expect((await alertsOf(link.workspaceId)).map((alert) => `${alert.kind}: ${alert.explanation}`)).toEqual([]);
  }, 120_000);

  it('the following months raise every scenario’s alert with its reason, and the holder change', async () => {
    // A sync every ten bank days, as a scheduled sync would, until every scenario has posted.
    while (dayOf(bankNow()) < walkEnd) {
      await advanceBankClock(world, 10);
      expect(await sync(link)).toMatchObject({ status: 'succeeded' });
    }
    const alerts = await alertsOf(link.workspaceId);
    const kinds = new Set(alerts.map((alert) => alert.kind));
    for (const kind of ['card_testing', 'large_amount', 'foreign', 'duplicate', 'holder_change', 'activity_after_holder_change']) expect(kinds, kind).toContain(kind);
    const cardTesting = alerts.find((alert) => alert.kind === 'card_testing')!;
    expect(cardTesting).toMatchObject({ severity: 'high' });
    expect(cardTesting.explanation).toMatch(/^\d+ charges between \$0\.\d\d and \$1\.\d\d within [1-6] minutes on .* Bursts of tiny charges are how stolen card numbers are tested/);
    const large = alerts.find((alert) => alert.kind === 'large_amount')!;
    expect(large.explanation).toMatch(/^\$[67],\d{3}\.\d\d at LUXE TIMEPIECES INTL NEW YORK NY is unusually large for this account: its last \d+ purchases have a median of/);
    const foreign = alerts.find((alert) => alert.kind === 'foreign')!;
    expect(foreign.explanation).toMatch(/^A charge in MXN \(MX\$[\d,]+\.\d\d, \$[\d,]+\.\d\d\) from MERCADOLIBRE\*ELECTRONICA CIUDAD DE MEX(?: in MX)?; this account has had no MXN charges in the last 90 days\./);
    const duplicate = alerts.find((alert) => alert.kind === 'duplicate')!;
    expect(duplicate.explanation).toMatch(/^Possible duplicate charge: \$\d+\.\d\d at BEST BUY 00014753 CHICAGO IL at \d\d:\d\d UTC, and the same amount again [1-4] minutes? later\./);
    const holder = alerts.find((alert) => alert.kind === 'holder_change')!;
    expect(holder.explanation).toMatch(/now lists Jordan Paul Whitfield as the holder .* before, it listed Taylor Adaeze Okafor\. The email, phone, address on the account changed too\./);
    // Ownership reads the holders as the bank lists them now.
    const card = await world.db.bankAccount.findFirstOrThrow({ where: { workspaceId: link.workspaceId, bankAccountId: 'acc-okafor-card' } });
    expect(card.holdersJson).toContain('Whitfield');

    // Quiet otherwise: the expected alerts, and few others.
    const expected = new Set(['card_testing', 'large_amount', 'foreign', 'duplicate', 'holder_change', 'activity_after_holder_change']);
    const newRows = await world.db.transaction.count({ where: { workspaceId: link.workspaceId, bookedOn: { gte: parseIsoDay(shiftDay(linkDay, -30)) } } });
    const other = alerts.filter((alert) => !expected.has(alert.kind));
    expect(other.length).toBeLessThanOrEqual(Math.ceil(newRows / 50));
  }, 180_000);

  it('pending charges that post, and a repeated sync, raise nothing twice', async () => {
    const before = await alertsOf(link.workspaceId);
    await advanceBankClock(world, 6);
    expect(await sync(link)).toMatchObject({ status: 'succeeded' });
    const after = await alertsOf(link.workspaceId);
    const beforeKeys = new Set(before.map((alert) => alert.dedupeKey));
    // The only new alerts are for purchases dated after the previous sync, or continued activity.
    const lastBefore = Math.max(...before.filter((a) => a.transactionId).map((a) => a.occurredAt.getTime()));
    for (const alert of after.filter((a) => !beforeKeys.has(a.dedupeKey))) {
      expect(alert.kind === 'activity_after_holder_change' || alert.occurredAt.getTime() > lastBefore - daysToMs(1), `${alert.kind}: ${alert.explanation}`).toBe(true);
    }
    // Every alert about a purchase points at a row that still exists (pending rows hand theirs on).
    const ids = after.map((alert) => alert.transactionId).filter((id): id is string => id !== null);
    const existing = new Set((await world.db.transaction.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((row) => row.id));
    expect(after.filter((alert) => alert.transactionId && !existing.has(alert.transactionId)).map((alert) => alert.kind)).toEqual([]);
  }, 120_000);

  it('replayed day by day, every scenario in the whole history raises its own alert on its day', async () => {
    const rows = (await world.db.transaction.findMany({ where: { workspaceId: link.workspaceId }, select: rowSelect })).map(toMonitored);
    const accounts = await world.db.bankAccount.findMany({ where: { workspaceId: link.workspaceId }, select: { id: true, name: true, currency: true } });
    const { alerts } = replayHistory(rows, accounts, DEFAULT_THRESHOLDS, 0);
    const lastDay = rows.map((row) => row.day).sort().at(-1)!;
    const alertKind = { card_testing: 'card_testing', large_charge: 'large_amount', foreign_merchant: 'foreign', duplicate_charge: 'duplicate' } as const;
    const scenarios = FRAUD_KINDS.flatMap((kind) => listScenarioDays(kind, '2025-03-01', lastDay).map(({ day }, n) => ({ day, n, kind: alertKind[kind] })));
    let checked = 0;
    for (const { day, n, kind } of scenarios) {
      // Large charges need 20 earlier purchases to compare with; the first scenario of that kind may come too soon.
      if (kind === 'large_amount' && n === 0) continue;
      const found = alerts.some((alert) => alert.kind === kind && toIsoDay(alert.occurredAt) === day);
      expect(found, `${kind} on ${day}`).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(10);
  });
});

describe('monitoring on the ordinary consumer history', () => {
  it('stays quiet: few alerts per 1,000 transactions over three years, replayed day by day', async () => {
    await setBankClock(world, '2026-12-01T12:00:00Z'); // three years after the consumer's accounts opened
    const link = await linkSandboxConnection(world.db, world.sandbox.url, { user: 'consumer' });
    expect(await sync(link)).toMatchObject({ status: 'succeeded' });
    const rows = (await world.db.transaction.findMany({ where: { workspaceId: link.workspaceId }, select: rowSelect })).map(toMonitored);
    const accounts = await world.db.bankAccount.findMany({ where: { workspaceId: link.workspaceId }, select: { id: true, name: true, currency: true } });
    const { alerts, evaluated } = replayHistory(rows, accounts, DEFAULT_THRESHOLDS);
    const perThousand = (alerts.length * 1000) / evaluated;
    const byKind = Object.fromEntries([...new Set(alerts.map((a) => a.kind))].map((kind) => [kind, alerts.filter((a) => a.kind === kind).length]));
    console.log(`consumer history: ${alerts.length} alerts over ${evaluated} transactions = ${perThousand.toFixed(2)} per 1,000`, byKind);
    for (const alert of alerts) console.log(`  ${alert.kind} ${toIsoDay(alert.occurredAt)} ${alert.explanation}`);
    expect(perThousand).toBeLessThan(10);
  }, 180_000);
});
