import type { BankHoldingSnapshot } from '@/lib/bank/transform-holdings';
import type { Tx } from '@/lib/sync/sql';

/**
 * Replaces an account's holdings with what the bank reports now. Call it inside the transaction
 * that stores the account's value, so the positions and the total never disagree. Banks give
 * positions no stable id, and a position sold since the last sync must go, so the set is
 * replaced as a whole rather than merged.
 */
export async function replaceHoldings(tx: Tx, owner: { workspaceId: string; accountId: string }, holdings: readonly BankHoldingSnapshot[]): Promise<void> {
  await tx.holding.deleteMany({ where: { accountId: owner.accountId, workspaceId: owner.workspaceId } });
  if (holdings.length === 0) return;
  await tx.holding.createMany({
    data: holdings.map((holding, position) => ({
      workspaceId: owner.workspaceId,
      accountId: owner.accountId,
      position,
      name: holding.name,
      symbol: holding.symbol,
      securityId: holding.securityId,
      securityIdType: holding.securityIdType,
      holdingType: holding.holdingType,
      isCash: holding.isCash,
      quantity: holding.quantity,
      unitPrice: holding.unitPrice,
      marketValueMinor: holding.marketValueMinor,
      costBasisMinor: holding.costBasisMinor,
      currency: holding.currency,
      priceAsOf: holding.priceAsOf,
    })),
  });
}
