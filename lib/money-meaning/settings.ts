import type { Db } from '@/lib/db';
import { bumpDataVersion } from '@/lib/page-cache/data-version';
import { DEFAULT_MONEY_SETTINGS, moneySettingsSchema, type MoneySettings } from './definitions';

// The user's choices, stored once per user; a user who never chose gets the defaults. A stored
// value this version does not know (written by a newer one, or edited by hand) reads as the default.

export async function getMoneySettings(db: Db, workspaceId: string): Promise<MoneySettings> {
  const row = await db.moneySettings.findUnique({ where: { workspaceId }, select: { savingsContributions: true, ownerDraws: true, loanPayments: true } });
  if (!row) return DEFAULT_MONEY_SETTINGS;
  const parsed = moneySettingsSchema.safeParse(row);
  return parsed.success ? parsed.data : DEFAULT_MONEY_SETTINGS;
}

export async function saveMoneySettings(db: Db, workspaceId: string, settings: MoneySettings): Promise<void> {
  const data = moneySettingsSchema.parse(settings);
  await db.moneySettings.upsert({ where: { workspaceId }, create: { workspaceId, ...data }, update: data });
  // Every figure on the insight pages is counted by these settings.
  await bumpDataVersion(db, workspaceId);
}
