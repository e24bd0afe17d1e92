// `npm start`: the two sandbox banks (Chase on 4010, Lakeshore Credit Union on 4020) and the app
// side by side, as the Quick start runs them.
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

const processes = [
  { name: 'sandbox', command: 'npx', args: ['tsx', 'sandbox/server.ts'] },
  { name: 'sandbox-credit-union', command: 'npx', args: ['tsx', 'sandbox/server.ts'], env: creditUnionEnv },
  // Next leaves SIGTERM/SIGINT to the app's handlers, which checkpoint a running sync before exiting (lib/sync/README.md).
  { name: 'app', command: 'npx', args: ['next', 'start', '-p', process.env.PORT ?? '3000'], env: { ...process.env, NEXT_MANUAL_SIG_HANDLE: 'true' } },
];

let stopping = false;
const children = processes.map(({ name, command, args, env }) => {
  const child = spawn(command, args, { stdio: 'inherit', env: env ?? process.env });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    stopping = true;
    console.error(`${name} stopped (${signal ?? `exit code ${code}`}); stopping the rest.`);
    for (const other of children) if (other !== child) other.kill('SIGTERM');
    process.exitCode = code ?? 1;
  });
  return child;
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopping = true;
    for (const child of children) child.kill(signal);
  });
}
