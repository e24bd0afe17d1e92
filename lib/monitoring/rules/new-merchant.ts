import type { Finding, MonitoredTransaction, MonitoringThresholds } from '../types';
import { abs, isPurchase, money } from './describe';

// The first payment to a merchant the user has never paid before, on any account, above the
// user's threshold. `firstSeenDay`: the earliest booked day of this merchant across the user's
// history; `sameDayEarlier`: whether another purchase from it came earlier that day.

export function checkNewMerchant(candidate: MonitoredTransaction, firstSeenDay: string | undefined, sameDayEarlier: boolean, thresholds: MonitoringThresholds): Finding | null {
  if (!isPurchase(candidate) || !candidate.merchant) return null;
  const amount = abs(candidate.amountMinor);
  if (amount < thresholds.newMerchantMinMinor) return null;
  if (firstSeenDay !== undefined && firstSeenDay < candidate.day) return null;
  if (sameDayEarlier) return null;
  return {
    kind: 'new_merchant',
    severity: amount >= 4n * thresholds.newMerchantMinMinor ? 'medium' : 'low',
    reason: `This is the first payment to ${candidate.merchantLabel} on any of your accounts, and it is ${money(amount, candidate.currency)} (your threshold for new merchants is ${money(thresholds.newMerchantMinMinor, candidate.currency)}).`,
  };
}
