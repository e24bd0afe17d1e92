import type { Db } from '@/lib/db';
import { evaluateTransactions } from './evaluate';
import { checkHolders } from './holders';
import { loadMerchantFirstSeen, loadRecentRows, rowSelect, toMonitored } from './load-rows';
import { saveAlerts } from './save-alerts';
import { getMonitoringSettings } from './settings';
import type { HolderChange } from './rules/holder-change';
import { queueWebhookDelivery } from './webhook';

// Monitoring for one batch of newly synced rows. Only rows from the last ALERT_WINDOW_DAYS can
// alert: the years of history a first sync brings in are the baseline the rules compare with,
// not news. A handful of queries per batch whatever its size.

export const ALERT_WINDOW_DAYS = 30;

export type MonitoringBatch = { db: Db; userId: string; connectionId: string; transactionIds: string[]; checkHolders: boolean; now?: Date };
export type MonitoringResult = { evaluated: number; created: number };

export async function monitorNewTransactions(batch: MonitoringBatch): Promise<MonitoringResult> {
  const { db, userId } = batch;
  const now = batch.now ?? new Date();
  const windowStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - ALERT_WINDOW_DAYS * 86_400_000);
  const candidateRows = [];
  for (let start = 0; start < batch.transactionIds.length; start += 2_000) {
    const ids = batch.transactionIds.slice(start, start + 2_000);
    candidateRows.push(...(await db.transaction.findMany({ where: { id: { in: ids }, userId, bookedOn: { gte: windowStart } }, select: rowSelect })));
  }
  const holderChanges: HolderChange[] = batch.checkHolders ? await checkHolders(db, userId, batch.connectionId, now) : [];
  if (candidateRows.length === 0 && holderChanges.length === 0) return { evaluated: 0, created: 0 };

  const candidates = candidateRows.map(toMonitored);
  const accountIds = [...new Set([...candidates.map((row) => row.accountId), ...holderChanges.map((change) => change.accountId)])];
  const [settings, accounts, recent, merchantFirstSeen] = await Promise.all([
    getMonitoringSettings(db, userId),
    db.bankAccount.findMany({ where: { id: { in: accountIds }, userId }, select: { id: true, name: true, currency: true } }),
    candidates.length ? loadRecentRows(db, userId, accountIds, candidates) : Promise.resolve([]),
    candidates.length ? loadMerchantFirstSeen(db, userId, candidates) : Promise.resolve(new Map<string, string>()),
  ]);
  const drafts = evaluateTransactions({
    candidates,
    recent,
    merchantFirstSeen,
    accounts: new Map(accounts.map((account) => [account.id, account])),
    thresholds: settings,
    holderChanges,
  });
  const created = await saveAlerts(db, userId, drafts);
  if (created.length > 0 && settings.webhookUrl && settings.webhookSecret) {
    queueWebhookDelivery(db, { userId, url: settings.webhookUrl, secret: settings.webhookSecret }, created);
  }
  return { evaluated: candidates.length, created: created.length };
}
