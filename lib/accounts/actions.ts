'use server';

import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import { requireWorkspace } from '@/lib/workspaces/current-workspace';
import { toIsoDay } from '@/lib/dates';
import { getDb, type Db } from '@/lib/db';
import { invalidForm, readField, readFields, runFormAction, type FormState } from '@/lib/forms';
import { createManualAccount, deleteBalanceValue, deleteManualAccount, requireManualAccount, setBalanceValue } from './manual-accounts';
import { balanceValueSchema, manualAccountSchema, manualTransactionSchema } from './manual-schema';
import { addManualTransaction, deleteManualTransaction, updateManualTransaction } from './manual-transactions';

// Manual accounts' forms. Every field is validated before anything is written; a refused form
// comes back with a message per field and what was typed. Dates are checked against the server's
// UTC day, the same day the bank dates use.

// Everything a manual change can move: the account list, the dashboard's cards, budgets, lists.
function revalidateMoneyPages(): void {
  for (const path of ['/accounts', '/dashboard', '/budgets', '/transactions', '/cash-flow']) revalidatePath(path);
}

const today = () => toIsoDay(new Date());
const done = (message: string): FormState => ({ ok: true, message, submission: Date.now() });

export async function createManualAccountAction(_: FormState, form: FormData): Promise<FormState> {
  const actor = await requireWorkspace('write');
  const values = readFields(form, ['name', 'kind', 'currency', 'openingDate', 'openingBalance']);
  const parsed = manualAccountSchema(today()).safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  return runFormAction(async () => {
    const accountId = await createManualAccount(getDb(), actor.workspaceId, parsed.data);
    await getDb().bankAccount.update({ where: { id: accountId }, data: { addedById: actor.id } });
    revalidateMoneyPages();
    return done(`Added ${parsed.data.name}.`);
  }, values);
}

type AccountFormSchema<T> = (today: string, currency: string) => z.ZodType<T>;

/**
 * A form about one manual account: the account is the user's (else "not found"), the fields are
 * checked in its currency against today, then `save` writes and every money page refreshes.
 */
async function saveForManualAccount<T>(
  form: FormData,
  fields: string[],
  schema: AccountFormSchema<T>,
  save: (db: Db, workspaceId: string, accountId: string, data: T, values: Record<string, string>) => Promise<unknown>,
  message: string,
): Promise<FormState> {
  const actor = await requireWorkspace('write');
  const values = readFields(form, ['accountId', ...fields]);
  return runFormAction(async () => {
    const account = await requireManualAccount(getDb(), actor.workspaceId, values.accountId ?? '');
    const parsed = schema(today(), account.currency).safeParse(values);
    if (!parsed.success) return invalidForm(parsed.error, values);
    await save(getDb(), actor.workspaceId, account.id, parsed.data, values);
    revalidateMoneyPages();
    return done(message);
  }, values);
}

export async function setBalanceValueAction(_: FormState, form: FormData): Promise<FormState> {
  return saveForManualAccount(form, ['day', 'balance'], balanceValueSchema, (db, workspaceId, accountId, data) => setBalanceValue(db, workspaceId, accountId, data), 'Value saved.');
}

const transactionFields = ['day', 'amount', 'direction', 'description', 'categoryId'];

export async function addManualTransactionAction(_: FormState, form: FormData): Promise<FormState> {
  return saveForManualAccount(form, transactionFields, manualTransactionSchema, (db, workspaceId, accountId, data) => addManualTransaction(db, workspaceId, accountId, data), 'Transaction added.');
}

export async function updateManualTransactionAction(_: FormState, form: FormData): Promise<FormState> {
  return saveForManualAccount(
    form,
    ['transactionId', ...transactionFields],
    manualTransactionSchema,
    (db, workspaceId, _accountId, data, values) => updateManualTransaction(db, workspaceId, values.transactionId ?? '', data),
    'Transaction saved.',
  );
}

/** A delete by id from a form: the signed-in user's row only, then every money page refreshed. */
async function deleteOwned(form: FormData, field: string, remove: (db: Db, workspaceId: string, id: string) => Promise<unknown>, message: string): Promise<FormState> {
  const actor = await requireWorkspace('write');
  return runFormAction(async () => {
    await remove(getDb(), actor.workspaceId, readField(form, field));
    revalidateMoneyPages();
    return done(message);
  });
}

export async function deleteManualAccountAction(_: FormState, form: FormData): Promise<FormState> {
  return deleteOwned(form, 'accountId', deleteManualAccount, 'Account deleted.');
}

export async function deleteBalanceValueAction(_: FormState, form: FormData): Promise<FormState> {
  return deleteOwned(form, 'valueId', deleteBalanceValue, 'Value deleted.');
}

export async function deleteManualTransactionAction(_: FormState, form: FormData): Promise<FormState> {
  return deleteOwned(form, 'transactionId', deleteManualTransaction, 'Transaction deleted.');
}
