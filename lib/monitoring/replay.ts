import { addIsoDays } from '@/lib/dates';
import { evaluateTransactions } from './evaluate';
import type { AlertDraft, MonitoredAccount, MonitoredTransaction, MonitoringThresholds } from './types';

// Replays a history day by day as if each day were one incremental sync, for the quality figures
// (alerts per 1,000 transactions) and the fraud-scenario tests. The first `warmupDays` are the
// baseline a first sync brings in and do not alert.

export function replayHistory(rows: MonitoredTransaction[], accounts: MonitoredAccount[], thresholds: MonitoringThresholds, warmupDays = 90): { alerts: AlertDraft[]; evaluated: number } {
  const byDay = new Map<string, MonitoredTransaction[]>();
  for (const row of rows) byDay.set(row.day, [...(byDay.get(row.day) ?? []), row]);
  const days = [...byDay.keys()].sort();
  if (days.length === 0) return { alerts: [], evaluated: 0 };
  const firstSeen = new Map<string, string>();
  for (const row of rows) if (row.merchant && (!firstSeen.has(row.merchant) || row.day < firstSeen.get(row.merchant)!)) firstSeen.set(row.merchant, row.day);
  const sorted = [...rows].sort((a, b) => a.day.localeCompare(b.day));
  const start = addIsoDays(days[0]!, warmupDays);
  const alerts = new Map<string, AlertDraft>();
  let evaluated = 0;
  let lo = 0;
  let hi = 0;
  for (const day of days) {
    if (day < start) continue;
    const recentFrom = addIsoDays(day, -120);
    while (lo < sorted.length && sorted[lo]!.day < recentFrom) lo++;
    while (hi < sorted.length && sorted[hi]!.day <= day) hi++;
    const candidates = byDay.get(day)!;
    evaluated += candidates.length;
    const drafts = evaluateTransactions({ candidates, recent: sorted.slice(lo, hi), merchantFirstSeen: firstSeen, accounts: new Map(accounts.map((a) => [a.id, a])), thresholds });
    for (const draft of drafts) if (!alerts.has(draft.dedupeKey)) alerts.set(draft.dedupeKey, draft);
  }
  return { alerts: [...alerts.values()], evaluated };
}
