import { addDays } from '@/lib/dates';
import { formatMoney } from '@/lib/money';
import type { Finding, MonitoredTransaction } from '../types';
import { abs, money } from './describe';

// A charge in a foreign currency or from a merchant abroad, when the account has not seen that
// currency or country in the last 90 days: a trip raises one alert, not one per coffee.

export const FOREIGN_QUIET_DAYS = 90;
const HOME_COUNTRIES = new Set(['US', 'USA']);

export function foreignMarkersOf(row: MonitoredTransaction, accountCurrency: string): string[] {
  const markers: string[] = [];
  if (row.foreignCurrency && row.foreignCurrency.toUpperCase() !== accountCurrency.toUpperCase()) markers.push(`currency:${row.foreignCurrency.toUpperCase()}`);
  if (row.currency.toUpperCase() !== accountCurrency.toUpperCase()) markers.push(`currency:${row.currency.toUpperCase()}`);
  if (row.merchantCountry && !HOME_COUNTRIES.has(row.merchantCountry.toUpperCase())) markers.push(`country:${row.merchantCountry.toUpperCase()}`);
  return [...new Set(markers)];
}

/** `earlier`: the account's rows before the candidate (any age; only the last 90 days count). */
export function checkForeign(candidate: MonitoredTransaction, earlier: MonitoredTransaction[], accountCurrency: string): Finding | null {
  if (candidate.amountMinor >= 0n) return null;
  const markers = foreignMarkersOf(candidate, accountCurrency);
  if (markers.length === 0) return null;
  const since = addDays(candidate.at, -FOREIGN_QUIET_DAYS).getTime();
  const seen = new Set(earlier.filter((row) => row.at.getTime() >= since && row.identity !== candidate.identity).flatMap((row) => foreignMarkersOf(row, accountCurrency)));
  const fresh = markers.filter((marker) => !seen.has(marker));
  if (fresh.length === 0) return null;
  const currency = candidate.foreignCurrency ?? (candidate.currency !== accountCurrency ? candidate.currency : null);
  const where = candidate.merchantCountry && !HOME_COUNTRIES.has(candidate.merchantCountry.toUpperCase()) ? ` in ${candidate.merchantCountry.toUpperCase()}` : '';
  const foreignAmount = candidate.foreignAmountMinor !== null && candidate.foreignCurrency ? `${formatMoney(abs(candidate.foreignAmountMinor), candidate.foreignCurrency)}, ` : '';
  const what = currency ? `A charge in ${currency} (${foreignAmount}${money(candidate.amountMinor, candidate.currency)})` : `A charge of ${money(candidate.amountMinor, candidate.currency)}`;
  return {
    kind: 'foreign',
    severity: 'medium',
    reason: `${what} from ${candidate.merchantLabel}${where}; this account has had no ${currency ? `${currency} charges` : 'charges from there'} in the last ${FOREIGN_QUIET_DAYS} days.`,
  };
}
