import { z } from 'zod';
import { getDb } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import { withWorkspace } from '@/lib/http/route';
import { lookAtConnectionSync } from '@/lib/sync/look-at-sync';

export const dynamic = 'force-dynamic';

// The signed-in user's sync status for one of their connections, polled by <SyncStatus>.
// Another user's connection id is a 404, never a different answer.
export const GET = withWorkspace(
  async ({ actor, params }) => {
    const status = await lookAtConnectionSync(getDb(), actor.workspaceId, params.connectionId);
    if (!status) throw new NotFoundError('That connection');
    return Response.json(status, { headers: { 'cache-control': 'no-store' } });
  },
  { need: 'read', params: z.object({ connectionId: z.string().min(1).max(100) }) },
);
