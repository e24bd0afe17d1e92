import { getAuthSecret } from '@/lib/auth/secret';
import { listInstitutions } from '@/lib/bank/institutions';
import { loadTokenKeyring } from '@/lib/crypto/token-keys';
import { env } from '@/lib/env';
import { log } from '@/lib/log';

/**
 * Reads the session secret and the token keys once at start-up, so a production configuration
 * that lacks them stops with one line now instead of failing every request later. For the
 * embedded default this is also when they are generated into the data folder.
 */
export function checkSecrets(): void {
  try {
    env(); // every variable, so a bad one stops start-up now rather than the first request that reads it
    listInstitutions(); // the bank registry: a misconfigured bank is named here, not at its first Connect
    getAuthSecret();
    loadTokenKeyring();
  } catch (error) {
    log.error(`Cashlens cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
