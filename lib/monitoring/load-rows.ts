import { toIsoDay } from '@/lib/dates';
import type { Db } from '@/lib/db';
import { merchantKeyOf } from './merchant-key';
import type { MonitoredTransaction } from './types';

// Database rows → the rules' neutral shape, and the history queries a run needs (a fixed number
// per batch of new rows, never one per transaction).

export const rowSelect = {
  id: true, accountId: true, bankTransactionId: true, bankReferenceId: true, replacedPendingBankId: true, status: true, amountMinor: true, currency: true,
  bookedOn: true, transactedAt: true, description: true, bankMerchantName: true, bankCategory: true, bankTransactionType: true,
  foreignAmountMinor: true, foreignCurrency: true, merchantCountry: true,
} as const;

type Row = {
  id: string; accountId: string; bankTransactionId: string; bankReferenceId: string | null; replacedPendingBankId: string | null; status: string;
  amountMinor: bigint; currency: string; bookedOn: Date; transactedAt: Date | null; description: string; bankMerchantName: string | null;
  bankCategory: string | null; bankTransactionType: string | null; foreignAmountMinor: bigint | null; foreignCurrency: string | null; merchantCountry: string | null;
};

export function toMonitored(row: Row): MonitoredTransaction {
  return {
    id: row.id,
    accountId: row.accountId,
    bankTransactionId: row.bankTransactionId,
    identity: row.replacedPendingBankId ?? (row.status === 'posted' ? row.bankReferenceId : null) ?? row.bankTransactionId,
    status: row.status,
    amountMinor: row.amountMinor,
    currency: row.currency,
    day: toIsoDay(row.bookedOn),
    at: row.transactedAt ?? row.bookedOn,
    timed: row.transactedAt !== null,
    description: row.description,
    merchant: merchantKeyOf(row.bankMerchantName, row.description),
    merchantLabel: row.bankMerchantName?.trim() || row.description.trim() || 'an unnamed merchant',
    bankCategory: row.bankCategory,
    bankTransactionType: row.bankTransactionType,
    foreignAmountMinor: row.foreignAmountMinor,
    foreignCurrency: row.foreignCurrency,
    merchantCountry: row.merchantCountry,
  };
}

export const HISTORY_DAYS = 120;

/**
 * The money that left the connection's accounts since `since`: every rule judges outgoing money
 * against outgoing money, and leaving deposits out keeps a busy business account's read small.
 */
export async function loadRecentDebits(db: Db, workspaceId: string, accountIds: string[], since: Date): Promise<MonitoredTransaction[]> {
  const rows = await db.transaction.findMany({ where: { workspaceId, accountId: { in: accountIds }, bookedOn: { gte: since }, amountMinor: { lt: 0n } }, select: rowSelect });
  return rows.map(toMonitored);
}

/** Rows a sync run brought to these accounts (written since it started), booked on or after `bookedSince`. */
export async function loadRowsSince(db: Db, workspaceId: string, accountIds: string[], createdSince: Date, bookedSince: Date): Promise<MonitoredTransaction[]> {
  const rows = await db.transaction.findMany({ where: { workspaceId, accountId: { in: accountIds }, createdAt: { gte: createdSince }, bookedOn: { gte: bookedSince } }, select: rowSelect, orderBy: { bookedOn: 'asc' } });
  return rows.map(toMonitored);
}

/**
 * Earliest booked day, before `before`, of each named merchant across all of the user's rows. Asked
 * only for merchants a new-merchant alert hinges on, so most runs never need it.
 */
export async function loadOlderMerchantDays(db: Db, workspaceId: string, names: string[], before: Date): Promise<Map<string, string>> {
  const firstSeen = new Map<string, string>();
  const remember = (key: string | null, day: Date | null) => {
    if (!key || !day) return;
    const iso = toIsoDay(day);
    const known = firstSeen.get(key);
    if (!known || iso < known) firstSeen.set(key, iso);
  };
  for (let start = 0; start < names.length; start += 500) {
    const part = names.slice(start, start + 500);
    const [byMerchant, byDescription] = await Promise.all([
      db.transaction.groupBy({ by: ['bankMerchantName'], where: { workspaceId, bankMerchantName: { in: part }, bookedOn: { lt: before } }, _min: { bookedOn: true } }),
      db.transaction.groupBy({ by: ['description'], where: { workspaceId, bankMerchantName: null, description: { in: part }, bookedOn: { lt: before } }, _min: { bookedOn: true } }),
    ]);
    for (const group of byMerchant) remember(merchantKeyOf(group.bankMerchantName, ''), group._min.bookedOn);
    for (const group of byDescription) remember(merchantKeyOf(null, group.description), group._min.bookedOn);
  }
  return firstSeen;
}
