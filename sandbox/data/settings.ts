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
// SANDBOX_BUSINESS_TRANSACTIONS is a count; SANDBOX_BUSINESS_SCALE a multiple of the default.
export function readBusinessTransactionTarget(): number {
  const count = Number(process.env.SANDBOX_BUSINESS_TRANSACTIONS);
  const scale = Number(process.env.SANDBOX_BUSINESS_SCALE);
  const target = process.env.SANDBOX_BUSINESS_TRANSACTIONS && Number.isFinite(count) && count >= 0
    ? count
    : process.env.SANDBOX_BUSINESS_SCALE && Number.isFinite(scale) && scale >= 0
      ? scale * DEFAULT_BUSINESS_TRANSACTIONS
      : DEFAULT_BUSINESS_TRANSACTIONS;
  return Math.min(Math.round(target), MAX_BUSINESS_TRANSACTIONS);
}
