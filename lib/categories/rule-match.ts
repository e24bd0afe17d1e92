import { compileUserPattern, type UserPattern } from './user-pattern';

// Whether a rule's conditions hold for a transaction. Pure, so the same code decides during
// sync, on "apply to existing", and in tests. Amount conditions compare the absolute amount:
// people think "between $10 and $20", not about the sign.

export type RuleConditions = {
  descriptionContains: string | null;
  descriptionPattern: string | null;
  minAmountMinor: bigint | null;
  maxAmountMinor: bigint | null;
  accountId: string | null;
};

export type MatchableTransaction = { description: string; bankMerchantName: string | null; amountMinor: bigint; accountId: string };

export type CompiledRule<R extends RuleConditions = RuleConditions> = R & { regex: UserPattern | null };

const neverMatches: UserPattern = { test: () => false };

export function compileRule<R extends RuleConditions>(rule: R): CompiledRule<R> {
  let regex: UserPattern | null = null;
  // A stored pattern was validated on save; one that no longer compiles (say, saved before
  // patterns moved to RE2) just never matches.
  if (rule.descriptionPattern) {
    const compiled = compileUserPattern(rule.descriptionPattern);
    regex = typeof compiled === 'string' ? neverMatches : compiled;
  }
  return { ...rule, regex };
}

export function ruleMatches(rule: CompiledRule, tx: MatchableTransaction): boolean {
  const hasCondition =
    rule.descriptionContains || rule.regex || rule.minAmountMinor !== null || rule.maxAmountMinor !== null || rule.accountId;
  if (!hasCondition) return false;
  const text = `${tx.description} ${tx.bankMerchantName ?? ''}`.slice(0, 2048);
  if (rule.descriptionContains && !text.toLowerCase().includes(rule.descriptionContains.toLowerCase())) return false;
  if (rule.regex && !rule.regex.test(text)) return false;
  const magnitude = tx.amountMinor < 0n ? -tx.amountMinor : tx.amountMinor;
  if (rule.minAmountMinor !== null && magnitude < rule.minAmountMinor) return false;
  if (rule.maxAmountMinor !== null && magnitude > rule.maxAmountMinor) return false;
  if (rule.accountId && rule.accountId !== tx.accountId) return false;
  return true;
}
