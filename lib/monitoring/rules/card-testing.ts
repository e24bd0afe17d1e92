import type { AlertDraft, MonitoredTransaction, MonitoringThresholds } from '../types';
import { formatDate } from '@/lib/dates';
import { abs, money, utcTime } from './describe';

// Card testing: someone with a stolen card number tries it with a burst of tiny charges. Tiny
// charges are grouped into clusters (each within the window of the one before); a cluster with
// at least N of them inside one window is a burst and raises one alert, keyed by its first charge
// so later syncs adding to the same burst (or its posted rows) do not raise it again.

type Burst = { rows: MonitoredTransaction[] };

function clustersOf(rows: MonitoredTransaction[], windowMs: number): MonitoredTransaction[][] {
  const clusters: MonitoredTransaction[][] = [];
  for (const row of rows) {
    const current = clusters.at(-1);
    if (current && row.at.getTime() - current.at(-1)!.at.getTime() <= windowMs) current.push(row);
    else clusters.push([row]);
  }
  return clusters;
}

function densestWindow(cluster: MonitoredTransaction[], windowMs: number): number {
  let best = 0;
  for (let start = 0, end = 0; end < cluster.length; end++) {
    while (cluster[end]!.at.getTime() - cluster[start]!.at.getTime() > windowMs) start++;
    best = Math.max(best, end - start + 1);
  }
  return best;
}

/** `accountRows`: one account's rows (history and candidates), oldest first. */
export function findCardTestingBursts(accountRows: MonitoredTransaction[], candidateIds: Set<string>, thresholds: MonitoringThresholds): AlertDraft[] {
  const windowMs = thresholds.cardTestingWindowMin * 60_000;
  const tiny = accountRows.filter((row) => row.timed && row.amountMinor < 0n && abs(row.amountMinor) <= thresholds.cardTestingMaxMinor);
  const bursts: Burst[] = clustersOf(tiny, windowMs)
    .filter((cluster) => densestWindow(cluster, windowMs) >= thresholds.cardTestingCount && cluster.some((row) => candidateIds.has(row.id)))
    .map((rows) => ({ rows }));
  return bursts.map(({ rows }) => {
    const first = rows[0]!;
    const last = rows.at(-1)!;
    const anchor = [...rows].reverse().find((row) => candidateIds.has(row.id))!;
    const amounts = rows.map((row) => abs(row.amountMinor));
    const low = amounts.reduce((a, b) => (a < b ? a : b));
    const high = amounts.reduce((a, b) => (a > b ? a : b));
    const minutes = Math.max(1, Math.ceil((last.at.getTime() - first.at.getTime()) / 60_000));
    const merchants = [...new Set(rows.map((row) => row.merchantLabel))].slice(0, 3).join(', ');
    const total = amounts.reduce((a, b) => a + b, 0n);
    return {
      kind: 'card_testing',
      severity: 'high',
      title: `${rows.length} tiny charges in ${minutes} minutes`,
      explanation: `${rows.length} charges between ${money(low, first.currency)} and ${money(high, first.currency)} within ${minutes} minutes on ${formatDate(first.at)} (${utcTime(first.at)}–${utcTime(last.at)}), at ${merchants}. Bursts of tiny charges are how stolen card numbers are tested before a large purchase.`,
      accountId: first.accountId,
      transactionId: anchor.id,
      amountMinor: -total,
      currency: first.currency,
      occurredAt: last.at,
      dedupeKey: `card_testing:${first.accountId}:${first.identity}`,
    };
  });
}
