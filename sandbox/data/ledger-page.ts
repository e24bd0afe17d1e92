import { requireAccountProfile } from './account-profiles.js';
import { bulkEventId, keyDayOf, makeBulkEvent, planDay, readGenerationKey, viewEvent, type LedgerItem } from './ledger-day.js';
import { MAX_SETTLE_LAG_DAYS } from './sandbox-event.js';

// Paging over an account's transactions without materialising its history.
// Items are ordered by origin day, then time of day, then id; the window
// [startDay, endDay] applies to the posted date (pending: transaction date).
// Days whose items can no longer change are counted once and cached; only the
// days at the window's edges are generated to count them.

export type PageRequest = { startDay: number; endDay: number; offset: number; limit: number };
export type Page = { items: LedgerItem[]; total: number; nextOffset?: number };

const settledCounts = new Map<string, Int32Array>();
const MAX_TRACKED_DAYS = 40 * 366;

function settledCount(accountId: string, day: number, today: number): number {
  const profile = requireAccountProfile(accountId);
  const cacheKey = `${readGenerationKey()}|${accountId}`;
  let counts = settledCounts.get(cacheKey);
  if (!counts) {
    counts = new Int32Array(MAX_TRACKED_DAYS).fill(-1);
    settledCounts.set(cacheKey, counts);
  }
  const slot = day - profile.openDay;
  const cached = counts[slot];
  if (cached !== undefined && cached >= 0) return cached;
  const plan = planDay(accountId, day);
  let count = plan.bulkCount;
  for (const event of plan.fixed) if (viewEvent('', day, event, today)) count++;
  if (slot >= 0 && slot < MAX_TRACKED_DAYS) counts[slot] = count;
  return count;
}

function inWindow(item: LedgerItem, request: PageRequest): boolean {
  const keyDay = keyDayOf(item);
  return keyDay >= request.startDay && keyDay <= request.endDay;
}

function fixedItemsOn(accountId: string, day: number, today: number, request: PageRequest): LedgerItem[] {
  const plan = planDay(accountId, day);
  const items: LedgerItem[] = [];
  plan.fixed.forEach((event, n) => {
    const item = viewEvent(plan.fixedIds[n]!, day, event, today);
    if (item && inWindow(item, request)) items.push(item);
  });
  return items;
}

function bulkCountOn(accountId: string, day: number, today: number, request: PageRequest): number {
  // Bulk events post the day they happen, so the window test is on the day itself.
  return day <= today && day >= request.startDay && day <= request.endDay ? planDay(accountId, day).bulkCount : 0;
}

function countOn(accountId: string, day: number, today: number, request: PageRequest): number {
  const settled = day + MAX_SETTLE_LAG_DAYS <= Math.min(today, request.endDay) && day >= request.startDay;
  if (settled) return settledCount(accountId, day, today);
  return fixedItemsOn(accountId, day, today, request).length + bulkCountOn(accountId, day, today, request);
}

function sliceDay(accountId: string, day: number, today: number, request: PageRequest, from: number, take: number): LedgerItem[] {
  const fixed = fixedItemsOn(accountId, day, today, request);
  const out = fixed.slice(from, from + take);
  const bulkCount = bulkCountOn(accountId, day, today, request);
  const bulkFrom = Math.max(0, from - fixed.length);
  for (let index = bulkFrom; index < bulkCount && out.length < take; index++) {
    const event = makeBulkEvent(accountId, day, index, bulkCount);
    out.push({ transactionId: bulkEventId(accountId, day, index), status: 'POSTED', originDay: day, postedDay: day, amountCents: event.amountCents, event });
  }
  return out;
}

export function listTransactionsPage(accountId: string, request: PageRequest, today: number): Page {
  const profile = requireAccountProfile(accountId);
  const endDay = Math.min(request.endDay, today);
  const window = { ...request, endDay };
  const items: LedgerItem[] = [];
  let total = 0;
  if (window.startDay > endDay) return { items, total };
  for (let day = Math.max(profile.openDay, window.startDay - MAX_SETTLE_LAG_DAYS); day <= endDay; day++) {
    const count = countOn(accountId, day, today, window);
    if (count > 0 && items.length < window.limit && total + count > window.offset) {
      const from = Math.max(0, window.offset - total);
      items.push(...sliceDay(accountId, day, today, window, from, window.limit - items.length));
    }
    total += count;
  }
  const nextOffset = window.offset + items.length < total && items.length > 0 ? window.offset + items.length : undefined;
  return { items, total, nextOffset };
}
