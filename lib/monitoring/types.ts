// The neutral shapes the monitoring rules work on: plain rows in, alert drafts out. The rules are
// pure (lib/monitoring/rules); lib/monitoring/run-monitoring.ts feeds them from the database.

export type MonitoredTransaction = {
  id: string;
  accountId: string;
  bankTransactionId: string;
  // The pending row's bank id when this posted row settled one: a purchase keeps one identity
  // from pending to posted, so it is judged (and alerted on) once.
  identity: string;
  status: string;
  amountMinor: bigint;
  currency: string;
  day: string; // the booked day, YYYY-MM-DD
  at: Date; // transactedAt when the bank gives a time, else the booked day
  timed: boolean; // false when only the day is known (minute-level rules skip it)
  description: string;
  merchant: string | null; // a normalised merchant key
  merchantLabel: string; // how to name the merchant to a person
  bankCategory: string | null;
  bankTransactionType: string | null;
  foreignAmountMinor: bigint | null;
  foreignCurrency: string | null;
  merchantCountry: string | null;
};

export type MonitoredAccount = { id: string; name: string; currency: string };

export type MonitoringThresholds = {
  largeMadMultiplier: number;
  largeMinMinor: bigint;
  newMerchantMinMinor: bigint;
  duplicateWindowMin: number;
  cardTestingMaxMinor: bigint;
  cardTestingCount: number;
  cardTestingWindowMin: number;
  foreignEnabled: boolean;
};

export const DEFAULT_THRESHOLDS: MonitoringThresholds = {
  largeMadMultiplier: 8,
  largeMinMinor: 50_000n,
  newMerchantMinMinor: 25_000n,
  duplicateWindowMin: 10,
  cardTestingMaxMinor: 500n,
  cardTestingCount: 5,
  cardTestingWindowMin: 15,
  foreignEnabled: true,
};

export const ALERT_KINDS = ['card_testing', 'holder_change', 'activity_after_holder_change', 'large_amount', 'duplicate', 'foreign', 'new_merchant'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];
export type AlertSeverity = 'low' | 'medium' | 'high';

export type AlertDraft = {
  kind: AlertKind;
  severity: AlertSeverity;
  title: string;
  explanation: string;
  accountId: string | null;
  transactionId: string | null;
  amountMinor: bigint | null;
  currency: string | null;
  occurredAt: Date;
  dedupeKey: string;
};

/** What one rule found about one transaction; evaluate.ts merges findings into alerts. */
export type Finding = { kind: AlertKind; severity: AlertSeverity; reason: string };
