'use server';

import { revalidatePath } from 'next/cache';
import { invalidForm, readField, readFields, type FormState } from '@/lib/forms';
import { requireWorkspace } from '@/lib/workspaces/current-workspace';
import { hasRecentFactor, STEP_UP_MESSAGE } from '@/lib/auth/step-up';
import { getDb } from '@/lib/db';
import { alertDecisionSchema, decideAlert } from './alerts';
import { getMonitoringSettings, saveMonitoringSettings } from './settings';
import { monitoringSettingsSchema } from './settings-schema';

const SETTINGS_FIELDS = ['largeMadMultiplier', 'largeMinMinor', 'newMerchantMinMinor', 'duplicateWindowMin', 'cardTestingMaxMinor', 'cardTestingCount', 'cardTestingWindowMin', 'webhookUrl'] as const;

export async function saveMonitoringSettingsAction(_previous: FormState, form: FormData): Promise<FormState> {
  const actor = await requireWorkspace('write');
  const values = readFields(form, SETTINGS_FIELDS);
  const parsed = monitoringSettingsSchema.safeParse({ ...values, foreignEnabled: readField(form, 'foreignEnabled') === 'on' });
  if (!parsed.success) return invalidForm(parsed.error, values, 'Some thresholds are outside their allowed ranges. Nothing was saved.');
  const db = getDb();
  // Where alerts are sent is a way to read them: changing it asks for a recent factor.
  const current = await getMonitoringSettings(db, actor.workspaceId);
  if ((current.webhookUrl ?? null) !== (parsed.data.webhookUrl ?? null) && !(await hasRecentFactor(db, actor.sessionId))) {
    return { message: STEP_UP_MESSAGE, values, submission: Date.now() };
  }
  await saveMonitoringSettings(db, actor, parsed.data);
  revalidatePath('/settings');
  return { ok: true, message: 'Monitoring settings saved. They apply from the next sync.', values };
}

/** "This was me" / "Report as fraud" (and "Mark unread"). */
export async function decideAlertAction(form: FormData): Promise<void> {
  const actor = await requireWorkspace('write');
  const parsed = alertDecisionSchema.safeParse({ alertId: readField(form, 'alertId'), decision: readField(form, 'decision') });
  if (!parsed.success) return;
  await decideAlert(getDb(), actor.workspaceId, parsed.data.alertId, parsed.data.decision);
  revalidatePath('/alerts');
  revalidatePath('/', 'layout');
}
