import { trackBackgroundWork } from '@/lib/background-work';
import type { Db } from '@/lib/db';
import { checkHolders } from './holders';
import { loadRowsSince } from './load-rows';
import { holderChangeAlerts } from './rules/holder-change';
import { saveAlerts } from './save-alerts';
import type { MonitoringSettingsView } from './settings';
import type { MonitoredAccount } from './types';
import { queueWebhookDelivery } from './webhook';
import { log } from '@/lib/log';

// The holder check of a sync run, beside the sync rather than in it: it calls the bank (one
// /contact per account, under a time limit), so the sync never waits for it, and a slow or failing
// bank only delays this alert. When the holders changed, every row the run brought to that account
// is the "activity after a change of holder".

const inFlight = new Set<Promise<void>>();

type HolderWatchJob = { db: Db; workspaceId: string; connectionId: string; runId?: string; now: Date; windowStart: Date; settings: MonitoringSettingsView; accounts: MonitoredAccount[] };

async function runHolderWatch(job: HolderWatchJob): Promise<void> {
  const { db, workspaceId } = job;
  const changes = await checkHolders(db, workspaceId, job.connectionId, job.now);
  if (changes.length === 0) return;
  const run = job.runId ? await db.syncRun.findUnique({ where: { id: job.runId }, select: { startedAt: true } }) : null;
  const changed = changes.map((change) => change.accountId);
  const rows = run ? await loadRowsSince(db, workspaceId, changed, run.startedAt, job.windowStart) : [];
  const accounts = new Map(job.accounts.map((account) => [account.id, account]));
  const drafts = changes.flatMap((change) => holderChangeAlerts(change, accounts.get(change.accountId)!, rows, job.runId));
  const created = await saveAlerts(db, workspaceId, drafts);
  if (created.length > 0 && job.settings.webhookUrl && job.settings.webhookSecret) {
    queueWebhookDelivery(db, { workspaceId, url: job.settings.webhookUrl, secret: job.settings.webhookSecret }, created);
  }
}

export function startHolderWatch(job: HolderWatchJob): void {
  const running = runHolderWatch(job)
    .catch((error: unknown) => log.warn('monitoring: holder check failed', { connectionId: job.connectionId, error }))
    .finally(() => inFlight.delete(running));
  inFlight.add(running);
  trackBackgroundWork(running);
}

/** For tests and graceful shutdown: waits for holder checks already started. */
export async function settleHolderWatches(): Promise<void> {
  while (inFlight.size > 0) await Promise.all([...inFlight]);
}
