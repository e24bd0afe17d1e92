import { requireAccountProfile } from './account-profiles.js';
import { compactDay } from './calendar.js';
import { findAccountRecipe } from './recipes/registry.js';
import type { SandboxEvent } from './sandbox-event.js';
import { readBusinessTransactionTarget, readSandboxSeed } from './settings.js';

// One account, one origin day: the events a recipe planned, and what of them
// is visible on a given sandbox "today" (pending, posted under a new id, or gone).

export type LedgerItem = {
  transactionId: string;
  referenceTransactionId?: string;
  status: 'PENDING' | 'POSTED';
  originDay: number;
  postedDay?: number;
  amountCents: number;
  event: SandboxEvent;
};

export type PlannedDay = { fixed: SandboxEvent[]; fixedIds: string[]; bulkCount: number };

// Work counters let tests prove that serving a page did not replay history.
export const ledgerWork = { daysPlanned: 0, bulkEventsGenerated: 0 };

export function resetLedgerWork(): void {
  ledgerWork.daysPlanned = 0;
  ledgerWork.bulkEventsGenerated = 0;
}

export function readGenerationKey(): string {
  return `${readSandboxSeed()}|${readBusinessTransactionTarget()}`;
}

const planCache = new Map<string, PlannedDay>();
const PLAN_CACHE_LIMIT = 2_048;

export function planDay(accountId: string, day: number): PlannedDay {
  const cacheKey = `${readGenerationKey()}|${accountId}|${day}`;
  const hit = planCache.get(cacheKey);
  if (hit) return hit;
  ledgerWork.daysPlanned++;
  const recipe = findAccountRecipe(accountId);
  const profile = requireAccountProfile(accountId);
  const plan = recipe && day >= profile.openDay ? recipe.planDay(readSandboxSeed(), day) : { fixed: [], bulkCount: 0 };
  // Stable order inside a day: time, then the recipe's own order.
  const fixed = plan.fixed.map((event, index) => ({ event, index })).sort((a, b) => a.event.secondOfDay - b.event.secondOfDay || a.index - b.index).map(({ event }) => event);
  const stamp = `${profile.code}-${compactDay(day)}`;
  const planned: PlannedDay = { fixed, fixedIds: fixed.map((_, n) => `${stamp}-F${String(n).padStart(3, '0')}`), bulkCount: plan.bulkCount };
  if (planCache.size >= PLAN_CACHE_LIMIT) planCache.delete(planCache.keys().next().value as string);
  planCache.set(cacheKey, planned);
  return planned;
}

export function makeBulkEvent(accountId: string, day: number, index: number, count: number): SandboxEvent {
  const recipe = findAccountRecipe(accountId);
  if (!recipe?.makeBulkEvent) throw new Error(`${accountId} has no bulk events`);
  ledgerWork.bulkEventsGenerated++;
  return recipe.makeBulkEvent(readSandboxSeed(), day, index, count);
}

export function bulkEventId(accountId: string, day: number, index: number): string {
  return `${requireAccountProfile(accountId).code}-${compactDay(day)}-B${String(index).padStart(6, '0')}`;
}

// What one planned event looks like on `today`, or null if it is not visible.
export function viewEvent(baseId: string, originDay: number, event: SandboxEvent, today: number): LedgerItem | null {
  if (originDay > today) return null;
  if (!event.settle) return { transactionId: baseId, status: 'POSTED', originDay, postedDay: originDay, amountCents: event.amountCents, event };
  const postedDay = originDay + event.settle.lagDays;
  const pendingId = `${baseId}-P`;
  if (today < postedDay) return { transactionId: pendingId, status: 'PENDING', originDay, amountCents: event.amountCents, event };
  if (event.settle.vanishes) return null;
  // Posting gets a new id and points back at the authorisation it replaces.
  return { transactionId: `${baseId}-S`, referenceTransactionId: pendingId, status: 'POSTED', originDay, postedDay, amountCents: event.settle.postedAmountCents ?? event.amountCents, event };
}

export function keyDayOf(item: LedgerItem): number {
  return item.postedDay ?? item.originDay;
}
