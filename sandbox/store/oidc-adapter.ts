import type { Adapter, AdapterPayload } from 'oidc-provider';
import type { SandboxDatabase } from './database';

// oidc-provider's storage contract (see its adapter example) backed by SQLite,
// so codes, tokens, grants and sessions survive a sandbox restart.

type PayloadRow = { payload: string; expires_at: number | null };

function epochSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

export function createSqliteAdapterFactory(db: SandboxDatabase): (model: string) => Adapter {
  return (model) => new SqliteAdapter(db, model);
}

class SqliteAdapter implements Adapter {
  constructor(
    private readonly db: SandboxDatabase,
    private readonly model: string,
  ) {}

  async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
    const expiresAt = expiresIn ? epochSeconds() + expiresIn : null;
    this.db
      .prepare(
        `INSERT INTO oidc_payloads (model, id, payload, grant_id, uid, user_code, expires_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (model, id) DO UPDATE SET payload = excluded.payload, grant_id = excluded.grant_id,
           uid = excluded.uid, user_code = excluded.user_code, expires_at = excluded.expires_at`,
      )
      .run(this.model, id, JSON.stringify(payload), payload.grantId ?? null, payload.uid ?? null, payload.userCode ?? null, expiresAt);
  }

  async find(id: string): Promise<AdapterPayload | undefined> {
    const row = this.db
      .prepare('SELECT payload, expires_at FROM oidc_payloads WHERE model = ? AND id = ?')
      .get(this.model, id) as PayloadRow | undefined;
    return readLivePayload(row);
  }

  async findByUid(uid: string): Promise<AdapterPayload | undefined> {
    const row = this.db
      .prepare('SELECT payload, expires_at FROM oidc_payloads WHERE model = ? AND uid = ?')
      .get(this.model, uid) as PayloadRow | undefined;
    return readLivePayload(row);
  }

  async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
    const row = this.db
      .prepare('SELECT payload, expires_at FROM oidc_payloads WHERE model = ? AND user_code = ?')
      .get(this.model, userCode) as PayloadRow | undefined;
    return readLivePayload(row);
  }

  async consume(id: string): Promise<void> {
    this.db
      .prepare("UPDATE oidc_payloads SET payload = json_set(payload, '$.consumed', ?) WHERE model = ? AND id = ?")
      .run(epochSeconds(), this.model, id);
  }

  async destroy(id: string): Promise<void> {
    this.db.prepare('DELETE FROM oidc_payloads WHERE model = ? AND id = ?').run(this.model, id);
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    this.db.prepare('DELETE FROM oidc_payloads WHERE model = ? AND grant_id = ?').run(this.model, grantId);
  }
}

function readLivePayload(row: PayloadRow | undefined): AdapterPayload | undefined {
  if (!row) return undefined;
  // Expired rows are left for the sweep; to the provider they no longer exist.
  if (row.expires_at !== null && row.expires_at <= epochSeconds()) return undefined;
  return JSON.parse(row.payload) as AdapterPayload;
}

/** Deletes a grant and every code and token issued under it, whatever their model. */
export function deleteGrantArtifacts(db: SandboxDatabase, grantId: string): void {
  db.prepare("DELETE FROM oidc_payloads WHERE grant_id = ? OR (model = 'Grant' AND id = ?)").run(grantId, grantId);
}

/** Drops expired rows so the file does not grow forever. */
export function sweepExpiredPayloads(db: SandboxDatabase): void {
  db.prepare('DELETE FROM oidc_payloads WHERE expires_at IS NOT NULL AND expires_at <= ?').run(epochSeconds());
}
