import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@/lib/dates';
import { syncConnection } from './sync-connection';
import { linkSandboxConnection } from './test-helpers/link-sandbox-connection';
import { advanceBankClock, BANK_START, bankNow, setBankClock, startSyncWorld, type SyncWorld } from './test-helpers/sync-fixture';

// The reliability run's case over the real sandbox: the user edits a hold, ten days pass without a
// sync, the bank drops the hold, and the one sync that follows sees a posted charge of the same
// store that settles a *different* hold (its referenceTransactionId names that one). The edits
// must not land on it. (reconcile.test.ts has the same case with fixed dates and no clock.)

let world: SyncWorld;

beforeAll(async () => {
  world = await startSyncWorld();
  // An explicit clock, not whatever an earlier run left in the data folder or today's date.
  await setBankClock(world, BANK_START);
});
afterAll(() => world?.stop());

const sync = (connectionId: string) => syncConnection(world.db, connectionId, { trigger: 'manual', config: world.config, now: bankNow });

describe('a vanished hold after ten days without sync', () => {
  it('keeps its edits off a posted charge that settles another hold', async () => {
    // Two links to the same customer: the reference shows what the bank will list after ten days.
    const user = await linkSandboxConnection(world.db, world.sandbox.url, { user: 'consumer' });
    const reference = await linkSandboxConnection(world.db, world.sandbox.url, { user: 'consumer', asReferenceClient: true });
    expect(await sync(user.connectionId)).toMatchObject({ status: 'succeeded' });
    expect(await sync(reference.connectionId)).toMatchObject({ status: 'succeeded' });
    const firstPassEnd = (await world.db.syncCursor.findFirstOrThrow({ where: { connectionId: user.connectionId } })).syncedThrough!;

    await advanceBankClock(world, 10);
    expect(await sync(reference.connectionId)).toMatchObject({ status: 'succeeded' });
    // A card charge that went from pending to posted inside the ten days: the user's side never
    // held its pending row, so its posted row arrives unlinked, naming a hold the user never saw.
    const card = await world.db.bankAccount.findFirstOrThrow({ where: { connectionId: reference.connectionId, accountType: 'CREDITCARD' } });
    const lure = await world.db.transaction.findFirstOrThrow({
      where: { accountId: card.id, status: 'posted', bankReferenceId: { not: null }, replacedPendingBankId: null, amountMinor: { lt: 0 }, bookedOn: { gt: new Date(`${firstPassEnd}T00:00:00Z`) } },
      orderBy: [{ bookedOn: 'asc' }, { bankTransactionId: 'asc' }],
    });

    // The user's own hold at the same store, for four times the amount, edited, then dropped by the bank.
    const userCard = await world.db.bankAccount.findFirstOrThrow({ where: { connectionId: user.connectionId, bankAccountId: card.bankAccountId } });
    const tag = await world.db.tag.create({ data: { workspaceId: user.workspaceId, name: 'trip' } });
    const hold = await world.db.transaction.create({
      data: {
        id: randomUUID(), workspaceId: user.workspaceId, accountId: userCard.id, bankTransactionId: `vanished-${randomUUID()}-P`, status: 'pending',
        amountMinor: lure.amountMinor * 4n, bookedOn: addDays(lure.bookedOn, -2), description: lure.description,
        categoryId: 'hotels', categorySource: 'user', merchantName: 'My store', notes: 'keep with the hold', userEditedAt: new Date(),
        createdAt: addDays(new Date(), -10),
      },
    });
    await world.db.transactionTag.create({ data: { transactionId: hold.id, tagId: tag.id, workspaceId: user.workspaceId } });

    expect(await sync(user.connectionId)).toMatchObject({ status: 'succeeded' });
    expect(await world.db.transaction.findUnique({ where: { id: hold.id } })).toBeNull();
    const landed = await world.db.transaction.findFirstOrThrow({ where: { accountId: userCard.id, bankTransactionId: lure.bankTransactionId }, include: { tags: true } });
    expect(landed).toMatchObject({ replacedPendingBankId: null, categorySource: lure.categorySource, notes: null, merchantName: null, userEditedAt: null, tags: [] });
    // Nowhere else either: no posted row carries the hold's edits or its tag.
    expect(await world.db.transaction.count({ where: { workspaceId: user.workspaceId, OR: [{ notes: 'keep with the hold' }, { merchantName: 'My store' }] } })).toBe(0);
    expect(await world.db.transactionTag.count({ where: { tagId: tag.id } })).toBe(0);
  }, 120_000);
});
