import { env, readEnv, type Env, type EnvSource } from '@/lib/env';

/** Where the bank lives and who we are to it, from the BANK_* variables (defaults in lib/env.ts). */
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
};

// One config per parsed environment: env() hands back the same object until a variable changes.
const configs = new WeakMap<Env, BankConfig>();

function buildBankConfig(e: Env): BankConfig {
  // The URLs Chase publishes, under the issuer, unless one is set on its own.
  const base = e.BANK_ISSUER.replace(/\/$/, '');
  return {
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
  };
}

/** The process's bank settings, or those of `source` (a test's own environment). */
export function getBankConfig(source?: EnvSource): BankConfig {
  const e = source ? readEnv(source) : env();
  let config = configs.get(e);
  if (!config) {
    config = buildBankConfig(e);
    configs.set(e, config);
  }
  return config;
}
