import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestSandbox, type TestSandbox } from '../../../sandbox/test-helpers/sandbox-fixture';
import { startTokenEndpointProxy } from './token-endpoint-proxy';

/**
 * A real sandbox bank on an ephemeral port, with the app's bank configuration pointed at it
 * (the token endpoint through a counting proxy) and a throwaway data folder for token keys.
 * Call before anything reads the bank configuration.
 */
export async function startBankTestEnvironment() {
  const sandbox: TestSandbox = await startTestSandbox();
  const proxy = await startTokenEndpointProxy(`${sandbox.url}/aggregator-oauth/v1/token`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cashlens-bank-test-'));
  Object.assign(process.env, {
    BANK_ISSUER: sandbox.url,
    BANK_TOKEN_URL: proxy.url,
    BANK_CLIENT_ID: 'cashlens-local',
    BANK_CLIENT_SECRET: 'cashlens-local-secret',
    BANK_REDIRECT_URI: 'http://localhost:3000/api/bank/callback',
    CASHLENS_DATA_DIR: dataDir,
  });
  // Token keys come from a key file in the data folder, as in the embedded default.
  delete process.env.TOKEN_ENCRYPTION_KEYS;
  if (!process.env.DATABASE_URL?.startsWith('file:')) process.env.DATABASE_URL = `file:${dataDir}/unused.db`;
  return {
    sandbox,
    proxy,
    async stop() {
      await proxy.close();
      await sandbox.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
