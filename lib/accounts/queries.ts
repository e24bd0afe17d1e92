import type { Db } from '@/lib/db';

export type AccountView = {
  id: string;
  name: string;
  accountType: string;
  accountCategory: string;
  maskedNumber: string | null;
  currency: string;
  sharing: string;
  currentBalanceMinor: bigint | null;
  availableBalanceMinor: bigint | null;
  creditLineMinor: bigint | null;
  balanceAsOf: Date | null;
  /** Who linked it; only they may keep it private (lib/workspaces/visibility.ts). */
  addedById: string | null;
  privateToUserId: string | null;
};

export type ConnectionView = {
  id: string;
  institution: string;
  status: string;
  statusReason: string | null;
  consentedAt: Date | null;
  lastSyncedAt: Date | null;
  updatedAt: Date;
  accounts: AccountView[];
};

/** The user's connections with their accounts, newest first. Only ever this user's rows. */
export async function listConnections(db: Db, workspaceId: string): Promise<ConnectionView[]> {
  return db.bankConnection.findMany({
    where: { workspaceId },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      institution: true,
      status: true,
      statusReason: true,
      consentedAt: true,
      lastSyncedAt: true,
      updatedAt: true,
      accounts: {
        orderBy: [{ sharing: 'asc' }, { name: 'asc' }],
        select: {
          id: true,
          name: true,
          accountType: true,
          accountCategory: true,
          maskedNumber: true,
          currency: true,
          sharing: true,
          currentBalanceMinor: true,
          availableBalanceMinor: true,
          creditLineMinor: true,
          balanceAsOf: true,
          addedById: true,
          privateToUserId: true,
        },
      },
    },
  });
}
