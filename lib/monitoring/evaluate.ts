import { findCardTestingBursts } from './rules/card-testing';
import { checkDuplicate } from './rules/duplicate';
import { isPurchase } from './rules/describe';
import { checkForeign, foreignMarkersOf } from './rules/foreign';
import { holderChangeAlerts, type HolderChange } from './rules/holder-change';
import { checkLargeAmount, LARGE_HISTORY_SIZE } from './rules/large-amount';
import { checkNewMerchant } from './rules/new-merchant';
import type { AlertDraft, AlertKind, Finding, MonitoredAccount, MonitoredTransaction, MonitoringThresholds } from './types';

// Runs every rule over a batch of new transactions and merges what they find: one alert per
// transaction (its most serious finding names it; every reason is listed), plus one per
// card-testing burst and per holder change. Pure: the caller supplies the history.

export type EvaluationInput = {
  candidates: MonitoredTransaction[];
  // Rows of the candidates' accounts around them (at least 120 days back); may include the candidates.
  recent: MonitoredTransaction[];
  // Earliest booked day of each merchant key across the user's history.
  merchantFirstSeen: Map<string, string>;
  accounts: Map<string, MonitoredAccount>;
  thresholds: MonitoringThresholds;
  holderChanges?: HolderChange[];
};

const PRIORITY: AlertKind[] = ['card_testing', 'large_amount', 'duplicate', 'foreign', 'new_merchant'];
const SEVERITY_RANK = { low: 0, medium: 1, high: 2 } as const;
const TITLES: Partial<Record<AlertKind, (row: MonitoredTransaction) => string>> = {
  large_amount: (row) => `Unusually large charge at ${row.merchantLabel}`,
  duplicate: (row) => `Possible duplicate charge at ${row.merchantLabel}`,
  foreign: (row) => `Foreign charge at ${row.merchantLabel}`,
  new_merchant: (row) => `First payment to ${row.merchantLabel}`,
};

const byTime = (a: MonitoredTransaction, b: MonitoredTransaction) => a.at.getTime() - b.at.getTime() || (a.identity < b.identity ? -1 : a.identity > b.identity ? 1 : 0);

// Each account's rows split the ways the rules look at them, so a batch of thousands of new rows
// costs a sort and a few lookups per row, not a scan of the history per row.
type AccountIndex = { purchases: MonitoredTransaction[]; foreign: MonitoredTransaction[]; sameMerchantAmount: Map<string, MonitoredTransaction[]> };

function indexAccount(rows: MonitoredTransaction[], currency: string): AccountIndex {
  const sameMerchantAmount = new Map<string, MonitoredTransaction[]>();
  for (const row of rows) {
    if (!row.merchant) continue;
    const key = `${row.merchant}|${row.amountMinor}`;
    sameMerchantAmount.set(key, [...(sameMerchantAmount.get(key) ?? []), row]);
  }
  return { purchases: rows.filter(isPurchase), foreign: rows.filter((row) => foreignMarkersOf(row, currency).length > 0), sameMerchantAmount };
}

/** The rows (sorted by time) strictly before the candidate: a binary search. */
function before(sorted: MonitoredTransaction[], candidate: MonitoredTransaction): MonitoredTransaction[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byTime(sorted[mid]!, candidate) < 0) lo = mid + 1;
    else hi = mid;
  }
  return sorted.slice(0, lo);
}

/** The history side of an evaluation, built once and reused for every batch of candidates. */
export type PreparedHistory = {
  rowsByAccount: Map<string, MonitoredTransaction[]>;
  firstOfDay: Map<string, MonitoredTransaction>;
  indexes: Map<string, AccountIndex>;
};

