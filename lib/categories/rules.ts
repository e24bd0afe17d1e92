import type { Db } from '@/lib/db';
import { bumpDataVersion } from '@/lib/page-cache/data-version';
import { refreshRollupsForRules } from '@/lib/budgeting/rollup-jobs';
import { BadInputError, NotFoundError } from '@/lib/errors';
import { applyRules, type ApplyLimits } from './apply-rules';
import type { RuleInput } from './rule-schema';

export async function listRules(db: Db, workspaceId: string) {
  return db.categoryRule.findMany({ where: { workspaceId }, orderBy: [{ priority: 'asc' }, { createdAt: 'asc' }] });
}

/** Saves a validated rule; ids it names must be the user's own. Returns the new rule's id. */
export async function createRule(db: Db, workspaceId: string, input: RuleInput): Promise<string> {
  if (input.setCategoryId && !(await db.category.findFirst({ where: { id: input.setCategoryId, workspaceId }, select: { id: true } }))) {
    throw new BadInputError('Choose one of your categories.');
  }
  if (input.accountId && !(await db.bankAccount.findFirst({ where: { id: input.accountId, workspaceId }, select: { id: true } }))) {
    throw new BadInputError('Choose one of your accounts.');
  }
  return db.$transaction(async (tx) => {
    const tag = input.addTagName
      ? await tx.tag.upsert({ where: { workspaceId_name: { workspaceId, name: input.addTagName } }, create: { workspaceId, name: input.addTagName }, update: {}, select: { id: true } })
      : null;
    const rule = await tx.categoryRule.create({
      data: {
        workspaceId,
        descriptionContains: input.descriptionContains,
        descriptionPattern: input.descriptionPattern,
        minAmountMinor: input.minAmount,
        maxAmountMinor: input.maxAmount,
        accountId: input.accountId,
        setCategoryId: input.setCategoryId,
        setMerchantName: input.setMerchantName,
        addTagId: tag?.id ?? null,
      },
      select: { id: true },
    });
    await bumpDataVersion(tx, workspaceId);
    return rule.id;
  });
}

export async function deleteRule(db: Db, workspaceId: string, id: string): Promise<void> {
  const { count } = await db.categoryRule.deleteMany({ where: { id, workspaceId } });
  if (count === 0) throw new NotFoundError('That rule');
  await bumpDataVersion(db, workspaceId);
}

// "Apply to existing" runs inside a request: past this it stops with a message (BadInputError).
const APPLY_BUDGET_MS = 20_000;

/** "Apply to existing transactions": every row of the user, user-categorised rows excepted. */
export async function applyRuleToExisting(db: Db, workspaceId: string, ruleId?: string, limits: ApplyLimits = { budgetMs: APPLY_BUDGET_MS }): Promise<number> {
  if (ruleId && !(await db.categoryRule.findFirst({ where: { id: ruleId, workspaceId }, select: { id: true } }))) throw new NotFoundError('That rule');
  try {
    return await applyRules(db, workspaceId, 'all', ruleId, limits);
  } finally {
    // Pages finished before a stop changed categories too: budgets must follow either way.
    await refreshRollupsForRules(db, workspaceId);
  }
}
