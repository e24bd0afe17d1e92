import fs from 'node:fs';
import { env, readEnv, type Env, type EnvSource } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { describeEntryProblems, institutionEntrySchema, type InstitutionQuirks } from '@/lib/bank/institution-schema';

/**
 * The bank registry: every institution Cashlens may link, with where it lives and who we are to
 * it. Chase is always there, built from the BANK_* variables (so existing deployments keep
 * working); more come from BANK_INSTITUTIONS (a JSON array) or BANK_INSTITUTIONS_FILE (a JSON
 * file holding one). An entry with id "chase" there replaces the BANK_* one. A connection row
 * stores its institution's id; everything that talks to a bank asks this registry for it.
 */
export type Institution = {
  id: string;
  name: string;
  color: string;
  logoUrl: string | null;
  issuer: string;
  authorizeUrl: string;
  tokenUrl: string;
  revocationUrl: string;
  fdxBaseUrl: string;
  securityCenterUrl: string | null;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  quirks: InstitutionQuirks;
};

export const DEFAULT_INSTITUTION_ID = 'chase';
export const SANDBOX_CREDIT_UNION_ID = 'lakeshore-cu';


/** The configuration names a bank that is not (or no longer) configured. */
export class InstitutionNotConfiguredError extends AppError {
  override name = 'InstitutionNotConfiguredError';
  constructor(readonly institutionId: string) {
    super('bad_input', `The bank "${institutionId}" is not configured in this Cashlens (BANK_INSTITUTIONS).`, { code: 'institution_unknown' });
  }
}

function buildChase(e: Env): Institution {
  // The URLs Chase publishes, under the issuer, unless one is set on its own.
  const base = e.BANK_ISSUER.replace(/\/$/, '');
  return {
    id: DEFAULT_INSTITUTION_ID,
    name: e.BANK_NAME,
    color: '#117aca',
    logoUrl: null,
    issuer: e.BANK_ISSUER,
    authorizeUrl: e.BANK_AUTHORIZE_URL ?? `${base}/aggregator-oauth/v1/mobile/authorize`,
    tokenUrl: e.BANK_TOKEN_URL ?? `${base}/aggregator-oauth/v1/token`,
    revocationUrl: e.BANK_REVOCATION_URL ?? `${base}/aggregator-oauth/v1/revoke`,
    fdxBaseUrl: (e.BANK_FDX_BASE_URL ?? `${base}/jpmc/servicing/inquiry-maintenance/fdx/v4`).replace(/\/$/, ''),
    securityCenterUrl: e.BANK_SECURITY_CENTER_URL ?? `${base}/security-center`,
    clientId: e.BANK_CLIENT_ID,
    clientSecret: e.BANK_CLIENT_SECRET,
    redirectUri: e.BANK_REDIRECT_URI,
    quirks: { tokenEndpointAuth: 'client_secret_basic', accessTokenSecondsWhenMissing: 900, scope: e.BANK_SCOPE, issParameter: e.BANK_ISS_PARAMETER },
  };
}

/** The second sandbox bank (sandbox/, SANDBOX_INSTITUTION=credit-union): its own issuer, port and FDX base. */
export function sandboxCreditUnionEntry(baseUrl: string) {
  const base = baseUrl.replace(/\/$/, '');
  return {
    id: SANDBOX_CREDIT_UNION_ID,
    name: 'Lakeshore Credit Union',
    color: '#1f7a4d',
    issuer: base,
    authorizeUrl: `${base}/aggregator-oauth/v1/mobile/authorize`,
    tokenUrl: `${base}/aggregator-oauth/v1/token`,
    revocationUrl: `${base}/aggregator-oauth/v1/revoke`,
    fdxBaseUrl: `${base}/api/cu/fdx/v4`,
    securityCenterUrl: `${base}/security-center`,
    clientId: 'cashlens-local',
    clientSecret: 'cashlens-local-secret',
  };
}

const isLoopback = (url: string) => ['localhost', '127.0.0.1', '[::1]'].includes(new URL(url).hostname);

