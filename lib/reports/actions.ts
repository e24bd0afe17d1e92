'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { invalidForm, readField, type FormState } from '@/lib/forms';
import { requireWorkspace } from '@/lib/workspaces/current-workspace';
import { hasRecentFactor, STEP_UP_MESSAGE } from '@/lib/auth/step-up';
import { getDb } from '@/lib/db';
import { createLendingReport, DEFAULT_EXPIRY_DAYS, MAX_EXPIRY_DAYS, revokeLendingReport } from './reports';

export type CreateReportState = FormState & { sharePath?: string; expiresAt?: string };

const createReportSchema = z.object({
  title: z.string().trim().min(1, 'Give the report a title, like “Mortgage pre-approval”.').max(120, 'Titles are at most 120 characters.'),
  expiresInDays: z.coerce
    .number({ error: 'Enter a number of days.' })
    .int('Enter a whole number of days.')
    .min(1, `Links last between 1 and ${MAX_EXPIRY_DAYS} days.`)
    .max(MAX_EXPIRY_DAYS, `Links last between 1 and ${MAX_EXPIRY_DAYS} days.`),
});

export async function createReportAction(_previous: CreateReportState, form: FormData): Promise<CreateReportState> {
  const actor = await requireWorkspace('write');
  const values = { title: readField(form, 'title').slice(0, 200), expiresInDays: readField(form, 'expiresInDays').slice(0, 10) || String(DEFAULT_EXPIRY_DAYS) };
  const parsed = createReportSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  // A share link shows the user's finances to whoever holds it: it asks for a recent factor.
  if (!(await hasRecentFactor(getDb(), actor.sessionId))) return { message: STEP_UP_MESSAGE, values, submission: Date.now() };
  const report = await createLendingReport(getDb(), actor, parsed.data);
  revalidatePath('/reports');
  return { ok: true, message: 'Report created. Copy the link now: for your safety Cashlens keeps only a fingerprint of it and cannot show it again.', sharePath: `/r/${report.token}`, expiresAt: report.expiresAt.toISOString(), values: { title: '', expiresInDays: String(DEFAULT_EXPIRY_DAYS) } };
}

export async function revokeReportAction(form: FormData): Promise<void> {
  const actor = await requireWorkspace('write');
  const reportId = z.string().min(1).max(64).safeParse(readField(form, 'reportId'));
  if (!reportId.success) return;
  await revokeLendingReport(getDb(), actor, reportId.data);
  revalidatePath('/reports');
}
