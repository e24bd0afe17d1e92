// npm run bench:web [-- --sizes=10000,1000000 --duration=15 --connections=8 --port=3303 --routes=/dashboard --profile=<dir>]
//
// Requests per second and latency of the real pages, end to end: a production build (`npm run
// build` first; NEXT_DIST_DIR is honoured) served by one `next start` against a SQLite database
// with one user and 10k, then 1M transactions over ten years (bench/web-seed.ts), signed in as
// that user, loaded by autocannon with 8 connections for ~15 s per route. Prints req/s, p50 and
// p99 per route and size, each size starting with three same-run baselines (BASELINES), and the
// 1M/10k ratio of p50. Seeded databases are kept in .tmp/bench-web (delete it, or pass --reseed,
// to seed again; --seed-only seeds and stops).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import autocannon from 'autocannon';
import { parseIsoDay } from '../lib/dates';
import { encodeCursor } from '../lib/transactions/cursor';
import { BENCH_PASSWORD, seedWebBench, type WebBenchUser } from './web-seed';

const args: Record<string, string | undefined> = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [key, value = ''] = a.replace(/^--/, '').split('=');
    return [key, value];
  }),
);
const sizes = (args.sizes ?? '10000,1000000').split(',').map(Number);
const duration = Number(args.duration ?? 15);
const connections = Number(args.connections ?? 8);
const port = Number(args.port ?? 3303);
const only = args.routes ? new Set(args.routes.split(',')) : null;
// The bench's "today": the same history on every run, whatever the date.
const END_DAY = parseIsoDay('2026-11-20');
const workDir = path.resolve('.tmp/bench-web');

type Figures = { rps: number; p50: number; p99: number; errors: number };

// Same-run baselines, loaded like the pages: what the server does with no page at all, Next's
// smallest page (the not-found page: proxy, root layout, React), and the signed-in shell with an
// empty page. A page can be no cheaper than these on the same machine in the same minute.
const BASELINES: { name: string; url: string; status: number }[] = [
  { name: 'health (no page)', url: '/api/health', status: 200 },
  { name: 'not-found page', url: '/bench-no-such-page', status: 404 },
  { name: 'shell (alerts)', url: '/alerts', status: 200 },
];

function routesFor(user: WebBenchUser): [string, string][] {
  const deep = encodeCursor({ sort: 'date_desc', direction: 'next', key: { kind: 'date', day: parseIsoDay(user.deepCursorRow.bookedOn.slice(0, 10)) }, id: user.deepCursorRow.id });
  return [
    ['/dashboard', '/dashboard'],
    ['/cash-flow', '/cash-flow'],
    ['/budgets', '/budgets'],
    ['/transactions', '/transactions'],
    ['category filter', `/transactions?category=${user.categoryId}`],
    ['amount sort', '/transactions?sort=amount_asc'],
    ['search', '/transactions?q=starbucks'],
    ['search 2 words', '/transactions?q=whole%20foods'],
    ['deep keyset page', `/transactions?after=${deep}`],
  ];
}

async function startServer(databaseFile: string): Promise<ChildProcess> {
  const base = `http://localhost:${port}`;
  // --profile=<dir> writes the server's CPU profile there when it stops (node --cpu-prof): where a
  // route's time goes, for the route that misses its target.
  const profile = args.profile ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(args.profile)}`] : [];
  const child = spawn(process.execPath, [...profile, path.resolve('node_modules/next/dist/bin/next'), 'start', '-p', String(port)], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: `file:${databaseFile}`,
      CASHLENS_DATA_DIR: path.join(workDir, 'data'),
      AUTH_SECRET: randomBytes(33).toString('base64url'),
      TOKEN_ENCRYPTION_KEYS: `bench:${randomBytes(32).toString('base64')}`,
      AUTH_URL: base,
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('next start did not answer /api/health in 2 minutes');
}

// Waits for the exit: the next size's server takes the same port, and while the old one is still
// shutting down it would answer the new one's health check and then vanish.
async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  // Its own process group: npx, next and the server's workers go together.
  if (child.pid) process.kill(-child.pid, 'SIGTERM');
  await exited;
}

/** Signs in through Auth.js's credentials endpoint, as the sign-in form does; returns the Cookie header. */
async function signIn(email: string): Promise<string> {
  const base = `http://localhost:${port}`;
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(';')[0]!);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; ') },
    body: new URLSearchParams({ email, password: BENCH_PASSWORD, csrfToken, callbackUrl: `${base}/dashboard` }),
  });
  const session = response.headers.getSetCookie().map((c) => c.split(';')[0]!).find((c) => c.includes('session-token='));
  if (!session) throw new Error(`sign-in failed: HTTP ${response.status}`);
  const cookie = [...jar, session].join('; ');
  const check = await fetch(`${base}/transactions`, { headers: { cookie }, redirect: 'manual' });
  if (check.status !== 200) throw new Error(`signed-in /transactions answered HTTP ${check.status}`);
  return cookie;
}

