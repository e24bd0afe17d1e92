import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { formatDateTime } from '@/lib/dates';
import { getDb } from '@/lib/db';
import { listSecurityEvents, type SecurityEventKind } from '@/lib/security/activity';
import { describeUserAgent } from '@/lib/security/sessions-list';

const PAGE = 50;
const MAX = 1_000;

const LABELS: Record<SecurityEventKind, string> = {
  sign_in: 'Signed in',
  sign_in_failed: 'Failed sign-in attempt',
  sign_out: 'Signed out',
  session_revoked: 'Session revoked',
  password_changed: 'Password changed',
  factor_added: 'Sign-in factor added',
  factor_removed: 'Sign-in factor removed',
  bank_linked: 'Bank linked',
  bank_unlinked: 'Bank disconnected',
  bank_reconnected: 'Bank reconnected',
  report_shared: 'Lending report shared',
  report_revoked: 'Lending report revoked',
  export: 'All data exported',
  webhook_changed: 'Alert webhook changed',
  account_deleted: 'Account deleted',
};

/** How many events to show, from ?activity=: 50 more each time "Show more" is followed. */
export function readActivityLimit(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n > PAGE ? Math.min(n, MAX) : PAGE;
}

export async function SecurityActivityCard({ userId, limit }: { userId: string; limit: number }) {
  const { events, hasMore } = await listSecurityEvents(getDb(), userId, limit);
  return (
    <Card title="Security activity">
      {events.length === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">No security activity yet.</p> : null}
      <ol className="divide-y divide-slate-200 text-sm dark:divide-slate-800" aria-label="Security activity">
        {events.map((event) => (
          <li key={event.id} className="py-2">
            <p className="font-medium">{LABELS[event.kind as SecurityEventKind] ?? event.kind}</p>
            <p className="text-slate-600 dark:text-slate-400">
              {formatDateTime(event.createdAt)}
              {event.ipAddress ? ` · ${event.ipAddress}` : ''}
              {event.userAgent ? ` · ${describeUserAgent(event.userAgent)}` : ''}
            </p>
          </li>
        ))}
      </ol>
      {hasMore && limit < MAX ? (
        <Link href={`/settings?activity=${limit + PAGE}`} scroll={false} className="mt-3 inline-block text-sm text-brand-700 underline dark:text-brand-100">
          Show more
        </Link>
      ) : null}
    </Card>
  );
}
