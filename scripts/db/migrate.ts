// npm run db:migrate: apply pending migrations to DATABASE_URL (the app also does this on start).
import { describeDatabase, getDatabaseUrl } from '../../lib/db/database-url';
import { migrateDatabase } from '../../lib/db/migrate';

const url = getDatabaseUrl();
try {
  const { applied } = await migrateDatabase(url);
  const where = describeDatabase(url);
  console.log(applied.length ? `Applied ${applied.join(', ')} to ${where}.` : `${where} is up to date.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
