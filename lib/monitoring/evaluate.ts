import { findCardTestingBursts } from './rules/card-testing';
import { checkDuplicate } from './rules/duplicate';
import { checkForeign } from './rules/foreign';
import { holderChangeAlerts, type HolderChange } from './rules/holder-change';
import { checkLargeAmount } from './rules/large-amount';
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

export function evaluateTransactions(input: EvaluationInput): AlertDraft[] {
  const { thresholds } = input;
  // One row per purchase identity: a candidate replaces its own older copy (its pending row).
  const rowsByAccount = new Map<string, MonitoredTransaction[]>();
  const byIdentity = new Map<string, MonitoredTransaction>();
  for (const row of [...input.recent, ...input.candidates]) byIdentity.set(`${row.accountId}|${row.identity}`, row);
  for (const row of byIdentity.values()) {
    const list = rowsByAccount.get(row.accountId) ?? [];
    list.push(row);
    rowsByAccount.set(row.accountId, list);
  }
  for (const list of rowsByAccount.values()) list.sort(byTime);

  const alerts: AlertDraft[] = [];
  const candidateIds = new Set(input.candidates.map((row) => row.id));
  for (const rows of rowsByAccount.values()) {
    if (rows.some((row) => candidateIds.has(row.id))) alerts.push(...findCardTestingBursts(rows, candidateIds, thresholds));
  }
  // The first purchase of each merchant on each day, to tell "first ever" from "second today".
  const firstOfDay = new Map<string, MonitoredTransaction>();
  for (const row of [...byIdentity.values()].sort(byTime)) {
    if (row.merchant && !firstOfDay.has(`${row.merchant}|${row.day}`)) firstOfDay.set(`${row.merchant}|${row.day}`, row);
  }

  for (const candidate of [...input.candidates].sort(byTime)) {
    const account = input.accounts.get(candidate.accountId);
    if (!account) continue;
    const rows = rowsByAccount.get(candidate.accountId) ?? [];
    const index = rows.findIndex((row) => row.id === candidate.id);
    const earlier = index >= 0 ? rows.slice(0, index) : rows.filter((row) => byTime(row, candidate) < 0);
    const key = candidate.merchant;
    const firstToday = key ? firstOfDay.get(`${key}|${candidate.day}`) : undefined;
    const sameDayEarlier = firstToday !== undefined && firstToday.identity !== candidate.identity;
    const findings = [
      checkLargeAmount(candidate, earlier, thresholds),
      checkDuplicate(candidate, rows, thresholds, candidateIds),
      thresholds.foreignEnabled ? checkForeign(candidate, earlier, account.currency) : null,
      checkNewMerchant(candidate, key ? input.merchantFirstSeen.get(key) : undefined, sameDayEarlier, thresholds),
    ].filter((finding): finding is Finding => finding !== null);
    if (findings.length > 0) alerts.push(mergeFindings(candidate, findings));
  }

  for (const change of input.holderChanges ?? []) {
    const account = input.accounts.get(change.accountId);
    if (account) alerts.push(...holderChangeAlerts(change, account, input.candidates));
  }
  return alerts;
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
