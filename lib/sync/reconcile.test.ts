import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/lib/db/test-database';
import { Prisma } from '@/lib/generated/sqlite/client';
// The budgeting hook moves tags from a settled pending row to its posted row.
import './register-processors';
import { bankOwnedTransactionColumns, reconcilePass, userOwnedTransactionColumns } from './reconcile';
import { inTransaction } from './sql';
import { createTestPerson } from '@/lib/workspaces/test-helpers/person';

// Pending → posted at the end of a pass, on a real database with rows placed by hand, so the
// scenario is exact and no clock (ours or the bank's) is involved.

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.drop());

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function makeAccount() {
  const db = database.db;
  const user = await createTestPerson(db, { email: `hold-${randomUUID()}@example.test` });
  const connection = await db.bankConnection.create({ data: { workspaceId: user.id, institution: 'chase', status: 'active' } });
  const account = await db.bankAccount.create({
    data: { workspaceId: user.id, connectionId: connection.id, bankAccountId: `acc-${randomUUID()}`, accountCategory: 'LOC_ACCOUNT', accountType: 'CREDITCARD', name: 'Card' },
  });
  const tag = await db.tag.create({ data: { workspaceId: user.id, name: 'trip' } });
  return { workspaceId: user.id, accountId: account.id, tagId: tag.id };
}

type Row = { bankTransactionId: string; status: 'pending' | 'posted'; amountMinor: bigint; bookedOn: string; description: string; bankReferenceId?: string; passId?: string; createdAt: Date };

async function insert(owner: { workspaceId: string; accountId: string }, row: Row) {
  const { bookedOn, passId, ...rest } = row;
  return database.db.transaction.create({ data: { ...rest, workspaceId: owner.workspaceId, accountId: owner.accountId, bookedOn: day(bookedOn), lastSeenPassId: passId ?? null } });
}

// The user's WHOLEFDS hold, edited, then ten days without sync; the bank dropped the hold, and the
// window now holds a $39.00 charge settling a *different* hold of the same store.
async function tenDaysLater(withOwnPostedRow: boolean) {
  const db = database.db;
  const owner = await makeAccount();
  const passId = randomUUID();
  const hold = await insert(owner, { bankTransactionId: 'H1-P', status: 'pending', amountMinor: -16_076n, bookedOn: '2026-03-03', description: 'WHOLEFDS MKT 10234', createdAt: day('2026-03-03') });
  await db.transaction.update({ where: { id: hold.id }, data: { categoryId: 'hotels', categorySource: 'user', merchantName: 'Whole Foods', notes: 'team lunch', userEditedAt: day('2026-03-04') } });
  await db.transactionTag.create({ data: { transactionId: hold.id, tagId: owner.tagId, workspaceId: owner.workspaceId } });
  const other = await insert(owner, { bankTransactionId: 'H2-S', status: 'posted', amountMinor: -3_900n, bookedOn: '2026-03-08', description: 'WHOLEFDS MKT 10234', bankReferenceId: 'H2-P', passId, createdAt: day('2026-03-13') });
  const own = withOwnPostedRow
    ? await insert(owner, { bankTransactionId: 'H1-S', status: 'posted', amountMinor: -16_512n, bookedOn: '2026-03-05', description: 'WHOLEFDS MKT 10234', bankReferenceId: 'H1-P', passId, createdAt: day('2026-03-13') })
    : null;
  await inTransaction(db, (sql, tx) =>
    reconcilePass(sql, tx, { workspaceId: owner.workspaceId, accountId: owner.accountId, passId, start: '2026-02-20', end: '2026-03-13', fullHistory: false, runStartedAt: day('2026-03-13') }),
  );
  const read = (id: string) => db.transaction.findUnique({ where: { id }, include: { tags: true } });
  return { hold: await read(hold.id), other: (await read(other.id))!, own: own ? (await read(own.id))! : null };
}

describe('a vanished hold after ten days without sync', () => {
  it('keeps its edits off an unrelated posted row that names another hold', async () => {
    const { hold, other } = await tenDaysLater(false);
    expect(hold).toBeNull();
    expect(other).toMatchObject({ categoryId: null, categorySource: null, merchantName: null, notes: null, userEditedAt: null, replacedPendingBankId: null, tags: [] });
  });

  it('moves its edits and tag only to the posted row the bank says settled it', async () => {
    const { hold, other, own } = await tenDaysLater(true);
    expect(hold).toBeNull();
    expect(other).toMatchObject({ categoryId: null, notes: null, tags: [] });
    expect(own).toMatchObject({ replacedPendingBankId: 'H1-P', categoryId: 'hotels', categorySource: 'user', merchantName: 'Whole Foods', notes: 'team lunch', userEditedAt: day('2026-03-04') });
    expect(own?.tags).toHaveLength(1);
  });
});

describe('user-owned transaction columns', () => {
  it('name every Transaction column exactly once, as user-owned or bank-owned', () => {
    const model = Object.values(Prisma.TransactionScalarFieldEnum).sort();
    const decided = [...userOwnedTransactionColumns, ...bankOwnedTransactionColumns].sort();
    expect(decided).toEqual(model);
  });
});
