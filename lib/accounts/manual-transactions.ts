import { randomUUID } from 'node:crypto';
import type { Db } from '@/lib/db';
import { refreshRollups } from '@/lib/budgeting/rollups';
import { applyRules } from '@/lib/categories/apply-rules';
import { monthOf, toIsoDay } from '@/lib/dates';
import { BadInputError, NotFoundError } from '@/lib/errors';
import { payeeForEntry } from '@/lib/payees/payee-for-entry';
import { refreshManualBalance } from './manual-balance';
import { requireManualAccount } from './manual-accounts';
import type { ManualTransactionInput } from './manual-schema';

// Transactions typed in by hand live in the Transaction table like the bank's (origin 'manual',
// posted, an internal "manual:" id where a bank id would be), so budgets, rollups, the dashboard
// and the transaction list count them without a special case. Each write recomputes the account's
// balance in the same database transaction, then rebuilds the months it touched.

type Checked = { isTransfer: boolean; categorySource: string | null };

async function checkEntry(db: Db, workspaceId: string, accountId: string, input: ManualTransactionInput): Promise<Checked> {
  const first = await db.accountBalanceValue.findFirst({ where: { accountId, source: 'manual' }, orderBy: { day: 'asc' }, select: { day: true } });
  if (first && input.day < first.day) {
    throw new BadInputError(`The account starts on ${toIsoDay(first.day)}: date the transaction on or after it, or add an earlier value first.`, {
      day: ['The date is before the account\u2019s first value.'],
    });
  }
  if (!input.categoryId) return { isTransfer: false, categorySource: null };
  const category = await db.category.findFirst({ where: { id: input.categoryId, workspaceId }, select: { kind: true } });
  if (!category) throw new BadInputError('Choose one of your categories.', { categoryId: ['Choose one of your categories.'] });
  return { isTransfer: category.kind === 'transfer', categorySource: 'user' };
}

export async function addManualTransaction(db: Db, workspaceId: string, accountId: string, input: ManualTransactionInput, now = new Date()): Promise<string> {
  const account = await requireManualAccount(db, workspaceId, accountId);
  const checked = await checkEntry(db, workspaceId, accountId, input);
  const payee = await payeeForEntry(db, workspaceId, input.description);
  const id = await db.$transaction(async (tx) => {
    const row = await tx.transaction.create({
      data: {
        workspaceId,
        accountId,
        bankTransactionId: `manual:${randomUUID()}`,
        origin: 'manual',
        status: 'posted',
        amountMinor: input.amountMinor,
        currency: account.currency,
        bookedOn: input.day,
        postedAt: input.day,
        description: input.description,
        ...payee,
        categoryId: input.categoryId,
        ...checked,
        userEditedAt: now,
      },
      select: { id: true },
    });
    await refreshManualBalance(tx, accountId, now);
    return row.id;
  });
  // Left without a category, the row gets one from the user's rules like a bank row would.
  if (!input.categoryId) await applyRules(db, workspaceId, [id]);
  await refreshRollups(db, workspaceId, [monthOf(input.day)]);
  return id;
}

async function requireManualTransaction(db: Db, workspaceId: string, id: string) {
  const row = await db.transaction.findFirst({ where: { id, workspaceId, origin: 'manual' }, select: { accountId: true, bookedOn: true } });
  if (!row) throw new NotFoundError('That transaction');
  return row;
}

export async function updateManualTransaction(db: Db, workspaceId: string, id: string, input: ManualTransactionInput, now = new Date()): Promise<void> {
  const existing = await requireManualTransaction(db, workspaceId, id);
  const checked = await checkEntry(db, workspaceId, existing.accountId, input);
  const payee = await payeeForEntry(db, workspaceId, input.description);
  await db.$transaction(async (tx) => {
    await tx.transaction.update({
      where: { id },
      data: { amountMinor: input.amountMinor, bookedOn: input.day, postedAt: input.day, description: input.description, ...payee, categoryId: input.categoryId, ...checked, userEditedAt: now, updatedAt: now },
    });
    await refreshManualBalance(tx, existing.accountId, now);
  });
  await refreshRollups(db, workspaceId, [monthOf(existing.bookedOn), monthOf(input.day)]);
}

export async function deleteManualTransaction(db: Db, workspaceId: string, id: string, now = new Date()): Promise<void> {
  const existing = await requireManualTransaction(db, workspaceId, id);
  await db.$transaction(async (tx) => {
    await tx.transaction.delete({ where: { id } });
    await refreshManualBalance(tx, existing.accountId, now);
  });
  await refreshRollups(db, workspaceId, [monthOf(existing.bookedOn)]);
}

/** The newest transactions of a manual account, for its panel (the full list is on /transactions). */
export async function listRecentManualTransactions(db: Db, workspaceId: string, accountId: string, take = 10) {
  const rows = await db.transaction.findMany({
    where: { workspaceId, accountId, origin: 'manual' },
    orderBy: [{ bookedOn: 'desc' }, { createdAt: 'desc' }],
    take,
    select: { id: true, bookedOn: true, amountMinor: true, currency: true, description: true, categoryId: true },
  });
  return rows.map((row) => ({ ...row, day: toIsoDay(row.bookedOn) }));
}
