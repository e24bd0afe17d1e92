import { z } from 'zod';

// One bank as an operator writes it in BANK_INSTITUTIONS / BANK_INSTITUTIONS_FILE (README
// "Configuration"). Strict: a misspelt field is an error, not a silently ignored setting.

/** Plain http only for a bank on this machine (the sandbox); anything else must be https. */
function isAllowedBankUrl(value: string): boolean {
  const url = new URL(value);
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

const bankUrl = z
  .string({ error: 'is required' })
  .refine((value) => URL.canParse(value), 'must be an absolute URL like https://bank.example/path')
  .refine((value) => !URL.canParse(value) || isAllowedBankUrl(value), 'must use https (plain http is allowed only for localhost)');

const quirksSchema = z.strictObject({
  // How the client authenticates at the token and revocation endpoints.
  tokenEndpointAuth: z.enum(['client_secret_basic', 'client_secret_post']).default('client_secret_basic'),
  // Assumed access token lifetime when the bank's token response omits expires_in (Chase: 15 minutes).
  accessTokenSecondsWhenMissing: z.number().int().min(60).max(86_400).default(900),
  // The scope the authorize request asks for.
  scope: z.string().min(1).default('aggregator'),
  // RFC 9207: a bank that sends `iss` on every authorization response gets a response without it refused.
  issParameter: z.enum(['required', 'optional']).default('required'),
});

export type InstitutionQuirks = z.infer<typeof quirksSchema>;

export const institutionEntrySchema = z
  .strictObject({
    id: z.string({ error: 'is required' }).regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be 1-40 lowercase letters, digits or dashes'),
    name: z.string({ error: 'is required' }).trim().min(1, 'must not be empty').max(80),
    color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #0b4f8a').default('#475569'),
    logoUrl: bankUrl.optional(),
    issuer: bankUrl,
    authorizeUrl: bankUrl,
    tokenUrl: bankUrl,
    revocationUrl: bankUrl,
    fdxBaseUrl: bankUrl,
    securityCenterUrl: bankUrl.optional(),
    clientId: z.string({ error: 'is required' }).min(1, 'must not be empty'),
    // The secret inline, or the name of an environment variable holding it (keeps it out of the file).
    clientSecret: z.string().min(1, 'must not be empty').optional(),
    clientSecretEnv: z.string().regex(/^[A-Z_][A-Z0-9_]*$/, 'must be an environment variable name').optional(),
    redirectUri: z.url('must be an absolute URL').optional(),
    quirks: quirksSchema.default({ tokenEndpointAuth: 'client_secret_basic', accessTokenSecondsWhenMissing: 900, scope: 'aggregator', issParameter: 'required' }),
  })
  .refine((entry) => entry.clientSecret !== undefined || entry.clientSecretEnv !== undefined, {
    message: 'is missing: set clientSecret or clientSecretEnv',
    path: ['clientSecret'],
  });

export type InstitutionEntry = z.infer<typeof institutionEntrySchema>;

/** One line per problem, each naming the institution (its id, else its position) and the field. */
export function describeEntryProblems(raw: unknown, index: number, error: z.ZodError): string[] {
  const id = raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : null;
  const who = id ? `institution "${id}"` : `institution #${index + 1}`;
  return error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') return `${who}: unknown field ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
    const field = issue.path.join('.') || 'entry';
    return `${who}: ${field} ${issue.message}`;
  });
}
