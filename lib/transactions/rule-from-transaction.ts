import type { Db } from '@/lib/db';
import { applyRuleToExisting, createRule } from '@/lib/categories/rules';
import { ruleInputSchema, type RuleInput } from '@/lib/categories/rule-schema';
import { NotFoundError } from '@/lib/errors';

// "Always categorise like this": a rule built from one transaction, so its look-alikes (past and
// future) get the same category and merchant name.

export type RuleSource = { description: string; bankMerchantName: string | null };
export type RuleActions = { categoryId: string; merchantName: string | null };

/**
 * The rule for a transaction: it matches the bank's merchant name when there is one (stable across
 * store numbers), otherwise the description. Null when there is nothing to match on.
 */
export function buildRuleFromTransaction(source: RuleSource, actions: RuleActions): { match: string; rule: RuleInput } | null {
  const match = (source.bankMerchantName || source.description).trim().slice(0, 100);
  const parsed = ruleInputSchema.safeParse({ descriptionContains: match, setCategoryId: actions.categoryId, setMerchantName: actions.merchantName ?? '' });
  return parsed.success ? { match, rule: parsed.data } : null;
}

/** Creates that rule and applies it to the user's existing transactions; null when none could be built. */
export async function createRuleFromTransaction(
  db: Db,
  workspaceId: string,
  transactionId: string,
  actions: RuleActions,
): Promise<{ match: string; matched: number } | null> {
  const source = await db.transaction.findFirst({ where: { id: transactionId, workspaceId }, select: { description: true, bankMerchantName: true } });
  if (!source) throw new NotFoundError('That transaction');
  const built = buildRuleFromTransaction(source, actions);
  if (!built) return null;
  const ruleId = await createRule(db, workspaceId, built.rule);
  return { match: built.match, matched: await applyRuleToExisting(db, workspaceId, ruleId) };
}
