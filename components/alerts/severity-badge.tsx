const STYLES = {
  high: 'bg-red-100 text-red-800 ring-red-300 dark:bg-red-950 dark:text-red-200 dark:ring-red-800',
  medium: 'bg-amber-100 text-amber-900 ring-amber-300 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-800',
  low: 'bg-slate-100 text-slate-700 ring-slate-300 dark:bg-slate-800 dark:text-slate-200 dark:ring-slate-600',
} as const;
const LABELS = { high: 'High', medium: 'Medium', low: 'Low' } as const;

export function SeverityBadge({ severity }: { severity: keyof typeof STYLES }) {
  return (
    <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${STYLES[severity]}`}>
      <span className="sr-only">Severity: </span>
      {LABELS[severity]}
    </span>
  );
}
