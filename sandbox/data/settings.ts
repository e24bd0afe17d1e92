// Generation settings read from the environment on every call, so tests can
// switch seeds and scales without reloading modules.

const DEFAULT_SEED = 'cashlens-sandbox';
const DEFAULT_BUSINESS_TRANSACTIONS = 100_000;
const MAX_BUSINESS_TRANSACTIONS = 5_000_000;

export function readSandboxSeed(): string {
  return process.env.SANDBOX_SEED?.trim() || DEFAULT_SEED;
}

// Target number of bulk customer deposits on the business checking account
// over its first ten years (the fixed schedule adds a few thousand more).
export function readBusinessTransactionTarget(): number {
  const raw = process.env.SANDBOX_BUSINESS_TRANSACTIONS ?? process.env.SANDBOX_BUSINESS_SCALE;
  if (!raw) return DEFAULT_BUSINESS_TRANSACTIONS;
  const parsed = Number(raw);
  if (!Number.isFinite(parsed) || parsed < 0) return DEFAULT_BUSINESS_TRANSACTIONS;
  // A small number is read as a multiplier ("SANDBOX_BUSINESS_SCALE=25"), a large one as a count.
  const target = parsed <= 1000 && process.env.SANDBOX_BUSINESS_TRANSACTIONS === undefined ? parsed * DEFAULT_BUSINESS_TRANSACTIONS : parsed;
  return Math.min(Math.round(target), MAX_BUSINESS_TRANSACTIONS);
}
