// Money is integer minor units everywhere in the sandbox; the FDX decimal
// number is produced only when a response is serialised.

export function toFdxAmount(cents: number): number {
  if (!Number.isInteger(cents)) throw new TypeError(`amount must be integer cents, got ${cents}`);
  return cents / 100;
}

export function formatUsd(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const dollars = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}$${dollars}.${String(abs % 100).padStart(2, '0')}`;
}

// Percentage of an amount, rounded half up, in integer arithmetic (basis points).
export function percentOf(cents: number, basisPoints: number): number {
  return Math.round((cents * basisPoints) / 10_000);
}
