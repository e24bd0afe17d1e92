import { requireAccountProfile } from './account-profiles.js';
import { formatIsoDay, parseIsoDay } from './calendar.js';
import { HOLDER_CHANGE_DAY } from './contacts.js';
import { planDay } from './ledger-day.js';
import { FRAUD_KINDS, fraudKindOn, type FraudKind } from './recipes/okafor.js';

// Where in time each test scenario happens, read from the same generator that serves the data, so
// a test can set the sandbox clock to a date that holds its scenario instead of hoping "today" does.

export const SCENARIO_KINDS = [...FRAUD_KINDS, 'new_merchant', 'holder_change', 'amount_changed_on_posting'] as const;
export type ScenarioKind = (typeof SCENARIO_KINDS)[number];
export type ScenarioDay = { kind: ScenarioKind; day: string; accountId: string };

/** Longest span one question may cover: ten years of days. */
export const MAX_SCENARIO_SPAN_DAYS = 3_660;
// A purchase this large from a merchant the account never paid before is a "new merchant" case.
const NEW_MERCHANT_MIN_CENTS = 25_000;
const FRAUD_CARD = 'acc-okafor-card';
const CONSUMER_CARD = 'acc-rivera-card';

function isFraudKind(kind: ScenarioKind): kind is FraudKind {
  return (FRAUD_KINDS as readonly string[]).includes(kind);
}

/**
 * The days in [from, to] (YYYY-MM-DD, inclusive) on which a scenario happens, oldest first:
 * the fraud customer's four rotating cases, a large first purchase at a new merchant, the change of
 * holder, and the consumer's card purchases whose posted amount differs from the pending one
 * (restaurant tips, fuel pre-authorisations). A purchase made on a listed day is pending on that day.
 */
export function listScenarioDays(kind: ScenarioKind, from: string, to: string): ScenarioDay[] {
  const first = parseIsoDay(from);
  const last = parseIsoDay(to);
  if (Number.isNaN(first) || Number.isNaN(last)) throw new RangeError('from and to must be YYYY-MM-DD');
  if (last < first) throw new RangeError('from must not be after to');
  if (last - first > MAX_SCENARIO_SPAN_DAYS) throw new RangeError(`at most ${MAX_SCENARIO_SPAN_DAYS} days at once`);
  if (kind === 'holder_change') return HOLDER_CHANGE_DAY >= first && HOLDER_CHANGE_DAY <= last ? [{ kind, day: formatIsoDay(HOLDER_CHANGE_DAY), accountId: FRAUD_CARD }] : [];
  if (kind === 'new_merchant') return listNewMerchantDays(first, last);
  const found: ScenarioDay[] = [];
  for (let day = first; day <= last; day++) {
    if (isFraudKind(kind) ? fraudKindOn(day) === kind : hasAmountChangeOnPosting(day)) {
      found.push({ kind, day: formatIsoDay(day), accountId: isFraudKind(kind) ? FRAUD_CARD : CONSUMER_CARD });
    }
  }
  return found;
}

function hasAmountChangeOnPosting(day: number): boolean {
  return planDay(CONSUMER_CARD, day).fixed.some((event) => event.settle && !event.settle.vanishes && event.settle.postedAmountCents !== undefined && event.settle.postedAmountCents !== event.amountCents);
}

// "New" means never paid since the account opened, so the walk starts at the account's first day.
function listNewMerchantDays(first: number, last: number): ScenarioDay[] {
  const seen = new Set<string>();
  const found: ScenarioDay[] = [];
  for (let day = requireAccountProfile(FRAUD_CARD).openDay; day <= last; day++) {
    let isNew = false;
    for (const event of planDay(FRAUD_CARD, day).fixed) {
      if (event.memo !== 'DEBIT' || !event.payee) continue;
      if (!seen.has(event.payee) && event.amountCents >= NEW_MERCHANT_MIN_CENTS) isNew = true;
      seen.add(event.payee);
    }
    if (isNew && day >= first) found.push({ kind: 'new_merchant', day: formatIsoDay(day), accountId: FRAUD_CARD });
  }
  return found;
}
