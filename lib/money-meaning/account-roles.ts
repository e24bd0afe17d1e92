import { accountKindOf } from '@/lib/accounts/account-kind';
import type { Db } from '@/lib/db';

// Which part an account plays in the money definitions. Everyday accounts (checking, cards, lines
// of credit, cash) are where money comes in and goes out. Savings and brokerage accounts are where
// contributions land. On a loan the money that counts is the payment received; the loan's own rows
// (interest charged, escrow) are covered by that payment and never counted on their own.

export type AccountRole = 'everyday' | 'savings' | 'loan' | 'other';

const SAVINGS_TYPES = new Set(['SAVINGS', 'CD', 'MONEYMARKET']);
const MORTGAGE_TYPES = new Set(['MORTGAGE', 'HOMEEQUITYLOAN', 'HOMEEQUITY', 'HOMEEQUITYLINEOFCREDIT']);

export type RoledAccount = { id: string; role: AccountRole; isMortgage: boolean };

export function roleOf(account: { accountCategory: string; accountType: string }): AccountRole {
  const kind = accountKindOf(account);
  if (kind === 'loan') return 'loan';
  if (kind === 'investment') return 'savings';
  if (kind === 'asset') return 'other';
  return SAVINGS_TYPES.has(account.accountType) ? 'savings' : 'everyday';
}

/** The user's accounts with their roles; `only` narrows to a subset (a lending report's shared accounts). */
export async function listRoledAccounts(db: Db, workspaceId: string, only?: string[]): Promise<RoledAccount[]> {
  const rows = await db.bankAccount.findMany({ where: { workspaceId, ...(only ? { id: { in: only } } : {}) }, select: { id: true, accountCategory: true, accountType: true } });
  return rows.map((row) => ({ id: row.id, role: roleOf(row), isMortgage: MORTGAGE_TYPES.has(row.accountType) }));
}
