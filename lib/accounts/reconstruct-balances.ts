import type { Db } from '@/lib/db';
import { bumpDataVersion } from '@/lib/page-cache/data-version';
import { addIsoDays, maxDay, parseIsoDay, toIsoDay } from '@/lib/dates';
import { isLiabilityAccount } from './liability';

// Past daily balances of a linked account, so net worth has a history from the first transaction
// rather than from the day the bank was linked. The bank gives today's posted balance; walking
// back, each day's balance is the next day's minus what posted on it:
//   end(d - 1) = end(d) - amount(d)   (assets)      end(d - 1) = end(d) + amount(d)   (owed)
// The walk reads posted amounts summed per day (one row per day with activity: at most ~365 a year
// whatever the row count) and writes one row per such day, plus the day before the first one.
// A new or changed transaction moves every balance before it, so each sync recomputes the whole
// account; the rows are swapped in one database transaction so a reader never sees half a history.

export type DayBalance = { day: string; balanceMinor: bigint };

const WRITE_CHUNK = 1_000;

/** Pure walk: day sums in descending day order, the balance at the end of `anchorDay`. */
export function walkBalancesBack(anchorDay: string, currentMinor: bigint, liability: boolean, daySumsDesc: { day: string; amountMinor: bigint }[]): DayBalance[] {
  const out: DayBalance[] = [];
  let running = currentMinor;
  if (!daySumsDesc[0] || daySumsDesc[0].day < anchorDay) out.push({ day: anchorDay, balanceMinor: running });
  for (const { day, amountMinor } of daySumsDesc) {
    out.push({ day, balanceMinor: running });
    running = liability ? running + amountMinor : running - amountMinor;
  }
  const earliest = daySumsDesc.at(-1);
  if (earliest) out.push({ day: addIsoDays(earliest.day, -1), balanceMinor: running });
  return out;
}

/** Rebuilds one linked account's reconstructed balances; returns how many days were written. */
export async function reconstructAccountBalances(db: Db, accountId: string): Promise<number> {
  const account = await db.bankAccount.findUnique({
    where: { id: accountId },
    select: { workspaceId: true, source: true, accountCategory: true, accountType: true, currentBalanceMinor: true, balanceAsOf: true },
  });
  if (!account || account.source !== 'linked') return 0;
  if (account.currentBalanceMinor === null) {
    await db.accountBalanceValue.deleteMany({ where: { accountId, source: 'reconstructed' } });
    return 0;
  }
  const sums = await db.transaction.groupBy({
    by: ['bookedOn'],
    where: { accountId, status: 'posted' },
    _sum: { amountMinor: true },
    orderBy: { bookedOn: 'desc' },
  });
  const daySums = sums.map((row) => ({ day: toIsoDay(row.bookedOn), amountMinor: row._sum.amountMinor ?? 0n }));
  // The bank's balance covers everything posted by its "today"; a row dated later (clock skew)
  // is taken as already included, so the balance holds from the latest of the two.
  const anchor = maxDay(account.balanceAsOf ? toIsoDay(account.balanceAsOf) : null, daySums[0]?.day) ?? toIsoDay(new Date());
  const balances = walkBalancesBack(anchor, account.currentBalanceMinor, isLiabilityAccount(account), daySums);
  await db.$transaction(async (tx) => {
    await tx.accountBalanceValue.deleteMany({ where: { accountId, source: 'reconstructed' } });
    for (let start = 0; start < balances.length; start += WRITE_CHUNK) {
      await tx.accountBalanceValue.createMany({
        data: balances.slice(start, start + WRITE_CHUNK).map((b) => ({ workspaceId: account.workspaceId, accountId, day: parseIsoDay(b.day), balanceMinor: b.balanceMinor, source: 'reconstructed' })),
      });
    }
  });
  return balances.length;
}

/** Every shared account of a connection: run after each successful sync. */
export async function reconstructConnectionBalances(db: Db, workspaceId: string, connectionId: string): Promise<void> {
  const accounts = await db.bankAccount.findMany({ where: { workspaceId, connectionId, sharing: 'shared' }, select: { id: true } });
  for (const account of accounts) await reconstructAccountBalances(db, account.id);
  await bumpDataVersion(db, workspaceId);
}
