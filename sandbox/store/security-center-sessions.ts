import { randomBytes } from 'node:crypto';
import type { SandboxDatabase } from './database';

// Security Center sign-ins are separate from the OAuth login session on purpose:
// signing in to manage linked apps must not authorize a new link, and vice versa.

const sessionLifetimeMs = 30 * 60 * 1000;

export type SecurityCenterSession = { id: string; customerId: string; csrfToken: string };

export function createSecurityCenterSession(db: SandboxDatabase, customerId: string): SecurityCenterSession {
  const session = {
    id: randomBytes(32).toString('base64url'),
    customerId,
    csrfToken: randomBytes(32).toString('base64url'),
  };
  db.prepare('DELETE FROM security_center_sessions WHERE expires_at <= ?').run(Date.now());
  db.prepare('INSERT INTO security_center_sessions (id, customer_id, csrf_token, expires_at) VALUES (?, ?, ?, ?)').run(
    session.id,
    session.customerId,
    session.csrfToken,
    Date.now() + sessionLifetimeMs,
  );
  return session;
}

export function findSecurityCenterSession(db: SandboxDatabase, id: string): SecurityCenterSession | undefined {
  const row = db
    .prepare('SELECT id, customer_id, csrf_token FROM security_center_sessions WHERE id = ? AND expires_at > ?')
    .get(id, Date.now()) as { id: string; customer_id: string; csrf_token: string } | undefined;
  return row ? { id: row.id, customerId: row.customer_id, csrfToken: row.csrf_token } : undefined;
}

export function deleteSecurityCenterSession(db: SandboxDatabase, id: string): void {
  db.prepare('DELETE FROM security_center_sessions WHERE id = ?').run(id);
}
