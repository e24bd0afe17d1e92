import type { Db } from '@/lib/db';
import type { Tx } from '@/lib/sync/sql';
import { toIsoDay } from '@/lib/dates';
import { describeManualKind, isManualKind } from './manual-kinds';

// A manual account's balance: the latest dated value on or before a day (the balance at the start
// of the value's day), moved by every transaction from that day on. A value therefore resets the
// balance, the way a counted till or a new valuation of a house does; transactions dated before
// the account's first value are not part of any balance.
// Balances keep BankAccount's convention: a liability's value is what is owed (positive), so money
// in (a repayment, amount > 0) lowers it and money out raises it.

export type DatedValue = { day: string; balanceMinor: bigint };
export type DaySum = { day: string; amountMinor: bigint };

/** The balance at the end of each checkpoint day (ascending); null where no value exists yet. */
export function computeManualBalances(values: DatedValue[], daySums: DaySum[], liability: boolean, checkpoints: string[]): (bigint | null)[] {
  const result: (bigint | null)[] = [];
  let current: bigint | null = null;
  let v = 0;
  let s = 0;
  for (const checkpoint of checkpoints) {
    while (v < values.length && values[v]!.day <= checkpoint) {
      const value = values[v++]!;
      current = value.balanceMinor;
      while (s < daySums.length && daySums[s]!.day < value.day) s++;
    }
    while (s < daySums.length && daySums[s]!.day <= checkpoint) {
      const amount = daySums[s++]!.amountMinor;
      if (current !== null) current += liability ? -amount : amount;
    }
    result.push(current);
  }
  return result;
}

type Reader = Pick<Db, 'accountBalanceValue' | 'transaction'>;

/** The account's dated values and its posted transactions summed per day, both ascending. */
export async function readManualHistory(db: Reader, accountId: string): Promise<{ values: DatedValue[]; daySums: DaySum[] }> {
  const [values, sums] = await Promise.all([
    db.accountBalanceValue.findMany({ where: { accountId, source: 'manual' }, orderBy: { day: 'asc' }, select: { day: true, balanceMinor: true } }),
    // One row per day with transactions: bounded by the calendar, not by how many rows were typed.
    db.transaction.groupBy({ by: ['bookedOn'], where: { accountId, status: 'posted' }, _sum: { amountMinor: true }, orderBy: { bookedOn: 'asc' } }),
  ]);
  return {
    values: values.map((row) => ({ day: toIsoDay(row.day), balanceMinor: row.balanceMinor })),
    daySums: sums.map((row) => ({ day: toIsoDay(row.bookedOn), amountMinor: row._sum.amountMinor ?? 0n })),
  };
}

export function isManualLiability(manualKind: string | null): boolean {
  return manualKind !== null && isManualKind(manualKind) && describeManualKind(manualKind).liability;
}

/** Recomputes the account's current balance after a change, inside the change's own transaction. */
export async function refreshManualBalance(tx: Tx, accountId: string, now: Date): Promise<void> {
  const account = await tx.bankAccount.findUniqueOrThrow({ where: { id: accountId }, select: { manualKind: true } });
  const { values, daySums } = await readManualHistory(tx, accountId);
  const [balance] = computeManualBalances(values, daySums, isManualLiability(account.manualKind), ['9999-12-31']);
  await tx.bankAccount.update({ where: { id: accountId }, data: { currentBalanceMinor: balance ?? null, balanceAsOf: now } });
}
