import type { AlertDraft, MonitoredAccount, MonitoredTransaction } from '../types';
import { formatDateTime } from '@/lib/dates';
import { money } from './describe';

// An account that changes hands and is then used is the classic account takeover. The change
// itself raises one alert; new activity in the following weeks raises one more per sync.

export const HOLDER_CHANGE_WATCH_DAYS = 30;

export type HolderChange = {
  accountId: string;
  hash: string; // of the new holders
  changedAt: Date; // when Cashlens first saw the new holders
  since: Date; // the last sync that saw the old holders: every row synced after it is suspect
  from: string;
  to: string;
  alsoChanged: string[]; // "email", "phone", "address"
  detectedNow: boolean;
};

/** `runKey`: one activity alert per sync run, however many batches the run's rows come in. */
export function holderChangeAlerts(change: HolderChange, account: MonitoredAccount, candidates: MonitoredTransaction[], runKey?: string): AlertDraft[] {
  const alerts: AlertDraft[] = [];
  const also = change.alsoChanged.length ? ` The ${change.alsoChanged.join(', ')} on the account changed too.` : '';
  if (change.detectedNow) {
    alerts.push({
      kind: 'holder_change',
      severity: 'high',
      title: `Account holder changed on ${account.name}`,
      explanation: `The bank now lists ${change.to} as the holder of ${account.name}; before, it listed ${change.from}.${also} If you did not ask for this, call your bank.`,
      accountId: account.id,
      transactionId: null,
      amountMinor: null,
      currency: null,
      occurredAt: change.changedAt,
      dedupeKey: `holder_change:${account.id}:${change.hash}`,
    });
  }
  // New rows reached us after the old holders were last seen; the caller passes a change only
  // while it is being watched (HOLDER_CHANGE_WATCH_DAYS after Cashlens saw it).
  const activity = candidates
    .filter((row) => row.accountId === account.id)
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  if (activity.length > 0) {
    const out = activity.filter((row) => row.amountMinor < 0n).reduce((sum, row) => sum - row.amountMinor, 0n);
    const first = activity[0]!;
    alerts.push({
      kind: 'activity_after_holder_change',
      severity: 'high',
      title: `Activity on ${account.name} after its holder changed`,
      explanation: `${activity.length} ${activity.length === 1 ? 'transaction' : 'transactions'} (${money(out, first.currency)} out) on ${account.name} synced since ${formatDateTime(change.since)}, after the bank started listing ${change.to} instead of ${change.from} as the holder.`,
      accountId: account.id,
      // A posted row outlives its pending one: point at the latest posted row when there is one.
      transactionId: (activity.filter((row) => row.status === 'posted').at(-1) ?? activity.at(-1)!).id,
      amountMinor: -out,
      currency: first.currency,
      occurredAt: activity.at(-1)!.at,
      dedupeKey: `activity_after_holder_change:${account.id}:${runKey ?? first.identity}`,
    });
  }
  return alerts;
}
