import { toIsoDay } from '@/lib/dates';
import { requireRecentFactor } from '@/lib/auth/step-up';
import { getDb } from '@/lib/db';
import { listExportEntries } from '@/lib/export/export-everything';
import { writeZip } from '@/lib/export/zip-writer';
import { withWorkspace } from '@/lib/http/route';
import { recordSecurityEvent } from '@/lib/security/activity';

export const dynamic = 'force-dynamic';

// Everything the person has, as one ZIP streamed while it is read (lib/export).
// Everything at once is worth a fresh factor (lib/auth/step-up.ts): a 403 until the person confirms it's them.
export const GET = withWorkspace(async ({ request, actor }) => {
  await requireRecentFactor(actor);
  const db = getDb();
  const now = new Date();
  await recordSecurityEvent(db, { userId: actor.id, kind: 'export', detail: { format: 'zip' }, request: request.headers });
  const chunks = writeZip(listExportEntries(db, actor, now), now);
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(stream, {
    headers: {
      'content-type': 'application/zip',
      'content-disposition': `attachment; filename="cashlens-export-${toIsoDay(now)}.zip"`,
      'cache-control': 'no-store',
    },
  });
}, { need: 'manage' });
