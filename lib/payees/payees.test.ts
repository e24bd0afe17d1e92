import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshRollups } from '@/lib/budgeting/rollups';
import { ensureDefaultCategories } from '@/lib/categories/ensure-categories';
import { monthOf, parseIsoDay } from '@/lib/dates';
import { getTopCounterparties } from '@/lib/insights/monthly';
import { syncConnection } from '@/lib/sync/sync-connection';
import { linkSandboxConnection, type LinkedSandboxConnection } from '@/lib/sync/test-helpers/link-sandbox-connection';
import { advanceBankClock, bankNow, startSyncWorld, type SyncWorld } from '@/lib/sync/test-helpers/sync-fixture';
import { parseTransactionFilters } from '@/lib/transactions/filters';
import { listTransactions } from '@/lib/transactions/list';
import { backfillPayees } from './backfill';
import { payeeOf } from './clean-payee';
import { renamePayee, resetPayeeName } from './rename-payee';

// Payees on real synced rows (the sandbox bank over HTTP, a real database): written at sync time,
// renamed set-based, applied to rows synced later, searched by both names, kept per user.

let world: SyncWorld;
let link: LinkedSandboxConnection;
const otherUser = 'payees-other-user';

const sync = () => syncConnection(world.db, link.connectionId, { trigger: 'manual', config: world.config, now: bankNow });
const search = async (q: string) => (await listTransactions(world.db, link.workspaceId, parseTransactionFilters({ q }).filters, 500)).items;

async function topPayees(workspaceId: string, take: number) {
  const groups = await world.db.transaction.groupBy({ by: ['payeeKey'], where: { workspaceId, payeeKey: { not: null } }, _count: { _all: true }, orderBy: [{ _count: { payeeKey: 'desc' } }, { payeeKey: 'asc' }], take });
  return groups.map((group) => group.payeeKey!);
}

beforeAll(async () => {
  world = await startSyncWorld();
  link = await linkSandboxConnection(world.db, world.sandbox.url, { user: 'single' });
  expect(await sync()).toMatchObject({ status: 'succeeded' });
  // Another user holding a payee with the same key, in an account of their own.
  const account = await world.db.bankAccount.create({
    data: { workspaceId: otherUser, source: 'manual', manualKind: 'cash', bankAccountId: 'manual:other', accountCategory: 'DEPOSIT_ACCOUNT', accountType: 'CASH', name: 'Other cash' },
  });
  const [key] = await topPayees(link.workspaceId, 1);
  const sample = await world.db.transaction.findFirstOrThrow({ where: { workspaceId: link.workspaceId, payeeKey: key } });
  await world.db.transaction.create({
    data: { workspaceId: otherUser, accountId: account.id, bankTransactionId: 'manual:other-1', origin: 'manual', status: 'posted', amountMinor: -500n, bookedOn: sample.bookedOn, description: sample.description, payee: sample.payee, payeeKey: key },
  });
}, 120_000);
afterAll(() => world?.stop());

