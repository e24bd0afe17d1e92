import { BadInputError } from '@/lib/errors';
import { parseMoney } from '@/lib/money';
import type { SplitPart } from './edit';

export const MAX_SPLIT_PARTS = 20;

/**
 * The rows of the split form as parts: a row with neither a category nor an amount is skipped,
 * any other row needs an amount. An amount that is not one names its part in the error.
 */
export function readSplitParts(categories: string[], amounts: string[]): SplitPart[] {
  if (amounts.length > MAX_SPLIT_PARTS) throw new BadInputError(`A split has at most ${MAX_SPLIT_PARTS} parts.`);
  const parts: SplitPart[] = [];
  for (const [index, text] of amounts.entries()) {
    const categoryId = categories[index] || null;
    if (!text.trim() && !categoryId) continue;
    const amountMinor = parseMoney(text);
    if (amountMinor === null) throw new BadInputError(`Part ${index + 1}: "${text.slice(0, 40)}" is not an amount.`);
    parts.push({ categoryId, amountMinor, note: null });
  }
  return parts;
}

/** People type parts of a purchase as positive numbers: they take the transaction's sign. */
export function signSplitParts(parts: SplitPart[], transactionAmountMinor: bigint): SplitPart[] {
  if (transactionAmountMinor >= 0n) return parts;
  return parts.map((part) => (part.amountMinor > 0n ? { ...part, amountMinor: -part.amountMinor } : part));
}
