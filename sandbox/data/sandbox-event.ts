// What a recipe produces for one account and one day. The ledger turns these
// into the FDX-visible pending/posted transactions for a given "today".

export type SandboxEvent = {
  secondOfDay: number;
  amountCents: number; // always positive; memo gives the direction
  memo: 'DEBIT' | 'CREDIT';
  description: string;
  category: string;
  mcc?: string;
  payee?: string;
  transactionType?: string;
  checkNumber?: number;
  foreign?: { amountMinor: number; currency: string; country: string };
  // Absent: posts the same day with no pending stage (ACH, transfers, fees).
  settle?: { lagDays: number; postedAmountCents?: number; vanishes?: boolean };
};

// Bulk events exist only for the high-volume business account: their count is
// known without generating them, and each one can be generated on its own.
export type DayPlan = { fixed: SandboxEvent[]; bulkCount: number };

export type AccountRecipe = {
  planDay(seed: string, day: number): DayPlan;
  makeBulkEvent?(seed: string, day: number, index: number, count: number): SandboxEvent;
};

export const MAX_SETTLE_LAG_DAYS = 5;
