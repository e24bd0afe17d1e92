import type { BankAccountSnapshot } from '@/lib/bank/transform-accounts';
import { bumpDataVersion } from '@/lib/page-cache/data-version';
import type { Db } from '@/lib/db';
import { replaceHoldings } from '@/lib/investments/replace-holdings';
import { recordProgress } from './runs';
import type { SyncAccount } from './sync-account';

/**
 * An investment account's sync: its value, a balance snapshot and its holdings, in one transaction.
 * Its transactions (buys, sells, dividends, contributions) are not read at all: they move money
 * between positions, not in or out of the household, so they stay out of the Transaction table
 * and budgets and cash flow never count them as spending.
 */
export async function syncInvestmentAccount(db: Db, runId: string, account: SyncAccount, snapshot: BankAccountSnapshot): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.bankAccount.update({
      where: { id: account.id },
      data: { currentBalanceMinor: snapshot.currentBalanceMinor, availableBalanceMinor: snapshot.availableBalanceMinor, creditLineMinor: snapshot.creditLineMinor, balanceAsOf: snapshot.balanceAsOf },
    });
    await tx.balanceSnapshot.create({
      data: { accountId: account.id, takenAt: snapshot.balanceAsOf, currentBalanceMinor: snapshot.currentBalanceMinor, availableBalanceMinor: snapshot.availableBalanceMinor },
    });
    await replaceHoldings(tx, { workspaceId: account.workspaceId, accountId: account.id }, snapshot.holdings ?? []);
    await recordProgress(tx, runId, { accountsDone: 1 });
    await bumpDataVersion(tx, account.workspaceId);
  });
}