export function prepareHistory(rows: MonitoredTransaction[]): PreparedHistory {
  // One row per purchase identity: a later row replaces its own older copy (its pending row).
  const byIdentity = new Map<string, MonitoredTransaction>();
  for (const row of rows) byIdentity.set(`${row.accountId}|${row.identity}`, row);
  const rowsByAccount = new Map<string, MonitoredTransaction[]>();
  for (const row of byIdentity.values()) {
    const list = rowsByAccount.get(row.accountId) ?? [];
    list.push(row);
    rowsByAccount.set(row.accountId, list);
  }
  for (const list of rowsByAccount.values()) list.sort(byTime);
  // The first purchase of each merchant on each day, to tell "first ever" from "second today".
  const firstOfDay = new Map<string, MonitoredTransaction>();
  for (const row of [...byIdentity.values()].sort(byTime)) {
    if (row.merchant && !firstOfDay.has(`${row.merchant}|${row.day}`)) firstOfDay.set(`${row.merchant}|${row.day}`, row);
  }
  return { rowsByAccount, firstOfDay, indexes: new Map() };
}

export type CandidateInput = Omit<EvaluationInput, 'recent'> & { runKey?: string };

/** `candidates` must be among the prepared rows (a sync's new rows are in the database before monitoring runs). */
export function evaluateCandidates(history: PreparedHistory, input: CandidateInput): AlertDraft[] {
  const { thresholds } = input;
  const alerts: AlertDraft[] = [];
  const candidateIds = new Set(input.candidates.map((row) => row.id));
  const candidateAccounts = new Set(input.candidates.map((row) => row.accountId));
  for (const accountId of candidateAccounts) alerts.push(...findCardTestingBursts(history.rowsByAccount.get(accountId) ?? [], candidateIds, thresholds));

  for (const candidate of [...input.candidates].sort(byTime)) {
    const account = input.accounts.get(candidate.accountId);
    if (!account) continue;
    let index = history.indexes.get(account.id);
    if (!index) history.indexes.set(account.id, (index = indexAccount(history.rowsByAccount.get(account.id) ?? [], account.currency)));
    const key = candidate.merchant;
    const firstToday = key ? history.firstOfDay.get(`${key}|${candidate.day}`) : undefined;
    const sameDayEarlier = firstToday !== undefined && firstToday.identity !== candidate.identity;
    const findings = [
      checkLargeAmount(candidate, before(index.purchases, candidate).slice(-LARGE_HISTORY_SIZE), thresholds),
      checkDuplicate(candidate, index.sameMerchantAmount.get(`${key}|${candidate.amountMinor}`) ?? [], thresholds, candidateIds),
      thresholds.foreignEnabled ? checkForeign(candidate, before(index.foreign, candidate), account.currency) : null,
      checkNewMerchant(candidate, key ? input.merchantFirstSeen.get(key) : undefined, sameDayEarlier, thresholds),
    ].filter((finding): finding is Finding => finding !== null);
    if (findings.length > 0) alerts.push(mergeFindings(candidate, findings));
  }

  for (const change of input.holderChanges ?? []) {
    const account = input.accounts.get(change.accountId);
    if (account) alerts.push(...holderChangeAlerts(change, account, input.candidates, input.runKey));
  }
  return alerts;
}

/** History and candidates in one call (the candidates may or may not be among `recent`). */
export function evaluateTransactions(input: EvaluationInput): AlertDraft[] {
  return evaluateCandidates(prepareHistory([...input.recent, ...input.candidates]), input);
}

function mergeFindings(candidate: MonitoredTransaction, findings: Finding[]): AlertDraft {
  const ordered = [...findings].sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind));
  const primary = ordered[0]!;
  const severity = ordered.reduce((worst, finding) => (SEVERITY_RANK[finding.severity] > SEVERITY_RANK[worst] ? finding.severity : worst), primary.severity);
  return {
    kind: primary.kind,
    severity,
    title: TITLES[primary.kind]?.(candidate) ?? primary.kind,
    explanation: ordered.map((finding) => finding.reason).join(' '),
    accountId: candidate.accountId,
    transactionId: candidate.id,
    amountMinor: candidate.amountMinor,
    currency: candidate.currency,
    occurredAt: candidate.at,
    dedupeKey: `txn:${candidate.accountId}:${candidate.identity}`,
  };
}
