import { addMonths, currentMonth, isMonth } from '@/lib/dates';
import { MAX_CASH_FLOW_MONTHS } from './cash-flow';

export type CashFlowRange = { from: string; to: string; error: string | null };

/** ?from=YYYY-MM&to=YYYY-MM, defaulting to the last twelve months; at most ten years. */
export function parseCashFlowRange(params: Record<string, string | string[] | undefined>, now = new Date()): CashFlowRange {
  const first = (key: string) => (Array.isArray(params[key]) ? params[key][0] : params[key])?.trim() || null;
  const to = first('to') ?? currentMonth(now);
  const from = first('from') ?? addMonths(to, -11);
  const fallback = { from: addMonths(currentMonth(now), -11), to: currentMonth(now) };
  if (!isMonth(from) || !isMonth(to)) return { ...fallback, error: 'Choose real months (YYYY-MM). Showing the last twelve months.' };
  if (from > to) return { ...fallback, error: 'The start month is after the end month. Showing the last twelve months.' };
  if (from < addMonths(to, -(MAX_CASH_FLOW_MONTHS - 1))) return { from: addMonths(to, -(MAX_CASH_FLOW_MONTHS - 1)), to, error: 'Cash flow covers at most ten years; showing the last ten years of that range.' };
  return { from, to, error: null };
}
