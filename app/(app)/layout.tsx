import type { ReactNode } from 'react';
import { AppShell } from '@/components/shell/app-shell';
import { requireUser } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db';
import { countUnreadAlerts } from '@/lib/monitoring/alerts';

// Signed-in pages read the session from the database on every request.
export const dynamic = 'force-dynamic';

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const unreadAlerts = await countUnreadAlerts(getDb(), user.id);
  return (
    <AppShell userLabel={user.name ?? user.email} unreadAlerts={unreadAlerts}>
      {children}
    </AppShell>
  );
}
