import { formatDate } from '@/lib/dates';
import type { ActivityRow } from '@/lib/workspaces/activity';

/** Who changed what, newest first. */
export function ActivityList({ rows }: { rows: ActivityRow[] }) {
  if (rows.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">No changes yet.</p>;
  return (
    <ol className="divide-y divide-slate-200 dark:divide-slate-800" aria-label="Recent changes">
      {rows.map((row) => (
        <li key={row.id} className="py-2 text-sm" data-testid="activity">
          <span className="font-medium">{row.actorName}</span> {lowerFirst(row.summary)}
          <span className="block text-xs text-slate-500 dark:text-slate-400">{formatDate(row.createdAt)}</span>
        </li>
      ))}
    </ol>
  );
}

// "Renamed the category…" reads as a sentence after the name: "Alex renamed the category…".
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