/** The configured entries as raw JSON, and where they came from (for error messages). */
function readConfiguredEntries(e: Env): { source: string; entries: unknown[] } | null {
  let text: string;
  let source: string;
  if (e.BANK_INSTITUTIONS) {
    text = e.BANK_INSTITUTIONS;
    source = 'BANK_INSTITUTIONS';
  } else if (e.BANK_INSTITUTIONS_FILE) {
    source = `BANK_INSTITUTIONS_FILE (${e.BANK_INSTITUTIONS_FILE})`;
    try {
      text = fs.readFileSync(e.BANK_INSTITUTIONS_FILE, 'utf8');
    } catch (error) {
      throw new Error(`Invalid bank configuration in ${source}: the file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  } else {
    return null;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`Invalid bank configuration in ${source}: not valid JSON`);
  }
  if (!Array.isArray(parsed)) throw new Error(`Invalid bank configuration in ${source}: expected a JSON array of institutions`);
  return { source, entries: parsed };
}

function buildRegistry(e: Env, variables: EnvSource): Institution[] {
  const chase = buildChase(e);
  const configured = readConfiguredEntries(e);
  // Development default: while Chase is the local sandbox, the second sandbox bank is listed too.
  const rawEntries = configured?.entries ?? (isLoopback(chase.issuer) ? [sandboxCreditUnionEntry(e.BANK_SANDBOX_CREDIT_UNION_URL)] : []);
  const source = configured?.source ?? 'the sandbox defaults';

  const problems: string[] = [];
  const byId = new Map<string, Institution>([[chase.id, chase]]);
  const seen = new Set<string>();
  rawEntries.forEach((raw, index) => {
    const parsed = institutionEntrySchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(...describeEntryProblems(raw, index, parsed.error));
      return;
    }
    const entry = parsed.data;
    if (seen.has(entry.id)) {
      problems.push(`institution "${entry.id}": id is listed twice`);
      return;
    }
    seen.add(entry.id);
    const secret = entry.clientSecret ?? variables[entry.clientSecretEnv ?? '']?.trim();
    if (!secret) {
      problems.push(`institution "${entry.id}": clientSecretEnv names ${entry.clientSecretEnv}, which is not set`);
      return;
    }
    byId.set(entry.id, {
      id: entry.id,
      name: entry.name,
      color: entry.color,
      logoUrl: entry.logoUrl ?? null,
      issuer: entry.issuer,
      authorizeUrl: entry.authorizeUrl,
      tokenUrl: entry.tokenUrl,
      revocationUrl: entry.revocationUrl,
      fdxBaseUrl: entry.fdxBaseUrl.replace(/\/$/, ''),
      securityCenterUrl: entry.securityCenterUrl ?? null,
      clientId: entry.clientId,
      clientSecret: secret,
      redirectUri: entry.redirectUri ?? e.BANK_REDIRECT_URI,
      quirks: entry.quirks,
    });
  });
  if (problems.length > 0) throw new Error(`Invalid bank configuration in ${source}: ${problems.join('; ')}`);
  return [...byId.values()];
}

// One registry per parsed environment: env() hands back the same object until a variable changes.
const registries = new WeakMap<Env, Institution[]>();

/**
 * Every configured institution, Chase first. Throws one message naming each bad institution and
 * field; start-up calls this (lib/startup/check-secrets.ts) so a bad config stops the server early.
 */
export function listInstitutions(source?: EnvSource): Institution[] {
  const e = source ? readEnv(source) : env();
  let registry = registries.get(e);
  if (!registry) {
    registry = buildRegistry(e, source ?? process.env);
    registries.set(e, registry);
  }
  return registry;
}

export function findInstitution(id: string, source?: EnvSource): Institution | null {
  return listInstitutions(source).find((institution) => institution.id === id) ?? null;
}

/** The institution a connection or a Connect attempt is for; unknown ids are a clear error. */
export function getInstitution(id: string, source?: EnvSource): Institution {
  const found = findInstitution(id, source);
  if (!found) throw new InstitutionNotConfiguredError(id);
  return found;
}

/** What pages may show: never the client secret. */
export type InstitutionSummary = { id: string; name: string; color: string; logoUrl: string | null };

export function listInstitutionSummaries(): InstitutionSummary[] {
  return listInstitutions().map(({ id, name, color, logoUrl }) => ({ id, name, color, logoUrl }));
}
