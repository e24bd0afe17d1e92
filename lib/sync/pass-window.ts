import { addIsoDays, addMonths, maxDay, monthStart, toIsoDay } from '@/lib/dates';

// The dates a pass asks the bank for. An incremental pass reads its whole window at once. A first
// pass (the whole history) reads it in two parts, newest first: the current and previous month
// (lib/sync/recent-first.ts, so the dashboard fills in within seconds), then everything older.
// Each row is read once, and the pass's reconcile still covers the whole window.

export type DateWindow = { start: string; end: string };
type PassDates = DateWindow & { fullHistory: boolean };

/** The first day of the month before the bank's today. */
export function recentWindowStart(bankToday: string): string {
  return toIsoDay(monthStart(addMonths(bankToday.slice(0, 7), -1)));
}

/** The part of a first pass read before the rest. */
export function recentWindow(pass: PassDates): DateWindow {
  return { start: maxDay(pass.start, recentWindowStart(pass.end))!, end: pass.end };
}

/** What the paged loop of a pass reads: all of it, or for a first pass what precedes its recent months. */
export function pagedWindow(pass: PassDates): DateWindow {
  if (!pass.fullHistory) return { start: pass.start, end: pass.end };
  return { start: pass.start, end: addIsoDays(recentWindow(pass).start, -1) };
}

export function isEmptyWindow(window: DateWindow): boolean {
  return window.end < window.start;
}
