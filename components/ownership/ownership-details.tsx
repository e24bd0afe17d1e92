import type { OwnershipResult } from '@/lib/ownership/types';
import { FIELD_LABELS, OWNERSHIP_LABELS, RESULT_LABELS } from '@/lib/reports/format';

const STATUS_STYLES = {
  verified: 'bg-emerald-100 text-emerald-800 ring-emerald-300 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-800',
  partial: 'bg-amber-100 text-amber-900 ring-amber-300 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-800',
  not_verified: 'bg-red-100 text-red-800 ring-red-300 dark:bg-red-950 dark:text-red-200 dark:ring-red-800',
} as const;
const RESULT_MARKS = { match: '✓', partial: '≈', mismatch: '✗', missing: '–' } as const;

export function OwnershipBadge({ status }: { status: OwnershipResult['status'] }) {
  return <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset print:ring-0 ${STATUS_STYLES[status]}`}>{OWNERSHIP_LABELS[status]}</span>;
}

/** Holders, then each compared field with its result and reason. */
export function OwnershipDetails({ ownership }: { ownership: OwnershipResult }) {
  return (
    <div className="mt-2 text-sm">
      <p>{ownership.summary}</p>
      <p className="mt-1">
        <span className="font-medium">Holders: </span>
        {ownership.holders.length === 0
          ? 'not shared by the bank'
          : ownership.holders.map((holder) => `${holder.name}${holder.relationship ? ` (${holder.relationship.toLowerCase().replace(/_/g, ' ')})` : ''}`).join('; ')}
      </p>
      <ul className="mt-2 grid gap-1">
        {ownership.fields.map((field) => (
          <li key={field.field} className="grid grid-cols-[6rem_1fr] gap-2">
            <span className="font-medium">
              <span aria-hidden="true">{RESULT_MARKS[field.result]} </span>
              {FIELD_LABELS[field.field]}
            </span>
            <span>
              <span className="sr-only">{RESULT_LABELS[field.result]}: </span>
              {field.reason}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
