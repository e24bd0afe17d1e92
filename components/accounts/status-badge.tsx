const STYLES: Record<string, { label: string; className: string }> = {
  active: { label: 'Connected', className: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100' },
  reconnect_needed: { label: 'Reconnect needed', className: 'bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100' },
  disconnected: { label: 'Disconnected', className: 'bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100' },
};

export function ConnectionStatusBadge({ status }: { status: string }) {
  const style = STYLES[status] ?? { label: status, className: 'bg-slate-200 text-slate-800' };
  return <span className={`inline-flex rounded-full px-2.5 py-0.5 text-xs font-semibold ${style.className}`}>{style.label}</span>;
}
