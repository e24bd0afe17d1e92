import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { parseIntoClientConfig } from 'pg-connection-string';

// Two gaps between @prisma/adapter-pg 7.10 and the Wasm schema engine, bridged only for the
// engine's connections (the app's client never needs them):
//
// 1. The engine reads pg_catalog columns of type "char" (OID 18, e.g. pg_constraint.contype), which
//    the adapter rejects as an unsupported type. Its values arrive as one-letter strings anyway,
//    so the client reports them as text (OID 25).
// 2. The adapter's own shadow database is opened with `{ ...config, database }`, which a
//    connectionString silently overrides (the "shadow" would be the real database), and is dropped
//    while its pool is still connected (DROP fails). We create and drop shadow databases ourselves.
const pgChar = 18;
const pgText = 25;

type QueryResultLike = { fields?: { dataTypeID: number }[] } | undefined;

function reportCharAsText<T extends QueryResultLike>(result: T): T {
  for (const field of result?.fields ?? []) if (field.dataTypeID === pgChar) field.dataTypeID = pgText;
  return result;
}

class SchemaEngineClient extends pg.Client {
  // pg's query() is overloaded (callback or promise); both forms pass through unchanged.
  query(...args: unknown[]): never {
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === 'function') {
      args[last] = (error: unknown, result: QueryResultLike) => callback(error, reportCharAsText(result));
    }
    const call = super.query as (...a: unknown[]) => unknown;
    const returned = call.apply(this, args);
    if (returned instanceof Promise) return returned.then(reportCharAsText) as never;
    return returned as never;
  }
}

async function runAdminStatement(config: pg.ClientConfig, sql: string): Promise<void> {
  const client = new pg.Client(config);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export function createSchemaEnginePgFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  const config = parseIntoClientConfig(url);
  const connectTo = (database?: string) =>
    new PrismaPg({ ...config, ...(database ? { database } : {}), Client: SchemaEngineClient } as pg.PoolConfig).connect();

  return {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    connect: () => connectTo(),
    async connectToShadowDb(): Promise<SqlDriverAdapter> {
      const database = `cashlens_shadow_${randomUUID().replaceAll('-', '')}`;
      await runAdminStatement(config, `CREATE DATABASE "${database}"`);
      const adapter = await connectTo(database);
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await runAdminStatement(config, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      };
      return adapter;
    },
  };
}
