import { getDb } from '@/lib/db';
import { withUser } from '@/lib/http/route';
import { loadShellBanners } from '@/lib/sync/banner-data';

export const dynamic = 'force-dynamic';

// The signed-in user's first-sync progress, polled by the banner while a first sync runs
// (null once none is running). Only the user's own connections are read.
export const GET = withUser(async ({ user }) => {
  const { firstSync } = await loadShellBanners(getDb(), user.id);
  return Response.json({ firstSync }, { headers: { 'cache-control': 'no-store' } });
});
