// A production server (`next start`) over a throwaway SQLite database holding one signed-in user
// with `size` transactions (bench/dashboard-seed.ts), for browser and load benchmarks.
// Needs a build first: `NEXT_DIST_DIR=.next-bench npm run build` (the folder is NEXT_DIST_DIR, default .next).
// BENCH_NODE_ARGS adds node flags to the server, e.g. '--cpu-prof --cpu-prof-dir=.tmp/prof' to see where a page's time goes.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { hashPassword } from '../lib/auth/password';
import { rebuildAllRollups } from '../lib/budgeting/rollups';
import { createDb } from '../lib/db';
import { migrateDatabase } from '../lib/db/migrate';
import { currentMonth, monthStart } from '../lib/dates';
import { seedBenchUser } from './dashboard-seed';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const PASSWORD = 'bench password 1';

export type BenchApp = { url: string; cookie: string; userId: string; stop(): Promise<void> };

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/sign-in`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the app did not answer at ${url} within ${timeoutMs / 1000} s`);
}

/** Signs in through the real form (as a person would) and returns the Cookie header it earned. */
async function signIn(url: string, email: string): Promise<string> {
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.goto(`${url}/sign-in`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/dashboard/, { timeout: 60_000 });
    const cookies = await page.context().cookies();
    return cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  } finally {
    await browser.close();
  }
}

export async function startBenchApp({ size, port }: { size: number; port: number }): Promise<BenchApp> {
  const work = mkdtempSync(path.join(tmpdir(), 'cashlens-bench-'));
  const databaseUrl = `file:${path.join(work, 'cashlens.db')}`;
  await migrateDatabase(databaseUrl);
  const db = createDb(databaseUrl);
  const started = Date.now();
  const userId = await seedBenchUser(db, 'sqlite', size, monthStart(currentMonth()));
  await rebuildAllRollups(db, userId);
  const { email } = await db.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(PASSWORD) }, select: { email: true } });
  await db.$disconnect();
  console.error(`seeded ${size.toLocaleString('en-US')} transactions in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const url = `http://localhost:${port}`;
  const server = spawn(process.execPath, [...(process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean), 'node_modules/next/dist/bin/next', 'start', '-p', String(port)], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      CASHLENS_DATA_DIR: work,
      AUTH_SECRET: randomBytes(33).toString('base64url'),
      TOKEN_ENCRYPTION_KEYS: `bench:${randomBytes(32).toString('base64')}`,
      AUTH_URL: url,
      SYNC_BACKGROUND: 'off',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let stopping = false;
  server.once('exit', (code, signal) => {
    if (!stopping) console.error(`next start exited early: code ${code}, signal ${signal}`);
  });
  const stop = async () => {
    stopping = true;
    if (server.exitCode !== null || server.signalCode !== null) return void rmSync(work, { recursive: true, force: true });
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    rmSync(work, { recursive: true, force: true });
  };
  try {
    await waitForServer(url, 60_000);
    return { url, cookie: await signIn(url, email), userId, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
