import type { Db } from '@/lib/db';
import type { AlertDraft } from './types';

// Alerts are written once per dedupe key. A key already stored is a purchase we alerted on as
// pending that has now posted (or a re-run): the alert follows it to the posted row.

export async function saveAlerts(db: Db, workspaceId: string, drafts: AlertDraft[]): Promise<AlertDraft[]> {
  if (drafts.length === 0) return [];
  const unique = [...new Map(drafts.map((draft) => [draft.dedupeKey, draft])).values()];
  const existing = new Map<string, { id: string; transactionId: string | null }>();
  for (let start = 0; start < unique.length; start += 500) {
    const keys = unique.slice(start, start + 500).map((draft) => draft.dedupeKey);
    for (const row of await db.alert.findMany({ where: { workspaceId, dedupeKey: { in: keys } }, select: { id: true, dedupeKey: true, transactionId: true } })) existing.set(row.dedupeKey, row);
  }
  const fresh = unique.filter((draft) => !existing.has(draft.dedupeKey));
  const moved = unique.filter((draft) => {
    const known = existing.get(draft.dedupeKey);
    return known && draft.transactionId && known.transactionId !== draft.transactionId;
  });
  for (const draft of moved) await db.alert.update({ where: { id: existing.get(draft.dedupeKey)!.id }, data: { transactionId: draft.transactionId } });
  if (fresh.length > 0) await db.alert.createMany({ data: fresh.map((draft) => ({ workspaceId, ...draft })) });
  return fresh;
}
