import { z } from 'zod';

/**
 * Where the bank lives and who we are to it. Every URL comes from the environment; with
 * nothing set they point at the sandbox bank on localhost:4010 (the embedded default).
 * Pointing Cashlens at Chase is a matter of setting these, never a code change.
 */
const bankEnvSchema = z.object({
  BANK_ISSUER: z.url().default('http://localhost:4010'),
  BANK_AUTHORIZE_URL: z.url().optional(),
  BANK_TOKEN_URL: z.url().optional(),
  BANK_REVOCATION_URL: z.url().optional(),
  BANK_FDX_BASE_URL: z.url().optional(),
  BANK_SECURITY_CENTER_URL: z.url().optional(),
  BANK_CLIENT_ID: z.string().min(1).default('cashlens-local'),
  BANK_CLIENT_SECRET: z.string().min(1).default('cashlens-local-secret'),
  BANK_REDIRECT_URI: z.url().default('http://localhost:3000/api/bank/callback'),
  BANK_NAME: z.string().min(1).default('Chase'),
  BANK_SCOPE: z.string().min(1).default('aggregator'),
  // RFC 9207: when the bank sends `iss` on every authorization response, a response without it is refused.
  BANK_ISS_PARAMETER: z.enum(['required', 'optional']).default('required'),
});

export type BankConfig = {
  institution: 'chase';
  name: string;
  issuer: string;
  authorizeUrl: string;
  tokenUrl: string;
  revocationUrl: string;
  fdxBaseUrl: string;
  securityCenterUrl: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  scope: string;
  issParameterRequired: boolean;
};

let cached: BankConfig | undefined;

export function getBankConfig(env: NodeJS.ProcessEnv = process.env): BankConfig {
  if (cached && env === process.env) return cached;
  const parsed = bankEnvSchema.safeParse(env);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`Bank configuration is invalid: ${String(first?.path[0])} ${first?.message ?? ''}`.trim());
  }
  const e = parsed.data;
  const base = e.BANK_ISSUER.replace(/\/$/, '');
  const config: BankConfig = {
    institution: 'chase',
    name: e.BANK_NAME,
    issuer: e.BANK_ISSUER,
    authorizeUrl: e.BANK_AUTHORIZE_URL ?? `${base}/aggregator-oauth/v1/mobile/authorize`,
    tokenUrl: e.BANK_TOKEN_URL ?? `${base}/aggregator-oauth/v1/token`,
    revocationUrl: e.BANK_REVOCATION_URL ?? `${base}/aggregator-oauth/v1/revoke`,
    fdxBaseUrl: (e.BANK_FDX_BASE_URL ?? `${base}/jpmc/servicing/inquiry-maintenance/fdx/v4`).replace(/\/$/, ''),
    securityCenterUrl: e.BANK_SECURITY_CENTER_URL ?? `${base}/security-center`,
    clientId: e.BANK_CLIENT_ID,
    clientSecret: e.BANK_CLIENT_SECRET,
    redirectUri: e.BANK_REDIRECT_URI,
    scope: e.BANK_SCOPE,
    issParameterRequired: e.BANK_ISS_PARAMETER === 'required',
  };
  if (env === process.env) cached = config;
  return config;
}
