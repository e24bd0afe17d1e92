// npm run db:generate (also postinstall): derive the provider schemas, then generate both clients
// into lib/generated/<provider>. Prisma's CLI insists on a native schema engine path even though
// generate never runs it; any existing file satisfies the check, so we point it at node itself.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { providers } from '../../lib/db/database-url';
import { derivedSchemaPath, writeDerivedSchemas } from './derive-schemas';

const root = process.cwd();
await writeDerivedSchemas(root);
const prismaCli = createRequire(import.meta.url).resolve('prisma/build/index.js');
for (const provider of providers) {
  execFileSync(process.execPath, [prismaCli, 'generate', '--schema', derivedSchemaPath(root, provider)], {
    stdio: 'inherit',
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
    },
  });
}
