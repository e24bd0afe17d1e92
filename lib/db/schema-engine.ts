import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bindMigrationAwareSqlAdapterFactory, type SqlDriverAdapter } from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import { getDatabaseProvider } from './database-url';
import { createSchemaEnginePgFactory } from './pg-schema-engine';
import { createSchemaEngineSqliteFactory } from './sqlite-schema-engine';

// Prisma's WebAssembly schema engine, driven through our own driver adapters, so migrations need
// no native binary. The package's ESM entry imports the .wasm directly, which Node cannot load,
// so we instantiate the module ourselves with its generated JS glue.
type Bindings = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');
let bindings: Promise<Bindings> | undefined;

// The engine arms timeouts it never clears (e.g. around each query); left as they are, every CLI
// run would linger ~10 s after finishing. Unref'd, they still fire but never keep Node alive.
function withUnrefTimers(glue: object): WebAssembly.ModuleImports {
  const patched: WebAssembly.ModuleImports = { ...(glue as WebAssembly.ModuleImports) };
  for (const [name, value] of Object.entries(glue)) {
    if (name.startsWith('__wbg_setTimeout_') && typeof value === 'function') {
      patched[name] = (...args: unknown[]) => {
        const timer = (value as (...a: unknown[]) => unknown)(...args);
        (timer as { unref?: () => void } | null)?.unref?.();
        return timer;
      };
    }
  }
  return patched;
}

async function loadBindings(): Promise<Bindings> {
  // Resolved from the app root rather than this file, which a bundler may have moved.
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  const dir = path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
  const glue = (await import(
    /* webpackIgnore: true */ /* turbopackIgnore: true */ pathToFileURL(path.join(dir, 'schema_engine_bg.js')).href
  )) as Bindings & { __wbg_set_wasm(exports: WebAssembly.Exports): void };
  const bytes = await readFile(path.join(dir, 'schema_engine_bg.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': withUnrefTimers(glue) });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue;
}

export type { SchemaEngine };
export const noFilters = { externalTables: [], externalEnums: [] };

/**
 * Runs `work` with a schema engine connected to `url`; the engine is freed afterwards.
 * Engine logs go to `log` (silent by default: they are JSON tracing lines, not for people).
 */
export async function withSchemaEngine<T>(
  url: string,
  work: (engine: SchemaEngine) => Promise<T>,
  log: (line: string) => void = () => {},
): Promise<T> {
  bindings ??= loadBindings();
  const { SchemaEngine } = await bindings;
  const factory =
    getDatabaseProvider(url) === 'postgresql'
      ? createSchemaEnginePgFactory(url)
      : createSchemaEngineSqliteFactory(url);
  // engine.free() does not close the connections the engine opened: a SQLite file would stay locked
  // and a PostgreSQL pool would stay open. We track and dispose them ourselves.
  const opened: SqlDriverAdapter[] = [];
  const track = async (connecting: Promise<SqlDriverAdapter>) => {
    const connection = await connecting;
    opened.push(connection);
    return connection;
  };
  const adapter = bindMigrationAwareSqlAdapterFactory({
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => track(factory.connect()),
    connectToShadowDb: () => track(factory.connectToShadowDb()),
  });
  // The engine reports driver failures as opaque ids; the registry holds the driver's own error
  // (ECONNREFUSED, missing database, …), which is what callers need to explain the failure.
  const unwrap = (error: unknown) => {
    const id = /External error id#(\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
    const driverError = id === undefined ? undefined : adapter.errorRegistry.consumeError(Number(id))?.error;
    return driverError ?? error;
  };
  let engine: SchemaEngine;
  try {
    engine = await SchemaEngine.new({ datamodels: undefined }, log, adapter);
  } catch (error) {
    throw unwrap(error);
  }
  try {
    return await work(engine);
  } catch (error) {
    throw unwrap(error);
  } finally {
    engine.free();
    // Already-closed connections throw on a second dispose; there is nothing left to clean then.
    await Promise.all(opened.map((connection) => connection.dispose().catch(() => {})));
  }
}
