import { randomBytes } from 'node:crypto';
import type { Db } from '@/lib/db';
import type { MonitoringSettingsInput } from './settings-schema';
import { DEFAULT_THRESHOLDS, type MonitoringThresholds } from './types';
import { recordSecurityEvent } from '@/lib/security/activity';
import type { ActorRef } from '@/lib/workspaces/actor';

export type MonitoringSettingsView = MonitoringThresholds & { webhookUrl: string | null; webhookSecret: string | null };

export async function getMonitoringSettings(db: Db, workspaceId: string): Promise<MonitoringSettingsView> {
  const row = await db.monitoringSettings.findUnique({ where: { workspaceId } });
  if (!row) return { ...DEFAULT_THRESHOLDS, webhookUrl: null, webhookSecret: null };
  const { largeMadMultiplier, largeMinMinor, newMerchantMinMinor, duplicateWindowMin, cardTestingMaxMinor, cardTestingCount, cardTestingWindowMin, foreignEnabled, webhookUrl, webhookSecret } = row;
  return { largeMadMultiplier, largeMinMinor, newMerchantMinMinor, duplicateWindowMin, cardTestingMaxMinor, cardTestingCount, cardTestingWindowMin, foreignEnabled, webhookUrl, webhookSecret };
}

/** Saves thresholds; a webhook gets a signing secret the first time one is set. */
export async function saveMonitoringSettings(db: Db, actor: ActorRef, input: MonitoringSettingsInput): Promise<MonitoringSettingsView> {
  const { workspaceId } = actor;
  const existing = await db.monitoringSettings.findUnique({ where: { workspaceId }, select: { webhookSecret: true, webhookUrl: true } });
  const webhookSecret = input.webhookUrl ? (existing?.webhookSecret ?? `whsec_${randomBytes(24).toString('base64url')}`) : (existing?.webhookSecret ?? null);
  const data = { ...input, webhookSecret };
  await db.monitoringSettings.upsert({ where: { workspaceId }, create: { workspaceId, ...data }, update: data });
  if ((existing?.webhookUrl ?? null) !== (input.webhookUrl ?? null)) await recordSecurityEvent(db, { userId: actor.id, kind: 'webhook_changed', detail: { webhookHost: hostOf(input.webhookUrl), removed: !input.webhookUrl } });
  return getMonitoringSettings(db, workspaceId);
}

// Only the host goes into the activity log: a webhook URL can carry a secret in its path or query.
function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}
