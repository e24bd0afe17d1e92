import { defineConfig } from '@playwright/test';

// End-to-end tests run against the production build (`next start`) and a running sandbox bank,
// on their own ports so a developer's servers on 3000/4010 are left alone.
// scripts/test-e2e.sh sets DATABASE_URL to a throwaway database before calling Playwright.
const appPort = Number(process.env.E2E_APP_PORT ?? 3100);
const sandboxPort = Number(process.env.E2E_SANDBOX_PORT ?? 4110);
// The second sandbox bank (Lakeshore Credit Union), a hundred ports above the first unless set.
const creditUnionPort = Number(process.env.E2E_SANDBOX_CU_PORT ?? sandboxPort + 100);
// The loopback SMTP server the workspace specs start (e2e/smtp-inbox.ts): the app mails invitations to it.
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? appPort + 25);
process.env.E2E_SMTP_PORT = String(smtpPort);
export const appUrl = `http://localhost:${appPort}`;
export const sandboxUrl = `http://localhost:${sandboxPort}`;
export const creditUnionUrl = `http://localhost:${creditUnionPort}`;

if (!process.env.DATABASE_URL) {
  throw new Error('DATABASE_URL must name a throwaway database; run end-to-end tests through scripts/test-e2e.sh.');
}

const sandboxClients = JSON.stringify([
  { client_id: 'cashlens-e2e', client_secret: 'cashlens-e2e-secret', redirect_uri: `${appUrl}/api/bank/callback`, client_name: 'Cashlens' },
  // The tests' own client, to read what the bank serves independently of the app.
  { client_id: 'cashlens-e2e-reader', client_secret: 'cashlens-e2e-reader-secret', redirect_uri: 'http://localhost:9/e2e-reader/callback', client_name: 'Balance checker' },
]);

// The app learns about the credit union the way an operator would configure any FDX bank.
const bankInstitutions = JSON.stringify([
  {
    id: 'lakeshore-cu',
    name: 'Lakeshore Credit Union',
    color: '#1f7a4d',
    issuer: creditUnionUrl,
    authorizeUrl: `${creditUnionUrl}/aggregator-oauth/v1/mobile/authorize`,
    tokenUrl: `${creditUnionUrl}/aggregator-oauth/v1/token`,
    revocationUrl: `${creditUnionUrl}/aggregator-oauth/v1/revoke`,
    fdxBaseUrl: `${creditUnionUrl}/api/cu/fdx/v4`,
    securityCenterUrl: `${creditUnionUrl}/security-center`,
    clientId: 'cashlens-e2e',
    clientSecret: 'cashlens-e2e-secret',
  },
]);

// The app and its sync worker share one configuration.
const appEnv: Record<string, string> = {
  DATABASE_URL: process.env.DATABASE_URL,
  CASHLENS_DATA_DIR: process.env.CASHLENS_DATA_DIR ?? '.tmp/e2e-data',
  AUTH_SECRET: process.env.AUTH_SECRET ?? '',
  TOKEN_ENCRYPTION_KEYS: process.env.TOKEN_ENCRYPTION_KEYS ?? '',
  NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? '.next',
  AUTH_URL: appUrl,
  BANK_CLIENT_ID: 'cashlens-e2e',
  BANK_CLIENT_SECRET: 'cashlens-e2e-secret',
  BANK_REDIRECT_URI: `${appUrl}/api/bank/callback`,
  BANK_ISSUER: sandboxUrl,
  BANK_INSTITUTIONS: bankInstitutions,
  SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
};

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: appUrl,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Without these Chromium keeps calling home, and this network refuses it.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: [
    {
      command: 'npx tsx sandbox/server.ts',
      url: `${sandboxUrl}/jpmc/servicing/inquiry-maintenance/fdx/v4/ping`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: {
        SANDBOX_PORT: String(sandboxPort),
        SANDBOX_ISSUER: sandboxUrl,
        SANDBOX_DATA_DIR: process.env.E2E_SANDBOX_DATA_DIR ?? '.tmp/e2e-sandbox',
        SANDBOX_CLIENTS: sandboxClients,
        SANDBOX_ADMIN_TOKEN: 'e2e-sandbox-admin',
        // Ten years of a small bakery, not the benchmark's million rows: every link starts a full sync.
        SANDBOX_BUSINESS_TRANSACTIONS: '5000',
      },
    },
    {
      command: 'npx tsx sandbox/server.ts',
      url: `${creditUnionUrl}/api/cu/fdx/v4/ping`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: {
        SANDBOX_INSTITUTION: 'credit-union',
        SANDBOX_PORT: String(creditUnionPort),
        SANDBOX_ISSUER: creditUnionUrl,
        SANDBOX_DATA_DIR: `${process.env.E2E_SANDBOX_DATA_DIR ?? '.tmp/e2e-sandbox'}-credit-union`,
        SANDBOX_CLIENTS: sandboxClients,
        SANDBOX_ADMIN_TOKEN: 'e2e-sandbox-admin',
      },
    },
    {
      command: `npx next start -p ${appPort}`,
      url: `${appUrl}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: appEnv,
    },
    // The sync worker runs every sync (the app only queues them); ready once it logs that it started.
    {
      command: 'npx tsx scripts/worker.ts',
      wait: { stdout: /sync worker started/ },
      reuseExistingServer: false,
      timeout: 120_000,
      env: appEnv,
    },
  ],
});
