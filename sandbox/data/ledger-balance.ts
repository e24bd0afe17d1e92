import { requireAccountProfile } from './account-profiles.js';
import { makeBulkEvent, planDay, readGenerationKey, viewEvent, type LedgerItem } from './ledger-day.js';
import { MAX_SETTLE_LAG_DAYS } from './sandbox-event.js';

// Balances are the opening balance plus every posting, so they always agree
// with the transactions. Posted totals per day never change once the day has
// passed, so the running sum is built once per process and then extended as
// the clock moves. (For a million-transaction account this first build walks
// every deposit once; pages of transactions never need it.)

type RunningSums = { through: number; cumulative: number[] };
const sums = new Map<string, RunningSums>();

export function signOf(accountId: string, memo: 'DEBIT' | 'CREDIT'): 1 | -1 {
  const isDeposit = requireAccountProfile(accountId).routingNumber !== undefined;
  // Deposits: credits add money. Cards, lines and loans: debits add to what is owed.
  return (memo === 'CREDIT') === isDeposit ? 1 : -1;
}

function extend(accountId: string, state: RunningSums, today: number): void {
  const profile = requireAccountProfile(accountId);
  if (state.through >= today) return;
  const net = new Map<number, number>();
  for (let day = Math.max(profile.openDay, state.through + 1 - MAX_SETTLE_LAG_DAYS); day <= today; day++) {
    const plan = planDay(accountId, day);
    for (const event of plan.fixed) {
      const item = viewEvent('', day, event, today);
      if (item?.status === 'POSTED' && item.postedDay! > state.through) net.set(item.postedDay!, (net.get(item.postedDay!) ?? 0) + signOf(accountId, event.memo) * item.amountCents);
    }
    if (day > state.through) {
      let bulkNet = 0;
      for (let index = 0; index < plan.bulkCount; index++) {
        const event = makeBulkEvent(accountId, day, index, plan.bulkCount);
        bulkNet += signOf(accountId, event.memo) * event.amountCents;
      }
      if (bulkNet) net.set(day, (net.get(day) ?? 0) + bulkNet);
    }
  }
  let running = state.cumulative.at(-1) ?? profile.openingBalanceCents;
  for (let day = state.through + 1; day <= today; day++) {
    running += net.get(day) ?? 0;
    state.cumulative.push(running);
  }
  state.through = today;
}

// Posted balance at the end of `day` (opening balance before the account opened).
export function readPostedBalance(accountId: string, day: number, today: number): number {
  const profile = requireAccountProfile(accountId);
  const key = `${readGenerationKey()}|${accountId}`;
  let state = sums.get(key);
  if (!state) {
    state = { through: profile.openDay - 1, cumulative: [] };
    sums.set(key, state);
  }
  extend(accountId, state, Math.min(day, today));
  const slot = Math.min(day, today) - profile.openDay;
  if (slot < 0) return profile.openingBalanceCents;
  return state.cumulative[slot] ?? profile.openingBalanceCents;
}

export function listPendingItems(accountId: string, today: number): LedgerItem[] {
  const items: LedgerItem[] = [];
  for (let day = today - MAX_SETTLE_LAG_DAYS; day <= today; day++) {
    const plan = planDay(accountId, day);
    plan.fixed.forEach((event, n) => {
      const item = viewEvent(plan.fixedIds[n]!, day, event, today);
      if (item?.status === 'PENDING') items.push(item);
    });
  }
  return items;
}

export function readBalances(accountId: string, today: number): { currentCents: number; pendingNetCents: number } {
  const currentCents = readPostedBalance(accountId, today, today);
  const pendingNetCents = listPendingItems(accountId, today).reduce((sum, item) => sum + signOf(accountId, item.event.memo) * item.amountCents, 0);
  return { currentCents, pendingNetCents };
}

export function clearLedgerCaches(): void {
  sums.clear();
}
