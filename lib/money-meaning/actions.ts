'use server';

import { revalidatePath } from 'next/cache';
import { requireWorkspace } from '@/lib/workspaces/current-workspace';
import { getDb } from '@/lib/db';
import { invalidForm, readFields, type FormState } from '@/lib/forms';
import { moneySettingsSchema } from './definitions';
import { saveMoneySettings } from './settings';

const FIELDS = ['savingsContributions', 'ownerDraws', 'loanPayments'] as const;

// Every page that shows money reads these settings, so all of them are refreshed.
const PAGES = ['/dashboard', '/cash-flow', '/budgets', '/spending', '/reports', '/settings'];

export async function saveMoneySettingsAction(_previous: FormState, form: FormData): Promise<FormState> {
  const actor = await requireWorkspace('write');
  const values = readFields(form, FIELDS, 40);
  const parsed = moneySettingsSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  await saveMoneySettings(getDb(), actor.workspaceId, parsed.data);
  for (const page of PAGES) revalidatePath(page);
  return { ok: true, message: 'Saved. Every page and new report now counts money this way.', values };
}
