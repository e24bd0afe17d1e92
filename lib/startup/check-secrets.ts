import { getAuthSecret } from '@/lib/auth/secret';
import { loadTokenKeyring } from '@/lib/crypto/token-keys';

/**
 * Reads the session secret and the token keys once at start-up, so a production configuration
 * that lacks them stops with one line now instead of failing every request later. For the
 * embedded default this is also when they are generated into the data folder.
 */
export function checkSecrets(): void {
  try {
    getAuthSecret();
    loadTokenKeyring();
  } catch (error) {
    console.error(`Cashlens cannot start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
