// Tests only: the web process's /api/health, served by the app's own route handler
// (app/api/health/route.ts: withPublic → checkDatabase → SELECT 1 on DATABASE_URL) from a plain
// Node HTTP server, so a test can time it without a Next build. Prints "listening <port>".
import http from 'node:http';
import { GET } from '@/app/api/health/route';

const handler = GET as unknown as (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

const server = http.createServer((incoming, outgoing) => {
  const request = new Request(`http://127.0.0.1${incoming.url ?? '/'}`, { method: incoming.method });
  handler(request, { params: Promise.resolve({}) })
    .then(async (response) => {
      outgoing.writeHead(response.status, Object.fromEntries(response.headers));
      outgoing.end(Buffer.from(await response.arrayBuffer()));
    })
    .catch(() => {
      outgoing.writeHead(500);
      outgoing.end();
    });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : 0}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