async function load(pathAndQuery: string, cookie: string, seconds: number, status = 200): Promise<Figures> {
  const result = await autocannon({ url: `http://localhost:${port}${pathAndQuery}`, connections, duration: seconds, headers: { cookie } });
  // A baseline that should answer 404 counts its 404s as answers, not errors; any other status is an error.
  const unexpected = status === 200 ? result.non2xx : result.non2xx - (result.statusCodeStats[status]?.count ?? 0);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts + unexpected };
}

async function main() {
  mkdirSync(workDir, { recursive: true });
  console.log(`bench:web — next start on :${port}, ${connections} connections, ${duration} s per route after a 3 s warm-up; Node ${process.version}`);
  const results = new Map<string, Map<number, Figures>>();
  for (const size of sizes) {
    const file = path.join(workDir, `bench-${size}.db`);
    const meta = `${file}.json`;
    if (args.reseed !== undefined || !existsSync(meta)) {
      for (const suffix of ['', '-wal', '-shm', '.json']) rmSync(file + suffix, { force: true });
      const started = Date.now();
      const user = await seedWebBench(file, size, END_DAY);
      await writeFile(meta, JSON.stringify(user));
      console.log(`seeded ${size.toLocaleString('en-US')} transactions in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    const user = JSON.parse(await readFile(meta, 'utf8')) as WebBenchUser;
    if (args['seed-only'] !== undefined) continue;
    const server = await startServer(file);
    try {
      const cookie = await signIn(user.email);
      const runs: { name: string; url: string; status: number }[] = [...BASELINES, ...routesFor(user).map(([name, url]) => ({ name, url, status: 200 }))];
      for (const { name, url, status } of runs) {
        if (only && !only.has(name)) continue;
        await load(url, cookie, 3, status);
        const figures = await load(url, cookie, duration, status);
        if (!results.has(name)) results.set(name, new Map());
        results.get(name)!.set(size, figures);
        console.log(`  ${size.toLocaleString('en-US').padStart(9)}  ${name.padEnd(18)} ${figures.rps.toFixed(1).padStart(7)} req/s  p50 ${String(figures.p50).padStart(5)} ms  p99 ${String(figures.p99).padStart(5)} ms${figures.errors ? `  ${figures.errors} errors/non-2xx` : ''}`);
      }
    } finally {
      await stopServer(server);
    }
  }
  if (sizes.length >= 2) {
    const [small, large] = [Math.min(...sizes), Math.max(...sizes)];
    console.log(`\n${'route'.padEnd(18)} ${`req/s @${small}`.padStart(12)} ${`req/s @${large}`.padStart(12)} ${`p99 @${large}`.padStart(11)}  p50 ratio`);
    for (const [name, bySize] of results) {
      const a = bySize.get(small);
      const b = bySize.get(large);
      if (!a || !b) continue;
      console.log(`${name.padEnd(18)} ${a.rps.toFixed(1).padStart(12)} ${b.rps.toFixed(1).padStart(12)} ${`${b.p99} ms`.padStart(11)}  ${(b.p50 / Math.max(1, a.p50)).toFixed(2)}×`);
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
