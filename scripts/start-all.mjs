// `npm start`: the two sandbox banks (Chase on 4010, Lakeshore Credit Union on 4020), the app and
// the sync worker side by side, as the Quick start runs them. The worker runs every sync; it starts
// once the app answers (the app applies migrations first, so the two never migrate one SQLite file at once).
// When either stops, the other is stopped too, so a failed start is never half-running.
import { spawn } from 'node:child_process';

// The credit union gets only its own variables: a SANDBOX_PORT/ISSUER meant for Chase must not move it too.
const { SANDBOX_PORT: _port, SANDBOX_ISSUER: _issuer, SANDBOX_DATA_DIR: _dir, ...shared } = process.env;
const creditUnionEnv = {
  ...shared,
  SANDBOX_INSTITUTION: 'credit-union',
  ...(process.env.SANDBOX_CU_PORT ? { SANDBOX_PORT: process.env.SANDBOX_CU_PORT } : {}),
  ...(process.env.SANDBOX_CU_ISSUER ? { SANDBOX_ISSUER: process.env.SANDBOX_CU_ISSUER } : {}),
};

const port = process.env.PORT ?? '3000';
// Each child is node itself, with no npx or tsx wrapper in between: a wrapper that dies on SIGTERM
// without passing it on leaves the real server running, still holding its port.
const node = process.execPath;
const typescript = (file) => ['--import', 'tsx', file];
const processes = [
  { name: 'sandbox', args: typescript('sandbox/server.ts') },
  { name: 'sandbox-credit-union', args: typescript('sandbox/server.ts'), env: creditUnionEnv },
  // With SYNC_IN_WEB=on the app syncs too; Next then leaves SIGTERM/SIGINT to the app's handlers,
  // which checkpoint a running sync before exiting (lib/sync/README.md).
  { name: 'app', args: ['node_modules/next/dist/bin/next', 'start', '-p', port], env: { ...process.env, NEXT_MANUAL_SIG_HANDLE: 'true' } },
  // Its own SIGTERM handler checkpoints running syncs (scripts/worker.ts).
  { name: 'worker', args: typescript('scripts/worker.ts'), afterApp: true },
];

async function appAnswers() {
  for (;;) {
    if (stopping) return false;
    try {
      const response = await fetch(`http://localhost:${port}/api/health`);
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

let stopping = false;
const children = [];
for (const { name, args, env, afterApp } of processes) {
  if (afterApp && !(await appAnswers())) break;
  const child = spawn(node, args, { stdio: 'inherit', env: env ?? process.env });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    stopping = true;
    console.error(`${name} stopped (${signal ?? `exit code ${code}`}); stopping the rest.`);
    for (const other of children) if (other !== child) other.kill('SIGTERM');
    process.exitCode = code ?? 1;
  });
  children.push(child);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopping = true;
    for (const child of children) child.kill(signal);
  });
}
