import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/lib/db/test-database';
import { openAccessToken, openRefreshToken, sealConnectionTokens } from '@/lib/bank/connection-tokens';
import { countStaleTokenRows, reencryptAllTokens } from './reencrypt-tokens';
import { reloadTokenKeys } from './token-cipher';
import { addKeyToKeyFile, pruneKeyFile } from './token-keys';
import { createTestPerson } from '@/lib/workspaces/test-helpers/person';

let t: TestDatabase;
let dir: string;
const saved = { ...process.env };

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cashlens-rotate-'));
  process.env.CASHLENS_DATA_DIR = dir;
  delete process.env.TOKEN_ENCRYPTION_KEYS;
  process.env.DATABASE_URL = 'file:/unused-for-key-choice.db';
  reloadTokenKeys();
  t = await createTestDatabase();
});
afterAll(async () => {
  await t.drop();
  process.env = { ...saved };
  reloadTokenKeys();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('token key rotation', () => {
  it('re-encrypts every connection under the new key and the old key can then go', async () => {
    const user = await createTestPerson(t.db, { email: 'rotate@example.test', passwordHash: 'x' });
    const ids = ['conn-a', 'conn-b'];
    for (const id of ids) {
      const sealed = sealConnectionTokens(id, {
        accessToken: `access-${id}`,
        refreshToken: `refresh-${id}`,
        accessTokenExpiresAt: new Date(Date.now() + 60_000),
        refreshTokenExpiresAt: null,
        consentedAt: null,
        scope: 'aggregator',
      });
      await t.db.bankConnection.create({ data: { id, workspaceId: user.id, institution: 'chase', status: 'active', ...sealed } });
    }
    const oldKeyId = (await t.db.bankConnection.findFirstOrThrow()).tokenKeyId;

    const newKeyId = addKeyToKeyFile();
    reloadTokenKeys();
    expect(await countStaleTokenRows(t.db)).toBe(2);
    expect(await reencryptAllTokens(t.db)).toEqual({ connections: 2, pendingAuthorizations: 0, totpSecrets: 0 });
    expect(await countStaleTokenRows(t.db)).toBe(0);

    pruneKeyFile();
    reloadTokenKeys();
    const rows = await t.db.bankConnection.findMany({ orderBy: { id: 'asc' } });
    expect(rows.map((row) => row.tokenKeyId)).toEqual([newKeyId, newKeyId]);
    expect(newKeyId).not.toBe(oldKeyId);
    expect(rows.map((row) => [openAccessToken(row), openRefreshToken(row)])).toEqual([
      ['access-conn-a', 'refresh-conn-a'],
      ['access-conn-b', 'refresh-conn-b'],
    ]);
  });
});
