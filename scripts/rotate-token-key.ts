// npm run tokens:rotate — re-encrypts every stored bank token under a new key.
//
// Embedded default (key file in the data folder): a new key is generated and made current, every
// token is re-encrypted, and the old keys are dropped once nothing uses them.
// TOKEN_ENCRYPTION_KEYS: put the new key FIRST in the list (keep the old ones after it), restart
// the app, run this, then remove the old keys from the list.
import { getDb } from '../lib/db';
import { countStaleTokenRows, reencryptAllTokens } from '../lib/crypto/reencrypt-tokens';
import { reloadTokenKeys } from '../lib/crypto/token-cipher';
import { addKeyToKeyFile, pruneKeyFile, usesKeyFile } from '../lib/crypto/token-keys';

try {
  const db = getDb();
  if (usesKeyFile()) {
    const keyId = addKeyToKeyFile();
    reloadTokenKeys();
    console.log(`New token key ${keyId} is current.`);
  }
  const result = await reencryptAllTokens(db);
  console.log(`Re-encrypted ${result.connections} connection(s), ${result.pendingAuthorizations} pending authorization(s) and ${result.totpSecrets} authenticator secret(s).`);
  const stale = await countStaleTokenRows(db);
  if (stale > 0) {
    console.error(`${stale} row(s) still use an older key (changed while rotating); run the command again.`);
    process.exit(1);
  }
  if (usesKeyFile()) {
    pruneKeyFile();
    console.log('Old keys removed from the key file.');
  } else {
    console.log('Every token uses the first key in TOKEN_ENCRYPTION_KEYS; the others can be removed.');
  }
  await db.$disconnect();
} catch (error) {
  console.error(`Token key rotation failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