const NATO = ['Alfa', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel'];
const renamedName = (index: number) => `Renamed ${NATO[index]}`;

describe('payees on synced rows', () => {
  it('names every row at sync time, from the bank merchant name or the cleaned descriptor', async () => {
    const rows = await world.db.transaction.findMany({ where: { workspaceId: link.workspaceId }, select: { description: true, bankMerchantName: true, payee: true, payeeKey: true } });
    expect(rows.length).toBeGreaterThan(100);
    for (const row of rows) expect({ payee: row.payee, payeeKey: row.payeeKey }).toEqual(payeeOf(row.description, row.bankMerchantName));
    // No raw store numbers or "CITY ST" endings survive in the names.
    expect(rows.filter((row) => /\d{4,}| IL$/.test(row.payee!))).toEqual([]);
  });

  it('renames a payee on all its rows in one go, and not on another user’s', async () => {
    const [key] = await topPayees(link.workspaceId, 1);
    const count = await world.db.transaction.count({ where: { workspaceId: link.workspaceId, payeeKey: key } });
    const { updated } = await renamePayee(world.db, link.workspaceId, key!, 'My Usual Place');
    expect(updated).toBe(count);
    expect(await world.db.transaction.count({ where: { workspaceId: link.workspaceId, payeeKey: key, payee: 'My Usual Place' } })).toBe(count);
    const theirs = await world.db.transaction.findFirstOrThrow({ where: { workspaceId: otherUser } });
    expect(theirs.payee).not.toBe('My Usual Place');
    // The other user's own rename leaves ours alone.
    await renamePayee(world.db, otherUser, key!, 'Their Name');
    expect(await world.db.transaction.count({ where: { workspaceId: link.workspaceId, payee: 'Their Name' } })).toBe(0);
    expect((await world.db.transaction.findFirstOrThrow({ where: { workspaceId: otherUser } })).payee).toBe('Their Name');
  });

  it('refuses a payee the user does not have', async () => {
    await expect(renamePayee(world.db, link.workspaceId, 'no such payee', 'X')).rejects.toThrow(/payee/i);
    const [key] = await topPayees(otherUser, 1);
    const ours = await world.db.transaction.count({ where: { workspaceId: link.workspaceId, payeeKey: key } });
    expect(ours).toBeGreaterThan(0); // the same key exists for both; each user renames only their own rows
  });

  it('applies renames to rows synced later', async () => {
    const keys = await topPayees(link.workspaceId, 8);
    // Names unlike any bank text: search matches every word anywhere, so "Renamed 0" would also find a
    // row named "Renamed 3" whose descriptor holds a number starting with 0.
    for (const [index, key] of keys.entries()) await renamePayee(world.db, link.workspaceId, key, renamedName(index));
    const before = new Date();
    // A kept-alive socket the sandbox has just closed can reset the first admin call: ask again once.
    await advanceBankClock(world, 6).catch(() => advanceBankClock(world, 6));
    expect(await sync()).toMatchObject({ status: 'succeeded' });
    const fresh = await world.db.transaction.findMany({ where: { workspaceId: link.workspaceId, createdAt: { gte: before }, payeeKey: { in: keys } }, select: { payee: true, payeeKey: true } });
    expect(fresh.length).toBeGreaterThan(0);
    for (const row of fresh) expect(row.payee).toBe(renamedName(keys.indexOf(row.payeeKey!)));
  }, 60_000);

  it('finds a renamed row by its new name and by the raw descriptor; a merchant name typed on one row wins', async () => {
    const [key] = await topPayees(link.workspaceId, 1);
    const byName = await search(renamedName(0));
    expect(byName.length).toBeGreaterThan(0);
    expect(byName.every((item) => item.payeeKey === key && item.merchant === renamedName(0))).toBe(true);
    const raw = byName[0]!.description;
    const byDescriptor = await search(raw);
    expect(byDescriptor.map((item) => item.id)).toContain(byName[0]!.id);
    expect(byDescriptor.find((item) => item.id === byName[0]!.id)!.merchant).toBe(renamedName(0));

    await world.db.transaction.update({ where: { id: byName[0]!.id }, data: { merchantName: 'Just this once', userEditedAt: new Date() } });
    await renamePayee(world.db, link.workspaceId, key!, 'Renamed again');
    const after = await search('Renamed again');
    expect(after.length).toBe(byName.length);
    expect(after.find((item) => item.id === byName[0]!.id)!.merchant).toBe('Just this once');
    expect(after.filter((item) => item.merchant === 'Renamed again').length).toBe(byName.length - 1);
  });

  it('goes back to the bank’s name when the rename is cleared', async () => {
    const keys = await topPayees(link.workspaceId, 2);
    await resetPayeeName(world.db, link.workspaceId, keys[1]!);
    const rows = await world.db.transaction.findMany({ where: { workspaceId: link.workspaceId, payeeKey: keys[1] }, select: { description: true, bankMerchantName: true, payee: true } });
    for (const row of rows) expect(row.payee).toBe(payeeOf(row.description, row.bankMerchantName).payee);
    expect(await world.db.payeeRename.count({ where: { workspaceId: link.workspaceId, payeeKey: keys[1] } })).toBe(0);
  });

  it('backfills rows written before payees existed, in batches, renames included', async () => {
    await world.db.transaction.updateMany({ where: { workspaceId: link.workspaceId }, data: { payee: null, payeeKey: null } });
    const total = await world.db.transaction.count({ where: { workspaceId: link.workspaceId } });
    const result = await backfillPayees(world.db, 37);
    expect(result.updated).toBe(total);
    expect(result.batches).toBe(Math.ceil(total / 37));
    expect(await world.db.transaction.count({ where: { workspaceId: link.workspaceId, payeeKey: null } })).toBe(0);
    const renames = await world.db.payeeRename.findMany({ where: { workspaceId: link.workspaceId } });
    for (const rename of renames) {
      expect(await world.db.transaction.count({ where: { workspaceId: link.workspaceId, payeeKey: rename.payeeKey, NOT: { payee: rename.name } } })).toBe(0);
    }
    expect((await backfillPayees(world.db)).updated).toBe(0);
  });
});

describe('top merchants', () => {
  it('leaves interest and fees out even when they are the largest money out', async () => {
    const categories = await ensureDefaultCategories(world.db, link.workspaceId);
    const interest = categories.find((category) => category.key === 'fees.interest')!;
    const account = await world.db.bankAccount.findFirstOrThrow({ where: { connectionId: link.connectionId } });
    const day = parseIsoDay('2026-11-25');
    await world.db.transaction.create({
      data: { workspaceId: link.workspaceId, accountId: account.id, bankTransactionId: 'test-interest', status: 'posted', amountMinor: -9_999_999n, bookedOn: day, description: 'INTEREST CHARGED', ...payeeOf('INTEREST CHARGED'), categoryId: interest.id, categorySource: 'bank' },
    });
    await refreshRollups(world.db, link.workspaceId, [monthOf(day)]);
    const top = await getTopCounterparties(world.db, link.workspaceId, '2026-09', '2026-12', 'out', 20);
    expect(top.length).toBeGreaterThan(0);
    expect(top.map((row) => row.merchant)).not.toContain('Interest Charged');
  });
});
