// npm run bench:pages-load [-- --size=1000000 --connections=8 --seconds=20 --pages=/dashboard,/cash-flow --port=3304]
//
// Requests per second and latency of the insight pages under load (wrk, one `next start`), signed
// in as a user with `size` transactions. Each page is measured twice: its first request (a cold
// page cache: the page's queries run) and then `seconds` of `connections` concurrent requests.
// Build first: `npm run build` (or NEXT_DIST_DIR=<folder> for both commands). Needs `wrk` on PATH.
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { startBenchApp } from './bench-app';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const size = Number(args.size ?? 1_000_000);
const connections = Number(args.connections ?? 8);
const seconds = Number(args.seconds ?? 20);
const port = Number(args.port ?? 3304);
const pages = (args.pages ?? '/dashboard,/cash-flow,/budgets,/spending').split(',');

async function main() {
  const app = await startBenchApp({ size, port });
  try {
    console.log(`bench:pages-load — ${size.toLocaleString('en-US')} transactions, wrk ${connections} connections × ${seconds} s; Node ${process.version}`);
    for (const page of pages) {
      const started = performance.now();
      // A fresh agent-less request each time: the keep-alive socket of the previous page may have timed out.
      const first = await fetch(app.url + page, { headers: { cookie: app.cookie }, redirect: 'manual', keepalive: false }).catch(() => fetch(app.url + page, { headers: { cookie: app.cookie }, redirect: 'manual' }));
      await first.text();
      if (first.status !== 200) throw new Error(`${page} answered ${first.status}: not signed in?`);
      const coldMs = performance.now() - started;
      const out = execFileSync('wrk', ['-t2', `-c${connections}`, `-d${seconds}s`, '--latency', '-H', `Cookie: ${app.cookie}`, app.url + page], { encoding: 'utf8' });
      const rps = /Requests\/sec:\s+([\d.]+)/.exec(out)?.[1];
      const p50 = /50%\s+([\d.]+\w+)/.exec(out)?.[1];
      const p99 = /99%\s+([\d.]+\w+)/.exec(out)?.[1];
      const errors = /Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? '0';
      console.log(`  ${page.padEnd(14)} first request ${coldMs.toFixed(0).padStart(5)} ms   ${rps} req/s   p50 ${p50}   p99 ${p99}   non-2xx ${errors}`);
    }
  } finally {
    await app.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
