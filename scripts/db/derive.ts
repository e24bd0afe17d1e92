// Turns the one source schema (prisma/schema.prisma) into a per-provider copy.
// Pure string work so the drift check and the tests can run it on any copy of the repo.
import type { Provider } from '../../lib/db/database-url';

const header = (provider: Provider) =>
  [
    '// GENERATED FILE, DO NOT EDIT.',
    `// Derived from prisma/schema.prisma for ${provider} by \`npm run db:schema\`;`,
    '// edit prisma/schema.prisma instead. `npm run db:check` fails when this copy drifts.',
    '',
  ].join('\n');

// Matches a whole top-level block such as `generator client { … }`; blocks never nest in Prisma schemas.
const blockPattern = (kind: string) => new RegExp(`^${kind}\\s+\\w+\\s*\\{[^}]*\\}`, 'm');

function setBlockField(schema: string, kind: string, field: string, value: string): string {
  const block = schema.match(blockPattern(kind));
  if (!block) throw new Error(`prisma/schema.prisma has no ${kind} block`);
  const fieldPattern = new RegExp(`^(\\s*${field}\\s*=\\s*).*$`, 'm');
  const updated = fieldPattern.test(block[0])
    ? block[0].replace(fieldPattern, `$1${value}`)
    : block[0].replace(/\}$/, `  ${field} = ${value}\n}`);
  return schema.replace(block[0], updated);
}

export function deriveSchema(source: string, provider: Provider): string {
  let schema = setBlockField(source, 'datasource', 'provider', `"${provider}"`);
  // Derived schemas live two levels below the repo root (prisma/<provider>/schema.prisma).
  schema = setBlockField(schema, 'generator', 'output', `"../../lib/generated/${provider}"`);
  return header(provider) + schema;
}
