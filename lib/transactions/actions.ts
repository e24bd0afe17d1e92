'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireWorkspace } from '@/lib/workspaces/current-workspace';
import { applyRuleToExisting, createRule, deleteRule } from '@/lib/categories/rules';
import { ruleInputSchema } from '@/lib/categories/rule-schema';
import { getDb } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import { invalidForm, readField, readFieldList, readFields, readOptionalField, runFormAction, type FormState } from '@/lib/forms';
import { bulkRecategorize, splitTransaction, updateTransactionDetails } from './edit';
import { createRuleFromTransaction } from './rule-from-transaction';
import { readSplitParts, signSplitParts } from './split-parts';
import { recordActivity } from '@/lib/workspaces/activity';
import { assertTransactionsVisible } from '@/lib/workspaces/visibility';

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

const text = (max: number) => z.string().trim().max(max, `Keep this under ${max} characters.`).transform((v) => v || null);

const detailsSchema = z.object({
  id: z.string().min(1).max(64),
  categoryId: text(64),
  merchantName: text(100),
  notes: text(1000),
  tags: z
    .string()
    .max(400, 'Too many tags.')
    .transform((v) => v.split(',').map((t) => t.trim()).filter(Boolean))
    .refine((tags) => tags.length <= 10 && tags.every((t) => t.length <= 40), 'Up to 10 tags of at most 40 characters each.'),
  always: z.boolean(),
});

export async function saveTransactionDetails(_: FormState, form: FormData): Promise<FormState> {
  const actor = await requireWorkspace('write');
  const parsed = detailsSchema.safeParse({ ...readFields(form, ['id', 'categoryId', 'merchantName', 'notes', 'tags']), always: readField(form, 'always') === 'on' });
  if (!parsed.success) return invalidForm(parsed.error);
  const input = parsed.data;
  const db = getDb();
  return runFormAction(async () => {
    await assertTransactionsVisible(db, actor.workspaceId, actor.id, [input.id]);
    await updateTransactionDetails(db, actor.workspaceId, input.id, { categoryId: input.categoryId, merchantName: input.merchantName, notes: input.notes, tagNames: input.tags });
    let message = 'Saved.';
    if (input.always && input.categoryId) {
      const rule = await createRuleFromTransaction(db, actor.workspaceId, input.id, { categoryId: input.categoryId, merchantName: input.merchantName });
      message = rule
        ? `Saved. A rule now categorises "${rule.match}" like this; it matched ${plural(rule.matched, 'other transaction')}.`
        : 'Saved. This transaction has no description to build a rule from.';
    }
    await recordActivity(db, actor, 'transaction.edited', `Edited a transaction${input.merchantName ? ` (${input.merchantName})` : ''}`, input.id);
    revalidatePath('/transactions');
    return { ok: true, message };
  });
}

export async function saveSplit(_: FormState, form: FormData): Promise<FormState> {
  const actor = await requireWorkspace('write');
  const id = readField(form, 'id');
  return runFormAction(async () => {
    const parts = readSplitParts(readFieldList(form, 'splitCategory'), readFieldList(form, 'splitAmount'));
    const db = getDb();
    const tx = await db.transaction.findFirst({ where: { id, workspaceId: actor.workspaceId }, select: { amountMinor: true } });
    if (!tx) throw new NotFoundError('That transaction');
    await assertTransactionsVisible(db, actor.workspaceId, actor.id, [id]);
    const signed = signSplitParts(parts, tx.amountMinor);
    await splitTransaction(db, actor.workspaceId, id, signed);
    await recordActivity(db, actor, 'transaction.split', signed.length ? `Split a transaction into ${signed.length} parts` : 'Removed a split', id);
    revalidatePath('/transactions');
    return { ok: true, message: signed.length ? 'Split saved.' : 'Split removed.' };
  });
}

export async function bulkRecategorizeAction(_: FormState, form: FormData): Promise<FormState> {
  const actor = await requireWorkspace('write');
  const ids = readFieldList(form, 'ids');
  const categoryId = readOptionalField(form, 'bulkCategory') ?? null;
  return runFormAction(async () => {
    const db = getDb();
    await assertTransactionsVisible(db, actor.workspaceId, actor.id, ids);
    const count = await bulkRecategorize(db, actor.workspaceId, ids, categoryId);
    await recordActivity(db, actor, 'transactions.recategorized', `Re-categorised ${plural(count, 'transaction')}`);
    revalidatePath('/transactions');
    return { ok: true, message: `Re-categorised ${plural(count, 'transaction')}.` };
  });
}

const RULE_FIELDS = ['descriptionContains', 'descriptionPattern', 'minAmount', 'maxAmount', 'accountId', 'setCategoryId', 'setMerchantName', 'addTagName'] as const;

export async function createRuleAction(_: FormState, form: FormData): Promise<FormState> {
  const actor = await requireWorkspace('write');
  const values = readFields(form, RULE_FIELDS);
  const parsed = ruleInputSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  return runFormAction(async () => {
    const db = getDb();
    const ruleId = await createRule(db, actor.workspaceId, parsed.data);
    await recordActivity(db, actor, 'rule.created', `Added a rule${parsed.data.descriptionContains ? ` for “${parsed.data.descriptionContains}”` : ''}`, ruleId);
    let message = 'Rule saved. It applies to new transactions as they arrive.';
    if (readField(form, 'applyNow') === 'on') {
      const count = await applyRuleToExisting(db, actor.workspaceId, ruleId);
      message = `Rule saved and applied: ${plural(count, 'existing transaction')} matched.`;
    }
    revalidatePath('/transactions', 'layout');
    return { ok: true, message };
  }, values);
}

// A rule someone else owns, or one already deleted in another tab, is quietly left alone.
async function ignoreNotFound(work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
  }
}

export async function applyRuleAction(form: FormData): Promise<void> {
  const actor = await requireWorkspace('write');
  const ruleId = readField(form, 'ruleId');
  await ignoreNotFound(async () => {
    const count = await applyRuleToExisting(getDb(), actor.workspaceId, ruleId);
    await recordActivity(getDb(), actor, 'rule.applied', `Applied a rule to ${plural(count, 'existing transaction')}`, ruleId);
  });
  revalidatePath('/transactions', 'layout');
}

export async function deleteRuleAction(form: FormData): Promise<void> {
  const actor = await requireWorkspace('write');
  const ruleId = readField(form, 'ruleId');
  await ignoreNotFound(async () => {
    await deleteRule(getDb(), actor.workspaceId, ruleId);
    await recordActivity(getDb(), actor, 'rule.deleted', 'Deleted a rule', ruleId);
  });
  revalidatePath('/transactions/rules');
}
