import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { createAdapterFactory } from './adapter';

// The Wasm schema engine runs a whole migration script through executeRaw, which better-sqlite3
// refuses ("more than one statement"): it prepares one statement at a time. Parameterless scripts
// that hit that refusal are run with executeScript (better-sqlite3's exec) instead.
function acceptScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (query.args.length > 0 || !/more than one statement/.test(JSON.stringify(error, errorKeys))) throw error;
      await adapter.executeScript(query.sql);
      return 0;
    }
  };
  return adapter;
}

// Error objects hide `message` from JSON.stringify unless asked for it.
const errorKeys = ['name', 'message', 'cause', 'originalMessage', 'kind'];

export function createSchemaEngineSqliteFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  const factory = createAdapterFactory(url);
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => acceptScripts(await factory.connect()),
    connectToShadowDb: async () => acceptScripts(await factory.connectToShadowDb()),
  };
}
