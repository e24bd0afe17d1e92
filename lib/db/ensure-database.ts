import pg from 'pg';
import { parseIntoClientConfig } from 'pg-connection-string';

// The schema engine words connection failures for people ("Can't reach database server") and drops
// the driver's code; connecting once ourselves keeps the code (ECONNREFUSED, 28P01, …) for the
// start-up message, and lets a fresh install point DATABASE_URL at a database that does not exist yet.
const databaseMissing = '3D000';

async function connectOnce(config: pg.ClientConfig): Promise<void> {
  const client = new pg.Client({ connectionTimeoutMillis: 10_000, ...config });
  await client.connect();
  await client.end();
}

export async function ensurePostgresDatabase(url: string): Promise<void> {
  const config = parseIntoClientConfig(url);
  try {
    await connectOnce(config);
  } catch (error) {
    if ((error as { code?: string }).code !== databaseMissing || !config.database) throw error;
    const admin = new pg.Client({ ...config, database: 'postgres', connectionTimeoutMillis: 10_000 });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${config.database.replaceAll('"', '""')}"`);
    } finally {
      await admin.end();
    }
  }
}
