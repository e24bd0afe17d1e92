import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type ProxyMode = 'forward' | 'garbage' | 'error';

/**
 * Stands between the app and the sandbox's token endpoint: counts what reaches it and can answer
 * garbage or a 500 instead, so tests can assert "nothing was sent" and "garbage is refused".
 */
export async function startTokenEndpointProxy(targetUrl: string) {
  let mode: ProxyMode = 'forward';
  const requests: string[] = [];
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString();
    requests.push(new URLSearchParams(body).get('grant_type') ?? 'unknown');
    if (mode === 'garbage') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"access_token": 42, "token_type": "mac"');
      return;
    }
    if (mode === 'error') {
      res.writeHead(500, { 'content-type': 'text/html' }).end('<h1>Internal error</h1>');
      return;
    }
    const upstream = await fetch(targetUrl, {
      method: 'POST',
      headers: { 'content-type': req.headers['content-type'] ?? '', authorization: req.headers.authorization ?? '' },
      body,
    });
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' }).end(await upstream.text());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/token`,
    requests,
    setMode(next: ProxyMode) {
      mode = next;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
