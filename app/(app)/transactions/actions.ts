'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireUser } from '@/lib/auth/current-user';
import { InputError, NotFoundError } from '@/lib/budgeting/errors';
import { applyRuleToExisting, createRule, deleteRule } from '@/lib/categories/rules';
import { ruleInputSchema } from '@/lib/categories/rule-schema';
import { getDb } from '@/lib/db';
import { parseMoney } from '@/lib/money';
import { bulkRecategorize, splitTransaction, updateTransactionDetails } from '@/lib/transactions/edit';

export type ActionState = { error?: string; fieldErrors?: Record<string, string[]>; message?: string; values?: Record<string, string>; submission?: number };

// Expected failures become a message next to the form; anything else is a bug and is thrown.
async function run(work: () => Promise<string>): Promise<ActionState> {
  try {
    return { message: await work() };
  } catch (error) {
    if (error instanceof InputError || error instanceof NotFoundError) return { error: error.message };
    throw error;
  }
}

const text = (max: number) => z.string().trim().max(max, `Keep this under ${max} characters.`).transform((v) => v || null);

const detailsSchema = z.object({
  id: z.string().min(1).max(64),
  categoryId: text(64),
  merchantName: text(100),
  notes: text(1000),
  tags: z.string().max(400, 'Too many tags.').transform((v) => v.split(',').map((t) => t.trim()).filter(Boolean)),
  always: z.preprocess((v) => v === 'on', z.boolean()),
});

export async function saveTransactionDetails(_: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = detailsSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
  const input = parsed.data;
  if (input.tags.some((t) => t.length > 40) || input.tags.length > 10) return { fieldErrors: { tags: ['Up to 10 tags of at most 40 characters each.'] } };
  const db = getDb();
  return run(async () => {
    await updateTransactionDetails(db, user.id, input.id, { categoryId: input.categoryId, merchantName: input.merchantName, notes: input.notes, tagNames: input.tags });
    let message = 'Saved.';
    if (input.always && input.categoryId) {
      const tx = await db.transaction.findFirst({ where: { id: input.id, userId: user.id }, select: { description: true, bankMerchantName: true } });
      const match = (tx?.bankMerchantName ?? tx?.description ?? '').slice(0, 100);
      const rule = ruleInputSchema.safeParse({ descriptionContains: match, setCategoryId: input.categoryId, setMerchantName: input.merchantName ?? '' });
      if (!rule.success) return 'Saved. This transaction has no description to build a rule from.';
      const ruleId = await createRule(db, user.id, rule.data);
      const count = await applyRuleToExisting(db, user.id, ruleId);
      message = `Saved. A rule now categorises "${match}" like this; it matched ${count} other transaction${count === 1 ? '' : 's'}.`;
    }
    revalidatePath('/transactions');
    return message;
  });
}

export async function saveSplit(_: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const id = String(form.get('id') ?? '');
  const categories = form.getAll('splitCategory').map(String);
  const amounts = form.getAll('splitAmount').map(String);
  const parts: { categoryId: string | null; amountMinor: bigint; note: string | null }[] = [];
  for (let i = 0; i < amounts.length; i++) {
    if (!amounts[i]!.trim() && !categories[i]) continue;
    const amount = parseMoney(amounts[i]!);
    if (amount === null) return { error: `Part ${i + 1}: "${amounts[i]}" is not an amount.` };
    parts.push({ categoryId: categories[i] || null, amountMinor: amount, note: null });
  }
  return run(async () => {
    // People type split parts as positive numbers; they take the transaction's sign.
    const tx = await getDb().transaction.findFirst({ where: { id, userId: user.id }, select: { amountMinor: true } });
    if (!tx) throw new NotFoundError('That transaction');
    const signed = parts.map((p) => ({ ...p, amountMinor: tx.amountMinor < 0n && p.amountMinor > 0n ? -p.amountMinor : p.amountMinor }));
    await splitTransaction(getDb(), user.id, id, signed);
    revalidatePath('/transactions');
    return signed.length ? 'Split saved.' : 'Split removed.';
  });
}

export async function bulkRecategorizeAction(_: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const ids = form.getAll('ids').map(String);
  const categoryId = String(form.get('bulkCategory') ?? '') || null;
  return run(async () => {
    const count = await bulkRecategorize(getDb(), user.id, ids, categoryId);
    revalidatePath('/transactions');
    return `Re-categorised ${count} transaction${count === 1 ? '' : 's'}.`;
  });
}

export async function createRuleAction(_: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const values = Object.fromEntries([...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  const parsed = ruleInputSchema.safeParse(values);
  if (!parsed.success) return { fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>, values, submission: Date.now() };
  return run(async () => {
    const db = getDb();
    const ruleId = await createRule(db, user.id, parsed.data);
    let message = 'Rule saved. It applies to new transactions as they arrive.';
    if (form.get('applyNow') === 'on') {
      const count = await applyRuleToExisting(db, user.id, ruleId);
      message = `Rule saved and applied: ${count} existing transaction${count === 1 ? '' : 's'} matched.`;
    }
    revalidatePath('/transactions', 'layout');
    return message;
  });
}

export async function applyRuleAction(form: FormData): Promise<void> {
  const user = await requireUser();
  try {
    await applyRuleToExisting(getDb(), user.id, String(form.get('ruleId') ?? ''));
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
  }
  revalidatePath('/transactions', 'layout');
}

export async function deleteRuleAction(form: FormData): Promise<void> {
  const user = await requireUser();
  try {
    await deleteRule(getDb(), user.id, String(form.get('ruleId') ?? ''));
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
  }
  revalidatePath('/transactions/rules');
}
