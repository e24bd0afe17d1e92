import type { ReactNode } from 'react';
import { AppShell } from '@/components/shell/app-shell';
import { requireUser } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db';
import { countUnreadAlerts } from '@/lib/monitoring/alerts';
import { FirstSyncBanner } from '@/components/sync/first-sync-banner';
import { ReconnectBanner } from '@/components/sync/reconnect-banner';
import { loadShellBanners } from '@/lib/sync/banner-data';

// Signed-in pages read the session from the database on every request.
export const dynamic = 'force-dynamic';

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const [unreadAlerts, banners] = await Promise.all([countUnreadAlerts(getDb(), user.id), loadShellBanners(getDb(), user.id)]);
  return (
    <AppShell userLabel={user.name ?? user.email} unreadAlerts={unreadAlerts} reconnectNeeded={banners.accountsBadge}>
      {banners.reconnect ? <ReconnectBanner view={banners.reconnect} /> : null}
      {banners.firstSync ? <FirstSyncBanner initial={banners.firstSync} /> : null}
      {children}
    </AppShell>
  );
}
