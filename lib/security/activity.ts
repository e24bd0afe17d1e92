import { createHash } from 'node:crypto';
import { headers } from 'next/headers';
import type { Db } from '@/lib/db';
import { readClientAddress } from '@/lib/auth/rate-limit';
import { log } from '@/lib/log';

// The security activity log. Rows are only ever created here: nothing updates a SecurityEvent,
// and the only delete is the erasure of a deleted account's own rows (lib/account/delete-account.ts),
// which leaves its account_deleted event behind. lib/security/append-only.test.ts holds the code to that.

export const SECURITY_EVENT_KINDS = [
  'sign_in',
  'sign_in_failed',
  'sign_out',
  'session_revoked',
  'password_changed',
  'factor_added',
  'factor_removed',
  'bank_linked',
  'bank_unlinked',
  'bank_reconnected',
  'report_shared',
  'report_revoked',
  'export',
  'webhook_changed',
  'account_deleted',
] as const;

export type SecurityEventKind = (typeof SECURITY_EVENT_KINDS)[number];

/** Who made the request: the server-decided client address and the browser's user agent. */
export type RequestClient = { ipAddress: string | null; userAgent: string | null };

/** Plain, non-secret facts (ids, names, counts); never tokens, passwords or secrets. */
export type SecurityEventDetail = Record<string, string | number | boolean | null>;

export type SecurityEventInput = {
  userId: string | null;
  kind: SecurityEventKind;
  detail?: SecurityEventDetail;
  /** The request's headers or client; read from the current request when left out. */
  request?: Headers | RequestClient;
  userEmailHash?: string;
};

export function readRequestClient(source: Headers): RequestClient {
  const address = readClientAddress(source);
  return { ipAddress: address === 'unknown' ? null : address, userAgent: source.get('user-agent')?.slice(0, 200) ?? null };
}

/** The current request's client, or nothing outside a request (a test, a background job). */
export async function readCurrentRequestClient(): Promise<RequestClient> {
  try {
    return readRequestClient(await headers());
  } catch {
    return { ipAddress: null, userAgent: null };
  }
}

/** SHA-256 of the normalised email: proves which account was deleted without keeping the address. */
export function hashEmail(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}

export async function recordSecurityEvent(db: Db, input: SecurityEventInput): Promise<void> {
  const client = input.request instanceof Headers ? readRequestClient(input.request) : (input.request ?? (await readCurrentRequestClient()));
  await db.securityEvent.create({ data: toSecurityEventData(input, client) });
}

/** The row for an event, for callers that must write it inside their own batch transaction. */
export function toSecurityEventData(input: Omit<SecurityEventInput, 'request'>, client: RequestClient) {
  return {
    userId: input.userId,
    userEmailHash: input.userEmailHash ?? null,
    kind: input.kind,
    detail: input.detail ? JSON.stringify(input.detail) : null,
    ipAddress: client.ipAddress,
    userAgent: client.userAgent,
  };
}

/**
 * For side paths (sign-in, sign-out) where a failed log write must not fail what the person did:
 * the failure is logged instead.
 */
export async function recordSecurityEventSafely(db: Db, input: SecurityEventInput): Promise<void> {
  try {
    await recordSecurityEvent(db, input);
  } catch (error) {
    log.error('security event not recorded', { error, kind: input.kind });
  }
}

export type SecurityEventRow = { id: string; kind: string; detail: SecurityEventDetail | null; ipAddress: string | null; userAgent: string | null; createdAt: Date };

/** The user's latest `limit` events, newest first, and whether there are older ones ("show more"). */
export async function listSecurityEvents(db: Db, userId: string, limit: number): Promise<{ events: SecurityEventRow[]; hasMore: boolean }> {
  const rows = await db.securityEvent.findMany({ where: { userId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: limit + 1 });
  return {
    events: rows.slice(0, limit).map((row) => ({ id: row.id, kind: row.kind, detail: parseDetail(row.detail), ipAddress: row.ipAddress, userAgent: row.userAgent, createdAt: row.createdAt })),
    hasMore: rows.length > limit,
  };
}

function parseDetail(text: string | null): SecurityEventDetail | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as SecurityEventDetail;
  } catch {
    return null;
  }
}
