import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { NotFoundError } from '@/lib/errors';
import { readBytes } from './read-bytes';
import { DEFAULT_MAX_BYTES, type ByteSource } from './types';

// An uploaded file waits on disk between the steps of the import page (mapping, preview, commit),
// so it is sent once. It is streamed there with the size cap applied while reading: a 1 GB upload
// is refused at 50 MB, never held in memory. Files live under the user's own folder, named by a
// random token, and are removed after a day or when imported.

const root = () => path.join(os.tmpdir(), 'cashlens-imports');
const tokenPattern = /^[0-9a-f-]{36}$/;
const MAX_AGE_MS = 24 * 60 * 60 * 1000;

function userDir(workspaceId: string): string {
  return path.join(root(), workspaceId.replace(/[^A-Za-z0-9_-]/g, '_'));
}

export type StoredUpload = { token: string; fileName: string; size: number };

/** Writes the upload to disk; throws ImportError('too_large') past maxBytes, leaving nothing behind. */
export async function storeUpload(workspaceId: string, source: ByteSource, fileName: string, maxBytes = DEFAULT_MAX_BYTES): Promise<StoredUpload> {
  const dir = userDir(workspaceId);
  await mkdir(dir, { recursive: true });
  await removeStaleUploads(dir);
  const token = randomUUID();
  const file = path.join(dir, token);
  const handle = await open(file, 'w');
  let size = 0;
  try {
    for await (const chunk of readBytes(source, maxBytes)) {
      await handle.write(chunk);
      size += chunk.byteLength;
    }
  } catch (error) {
    await handle.close();
    await rm(file, { force: true });
    throw error;
  }
  await handle.close();
  // The original name rides along beside the bytes, so the steps need no database row.
  await writeFile(`${file}.name`, fileName.slice(0, 200));
  return { token, fileName, size };
}

async function removeStaleUploads(dir: string): Promise<void> {
  const now = Date.now();
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const file = path.join(dir, name);
    const info = await stat(file).catch(() => null);
    if (info && now - info.mtimeMs > MAX_AGE_MS) await rm(file, { force: true });
  }
}

export type UploadHandle = { token: string; fileName: string; open: () => ByteSource };

/** The stored upload for a token; "not found" for a missing, expired or someone else's file. */
export async function findUpload(workspaceId: string, token: string): Promise<UploadHandle> {
  if (!tokenPattern.test(token)) throw new NotFoundError('That upload');
  const file = path.join(userDir(workspaceId), token);
  if (!(await stat(file).catch(() => null))) throw new NotFoundError('That upload');
  const fileName = await readFile(`${file}.name`, 'utf8').catch(() => 'upload');
  return { token, fileName, open: () => createReadStream(file) };
}

export async function removeUpload(workspaceId: string, token: string): Promise<void> {
  if (!tokenPattern.test(token)) return;
  const file = path.join(userDir(workspaceId), token);
  await rm(file, { force: true });
  await rm(`${file}.name`, { force: true });
}
