import { randomUUID } from 'node:crypto';
import { bumpDataVersion } from '@/lib/page-cache/data-version';
import type { Db } from '@/lib/db';
import { refreshRollups } from '@/lib/budgeting/rollups';
import { monthOf, toIsoDay } from '@/lib/dates';
import { BadInputError, NotFoundError } from '@/lib/errors';
import { refreshManualBalance } from './manual-balance';
import { describeManualKind } from './manual-kinds';
import type { BalanceValueInput, ManualAccountInput } from './manual-schema';

// Accounts the user keeps by hand. They live in BankAccount beside linked ones (source 'manual',
// no connection), so every page that lists accounts, balances or transactions counts them without
// knowing they are manual. Each change runs in one database transaction with the recomputed
// balance: nothing is half-saved.

/** The user's manual account, or "not found" for a missing, linked or someone else's account. */
export async function requireManualAccount(db: Pick<Db, 'bankAccount'>, workspaceId: string, accountId: string) {
  const account = await db.bankAccount.findFirst({ where: { id: accountId, workspaceId, source: 'manual' }, select: { id: true, currency: true, manualKind: true, name: true } });
  if (!account) throw new NotFoundError('That account');
  return account;
}

export async function createManualAccount(db: Db, workspaceId: string, input: ManualAccountInput, now = new Date()): Promise<string> {
  const kind = describeManualKind(input.kind);
  return db.$transaction(async (tx) => {
    const account = await tx.bankAccount.create({
      data: {
        workspaceId,
        source: 'manual',
        manualKind: input.kind,
        // Unique per user like a bank's id; never sent to a bank.
        bankAccountId: `manual:${randomUUID()}`,
        accountCategory: kind.accountCategory,
        accountType: kind.accountType,
        name: input.name,
        currency: input.currency,
        currentBalanceMinor: input.openingBalance,
        balanceAsOf: now,
      },
      select: { id: true },
    });
    await tx.accountBalanceValue.create({ data: { workspaceId, accountId: account.id, day: input.openingDate, balanceMinor: input.openingBalance, source: 'manual' } });
    await bumpDataVersion(tx, workspaceId);
    return account.id;
  });
}

export async function renameManualAccount(db: Db, workspaceId: string, accountId: string, name: string): Promise<void> {
  await requireManualAccount(db, workspaceId, accountId);
  await db.bankAccount.update({ where: { id: accountId }, data: { name } });
  await bumpDataVersion(db, workspaceId);
}

/** Deletes the account with its values and transactions, then rebuilds the months they were in. */
export async function deleteManualAccount(db: Db, workspaceId: string, accountId: string): Promise<void> {
  await requireManualAccount(db, workspaceId, accountId);
  // One row per day with transactions, so the months to rebuild are known without loading rows.
  const days = await db.transaction.groupBy({ by: ['bookedOn'], where: { accountId }, orderBy: { bookedOn: 'asc' } });
  await db.bankAccount.delete({ where: { id: accountId } });
  await refreshRollups(db, workspaceId, new Set(days.map((row) => monthOf(row.bookedOn))));
}

/** Adds a dated value, or replaces the one already entered for that day. */
export async function setBalanceValue(db: Db, workspaceId: string, accountId: string, input: BalanceValueInput, now = new Date()): Promise<void> {
  await requireManualAccount(db, workspaceId, accountId);
  await db.$transaction(async (tx) => {
    await tx.accountBalanceValue.upsert({
      where: { accountId_source_day: { accountId, source: 'manual', day: input.day } },
      create: { workspaceId, accountId, day: input.day, balanceMinor: input.balance, source: 'manual' },
      update: { balanceMinor: input.balance },
    });
    await refreshManualBalance(tx, accountId, now);
    await bumpDataVersion(tx, workspaceId);
  });
}

export async function deleteBalanceValue(db: Db, workspaceId: string, valueId: string, now = new Date()): Promise<void> {
  const value = await db.accountBalanceValue.findFirst({ where: { id: valueId, workspaceId, source: 'manual' }, select: { accountId: true } });
  if (!value) throw new NotFoundError('That value');
  await db.$transaction(async (tx) => {
    const count = await tx.accountBalanceValue.count({ where: { accountId: value.accountId, source: 'manual' } });
    if (count <= 1) throw new BadInputError('An account keeps at least one value. Add another value first, or delete the account.');
    await tx.accountBalanceValue.delete({ where: { id: valueId } });
    await refreshManualBalance(tx, value.accountId, now);
    await bumpDataVersion(tx, workspaceId);
  });
}

export type ManualAccountView = {
  id: string;
  name: string;
  kind: string;
  currency: string;
  balanceMinor: bigint | null;
  values: { id: string; day: string; balanceMinor: bigint }[];
  transactionCount: number;
};

/** The user's manual accounts with their latest values (the newest 24; older ones stay counted). */
export async function listManualAccounts(db: Db, workspaceId: string): Promise<ManualAccountView[]> {
  const accounts = await db.bankAccount.findMany({
    where: { workspaceId, source: 'manual' },
    orderBy: { name: 'asc' },
    select: {
      id: true,
      name: true,
      manualKind: true,
      currency: true,
      currentBalanceMinor: true,
      balanceValues: { where: { source: 'manual' }, orderBy: { day: 'desc' }, take: 24, select: { id: true, day: true, balanceMinor: true } },
      _count: { select: { transactions: true } },
    },
  });
  return accounts.map((a) => ({
    id: a.id,
    name: a.name,
    kind: a.manualKind ?? 'other_asset',
    currency: a.currency,
    balanceMinor: a.currentBalanceMinor,
    values: a.balanceValues.map((v) => ({ id: v.id, day: toIsoDay(v.day), balanceMinor: v.balanceMinor })),
    transactionCount: a._count.transactions,
  }));
}
