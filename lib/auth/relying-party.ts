import { env, type Env } from '@/lib/env';

/**
 * Who we are to passkeys: the RP ID (a host name, the scope of a credential) and the exact origin
 * the browser reports. From WEBAUTHN_RP_ID / WEBAUTHN_ORIGIN, else from AUTH_URL, else the local
 * default. Browsers allow WebAuthn on https and on http://localhost only.
 */
export type RelyingParty = { id: string; name: string; origin: string };

export function getRelyingParty(settings: Env = env()): RelyingParty {
  const base = new URL(settings.WEBAUTHN_ORIGIN ?? settings.AUTH_URL ?? 'http://localhost:3000');
  return { id: settings.WEBAUTHN_RP_ID ?? base.hostname, name: 'Cashlens', origin: base.origin };
}
