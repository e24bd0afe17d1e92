import { checkDatabase } from '@/lib/health';
import { withPublic } from '@/lib/http/route';
import { APP_VERSION } from '@/lib/version';

export const dynamic = 'force-dynamic';

export const GET = withPublic(async () => {
  const database = await checkDatabase();
  const up = database === 'up';
  return Response.json(
    { status: up ? 'ok' : 'error', database, version: APP_VERSION },
    { status: up ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
});
