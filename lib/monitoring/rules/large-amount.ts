import { medianAbsoluteDeviation, medianOf } from '../stats';
import type { Finding, MonitoredTransaction, MonitoringThresholds } from '../types';
import { abs, isPurchase, money } from './describe';

// Unusually large for this account: above median + k·MAD of the account's last purchases, above
// the user's floor, and larger than any of them. Accounts with too little history stay quiet.

export const LARGE_HISTORY_SIZE = 100;
export const LARGE_MIN_HISTORY = 20;

/** `earlier`: the account's rows strictly before the candidate, oldest first. */
export function checkLargeAmount(candidate: MonitoredTransaction, earlier: MonitoredTransaction[], thresholds: MonitoringThresholds): Finding | null {
  if (!isPurchase(candidate)) return null;
  const history = earlier.filter(isPurchase).slice(-LARGE_HISTORY_SIZE).map((row) => abs(row.amountMinor));
  if (history.length < LARGE_MIN_HISTORY) return null;
  const amount = abs(candidate.amountMinor);
  const median = medianOf(history);
  const mad = medianAbsoluteDeviation(history, median);
  const largest = history.reduce((a, b) => (a > b ? a : b));
  const statistical = median + BigInt(thresholds.largeMadMultiplier) * mad;
  const threshold = [statistical, thresholds.largeMinMinor, largest + 1n].reduce((a, b) => (a > b ? a : b));
  if (amount < threshold) return null;
  const currency = candidate.currency;
  return {
    kind: 'large_amount',
    severity: amount >= 3n * (statistical > thresholds.largeMinMinor ? statistical : thresholds.largeMinMinor) ? 'high' : 'medium',
    reason: `${money(amount, currency)} at ${candidate.merchantLabel} is unusually large for this account: its last ${history.length} purchases have a median of ${money(median, currency)} and the largest was ${money(largest, currency)}.`,
  };
}
