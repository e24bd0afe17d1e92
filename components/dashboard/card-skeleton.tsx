export function CardSkeleton({ title, height = 'h-48' }: { title: string; height?: string }) {
  return (
    <section aria-label={`${title} (loading)`} aria-busy="true" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-900">
      <h2 className="mb-3 text-base font-semibold">{title}</h2>
      <div className={`${height} animate-pulse rounded bg-slate-100 dark:bg-slate-800`} />
    </section>
  );
}
