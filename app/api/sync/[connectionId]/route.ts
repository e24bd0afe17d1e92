import { getCurrentUser } from '@/lib/auth/current-user';
import { getDb } from '@/lib/db';
import { lookAtConnectionSync } from '@/lib/sync/look-at-sync';

export const dynamic = 'force-dynamic';

// The signed-in user's sync status for one of their connections, polled by <SyncStatus>.
// Another user's connection id is a 404, never a different answer.
export async function GET(_request: Request, { params }: { params: Promise<{ connectionId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: 'unauthorized' }, { status: 401 });
  const { connectionId } = await params;
  const status = await lookAtConnectionSync(getDb(), user.id, connectionId);
  if (!status) return Response.json({ error: 'not_found' }, { status: 404 });
  return Response.json(status, { headers: { 'cache-control': 'no-store' } });
}
