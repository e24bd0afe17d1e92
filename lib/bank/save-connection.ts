import { randomUUID } from 'node:crypto';
import { bumpDataVersion } from '@/lib/page-cache/data-version';
import type { Db } from '@/lib/db';
import { retryWhenSqliteBusy } from '@/lib/db/retry-busy';

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];
import type { BankContact, LinkedCustomer } from '@/lib/bank/transform-contacts';
import type { BankTokens } from '@/lib/bank/oauth-client';
import type { BankAccountSnapshot } from '@/lib/bank/transform-accounts';
import { sealConnectionTokens } from '@/lib/bank/connection-tokens';
import { ConnectError } from '@/lib/bank/connect-errors';

export type LinkedData = {
  tokens: BankTokens;
  accounts: BankAccountSnapshot[];
  contacts: Map<string, BankContact>;
  customer: LinkedCustomer | null;
};

function customerIdOf(customerJson: string | null): string | null {
  if (!customerJson) return null;
  try {
    return (JSON.parse(customerJson) as { customerId?: string }).customerId ?? null;
  } catch {
    return null;
  }
}

/**
 * Stores a completed authorization in one transaction: the connection with its sealed tokens,
 * and every shared account matched by the bank's account id, so reconnecting (or linking the
 * same bank login again) keeps existing accounts and their history instead of duplicating them.
 * Accounts the user no longer shares are marked, never deleted.
 */
export async function saveLinkedConnection(db: Db, workspaceId: string, institution: string, reconnectConnectionId: string | null, data: LinkedData): Promise<string> {
  // The sync worker may commit between this transaction's reads and writes (SQLite): run it again.
  return retryWhenSqliteBusy(() => db.$transaction(async (tx) => {
    let connectionId: string | null = null;
    if (reconnectConnectionId) {
      const target = await tx.bankConnection.findFirst({ where: { id: reconnectConnectionId, workspaceId }, select: { id: true } });
      if (!target) throw new ConnectError('not_found');
      connectionId = target.id;
    } else if (data.customer) {
      const existing = await tx.bankConnection.findMany({ where: { workspaceId, institution }, select: { id: true, customerJson: true } });
      connectionId = existing.find((c) => customerIdOf(c.customerJson) === data.customer!.customerId)?.id ?? null;
    }

    const id = connectionId ?? randomUUID();
    const connectionFields = {
      status: 'active',
      statusReason: null,
      grantedScope: data.tokens.scope,
      consentedAt: data.tokens.consentedAt ?? new Date(),
      ...sealConnectionTokens(id, data.tokens),
      refreshLeaseUntil: null,
      refreshLeaseOwner: null,
      lastRefreshedAt: new Date(),
      customerJson: data.customer ? JSON.stringify(data.customer) : null,
    };
    if (connectionId) {
      await tx.bankConnection.update({ where: { id }, data: connectionFields });
    } else {
      await tx.bankConnection.create({ data: { id, workspaceId, institution, ...connectionFields } });
    }

    await upsertSharedAccounts(tx, workspaceId, id, data.accounts, data.contacts);
    return id;
  }));
}

/**
 * Brings the connection's accounts in line with what the bank shares now: upserts by the bank's
 * account id (so history stays attached) and marks the rest as no longer shared.
 */
export async function upsertSharedAccounts(tx: Tx | Db, workspaceId: string, connectionId: string, accounts: BankAccountSnapshot[], contacts: Map<string, BankContact>): Promise<void> {
  for (const account of accounts) {
    const contact = contacts.get(account.bankAccountId);
    const fields = {
      connectionId,
      accountCategory: account.accountCategory,
      accountType: account.accountType,
      name: account.name,
      productName: account.productName,
      maskedNumber: account.maskedNumber,
      currency: account.currency,
      bankStatus: account.bankStatus,
      sharing: 'shared',
      currentBalanceMinor: account.currentBalanceMinor,
      availableBalanceMinor: account.availableBalanceMinor,
      creditLineMinor: account.creditLineMinor,
      balanceAsOf: account.balanceAsOf,
      holdersJson: contact ? JSON.stringify(contact) : null,
    };
    await tx.bankAccount.upsert({
      where: { workspaceId_bankAccountId: { workspaceId, bankAccountId: account.bankAccountId } },
      create: { workspaceId, bankAccountId: account.bankAccountId, ...fields },
      update: fields,
    });
  }
  await tx.bankAccount.updateMany({
    where: { connectionId, bankAccountId: { notIn: accounts.map((a) => a.bankAccountId) } },
    data: { sharing: 'not_shared' },
  });
  await bumpDataVersion(tx, workspaceId);
}
