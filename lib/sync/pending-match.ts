// Which posted transaction replaced which vanished pending one. FDX gives them different ids, so:
// 1. the bank's own link decides: a posted row whose referenceTransactionId names a pending id
//    settles that pending row and no other (a posted row naming another hold never matches fuzzily:
//    the user's edits would land on an unrelated charge);
// 2. only a posted row without a reference may match fuzzily (the caller passes one account's
//    rows): same direction of money, posted between 1 day before and 10 days after the pending date,
//    first seen no earlier than the pending row, and an amount within 25 % (tips are added at
//    posting). Identical merchant text only breaks ties; it never excuses a different amount.
// Pairs are chosen best-first across all candidates, each row used at most once.

import { daysBetween } from '@/lib/dates';

export type PendingCandidate = { id: string; bankTransactionId: string; amountMinor: bigint; bookedOn: Date; description: string; createdAt: Date };
export type PostedCandidate = PendingCandidate & { bankReferenceId: string | null };
export type PendingMatch = { pendingId: string; postedId: string };

export const matchRules = { daysBefore: 1, daysAfter: 10, amountTolerance: 0.25 };

/** Merchant text without store numbers, card masks and punctuation: "UBER *TRIP 8X2K" → "UBER TRIP". */
export function normaliseDescription(text: string): string {
  return text.toUpperCase().replace(/[^A-Z ]+/g, ' ').replace(/\s+/g, ' ').trim().split(' ').filter((w) => w.length > 1).slice(0, 3).join(' ');
}

function abs(value: bigint): bigint {
  return value < 0n ? -value : value;
}

function score(pending: PendingCandidate, posted: PostedCandidate): number | null {
  if (posted.bankReferenceId !== null) return posted.bankReferenceId === pending.bankTransactionId ? -1 : null;
  if (pending.amountMinor < 0n !== posted.amountMinor < 0n) return null;
  const days = daysBetween(pending.bookedOn, posted.bookedOn);
  if (days < -matchRules.daysBefore || days > matchRules.daysAfter) return null;
  if (posted.createdAt.getTime() < pending.createdAt.getTime()) return null;
  const base = abs(pending.amountMinor) || 1n;
  const relative = Number((abs(posted.amountMinor - pending.amountMinor) * 10_000n) / base) / 10_000;
  if (relative > matchRules.amountTolerance) return null;
  const sameText = normaliseDescription(pending.description) === normaliseDescription(posted.description);
  // Closer amounts first, then the same merchant text, then closer dates.
  return relative * 1_000 + (sameText ? 0 : 50) + Math.abs(days);
}

export function matchPendingToPosted(pending: PendingCandidate[], posted: PostedCandidate[]): PendingMatch[] {
  const pairs: { pendingId: string; postedId: string; score: number; key: string }[] = [];
  for (const p of pending) {
    for (const q of posted) {
      const s = score(p, q);
      if (s !== null) pairs.push({ pendingId: p.id, postedId: q.id, score: s, key: `${p.bankTransactionId}\u0000${q.bankTransactionId}` });
    }
  }
  // Ties break on the bank's ids, never our random ones, so the same bank data always pairs the same way.
  pairs.sort((a, b) => a.score - b.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const usedPending = new Set<string>();
  const usedPosted = new Set<string>();
  const matches: PendingMatch[] = [];
  for (const pair of pairs) {
    if (usedPending.has(pair.pendingId) || usedPosted.has(pair.postedId)) continue;
    usedPending.add(pair.pendingId);
    usedPosted.add(pair.postedId);
    matches.push({ pendingId: pair.pendingId, postedId: pair.postedId });
  }
  return matches;
}
