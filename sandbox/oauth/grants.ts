import type Provider from 'oidc-provider';
import type { SandboxDatabase } from '../store/database';
import { findConsentByGrantId, markConsentEnded, type ConsentEndReason } from '../store/consents';
import { deleteGrantArtifacts } from '../store/oidc-adapter';

// The bridge between OAuth artifacts and what the FDX API may show. The consent
// is read on every call, so Security Center edits take effect immediately.

/** Same shape as the FDX router's FdxGrant; kept here so the OAuth side does not depend on the API side. */
export type ResolvedGrant = { customerId: string; accountIds: string[]; clientId: string };

export function createGrantResolver(provider: Provider, db: SandboxDatabase) {
  return async function resolveGrant(bearerToken: string): Promise<ResolvedGrant | null> {
    if (!bearerToken) return null;
    const accessToken = await provider.AccessToken.find(bearerToken);
    if (!accessToken || accessToken.isExpired || !accessToken.grantId) return null;
    const grant = await provider.Grant.find(accessToken.grantId);
    if (!grant) return null;
    const consent = findConsentByGrantId(db, accessToken.grantId);
    if (!consent || consent.revokedAt) return null;
    return { customerId: consent.customerId, accountIds: consent.accountIds, clientId: consent.clientId };
  };
}

/** Ends a consent and, in the same step, every code and token issued under it. */
export function endConsent(db: SandboxDatabase, grantId: string, reason: ConsentEndReason): void {
  db.transaction(() => {
    deleteGrantArtifacts(db, grantId);
    markConsentEnded(db, grantId, reason);
  })();
}

/** Keeps the consents table in step when oidc-provider itself revokes a grant (refresh token revoked, code replayed). */
export function trackProviderRevocations(provider: Provider, db: SandboxDatabase): void {
  provider.on('grant.revoked', (_ctx: unknown, grantId: string) => {
    markConsentEnded(db, grantId, 'revoked');
  });
}
