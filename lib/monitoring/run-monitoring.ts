import { addDays, startOfDay, toIsoDay } from '@/lib/dates';
import type { Db } from '@/lib/db';
import { evaluateCandidates, prepareHistory, type PreparedHistory } from './evaluate';
import { startHolderWatch } from './holder-watch';
import { HISTORY_DAYS, loadOlderMerchantDays, loadRecentDebits } from './load-rows';
import { abs, isPurchase } from './rules/describe';
import { saveAlerts } from './save-alerts';
import { getMonitoringSettings, type MonitoringSettingsView } from './settings';
import type { MonitoredAccount, MonitoredTransaction } from './types';
import { queueWebhookDelivery } from './webhook';

// Monitoring for a sync run's new rows. Only rows from the last ALERT_WINDOW_DAYS can alert: the
// years of history a first sync brings in are the baseline the rules compare with, not news.
//
// A sync hands its new rows over in chunks, after every row is written. So a run reads its history
// once (the outgoing rows of the last HISTORY_DAYS + ALERT_WINDOW_DAYS, which hold every row the
// purchase rules can alert on), re-reads the holders at the same time, and judges each chunk from
// memory: a fixed handful of queries per run, whatever its size, and none per transaction.
// Re-reading the holders is a call to the bank: it runs beside the sync, not in its way
// (holder-watch.ts), like webhook deliveries.

export const ALERT_WINDOW_DAYS = 30;

export type MonitoringBatch = { db: Db; workspaceId: string; connectionId: string; runId?: string; transactionIds: string[]; now?: Date };
export type MonitoringResult = { evaluated: number; created: number };

type RunState = {
  windowStart: Date;
  settings: MonitoringSettingsView;
  byId: Map<string, MonitoredTransaction>;
  history: PreparedHistory;
  accounts: Map<string, MonitoredAccount>;
  olderMerchantDays: Map<string, string | null>;
  merchantFirstSeen: Map<string, string>;
};
const runStates = new Map<string, Promise<RunState>>();

async function loadRunState(batch: MonitoringBatch, windowStart: Date, now: Date): Promise<RunState> {
  const { db, workspaceId, connectionId } = batch;
  const accounts = await db.bankAccount.findMany({ where: { connectionId, workspaceId }, select: { id: true, name: true, currency: true } });
  const [settings, recent] = await Promise.all([
    getMonitoringSettings(db, workspaceId),
    loadRecentDebits(db, workspaceId, accounts.map((account) => account.id), addDays(windowStart, -HISTORY_DAYS)),
  ]);
  startHolderWatch({ db, workspaceId, connectionId, runId: batch.runId, now, windowStart, settings, accounts });
  const merchantFirstSeen = new Map<string, string>();
  for (const row of recent) if (row.merchant && (!merchantFirstSeen.has(row.merchant) || row.day < merchantFirstSeen.get(row.merchant)!)) merchantFirstSeen.set(row.merchant, row.day);
  return {
    windowStart,
    settings,
    byId: new Map(recent.map((row) => [row.id, row])),
    history: prepareHistory(recent),
    accounts: new Map(accounts.map((account) => [account.id, account])),
    olderMerchantDays: new Map(),
    merchantFirstSeen,
  };
}

function runStateFor(batch: MonitoringBatch, windowStart: Date, now: Date): Promise<RunState> {
  if (!batch.runId) return loadRunState(batch, windowStart, now);
  let state = runStates.get(batch.runId);
  if (!state) {
    state = loadRunState(batch, windowStart, now);
    runStates.set(batch.runId, state);
    state.catch(() => runStates.delete(batch.runId!));
    if (runStates.size > 20) runStates.delete(runStates.keys().next().value!);
  }
  return state;
}

/** Asks the database only about merchants a new-merchant alert hinges on and the recent rows cannot settle. */
async function settleMerchantHistory(db: Db, workspaceId: string, state: RunState, candidates: MonitoredTransaction[]): Promise<Map<string, string>> {
  const unknown = candidates.filter(
    (row) => row.merchant && isPurchase(row) && abs(row.amountMinor) >= state.settings.newMerchantMinMinor && state.merchantFirstSeen.get(row.merchant) === row.day && !state.olderMerchantDays.has(row.merchant),
  );
  if (unknown.length > 0) {
    const historyStart = addDays(state.windowStart, -HISTORY_DAYS);
    const older = await loadOlderMerchantDays(db, workspaceId, [...new Set(unknown.map((row) => row.merchantLabel))], historyStart);
    for (const row of unknown) {
      const day = older.get(row.merchant!) ?? null;
      state.olderMerchantDays.set(row.merchant!, day);
      if (day) state.merchantFirstSeen.set(row.merchant!, day);
    }
  }
  return state.merchantFirstSeen;
}

export async function monitorNewTransactions(batch: MonitoringBatch): Promise<MonitoringResult> {
  const { db, workspaceId } = batch;
  const now = batch.now ?? new Date();
  const windowStart = addDays(startOfDay(now), -ALERT_WINDOW_DAYS);
  const state = await runStateFor(batch, windowStart, now);
  const windowDay = toIsoDay(windowStart);
  const candidates = batch.transactionIds.map((id) => state.byId.get(id)).filter((row): row is MonitoredTransaction => row !== undefined && row.day >= windowDay);
  if (candidates.length === 0) return { evaluated: 0, created: 0 };

  const merchantFirstSeen = await settleMerchantHistory(db, workspaceId, state, candidates);
  const drafts = evaluateCandidates(state.history, { candidates, merchantFirstSeen, accounts: state.accounts, thresholds: state.settings });
  const created = await saveAlerts(db, workspaceId, drafts);
  if (created.length > 0 && state.settings.webhookUrl && state.settings.webhookSecret) {
    queueWebhookDelivery(db, { workspaceId, url: state.settings.webhookUrl, secret: state.settings.webhookSecret }, created);
  }
  return { evaluated: candidates.length, created: created.length };
}
