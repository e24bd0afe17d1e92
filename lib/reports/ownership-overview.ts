import type { Db } from '@/lib/db';
import { verifyOwnership } from '@/lib/ownership/verify-ownership';
import { bankContactSchema, bankCustomerSchema, parseJsonWith, type OwnershipResult } from '@/lib/ownership/types';
import { getProfile } from '@/lib/profile/profile';

export type AccountOwnership = { accountId: string; name: string; maskedNumber: string | null; accountType: string; ownership: OwnershipResult };

/** Ownership of every shared account, as things stand now (reports freeze their own copy). */
export async function listAccountOwnership(db: Db, user: { workspaceId: string; email: string }): Promise<{ profileSaved: boolean; accounts: AccountOwnership[] }> {
  const [profile, accounts] = await Promise.all([
    getProfile(db, user),
    db.bankAccount.findMany({
      where: { workspaceId: user.workspaceId, sharing: 'shared', source: 'linked' }, // manual accounts have no bank holders
      select: { id: true, name: true, maskedNumber: true, accountType: true, holdersJson: true, connection: { select: { customerJson: true } } },
      orderBy: [{ accountCategory: 'asc' }, { name: 'asc' }],
    }),
  ]);
  return {
    profileSaved: profile.saved,
    accounts: accounts.map((account) => ({
      accountId: account.id,
      name: account.name,
      maskedNumber: account.maskedNumber,
      accountType: account.accountType,
      ownership: verifyOwnership(profile, parseJsonWith(bankContactSchema, account.holdersJson), parseJsonWith(bankCustomerSchema, account.connection?.customerJson ?? null)),
    })),
  };
}
