import { monthEnd } from '@/lib/dates';

/** The /transactions list behind one cell of the spending report: that category, that month, posted rows. */
export function spendingDrillDownHref(filterValue: string, month: string): string {
  const params = new URLSearchParams({ category: filterValue, from: `${month}-01`, to: monthEnd(month), status: 'posted' });
  return `/transactions?${params}`;
}
