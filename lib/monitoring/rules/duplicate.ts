import type { Finding, MonitoredTransaction, MonitoringThresholds } from '../types';
import { isPurchase, money, utcTime } from './describe';

// Same merchant, same amount, same account, minutes apart: the later charge is the suspect.
// Rows that are one purchase seen twice (pending and its posted row) share an identity and do not count.

export function checkDuplicate(candidate: MonitoredTransaction, accountRows: MonitoredTransaction[], thresholds: MonitoringThresholds, candidateIds: Set<string>): Finding | null {
  if (!candidate.timed || !candidate.merchant || !isPurchase(candidate)) return null;
  const windowMs = thresholds.duplicateWindowMin * 60_000;
  const isLater = (row: MonitoredTransaction) => row.at.getTime() < candidate.at.getTime() || (row.at.getTime() === candidate.at.getTime() && row.identity < candidate.identity);
  // The pair alerts once: on its later charge, or on whichever one reached us second (a bank may
  // post the later charge first).
  const partner = accountRows.find(
    (row) =>
      row.identity !== candidate.identity &&
      row.timed &&
      row.merchant === candidate.merchant &&
      row.amountMinor === candidate.amountMinor &&
      Math.abs(candidate.at.getTime() - row.at.getTime()) <= windowMs &&
      (isLater(row) || !candidateIds.has(row.id)),
  );
  if (!partner) return null;
  const [first, second] = partner.at.getTime() <= candidate.at.getTime() ? [partner, candidate] : [candidate, partner];
  const minutes = Math.round((second.at.getTime() - first.at.getTime()) / 60_000);
  const gap = minutes === 0 ? 'less than a minute later' : `${minutes} ${minutes === 1 ? 'minute' : 'minutes'} later`;
  return {
    kind: 'duplicate',
    severity: 'medium',
    reason: `Possible duplicate charge: ${money(candidate.amountMinor, candidate.currency)} at ${candidate.merchantLabel} at ${utcTime(first.at)}, and the same amount again ${gap}.`,
  };
}
