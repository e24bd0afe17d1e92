import type { SandboxDatabase } from './database';

// What each customer agreed to share with each app. oidc-provider's Grant says
// "this app may call the API"; this table says which accounts, and is what the
// Security Center edits.

// 'replaced': the customer linked the same app again; one app has one link, as in Chase's Security Center.
export type ConsentEndReason = 'revoked' | 'expired' | 'replaced';

export type SandboxConsent = {
  grantId: string;
  customerId: string;
  clientId: string;
  accountIds: string[];
  consentedAt: Date;
  updatedAt: Date;
  revokedAt: Date | null;
  revokedReason: ConsentEndReason | null;
};

type ConsentRow = {
  grant_id: string;
  customer_id: string;
  client_id: string;
  account_ids: string;
  consented_at: number;
  updated_at: number;
  revoked_at: number | null;
  revoked_reason: ConsentEndReason | null;
};

function toConsent(row: ConsentRow): SandboxConsent {
  return {
    grantId: row.grant_id,
    customerId: row.customer_id,
    clientId: row.client_id,
    accountIds: JSON.parse(row.account_ids) as string[],
    consentedAt: new Date(row.consented_at),
    updatedAt: new Date(row.updated_at),
    revokedAt: row.revoked_at === null ? null : new Date(row.revoked_at),
    revokedReason: row.revoked_reason,
  };
}

export function recordConsent(
  db: SandboxDatabase,
  input: { grantId: string; customerId: string; clientId: string; accountIds: string[] },
): SandboxConsent {
  const now = Date.now();
  db.prepare(
    `INSERT INTO consents (grant_id, customer_id, client_id, account_ids, consented_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(input.grantId, input.customerId, input.clientId, JSON.stringify(input.accountIds), now, now);
  return findConsentByGrantId(db, input.grantId)!;
}

export function findConsentByGrantId(db: SandboxDatabase, grantId: string): SandboxConsent | undefined {
  const row = db.prepare('SELECT * FROM consents WHERE grant_id = ?').get(grantId) as ConsentRow | undefined;
  return row ? toConsent(row) : undefined;
}

/** Active consents, newest first; optionally only one app's. */
export function listActiveConsents(
  db: SandboxDatabase,
  filter: { customerId?: string; clientId?: string },
): SandboxConsent[] {
  const rows = db
    .prepare(
      `SELECT * FROM consents WHERE revoked_at IS NULL
         AND (@customerId IS NULL OR customer_id = @customerId)
         AND (@clientId IS NULL OR client_id = @clientId)
       ORDER BY consented_at DESC`,
    )
    .all({ customerId: filter.customerId ?? null, clientId: filter.clientId ?? null }) as ConsentRow[];
  return rows.map(toConsent);
}

export function updateConsentAccounts(db: SandboxDatabase, grantId: string, accountIds: string[]): void {
  db.prepare('UPDATE consents SET account_ids = ?, updated_at = ? WHERE grant_id = ? AND revoked_at IS NULL').run(
    JSON.stringify(accountIds),
    Date.now(),
    grantId,
  );
}

export function markConsentEnded(db: SandboxDatabase, grantId: string, reason: ConsentEndReason): void {
  const now = Date.now();
  db.prepare(
    'UPDATE consents SET revoked_at = ?, revoked_reason = ?, updated_at = ? WHERE grant_id = ? AND revoked_at IS NULL',
  ).run(now, reason, now, grantId);
}
