import { getDb } from '@/lib/db';
import { withWorkspace } from '@/lib/http/route';
import { loadShellBanners } from '@/lib/sync/banner-data';

export const dynamic = 'force-dynamic';

// The signed-in user's first-sync progress, polled by the banner while a first sync runs
// (null once none is running). Only the user's own connections are read.
export const GET = withWorkspace(async ({ actor }) => {
  const { firstSync } = await loadShellBanners(getDb(), actor.workspaceId);
  return Response.json({ firstSync }, { headers: { 'cache-control': 'no-store' } });
}, { need: 'read' });
