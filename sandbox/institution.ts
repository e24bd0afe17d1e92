import type { Context, Middleware } from 'koa';
import type { SandboxInstitutionId } from './data/customers';

// Which bank this sandbox process plays. Chase is the default; SANDBOX_INSTITUTION=credit-union
// runs a second, different bank (Lakeshore Credit Union) on its own port, issuer, data folder, FDX
// base path and customers, so Cashlens can be tested against two institutions at once.

export type SandboxBrand = {
  institution: SandboxInstitutionId;
  bankName: string;
  bodyClass: string; // picks the bank's colours in pages/layout.ts (a class, so the CSP stays hash-only)
  fdxPrefix: string;
  defaultPort: number;
  defaultDataDir: string;
  statementTitle: string;
};

export const sandboxBrands: Record<SandboxInstitutionId, SandboxBrand> = {
  chase: {
    institution: 'chase',
    bankName: 'Sandbox Bank',
    bodyClass: '',
    fdxPrefix: '/jpmc/servicing/inquiry-maintenance/fdx/v4',
    defaultPort: 4010,
    defaultDataDir: './data/sandbox',
    statementTitle: 'Chase (sandbox)',
  },
  'credit-union': {
    institution: 'credit-union',
    bankName: 'Lakeshore Credit Union',
    bodyClass: 'cu',
    fdxPrefix: '/api/cu/fdx/v4',
    defaultPort: 4020,
    defaultDataDir: './data/sandbox-credit-union',
    statementTitle: 'Lakeshore Credit Union (sandbox)',
  },
};

/** Puts this process's bank on every request, for the pages and sign-in checks to read. */
export function provideSandboxBrand(brand: SandboxBrand): Middleware {
  return async (ctx, next) => {
    ctx.state.sandboxBrand = brand;
    await next();
  };
}

export function brandOf(ctx: Context): SandboxBrand {
  return (ctx.state as { sandboxBrand?: SandboxBrand }).sandboxBrand ?? sandboxBrands.chase;
}
