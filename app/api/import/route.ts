import { getDb } from '@/lib/db';
import { BadInputError } from '@/lib/errors';
import { withWorkspace } from '@/lib/http/route';
import { ImportError } from '@/lib/import/import-error';
import { requireImportAccount } from '@/lib/import/import-file';
import { DEFAULT_MAX_BYTES } from '@/lib/import/types';
import { storeUpload } from '@/lib/import/upload-store';

// POST /api/import?accountId=… with the file's bytes as the body (x-file-name: its name).
// The body is streamed to disk under the size cap, so a 1 GB upload is refused at 50 MB with a
// clear message (413), not buffered; the import page then works from the stored file.

export const POST = withWorkspace(async ({ request, actor }) => {
  const url = new URL(request.url);
  const accountId = url.searchParams.get('accountId') ?? '';
  await requireImportAccount(getDb(), actor.workspaceId, accountId);
  if (!request.body) throw new BadInputError('Choose a file to import.');
  const fileName = decodeURIComponent(request.headers.get('x-file-name') ?? 'upload').slice(0, 200);
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared === 0 && request.headers.has('content-length')) throw new BadInputError('The file is empty.');
  // Refused before a byte is read when the size is declared; otherwise the stream is cut at the cap.
  if (declared > DEFAULT_MAX_BYTES) throw new ImportError('too_large', `The file is ${Math.round(declared / 1024 / 1024)} MB; an import takes at most ${DEFAULT_MAX_BYTES / 1024 / 1024} MB.`);
  const stored = await storeUpload(actor.workspaceId, request.body, fileName);
  if (stored.size === 0) throw new BadInputError('The file is empty.');
  return Response.json({ token: stored.token });
}, { need: 'write' });
