import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';

// The benchmarks' sandbox bank: its own process, as the real bank would be, so its CPU is not ours.

export const BENCH_ADMIN_TOKEN = 'bench-admin';

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
  return { url, child };
}
