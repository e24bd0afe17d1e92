// Creates or drops a throwaway PostgreSQL database for a test run.
// Usage: tsx scripts/test/pg-database.ts create|drop <name>
import pg from 'pg';

const [command, name] = process.argv.slice(2);
if (!command || !name || !/^[a-z0-9_]+$/.test(name) || !['create', 'drop'].includes(command)) {
  console.error('usage: pg-database.ts create|drop <name: lowercase letters, digits, underscores>');
  process.exit(2);
}
const serverUrl = process.env.CASHLENS_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const client = new pg.Client({ connectionString: serverUrl });
try {
  await client.connect();
  await client.query(command === 'create' ? `CREATE DATABASE "${name}"` : `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  if (command === 'create') console.log(url.toString());
} catch (error) {
  console.error(`Could not ${command} database ${name} on ${new URL(serverUrl).host}: ${(error as Error).message}`);
  process.exit(1);
} finally {
  await client.end().catch(() => {});
}
