import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';

// The benchmarks' sandbox bank: its own process, as the real bank would be, so its CPU is not ours.

export const BENCH_ADMIN_TOKEN = 'bench-admin';
// The bank's "now" when a benchmark starts: the same history on every run, whatever the date, so
// figures from different days compare.
export const BENCH_BANK_NOW = '2026-11-20T12:00:00.000Z';

/** Pins the bank's clock to an instant (it runs on from there). */
export async function setBenchBankClock(url: string, now = BENCH_BANK_NOW): Promise<void> {
  const response = await fetch(`${url}/sandbox/admin/clock/set`, { method: 'POST', headers: { 'x-sandbox-admin': BENCH_ADMIN_TOKEN, 'content-type': 'application/json' }, body: JSON.stringify({ now }) });
  if (!response.ok) throw new Error(`clock set: HTTP ${response.status}`);
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts the sandbox with a business customer of `businessTransactions` rows; resolves once it listens. */
export async function startSandboxProcess(dataDir: string, businessTransactions: number): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'sandbox/server.ts'], {
    env: {
      ...process.env,
      SANDBOX_PORT: String(port),
      SANDBOX_ISSUER: url,
      SANDBOX_DATA_DIR: dataDir,
      SANDBOX_ADMIN_TOKEN: BENCH_ADMIN_TOKEN,
      SANDBOX_BUSINESS_TRANSACTIONS: String(businessTransactions),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('listening') && resolve());
    child.on('exit', (code) => reject(new Error(`sandbox exited with ${code}`)));
  });
  await setBenchBankClock(url);
  return { url, child };
}
