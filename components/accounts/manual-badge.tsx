/** Marks an account the user keeps by hand, wherever accounts are listed. */
export function ManualBadge() {
  return <span className="inline-flex rounded-full bg-slate-200 px-2.5 py-0.5 text-xs font-semibold text-slate-800 dark:bg-slate-700 dark:text-slate-100">Manual</span>;
}
