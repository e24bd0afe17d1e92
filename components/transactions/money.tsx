import { formatMoney } from '@/lib/money';

/** An amount as text; money in is green and signed "+", so colour is never the only cue. */
export function Money({ minor, currency = 'USD', signed = false, className = '' }: { minor: bigint; currency?: string; signed?: boolean; className?: string }) {
  const positive = signed && minor > 0n;
  return (
    <span className={`tabular whitespace-nowrap ${positive ? 'text-emerald-700 dark:text-emerald-400' : ''} ${className}`}>
      {positive ? '+' : ''}
      {formatMoney(minor, currency)}
    </span>
  );
}

/** Whole currency units for charts only (drawing, never arithmetic on money). */
export function chartValue(minor: bigint): number {
  return Number(minor) / 100;
}
