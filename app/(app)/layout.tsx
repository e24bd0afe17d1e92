import type { ReactNode } from 'react';
import { AppShell } from '@/components/shell/app-shell';
import { requireWorkspace } from '@/lib/workspaces/current-workspace';
import { getDb } from '@/lib/db';
import { countUnreadAlerts } from '@/lib/monitoring/alerts';
import { FirstSyncBanner } from '@/components/sync/first-sync-banner';
import { ReconnectBanner } from '@/components/sync/reconnect-banner';
import { loadShellBanners } from '@/lib/sync/banner-data';

// Signed-in pages read the session from the database on every request.
export const dynamic = 'force-dynamic';

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const actor = await requireWorkspace('read');
  const [unreadAlerts, banners] = await Promise.all([countUnreadAlerts(getDb(), actor.workspaceId), loadShellBanners(getDb(), actor.workspaceId)]);
  const workspace = { memberships: actor.memberships, activeId: actor.workspaceId, role: actor.role };
  return (
    <AppShell userLabel={actor.name ?? actor.email} unreadAlerts={unreadAlerts} reconnectNeeded={banners.accountsBadge} workspace={workspace}>
      {banners.reconnect ? <ReconnectBanner view={banners.reconnect} /> : null}
      {banners.firstSync ? <FirstSyncBanner initial={banners.firstSync} /> : null}
      {children}
    </AppShell>
  );
}
