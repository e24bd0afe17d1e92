import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { revokeSessionAction } from '@/lib/account/actions';
import { signOutEverywhereAction } from '@/lib/auth/actions';
import type { CurrentUser } from '@/lib/auth/current-user';
import { formatDateTime } from '@/lib/dates';
import { getDb } from '@/lib/db';
import { listActiveSessions } from '@/lib/security/sessions-list';

/** Where the person is signed in, with a Revoke per session and "Sign out everywhere". */
export async function ActiveSessionsCard({ user }: { user: CurrentUser }) {
  const sessions = await listActiveSessions(getDb(), user.id, user.sessionId);
  return (
    <Card title="Sessions">
      <ul className="mb-4 divide-y divide-slate-200 text-sm dark:divide-slate-800" aria-label="Active sessions">
        {sessions.map((session) => (
          <li key={session.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <div>
              <p className="font-medium">
                {session.device}
                {session.current ? <span className="ml-2 rounded bg-brand-100 px-1.5 py-0.5 text-xs text-brand-700 dark:bg-brand-700 dark:text-white">This device</span> : null}
              </p>
              <p className="text-slate-600 dark:text-slate-400">
                {session.ipAddress ?? 'Address unknown'} · last seen {formatDateTime(session.lastSeenAt)}
              </p>
            </div>
            {session.current ? null : (
              <form action={revokeSessionAction}>
                <input type="hidden" name="sessionId" value={session.id} />
                <Button type="submit" variant="secondary" aria-label={`Revoke ${session.device} session`}>
                  Revoke
                </Button>
              </form>
            )}
          </li>
        ))}
      </ul>
      <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">Signing out everywhere ends every session, including this one.</p>
      <form action={signOutEverywhereAction}>
        <Button type="submit" variant="danger">
          Sign out everywhere
        </Button>
      </form>
    </Card>
  );
}
