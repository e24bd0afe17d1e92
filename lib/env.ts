import { z } from 'zod';
import { isIsoDay } from '@/lib/dates';

/**
 * The app's environment, parsed in one place with one set of defaults (README "Configuration").
 * Imports nothing but zod, so the edge runtime (proxy.ts) may use it too.
 *
 * `env()` is what the app calls. `readEnv(source)` parses any other source, for a test or a
 * script that wants settings other than the process's own.
 */

/** The embedded SQLite default: a file in the data folder, created on first start. */
export const defaultDatabaseUrl = 'file:./data/cashlens.db';

const positiveInt = (min: number, max: number, fallback: number) => z.coerce.number().int().min(min).max(max).default(fallback);

const envSchema = z.object({
  DATABASE_URL: z.string().default(defaultDatabaseUrl),
  CASHLENS_DATA_DIR: z.string().default('./data'),
  // Production checks (required unless the database is the embedded file) live with their users:
  // lib/auth/secret.ts and lib/crypto/token-keys.ts, which generate them otherwise.
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters long').optional(),
  AUTH_URL: z.url().optional(),
  TOKEN_ENCRYPTION_KEYS: z.string().optional(),
  // Passkeys are bound to a site: by default the host and origin of AUTH_URL (lib/auth/relying-party.ts).
  WEBAUTHN_RP_ID: z.string().min(1).optional(),
  WEBAUTHN_ORIGIN: z.url().optional(),

  // Where the bank lives and who we are to it. With nothing set they point at the sandbox bank on
  // localhost:4010; pointing Cashlens at Chase is a matter of setting these, never a code change.
  BANK_NAME: z.string().default('Chase'),
  BANK_ISSUER: z.url().default('http://localhost:4010'),
  BANK_AUTHORIZE_URL: z.url().optional(),
  BANK_TOKEN_URL: z.url().optional(),
  BANK_REVOCATION_URL: z.url().optional(),
  BANK_FDX_BASE_URL: z.url().optional(),
  BANK_SECURITY_CENTER_URL: z.url().optional(),
  BANK_CLIENT_ID: z.string().default('cashlens-local'),
  BANK_CLIENT_SECRET: z.string().default('cashlens-local-secret'),
  BANK_REDIRECT_URI: z.url().default('http://localhost:3000/api/bank/callback'),
  BANK_SCOPE: z.string().min(1).default('aggregator'),
  // RFC 9207: when the bank sends `iss` on every authorization response, one without it is refused.
  BANK_ISS_PARAMETER: z.enum(['required', 'optional']).default('required'),
  // More banks (any FDX Core Exchange institution): a JSON array inline, or a JSON file. Each entry
  // is validated in lib/bank/institutions.ts, whose errors name the institution and the field.
  BANK_INSTITUTIONS: z.string().optional(),
  BANK_INSTITUTIONS_FILE: z.string().optional(),
  // Where the second sandbox bank (sandbox/, SANDBOX_INSTITUTION=credit-union) answers; it is
  // listed by default only while Chase is the local sandbox and no BANK_INSTITUTIONS* is set.
  BANK_SANDBOX_CREDIT_UNION_URL: z.url().default('http://localhost:4020'),

  SYNC_INTERVAL_MINUTES: positiveInt(1, 7 * 24 * 60, 360),
  SYNC_BACKGROUND: z.enum(['on', 'off']).default('on'),
  // FDX has no change feed, so each incremental sync re-reads this many days before the watermark:
  // long enough for a pending card charge to post (1–5 days) and for late bank corrections.
  SYNC_OVERLAP_DAYS: positiveInt(7, 90, 10),
  // The oldest date asked for on a first sync; the bank returns what it has from there.
  SYNC_HISTORY_START: z.string().refine(isIsoDay, 'must be a real date like 2000-01-01').default('2000-01-01'),
  SYNC_PAGE_LIMIT: positiveInt(10, 5000, 1000),
  SYNC_LEASE_SECONDS: positiveInt(2, 3600, 120),
  // Syncs run in the worker process (`npm run worker`); the web process only enqueues them and
  // reads their progress. `on` runs a worker inside the web process too (development only).
  SYNC_IN_WEB: z.enum(['on', 'off']).default('off'),
  // How many connections one worker process syncs at the same time (each on its own lease).
  SYNC_WORKER_CONCURRENCY: positiveInt(1, 64, 2),

  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  // Reverse proxies whose X-Forwarded-For is believed (addresses or CIDR ranges, comma-separated); default loopback.
  TRUSTED_PROXIES: z.string().optional(),

  // Read by lib/db/test-database.ts, which tests use to make throwaway databases.
  CASHLENS_TEST_DB: z.enum(['sqlite', 'postgresql']).default('sqlite'),
  CASHLENS_TEST_PG_URL: z.string().default('postgres://postgres@127.0.0.1:5432/test'),
});

export type Env = z.infer<typeof envSchema>;
export type EnvSource = Readonly<Record<string, string | undefined>>;

const names = Object.keys(envSchema.shape) as (keyof Env)[];

/** Our variables from `source`, trimmed; a blank value counts as unset (an empty line in an env file). */
function pickVariables(source: EnvSource): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const name of names) {
    const value = source[name]?.trim();
    if (value) picked[name] = value;
  }
  return picked;
}

/** Parses `source`; a bad value throws one line naming each bad variable (never echoing its value). */
export function readEnv(source: EnvSource = process.env): Env {
  const parsed = envSchema.safeParse(pickVariables(source));
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`);
  throw new Error(`Invalid environment: ${problems.join('; ')}`);
}

let cached: { raw: (string | undefined)[]; env: Env } | undefined;

/**
 * The process's environment, parsed once. It is parsed again only when one of our variables
 * changed since (tests point the bank at a sandbox on a fresh port); comparing ~30 strings is cheap.
 */
export function env(): Env {
  const raw = names.map((name) => process.env[name]);
  if (cached && raw.every((value, i) => value === cached!.raw[i])) return cached.env;
  const parsed = readEnv(process.env);
  cached = { raw, env: parsed };
  return parsed;
}

/** The embedded default (a local SQLite file) needs no secrets set; anything else is production. */
export function usesEmbeddedDatabase(settings: Env = env()): boolean {
  return settings.DATABASE_URL.startsWith('file:');
}
