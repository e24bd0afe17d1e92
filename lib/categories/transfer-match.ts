// Money moving between the user's own accounts (checking → savings, card autopay, a line of
// credit draw) is neither income nor spending. A pair is two posted rows on different accounts
// of the same user, equal and opposite amounts, at most four days apart, and both looking like a
// transfer or payment to the bank (type TRANSFER/PAYMENT/WITHDRAWAL or a transfer-like category).
// Requiring both legs to look like transfers keeps a $50 Zelle payment from pairing with an
// unrelated $50 refund. Unpaired legs (a payment to someone else's account) stay ordinary money.

import { daysToMs } from '@/lib/dates';

export type TransferCandidate = { id: string; accountId: string; amountMinor: bigint; bookedOn: Date };

const transferTypes = new Set(['TRANSFER', 'PAYMENT', 'WITHDRAWAL', 'DEPOSIT']);
const transferCategories = new Set(['transfer', 'credit card payment', 'payment', 'loan', 'loan payment', 'mortgage', 'interest']);

export function looksLikeTransfer(bankTransactionType: string | null, bankCategory: string | null): boolean {
  const type = bankTransactionType?.toUpperCase() ?? '';
  const category = bankCategory?.toLowerCase() ?? '';
  if (type === 'DEPOSIT') return transferCategories.has(category);
  return transferTypes.has(type) || category === 'transfer' || category === 'credit card payment' || category === 'payment';
}

const sqlList = (values: Iterable<string>) => [...values].map((value) => `'${value}'`).join(', ');

/** `looksLikeTransfer` as a SQL condition on a Transaction alias (the same rule, for set-based pairing). */
export function looksLikeTransferSql(alias: string): string {
  const type = `UPPER(COALESCE(${alias}."bankTransactionType", ''))`;
  const category = `LOWER(COALESCE(${alias}."bankCategory", ''))`;
  return (
    `((${type} = 'DEPOSIT' AND ${category} IN (${sqlList(transferCategories)})) OR ` +
    `(${type} <> 'DEPOSIT' AND (${type} IN ('TRANSFER', 'PAYMENT', 'WITHDRAWAL') OR ${category} IN ('transfer', 'credit card payment', 'payment'))))`
  );
}

export const MAX_DAYS_APART = 4;

/** Pairs of ids, each row used at most once; the closest dates pair first. */
export function matchTransferPairs(candidates: TransferCandidate[]): [string, string][] {
  const outflows = candidates.filter((c) => c.amountMinor < 0n).sort((a, b) => a.bookedOn.getTime() - b.bookedOn.getTime());
  const inflowsByAmount = new Map<bigint, TransferCandidate[]>();
  for (const c of candidates) {
    if (c.amountMinor <= 0n) continue;
    const list = inflowsByAmount.get(c.amountMinor) ?? [];
    list.push(c);
    inflowsByAmount.set(c.amountMinor, list);
  }
  const used = new Set<string>();
  const pairs: [string, string][] = [];
  for (const out of outflows) {
    const options = inflowsByAmount.get(-out.amountMinor) ?? [];
    let best: TransferCandidate | null = null;
    let bestGap = Infinity;
    for (const inflow of options) {
      if (used.has(inflow.id) || inflow.accountId === out.accountId) continue;
      const gap = Math.abs(inflow.bookedOn.getTime() - out.bookedOn.getTime());
      if (gap <= daysToMs(MAX_DAYS_APART) && gap < bestGap) {
        best = inflow;
        bestGap = gap;
      }
    }
    if (best) {
      used.add(best.id);
      pairs.push([out.id, best.id]);
    }
  }
  return pairs;
}
