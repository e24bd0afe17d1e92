// `npm start`: the sandbox bank and the app side by side, as the Quick start runs them.
// When either stops, the other is stopped too, so a failed start is never half-running.
import { spawn } from 'node:child_process';

const processes = [
  { name: 'sandbox', command: 'npx', args: ['tsx', 'sandbox/server.ts'] },
  { name: 'app', command: 'npx', args: ['next', 'start', '-p', process.env.PORT ?? '3000'] },
];

let stopping = false;
const children = processes.map(({ name, command, args }) => {
  const child = spawn(command, args, { stdio: 'inherit', env: process.env });
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
