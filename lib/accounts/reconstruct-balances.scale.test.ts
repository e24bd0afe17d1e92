import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysBetween, monthOf, toIsoDay } from '@/lib/dates';
import { getNetWorthSeries } from '@/lib/insights/net-worth';
import { parseMoney } from '@/lib/money';
import { syncConnection } from '@/lib/sync/sync-connection';
import '@/lib/sync/register-processors';
import { linkSandboxConnection, type LinkedSandboxConnection } from '@/lib/sync/test-helpers/link-sandbox-connection';
import { accessTokenOf, advanceBankClock, startSyncWorld, type SyncWorld } from '@/lib/sync/test-helpers/sync-fixture';
import { adminRequest, fetchFdx } from '@/sandbox/test-helpers/sandbox-fixture';
import { reconstructAccountBalances } from './reconstruct-balances';

// The business customer at its default scale: ten years and ~100k deposits on one checking
// account, plus a line of credit. Reconstruction reads posted amounts summed per day, so what it
// holds and writes grows with the calendar (one row per day with activity), never with the row
// count; the month-end net worth built from it equals checking's closing balance minus what the
// line of credit's statement says is owed, for every month of the ten years.

const BANK_TODAY = '2026-10-20';

let world: SyncWorld;
let link: LinkedSandboxConnection;

// A socket the sandbox closed while idle can fail the first request after a pause: try once more.
async function fetchBank(token: string, route: string): Promise<Response> {
  try {
    return await fetchFdx(world.sandbox.url, token, route);
  } catch {
    return fetchFdx(world.sandbox.url, token, route);
  }
}

async function closingBalances(token: string, bankAccountId: string): Promise<Map<string, bigint>> {
  const list = (await (await fetchBank(token, `/accounts/${bankAccountId}/statements?limit=500`)).json()) as { statements: { statementId: string; statementDate: string }[] };
  const closing = new Map<string, bigint>();
  for (const { statementId, statementDate } of list.statements) {
    const pdf = Buffer.from(await (await fetchBank(token, `/accounts/${bankAccountId}/statements/${statementId}`)).arrayBuffer()).toString('latin1');
    const match = /Closing balance: (-?\$[\d,]+\.\d\d)/.exec(pdf);
    if (!match) throw new Error(`no closing balance in ${statementId}`);
    closing.set(statementDate, parseMoney(match[1]!)!);
  }
  return closing;
}

beforeAll(async () => {
  world = await startSyncWorld();
  const clock = await adminRequest(world.sandbox.url, 'GET', '/clock');
  await advanceBankClock(world, daysBetween(toIsoDay(new Date(String(clock.body.now))), BANK_TODAY));
  link = await linkSandboxConnection(world.db, world.sandbox.url, { user: 'business', accountIds: ['acc-harbor-checking', 'acc-harbor-loc'] });
  const outcome = await syncConnection(world.db, link.connectionId, { trigger: 'manual', config: world.config });
  expect(outcome).toMatchObject({ status: 'succeeded' });
}, 600_000);
afterAll(() => world?.stop());

describe('reconstruction at the business customer scale', () => {
  it('writes one row per day with activity, however many transactions', { timeout: 300_000 }, async () => {
    const checking = await world.db.bankAccount.findFirstOrThrow({ where: { connectionId: link.connectionId, accountType: 'CHECKING' } });
    const rows = await world.db.transaction.count({ where: { accountId: checking.id, status: 'posted' } });
    expect(rows).toBeGreaterThan(100_000);
    const days = (await world.db.transaction.groupBy({ by: ['bookedOn'], where: { accountId: checking.id, status: 'posted' } })).length;
    const written = await reconstructAccountBalances(world.db, checking.id);
    // The day before the first transaction, plus today when nothing posted today.
    expect(written).toBeGreaterThanOrEqual(days + 1);
    expect(written).toBeLessThanOrEqual(days + 2);
    expect(days).toBeLessThan(3_700);
  });

  it('gives ten years of month-end net worth equal to the statements', { timeout: 300_000 }, async () => {
    const token = await accessTokenOf(world.db, link.connectionId);
    const checking = await closingBalances(token, 'acc-harbor-checking');
    const loc = await closingBalances(token, 'acc-harbor-loc');
    const series = await getNetWorthSeries(world.db, link.workspaceId, 'all', new Date(`${BANK_TODAY}T12:00:00Z`));
    expect(series[0]?.month).toBe('2016-11'); // the day before the first transaction
    const byMonth = new Map(series.map((point) => [point.month, point]));
    let months = 0;
    for (const [day, closing] of checking) {
      const owed = loc.get(day);
      expect(owed, `line of credit statement for ${day}`).toBeDefined();
      expect({ month: day, assets: byMonth.get(monthOf(new Date(day)))?.assetsMinor, owed: byMonth.get(monthOf(new Date(day)))?.liabilitiesMinor }).toEqual({ month: day, assets: closing, owed });
      months++;
    }
    expect(months).toBeGreaterThan(110);
  });
});
