import { z } from 'zod';
import { sandboxBrands } from './institution';
import type { SandboxInstitutionId } from './data/customers';

// The sandbox bank's settings, parsed once from the environment. Tests pass
// overrides instead of touching process.env so several sandboxes can run side by side.

const sandboxClientSchema = z.object({
  client_id: z.string().min(1),
  client_secret: z.string().min(16),
  redirect_uri: z.url(),
  client_name: z.string().min(1),
});

export type SandboxClient = z.infer<typeof sandboxClientSchema>;

const defaultClients: SandboxClient[] = [
  {
    client_id: 'cashlens-local',
    client_secret: 'cashlens-local-secret',
    redirect_uri: 'http://localhost:3000/api/bank/callback',
    client_name: 'Cashlens',
  },
];

const booleanFlagSchema = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

const clientsJsonSchema = z
  .string()
  .transform((raw, ctx) => {
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'SANDBOX_CLIENTS must be a JSON array' });
      return z.NEVER;
    }
  })
  .pipe(z.array(sandboxClientSchema).min(1));

const sandboxEnvSchema = z.object({
  // Which bank to play: Chase (default) or the second sandbox bank, Lakeshore Credit Union. Port,
  // issuer and data folder default per bank (4010 / 4020) so both can run side by side.
  SANDBOX_INSTITUTION: z.enum(['chase', 'credit-union']).default('chase'),
  SANDBOX_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  SANDBOX_ISSUER: z.url().optional(),
  SANDBOX_DATA_DIR: z.string().min(1).optional(),
  SANDBOX_CLIENTS: clientsJsonSchema.optional(),
  SANDBOX_ACCESS_TOKEN_TTL: z.coerce.number().int().positive().default(900),
  SANDBOX_ROTATE_REFRESH_TOKENS: booleanFlagSchema.default(false),
  SANDBOX_ADMIN_TOKEN: z.string().min(1).default('sandbox-admin'),
});

export type SandboxConfig = {
  institution: SandboxInstitutionId;
  port: number;
  issuer: string;
  dataDir: string;
  clients: SandboxClient[];
  accessTokenTtl: number;
  rotateRefreshTokens: boolean;
  adminToken: string;
};

export function parseSandboxConfig(env: Record<string, string | undefined> = process.env): SandboxConfig {
  // Empty strings mean "not set", the way .env files usually leave them.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = sandboxEnvSchema.safeParse(present);
  if (!parsed.success) {
    throw new Error(`Invalid sandbox configuration: ${z.prettifyError(parsed.error)}`);
  }
  const values = parsed.data;
  const brand = sandboxBrands[values.SANDBOX_INSTITUTION];
  const port = values.SANDBOX_PORT ?? brand.defaultPort;
  return {
    institution: values.SANDBOX_INSTITUTION,
    port,
    issuer: (values.SANDBOX_ISSUER ?? `http://localhost:${port}`).replace(/\/$/, ''),
    dataDir: values.SANDBOX_DATA_DIR ?? brand.defaultDataDir,
    clients: values.SANDBOX_CLIENTS ?? defaultClients,
    accessTokenTtl: values.SANDBOX_ACCESS_TOKEN_TTL,
    rotateRefreshTokens: values.SANDBOX_ROTATE_REFRESH_TOKENS,
    adminToken: values.SANDBOX_ADMIN_TOKEN,
  };
}
