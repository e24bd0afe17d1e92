import type { Db } from '@/lib/db';

export type HoldingView = {
  id: string;
  accountId: string;
  name: string;
  symbol: string | null;
  holdingType: string;
  isCash: boolean;
  quantity: string | null; // exact decimal text
  unitPrice: string | null; // exact decimal text
  marketValueMinor: bigint;
  costBasisMinor: bigint | null;
  currency: string;
};

/** The user's holdings in the given accounts (all shared investment accounts when omitted), in the bank's order. */
export async function listHoldings(db: Db, workspaceId: string, accountIds?: readonly string[]): Promise<HoldingView[]> {
  return db.holding.findMany({
    where: { workspaceId, ...(accountIds ? { accountId: { in: [...accountIds] } } : { account: { sharing: 'shared' } }) },
    orderBy: [{ accountId: 'asc' }, { position: 'asc' }],
    select: { id: true, accountId: true, name: true, symbol: true, holdingType: true, isCash: true, quantity: true, unitPrice: true, marketValueMinor: true, costBasisMinor: true, currency: true },
  });
}

/** Holdings grouped by account id. */
export function groupHoldingsByAccount(holdings: readonly HoldingView[]): Map<string, HoldingView[]> {
  const groups = new Map<string, HoldingView[]>();
  for (const holding of holdings) {
    const group = groups.get(holding.accountId);
    if (group) group.push(holding);
    else groups.set(holding.accountId, [holding]);
  }
  return groups;
}
